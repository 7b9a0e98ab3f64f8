// Southern-hemisphere summers and other long holiday seasons in "when to ask" (an
// Argentinian reader, "before mid-December or the first week of March"). An ask planned inside one of
// these seasons is moved past it, in every country that has one.
import * as assert from 'assert';
import { nextGoodWindow } from '../../../src/core/culture/calendars';
import { firstOpenMonth, timingAhead } from '../../../src/core/culture/timing';

/** [country, a day inside the season, the first day the ask may go out at the earliest, the season]. */
const SEASONS: [string, string, string, string][] = [
  ['AR', '2027-01-20', '2027-03-01', 'January'],
  ['AR', '2027-02-15', '2027-03-01', 'February'],
  ['BR', '2027-01-15', '2027-02-01', 'January'],
  ['BR', '2027-02-08', '2027-02-11', 'Carnival'],
  ['AU', '2027-01-15', '2027-01-27', 'summer to Australia Day'],
  ['NZ', '2027-01-22', '2027-01-27', 'summer to late January'],
  ['ZA', '2027-01-12', '2027-01-18', 'December holidays to mid-January'],
  ['ZA', '2026-12-18', '2027-01-18', 'December holidays'],
  ['CL', '2027-02-10', '2027-03-08', 'February and the return to school'],
];

suite('long holiday seasons move the ask: southern summers and Carnival', () => {
  for (const [country, day, earliest, season] of SEASONS) {
    test(`${country}: an ask planned on ${day} (${season}) is moved to ${earliest} or later`, () => {
      const window = nextGoodWindow(country, day);
      assert.ok(window.start >= earliest, `${country} ${day}: the next good day is ${window.start}, inside the ${season}`);
      assert.ok(window.skipped.length > 0);
      const notes = timingAhead(country, day);
      assert.strictEqual(notes[0]?.when, 'now', `${country} ${day}: the note says the ask falls in it`);
      assert.ok(notes[0]!.after >= earliest, `${country} ${day}: “from ${notes[0]!.after}”`);
    });
  }

  test('ZA: the year-end break is the summer holiday, one season to mid-January, not a break and a summer after it', () => {
    const [note] = timingAhead('ZA', '2026-12-01');
    assert.ok(note && note.when === 'ahead', JSON.stringify(note));
    assert.deepStrictEqual(note.then.map((o) => o.id), [], 'nothing stepped over after it');
    assert.ok(note.after >= '2027-01-15' && note.after <= '2027-01-20', `from ${note.after}`);
  });

  test('AR: asked in early December, the note says before mid-December or from the first week of March', () => {
    const [note] = timingAhead('AR', '2026-12-01');
    assert.ok(note && note.when === 'ahead');
    assert.ok(note.before! <= '2026-12-15', `before ${note.before}`);
    assert.ok(note.after >= '2027-03-01' && note.after <= '2027-03-07', `from ${note.after}`);
    assert.deepStrictEqual(note.then.map((o) => o.id), ['summer-holidays']);
  });

  test('a month to come back in that a summer blocks moves on: AR January to March, BR January to February', () => {
    assert.strictEqual(firstOpenMonth('AR', '2027-01').month, '2027-03');
    assert.strictEqual(firstOpenMonth('BR', '2027-01').month, '2027-02');
    // The northern countries' January is open.
    assert.strictEqual(firstOpenMonth('DE', '2027-01').month, '2027-01');
    assert.strictEqual(firstOpenMonth('US', '2027-01').month, '2027-01');
  });
});
