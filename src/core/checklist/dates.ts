/** Dates people type for a check-in: read as their local time, whole or not at all. */
import { dateFns } from '../libraries';

/** `needs-time`: a valid date without a time; `unreadable`: anything else that is not a whole date and time. */
export type ParsedDate = { ok: true; date: Date } | { ok: false; reason: 'needs-time' | 'unreadable' };

/** Local forms people type; tried in order, each against the whole input. */
const LOCAL_FORMS = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
/** An ISO 8601 time with an explicit offset (from a command argument): the offset is honoured. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * "2026-12-01 10:00" → 1 December 2026, 10:00 in the local time zone. An ISO time with `Z` or an
 * offset keeps its offset. Anything partial ("12", "2026-12-01" without a time) or impossible
 * ("2026-02-30 10:00") is refused, never guessed: `new Date("12")` would read 1 December 2001,
 * and `new Date("2026-12-01")` midnight UTC, the previous evening in America.
 */
export function parseCheckInTime(input: string, reference: Date = new Date()): ParsedDate {
  const text = input.trim();
  const { isValid, parse, parseISO } = dateFns();
  if (WITH_OFFSET.test(text)) {
    const d = parseISO(text);
    if (isValid(d)) return { ok: true, date: d };
  }
  for (const form of LOCAL_FORMS) {
    const d = parse(text, form, reference);
    if (isValid(d)) return { ok: true, date: d };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parse(text, 'yyyy-MM-dd', reference))) {
    return { ok: false, reason: 'needs-time' };
  }
  return { ok: false, reason: 'unreadable' };
}
