/** An objection and the answer to it, as shown one at a time in the rehearsal mode. */
export interface ObjectionCard {
  objection: string;
  answer: string;
}

/**
 * Reads the cards out of a rendered objections document: every level-3 heading is an objection
 * in the leader's voice; the text under it, up to the next heading, is the answer.
 */
export function objectionCards(markdown: string): ObjectionCard[] {
  const cards: ObjectionCard[] = [];
  let current: { objection: string; lines: string[] } | undefined;
  const flush = () => {
    if (current && current.objection) cards.push({ objection: current.objection, answer: current.lines.join('\n').trim() });
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      current = heading[1]!.length === 3 ? { objection: heading[2]!.trim().replace(/^[“"](.*)[”"]$/, '$1'), lines: [] } : undefined;
    } else if (current) {
      current.lines.push(line);
    }
  }
  flush();
  return cards;
}
