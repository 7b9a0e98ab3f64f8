import { markdownLines } from '../markdown/blocks';

/** An objection and the answer to it, as shown one at a time in the rehearsal mode. */
export interface ObjectionCard {
  objection: string;
  answer: string;
}

/**
 * Reads the cards out of a rendered objections document: every level-3 heading is an objection
 * in the leader's voice; the text under it, up to the next heading, is the answer. A `###` line
 * inside a code block is text, not a heading.
 */
export function objectionCards(markdown: string): ObjectionCard[] {
  const cards: ObjectionCard[] = [];
  let current: { objection: string; lines: string[] } | undefined;
  const flush = () => {
    if (current && current.objection) cards.push({ objection: current.objection, answer: current.lines.join('\n').trim() });
  };
  for (const line of markdownLines(markdown)) {
    if (line.heading) {
      flush();
      current = line.heading.level === 3 ? { objection: line.heading.text.replace(/^[“"](.*)[”"]$/, '$1'), lines: [] } : undefined;
    } else if (current) {
      current.lines.push(line.text);
    }
  }
  flush();
  return cards;
}
