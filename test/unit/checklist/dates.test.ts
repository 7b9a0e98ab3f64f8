import * as assert from 'assert';
import { parseCheckInTime } from '../../../src/core/checklist/dates';

function local(input: string): Date {
  const r = parseCheckInTime(input);
  if (!r.ok) assert.fail(`${input}: ${r.reason}`);
  return r.date;
}

suite('check-in times typed by the user', () => {
  test('reads "2026-12-01 10:00" as 10:00 on that day in the local time zone', () => {
    for (const input of ['2026-12-01 10:00', '2026-12-01T10:00', ' 2026-12-01 10:00 ', '2026-12-01 9:05', '2026-12-01 10:00:30']) {
      const d = local(input);
      assert.deepStrictEqual([d.getFullYear(), d.getMonth(), d.getDate()], [2026, 11, 1], input);
    }
    const d = local('2026-12-01 10:00');
    assert.deepStrictEqual([d.getHours(), d.getMinutes()], [10, 0]);
    assert.deepStrictEqual([local('2026-12-01 9:05').getHours(), local('2026-12-01 9:05').getMinutes()], [9, 5]);
  });

  test('keeps an explicit offset as given', () => {
    assert.strictEqual(local('2026-12-01T10:00:00Z').toISOString(), '2026-12-01T10:00:00.000Z');
    assert.strictEqual(local('2026-12-01T10:00+02:00').toISOString(), '2026-12-01T08:00:00.000Z');
  });

  test('refuses a bare date, asking for the time, instead of reading it as midnight UTC', () => {
    assert.deepStrictEqual(parseCheckInTime('2026-12-01'), { ok: false, reason: 'needs-time' });
  });

  test('refuses partial or impossible input that new Date() would guess at', () => {
    for (const input of ['12', '', 'tomorrow', '2026-12', '2026-02-30 10:00', '2026-12-01 25:00', '12/01/2026 10:00', '2026-12-01 10:00 and more']) {
      const r = parseCheckInTime(input);
      assert.strictEqual(r.ok, false, input);
    }
    assert.ok(!Number.isNaN(new Date('12').getTime()), 'the bug this guards against: new Date("12") is a date');
  });
});
