import * as assert from 'assert';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { checkInCalendar, type CalendarResult } from '../../../src/core/checklist/calendar';
import type { Profile } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { exampleWith } from '../render/helpers';

const START = new Date('2026-11-24T09:30:00.000Z');

function profile(patch: Record<string, unknown> = {}): Profile {
  const result = validateProfile(exampleWith(patch));
  assert.ok(result.ok, JSON.stringify(result));
  return result.profile;
}

function ics(result: CalendarResult): string {
  if (!result.ok) assert.fail(result.message);
  return result.ics;
}

/** The file as a calendar app reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  assert.strictEqual(vevents.length, 1);
  const event = new ICAL.Event(vevents[0]);
  const rrule = vevents[0]!.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur> | null;
  return { calendar, event, rrule };
}

suite('check-in calendar', () => {
  test('a biweekly series: summary, duration, start in UTC, rule, description', () => {
    const { calendar, event, rrule } = parse(ics(checkInCalendar(profile(), { start: START })));
    assert.strictEqual(calendar.name, 'vcalendar');
    assert.strictEqual(event.summary, 'Mentorship check-in with Dana Okafor');
    assert.strictEqual(event.duration.toSeconds(), 30 * 60);
    assert.strictEqual(event.startDate.toJSDate().toISOString(), START.toISOString());
    assert.strictEqual(event.startDate.zone, ICAL.Timezone.utcTimezone);
    assert.ok(rrule);
    assert.deepStrictEqual([rrule.freq, rrule.interval, rrule.count], ['WEEKLY', 2, 6]);
    assert.match(event.description, /Format: a short meeting or an async update\./);
    assert.match(event.description, /First topic: scaling our API gateway for 10x user load/);
  });

  test('the DTSTART line is a UTC time', () => {
    assert.match(ics(checkInCalendar(profile(), { start: START })), /\r\nDTSTART:20261124T093000Z\r\n/);
  });

  test('each cadence maps to its rule; count is honoured', () => {
    const cases = [['weekly', 'WEEKLY', 1], ['biweekly', 'WEEKLY', 2], ['monthly', 'MONTHLY', 1]] as const;
    for (const [cadence, freq, interval] of cases) {
      const { rrule } = parse(ics(checkInCalendar(profile({ cadence }), { start: START, count: 4 })));
      assert.ok(rrule, cadence);
      assert.deepStrictEqual([rrule.freq, rrule.interval, rrule.count], [freq, interval, 4], cadence);
    }
  });

  test('the occurrences fall where the cadence says', () => {
    const { event } = parse(ics(checkInCalendar(profile({ cadence: 'biweekly' }), { start: START, count: 3 })));
    const it = event.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toJSDate().toISOString());
    assert.deepStrictEqual(dates, ['2026-11-24T09:30:00.000Z', '2026-12-08T09:30:00.000Z', '2026-12-22T09:30:00.000Z']);
  });

  test('as-needed is a single event with no rule', () => {
    const text = ics(checkInCalendar(profile({ cadence: 'as-needed' }), { start: START, count: 10 }));
    const { event, rrule } = parse(text);
    assert.strictEqual(rrule, null);
    assert.ok(!event.isRecurring());
    assert.ok(!text.includes('RRULE'));
  });

  test('duration follows sessionMinutes', () => {
    for (const minutes of [10, 45, 90, 120]) {
      const { event } = parse(ics(checkInCalendar(profile({ sessionMinutes: minutes }), { start: START })));
      assert.strictEqual(event.duration.toSeconds(), minutes * 60);
      assert.strictEqual(event.endDate.toJSDate().getTime() - START.getTime(), minutes * 60_000);
    }
  });

  test('a custom title replaces the default', () => {
    assert.strictEqual(parse(ics(checkInCalendar(profile(), { start: START, title: 'DDD office hours' }))).event.summary, 'DDD office hours');
  });

  test('the uid is stable for the same leader and start, and can be given', () => {
    const uid = (p: Profile, start = START) => parse(ics(checkInCalendar(p, { start }))).event.uid;
    assert.strictEqual(uid(profile()), uid(profile({ cadence: 'monthly', sessionMinutes: 60 })), 're-exporting updates the same event');
    assert.notStrictEqual(uid(profile()), uid(profile(), new Date('2026-12-01T09:30:00.000Z')));
    assert.notStrictEqual(uid(profile()), uid(profile({ leader: { name: 'Priya Sharma' } })));
    assert.match(uid(profile()), /dana-okafor/);
    assert.strictEqual(parse(ics(checkInCalendar(profile(), { start: START, uid: 'fixed-uid@example.com' }))).event.uid, 'fixed-uid@example.com');
  });

  test('Unicode names and topics survive, as do commas, semicolons and newlines', () => {
    const name = 'Zoë Ñúñez-山田 太郎 प्रिया 😀';
    const challenge = 'Ereignisgesteuerte Architektur, Teil 2; 事件驱动 — “quoted” \\ back';
    const { event } = parse(ics(checkInCalendar(profile({ leader: { name }, challenge }), { start: START })));
    assert.strictEqual(event.summary, `Mentorship check-in with ${name}`);
    assert.ok(event.description.includes(`First topic: ${challenge}`), event.description);
    assert.ok(parse(ics(checkInCalendar(profile(), { start: START, title: 'a\nb, c; d' }))).event.summary === 'a\nb, c; d');
  });

  test('long lines are folded at 75 octets (RFC 5545), not 75 characters, and unfold intact', () => {
    const challenge = 'x'.repeat(100) + ' 山田'.repeat(30) + ' 😀'.repeat(60);
    const name = '😀'.repeat(70);
    const text = ics(checkInCalendar(profile({ challenge, leader: { name } }), { start: START }));
    const lines = text.split('\r\n');
    for (const line of lines) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    // No fold splits a UTF-8 sequence or a surrogate pair: every line is well-formed on its own.
    for (const line of lines) assert.strictEqual(Buffer.from(line, 'utf8').toString('utf8'), line);
    assert.ok(!text.includes('\r\n\t'), 'continuation lines start with a space');
    const { event } = parse(text);
    assert.ok(event.description.endsWith(challenge));
    assert.strictEqual(event.summary, `Mentorship check-in with ${name}`);
  });

  test('control characters never reach the file: lone CR, NUL, ESC, DEL and C1 are removed before the library', () => {
    const hostile = 'Dana\rX-INJECTED:1\u0000\u001b[2J\u007f\u009b31m\u0085 Okafor\tjr';
    const text = ics(checkInCalendar(profile({ leader: { name: hostile }, challenge: 'ok\r\nBEGIN:VALARM\rline\u0007 end' }), { start: START, title: undefined }));
    // Only CRLF line ends remain; TAB is allowed by RFC 5545 in text.
    // eslint-disable-next-line no-control-regex
    assert.ok(!/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/.test(text.replace(/\r\n/g, '')), JSON.stringify(text));
    assert.ok(!/\r(?!\n)/.test(text), 'a lone CR');
    assert.ok(!/^X-INJECTED/m.test(text) && !/^BEGIN:VALARM/m.test(text), 'a property injected by a line break');
    const { event } = parse(text);
    // A lone CR is a line break the library escapes (`\n`), not a raw byte.
    assert.strictEqual(event.summary, 'Mentorship check-in with Dana\nX-INJECTED:1[2J31m Okafor\tjr');
    assert.match(event.description, /First topic: ok\nBEGIN:VALARM\nline end$/);
    const titled = parse(ics(checkInCalendar(profile(), { start: START, title: 'a\u001b]8;;x\u0007b', uid: 'id\u0000@x' }))).event;
    assert.strictEqual(titled.summary, 'a]8;;xb');
    assert.strictEqual(titled.uid, 'id@x');
  });

  suite('errors come back as { ok: false }', () => {
    test('an invalid start date', () => {
      const r = checkInCalendar(profile(), { start: new Date('not a date') });
      assert.strictEqual(r.ok, false);
    });

    test('a count that is not a positive whole number', () => {
      for (const count of [0, -1, 1.5, Number.NaN, Infinity]) {
        const r = checkInCalendar(profile(), { start: START, count });
        assert.ok(!r.ok && /number of check-ins/.test(r.message), String(count));
      }
    });

    test('a session length that is not a whole number of minutes is reported, not thrown', () => {
      const p = { ...profile(), sessionMinutes: Number.NaN };
      const r = checkInCalendar(p, { start: START });
      assert.ok(!r.ok);
      assert.match(r.message, /calendar file/);
    });

    test('a start before 1970 is rejected by ics and reported', () => {
      const r = checkInCalendar(profile(), { start: new Date('1960-01-01T00:00:00.000Z') });
      assert.ok(!r.ok);
    });
  });

  test('property: any name, topic and cadence either parses back or reports a message', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 });
    fc.assert(fc.property(text, text, fc.constantFrom('weekly', 'biweekly', 'monthly', 'as-needed'), fc.integer({ min: 1, max: 52 }),
      fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (name, challenge, cadence, count, start) => {
        const p = { ...profile(), leader: { name }, challenge, cadence } as Profile;
        const r = checkInCalendar(p, { start, count });
        if (!r.ok) return assert.ok(r.message.length > 0);
        const { event, rrule } = parse(r.ics);
        assert.strictEqual(event.summary, name.trim() ? `Mentorship check-in with ${name.trim()}` : 'Mentorship check-in');
        assert.strictEqual(event.startDate.toJSDate().getTime(), Math.floor(start.getTime() / 1000) * 1000);
        assert.strictEqual(rrule?.count ?? null, cadence === 'as-needed' ? null : count);
      }), { numRuns: 300 });
  });
});

suite('calendar: hidden text (issue 26)', () => {
  test('bidi controls (U+202E and kin) are removed from SUMMARY and DESCRIPTION', () => {
    const text = ics(checkInCalendar(profile({ leader: { name: 'Dana \u202Egnp.exe\u202C Okafor' }, challenge: 'scale \u2066the\u2069 gateway\u200F' }), { start: START }));
    assert.doesNotMatch(text, /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u);
    assert.match(text, /SUMMARY:Mentorship check-in with Dana gnp\.exe Okafor/);
  });

  test('a start before 1970 gets our own message, not the calendar package’s', () => {
    const result = checkInCalendar(profile(), { start: new Date('1969-07-20T20:17:00Z') });
    assert.ok(!result.ok);
    assert.strictEqual(result.message, 'The first check-in must be in 1970 or later (got 1969-07-20).');
  });
});

suite('check-in calendar: the lines the ics package wrote', () => {
  // The file used to be written by the `ics` package; it is written here now, line for line the same.
  test('for any leader, challenge, cadence, format, length and start, the file matches the package’s but for DTSTAMP', async () => {
    const { createEvent } = await import('ics');
    const text = fc.string({ unit: 'grapheme', maxLength: 60 });
    fc.assert(fc.property(text, text, fc.constantFrom('weekly', 'biweekly', 'monthly', 'as-needed'), fc.constantFrom('meetings', 'async', 'mixed'),
      fc.integer({ min: 10, max: 120 }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (name, challenge, cadence, format, minutes, ms) => {
        const p = profile({ leader: { name: `Dana ${name}`, role: 'VP' }, challenge: `scaling ${challenge}`, cadence, format, sessionMinutes: minutes });
        const start = new Date(Math.floor(ms / 1000) * 1000);
        const ours = ics(checkInCalendar(p, { start, now: new Date() }));
        const summary = ours.replace(/\r\n /g, '').split('\r\n');
        const uid = summary.find((l) => l.startsWith('UID:'))!.slice(4);
        const title = summary.find((l) => l.startsWith('SUMMARY:'))!.slice(8).replace(/\\([\\;,])/g, '$1').replace(/\\n/g, '\n');
        const description = summary.find((l) => l.startsWith('DESCRIPTION:'))!.slice(12).replace(/\\([\\;,])/g, '$1').replace(/\\n/g, '\n');
        const rule = /^RRULE:(.*)$/m.exec(ours)?.[1];
        const theirs = createEvent({ start: start.getTime(), startInputType: 'utc', startOutputType: 'utc', duration: { minutes }, title, description, uid, productId: 'mentorship-prep', ...(rule ? { recurrenceRule: rule } : {}) });
        assert.strictEqual(theirs.error, null);
        const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => !l.startsWith('DTSTAMP:'));
        assert.deepStrictEqual(unfold(ours), unfold(theirs.value!));
      }), { numRuns: 300 });
  });
});
