/** Dates people type for a check-in: read as their local time, whole or not at all. */

/** `needs-time`: a valid date without a time; `unreadable`: anything else that is not a whole date and time. */
export type ParsedDate = { ok: true; date: Date } | { ok: false; reason: 'needs-time' | 'unreadable' };

/** The local forms people type: `2026-12-01 10:00`, a `T` instead of the space, `9:05`, seconds;
 *  a month, day, hour, minute or second may have one digit, the year has four. */
const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/;
/** An ISO 8601 time with an explicit offset (from a command argument): the offset is honoured. */
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

/** The local date and time, or undefined when a field is out of range (February 30, 25:00). */
function localDate(y: number, mo: number, d: number, h: number, mi: number, s: number): Date | undefined {
  if (y < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const date = new Date(y, mo - 1, d, h, mi, s);
  date.setFullYear(y); // years 0–99 are not 1900–1999
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** Days in month `mo` (1–12) of year `y` (proleptic Gregorian). */
function daysIn(y: number, mo: number): number {
  return mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
}

/** An ISO time with an offset, as ISO 8601 reads it (24:00 is the end of the day), or undefined. */
function isoDate(m: RegExpExecArray): Date | undefined {
  const [y, mo, d, h, mi, s = '0', ms = '0', sign, oh = '0', om = '0'] = m.slice(1) as (string | undefined)[];
  const seconds = +s + +`0.${ms}`;
  if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > daysIn(+y!, +mo!) || +om > 59) return undefined;
  if (+h! === 24 ? +mi! !== 0 || seconds !== 0 : +h! > 23 || +mi! > 59 || seconds >= 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(+y!, +mo! - 1, +d!);
  date.setUTCHours(+h!, +mi!, +s, +ms.padEnd(3, '0'));
  date.setTime(date.getTime() - (sign === '-' ? -1 : 1) * (+oh * 60 + +om) * 60_000);
  return date;
}

/**
 * "2026-12-01 10:00" → 1 December 2026, 10:00 in the local time zone. An ISO time with `Z` or an
 * offset keeps its offset. Anything partial ("12", "2026-12-01" without a time) or impossible
 * ("2026-02-30 10:00") is refused, never guessed: `new Date("12")` would read 1 December 2001,
 * and `new Date("2026-12-01")` midnight UTC, the previous evening in America. (Five fixed numeric
 * forms: a date library's general parser cost the bundle 40 KB for them.)
 */
export function parseCheckInTime(input: string): ParsedDate {
  const text = input.trim();
  const iso = WITH_OFFSET.exec(text);
  if (iso) {
    const date = isoDate(iso);
    if (date) return { ok: true, date };
  }
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, reason: 'unreadable' };
  const [y, mo, d, hour, mi, s = '0'] = m.slice(1);
  if (hour === undefined) return /^\d{4}-\d{2}-\d{2}$/.test(text) && localDate(+y!, +mo!, +d!, 0, 0, 0) ? { ok: false, reason: 'needs-time' } : { ok: false, reason: 'unreadable' };
  const date = localDate(+y!, +mo!, +d!, +hour, +mi!, +s);
  return date ? { ok: true, date } : { ok: false, reason: 'unreadable' };
}
