// A limit on the rhythm, not a no: "No regular meetings, sorry", "no standing meetings", "I can't do
// anything regular", "nothing fixed in the calendar". It rules out a rhythm, not mentoring, so the
// reading of a no looks at their words without it (issue 21).

/** A negation whose object is a rhythm. Alternatives of fixed words, no nested repeat: linear. */
const RHYTHM_LIMIT = /(?<!\p{L})(?:(?:no|not|nothing|can['’]?t|cannot|can not|won['’]?t|will not|unable to)\s+(?:(?:do|commit to|promise|offer|manage|set up|make|fit in)\s+)?(?:(?:anything|any|a|to)\s+)?(?:regular|standing|recurring|fixed|weekly|fortnightly|monthly|scheduled|ongoing|formal)(?:\s+(?:meetings?|sessions?|slots?|calls?|1:1s?|one-on-ones?|catch-ups?|check-ins?|commitments?|rhythm|cadence|in the calendar|mentoring))?|(?:can['’]?t|cannot|won['’]?t)\s+meet(?:\s+(?:you|with you))?\s+(?:regularly|every (?:week|month)))(?!\p{L})/iu;

/** The limit on the rhythm in their words, as typed ("No regular meetings"), or undefined. */
export function rhythmLimitIn(words: string | undefined): string | undefined {
  return words === undefined ? undefined : RHYTHM_LIMIT.exec(words)?.[0];
}

/** Their words without the limits on the rhythm, for the reading of a no: "No regular meetings, sorry"
 *  is no no, "No regular meetings, and I can't take on mentees" still is. */
export function withoutRhythmLimits(words: string): string {
  return words.replace(new RegExp(RHYTHM_LIMIT.source, 'giu'), ' ');
}
