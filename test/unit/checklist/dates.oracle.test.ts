// The check-in time parser against the date-fns reading it replaced (date-fns is a dev dependency
// now, kept as the oracle): on every input built from the forms' own pieces, both agree.
import * as assert from 'assert';
import fc from 'fast-check';
import { isValid, parse, parseISO } from 'date-fns';
import { parseCheckInTime, type ParsedDate } from '../../../src/core/checklist/dates';

const LOCAL_FORMS = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** What the date-fns version answered. */
function withDateFns(input: string, reference = new Date()): ParsedDate {
  const text = input.trim();
  if (WITH_OFFSET.test(text)) {
    const d = parseISO(text);
    if (isValid(d)) return { ok: true, date: d };
  }
  for (const form of LOCAL_FORMS) {
    const d = parse(text, form, reference);
    if (isValid(d)) return { ok: true, date: d };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parse(text, 'yyyy-MM-dd', reference))) return { ok: false, reason: 'needs-time' };
  return { ok: false, reason: 'unreadable' };
}

const shown = (r: ParsedDate) => (r.ok ? r.date.toISOString() : r.reason);

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const num = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(num(4, 2100), num(2, 13), num(2, 32)).map(([y, m, d]) => `${y}-${m}-${d}`) },
  { weight: 2, arbitrary: fc.tuple(num(4, 2100), num(1, 13), num(1, 32)).map(([y, m, d]) => `${y}-${m}-${d}`) },
  { weight: 1, arbitrary: digits(1, 5) },
);
const time = fc.oneof(
  fc.tuple(fc.oneof(num(2, 25), num(1, 9)), fc.oneof(num(2, 61), num(1, 61))).map(([h, m]) => `${h}:${m}`),
  fc.tuple(num(2, 25), num(2, 61), num(2, 61)).map(([h, m, s]) => `${h}:${m}:${s}`),
  fc.tuple(num(2, 25), num(2, 61), num(2, 61), digits(1, 4)).map(([h, m, s, f]) => `${h}:${m}:${s}.${f}`),
);
const zone = fc.oneof(fc.constant(''), fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), num(2, 25), fc.constantFrom(':', ''), num(2, 61)).map(([s, h, c, m]) => `${s}${h}${c}${m}`));
const input = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(piece, fc.constantFrom(' ', 'T', '  ', 't', ''), time, zone, fc.constantFrom('', ' ', 'x')).map((p) => p.join('')) },
  { weight: 1, arbitrary: piece },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789-: TZ+.'), maxLength: 24 }) },
);

suite('check-in times: the same reading as date-fns gave', () => {
  test('agrees with the date-fns parser on 20,000 inputs built from the forms', () => {
    fc.assert(fc.property(input, (text) => {
      // A year of fewer than four digits: date-fns read "26-12-01 10:00" as the year 26; it is refused now.
      if (/^\s*\d{1,3}-/.test(text) && withDateFns(text).ok) { assert.strictEqual(parseCheckInTime(text).ok, false, text); return; }
      assert.strictEqual(shown(parseCheckInTime(text)), shown(withDateFns(text)), JSON.stringify(text));
    }), { numRuns: 20_000 });
  });

  test('and on the forms people type, with every month length and leap day', () => {
    for (const text of ['2024-02-29 10:00', '2026-02-29 10:00', '2026-04-31 10:00', '2026-12-31T23:59', '2026-12-31 23:59:59', '2026-01-01 0:00', '2026-01-01T09:05+05:30', '2026-01-01T09:05-0800', '2026-01-01T09:05:07.5Z', '0099-01-01 10:00']) {
      assert.strictEqual(shown(parseCheckInTime(text)), shown(withDateFns(text)), text);
    }
  });
});
