// An informal offer with the time left open ("give me a shout some Friday and we'll grab a coffee",
// "ping me sometime for a coffee"): a vague open door is not answered with another one. The request
// proposes two concrete days, on the weekday they named when they named one ("some Friday" → the
// next two Fridays a week or more away), else a Tuesday and the Thursday after it. Linear scans.

const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_DE = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)days?\b|\b(sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag)s?\b/iu;

/** The weekday their words name (0 = Sunday), or undefined. */
export function weekdayIn(text: string): number | undefined {
  const m = WEEKDAY.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? WEEKDAYS_EN.indexOf(`${m[1].toLowerCase()}day`) : WEEKDAYS_DE.indexOf(m[2]!.toLowerCase());
}

/** The first date on `weekday` at least `from` days after `today` (YYYY-MM-DD), as a UTC date. */
function onOrAfter(today: string, from: number, weekday: number): Date {
  const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d + from));
  day.setUTCDate(day.getUTCDate() + ((weekday - day.getUTCDay() + 7) % 7));
  // Not between Christmas and New Year, when nobody is around for a coffee: the first such day after 2 January.
  while (yearEnd(day)) day.setUTCDate(day.getUTCDate() + 7);
  return day;
}
const yearEnd = (day: Date): boolean => (day.getUTCMonth() === 11 && day.getUTCDate() >= 22) || (day.getUTCMonth() === 0 && day.getUTCDate() <= 2);

/** Two days to propose, a week or more from `today` (YYYY-MM-DD), written for `locale` ("Friday 18
 *  December"; „Freitag, 18. Dezember“): the weekday in `texts` twice, a week apart; else a Tuesday and
 *  the Thursday after it. */
export function proposedDays(today: string, texts: readonly string[], locale: string): [string, string] {
  const named = texts.map(weekdayIn).find((w) => w !== undefined);
  const first = onOrAfter(today, 7, named ?? 2);
  const second = new Date(first.getTime() + (named === undefined ? 2 : 7) * 86_400_000);
  while (yearEnd(second)) second.setUTCDate(second.getUTCDate() + 7);
  let format: Intl.DateTimeFormat;
  try { format = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }); } catch { format = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }); }
  // "Friday 18 December" where English writes the day before the month: no comma after the weekday.
  const written = (day: Date) => (/^en-(?!US|CA)/u.test(locale) ? format.format(day).replace(/^(\p{L}+), /u, '$1 ') : format.format(day));
  return [written(first), written(second)];
}
