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
