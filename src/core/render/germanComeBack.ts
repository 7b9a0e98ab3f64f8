/**
 * A German come-back on the leader's own work or a season: „sobald wir mit dem Go-live durch sind“ is
 * said back as „nach dem Go-live“, „nach der Budgetrunde“ and „im Herbst“ as they are. The work comes
 * before the season: it says what has to be done, the season only roughly when.
 */

/** „sobald wir mit dem Go-live durch sind“: the work, as „nach dem …“. Bounded: linear. */
const DONE_WITH = /\b(?:sobald|wenn|nachdem)\s+wir\s+mit\s+(de[mnr])\s+([^\s.,;!?]+(?:\s+[^\s.,;!?]+)?)\s+(?:durch|fertig)\s+sind\b/iu;
/** „nach dem Jahresabschluss“, „nach der Budgetrunde“. */
const AFTER = /\b[Nn]ach\s+(de[mnr])\s+(\p{Lu}[^\s.,;!?]*)/u;
/** „im Herbst“, „im Frühjahr“. */
const SEASON = /\bim\s+(Herbst|Frühjahr|Frühling|Sommer|Winter|neuen Jahr)\b/iu;

/** Their come-back in German, as the documents say it („nach dem Go-live“), undefined when none. */
export function germanComeBack(words: string): string | undefined {
  const done = DONE_WITH.exec(words) ?? AFTER.exec(words);
  if (done) return `nach ${done[1]!.toLowerCase()} ${done[2]!}`;
  const season = SEASON.exec(words);
  return season ? `im ${season[1]!}` : undefined;
}

/** A yes in principle before the condition: „Grundsätzlich gern, aber erst, sobald …“, „Im Prinzip ja –
 *  nach dem Jahresabschluss“, „Gerne, aber erst im Herbst“. Bounded: linear. */
const YES_IN_PRINCIPLE = /(?:^|[\s,.;!?–—])(?:grundsätzlich|prinzipiell|im prinzip|eigentlich|sehr)\s+(?:gerne?|ja)\b|^\s*(?:ja|gerne?|klar)\b[^.?!]{0,12}\b(?:aber\s+)?erst\b/iu;

/** Their come-back as a yes on a condition, said back to them in German: `clause` after „ich soll mich
 *  melden,“ („sobald ihr mit der Migration durch seid“; to a „Sie“: „sobald Sie …“), or `phrase` before
 *  „melden“ („nach dem Jahresabschluss“, „im Herbst“). Undefined when their words are no yes in
 *  principle or name no come-back this reads. */
export interface YesOnce { readonly kind: 'clause' | 'phrase'; readonly du: string; readonly sie: string }
export function germanYesOnce(words: string): YesOnce | undefined {
  if (!YES_IN_PRINCIPLE.test(words)) return undefined;
  const done = DONE_WITH.exec(words);
  if (done) {
    const [conj, rest] = [/^\p{L}+/u.exec(done[0])![0].toLowerCase(), `mit ${done[1]!.toLowerCase()} ${done[2]!} ${/\bfertig\s+sind\b/iu.test(done[0]) ? 'fertig' : 'durch'}`];
    return { kind: 'clause', du: `${conj} ihr ${rest} seid`, sie: `${conj} Sie ${rest} sind` };
  }
  const phrase = germanComeBack(words);
  return phrase === undefined ? undefined : { kind: 'phrase', du: phrase, sie: phrase };
}
