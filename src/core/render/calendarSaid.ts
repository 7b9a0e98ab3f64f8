/**
 * "Last time you told me your calendar was packed" only when they said something of that kind: a
 * calendar, a schedule, meetings, being booked or full ("I'm in the districts most weeks" is none of
 * these, and is not said back as a calendar). Bounded: linear.
 */
const CALENDAR = /(?<!\p{L})(?:calendar|diary|schedule|packed|booked|fully?|back[- ]to[- ]back|meetings?|Kalender|Termine?|voll|agenda|ocupad[oa]|lleno|cheio|plein|chargé)(?!\p{L})/iu;

/** Their words (or none) allow "your calendar is packed": they spoke of it, or gave no words at all. */
export const calendarSaid = (words: string | undefined): boolean => !words || CALENDAR.test(words);
