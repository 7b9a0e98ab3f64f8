// Issue 22, item 4: calendars inform "when to ask" and "when to come back". Before this, only an
// observance named in the leader's words used the calendars; now the prep doc names the
// observance, shutdown or budget season in the eight weeks after the date of the planned ask, with
// the last day to ask before it and the first good day after it, and a month proposed to come back
// in skips one the calendar blocks. The dates checked are the published ones (calendars.test.ts).
import * as assert from 'assert';
import { exampleWith } from '../render/helpers';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { blockingObservance, firstOpenMonth, timingAhead } from '../../../src/core/culture/timing';
import { factsOf } from '../../../src/core/render/facts';

const LIBRARY = new TemplateLibrary();
const at = (iso: string) => { const [y, m, d] = iso.split('-').map(Number) as [number, number, number]; return new Date(y, m - 1, d, 12); };

function prepDoc(profile: Record<string, unknown>, today: string): string {
  const v = validateProfile(profile);
  assert.ok(v.ok, JSON.stringify(v.ok ? '' : v.issues));
  const out = LIBRARY.render('prep-doc', buildContext(v.profile, builtinGlossary(), at(today)));
  assert.ok(out.ok, JSON.stringify(out.ok ? '' : out.problem));
  return out.text;
}
const whenToAsk = (doc: string) => doc.split('\n').filter((l) => l.includes('**When to ask:**'));
const forCountry = (country: string, more: Record<string, unknown> = {}) => exampleWith({ culture: { country }, ...more });

/** [country, date of the planned ask, the observance expected, its published first day, the day after which to ask (published)]. */
const CASES: [string, string, string, string][] = [
  ['JP', '2026-04-10', 'golden-week', '2026-04-29'],
  ['JP', '2027-04-01', 'golden-week', '2027-04-29'],
  ['JP', '2028-12-01', 'year-end-shutdown', '2028-12-29'],
  ['AE', '2026-01-20', 'ramadan', '2026-02-18'],
  ['SA', '2028-01-05', 'ramadan', '2028-01-28'],
  ['AE', '2027-04-20', 'eid-al-adha', '2027-05-16'],
  ['CN', '2027-01-05', 'lunar-new-year', '2027-02-06'],
  ['CN', '2026-09-01', 'national-day', '2026-10-01'],
  ['CN', '2028-01-02', 'lunar-new-year', '2028-01-26'],
  ['IN', '2026-09-20', 'diwali', '2026-11-08'],
  ['IN', '2027-09-15', 'diwali', '2027-10-29'],
  ['IN', '2028-09-01', 'diwali', '2028-10-17'],
  ['US', '2026-11-01', 'thanksgiving', '2026-11-26'],
  ['US', '2027-12-01', 'year-end-shutdown', '2027-12-24'],
  ['DE', '2026-12-01', 'year-end-shutdown', '2026-12-24'],
  ['DE', '2028-06-20', 'summer-holidays', '2028-07-15'],
];
const dayDiff = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);

suite('calendars inform when to ask and when to come back (issue 22, item 4)', () => {
  test('the observance ahead is found, with a last day to ask before it and a first day after it', () => {
    for (const [country, today, id, published] of CASES) {
      const ahead = timingAhead(country, today);
      const t = ahead.find((x) => x.observance.id === id);
      assert.ok(t, `${country} ${today}: ${id} expected, found ${ahead.map((x) => x.observance.id).join(', ') || 'nothing'}`);
      // The observance holds the published day (Ramadan within a day: the moon sighting).
      const o = t.observance;
      assert.ok(dayDiff(o.start, published) <= 1 && dayDiff(published, o.end) <= 1, `${country} ${id}: ${o.start}–${o.end} holds ${published}`);
      assert.ok(t.before === undefined || (t.before > today && t.before < o.start), `${country} ${id}: ask before ${t.before}`);
      assert.ok(t.after > o.end, `${country} ${id}: ask from ${t.after}, after ${o.end}`);
      // The first good day is a working day.
      const weekday = new Date(`${t.after}T12:00:00Z`).getUTCDay();
      assert.ok(country === 'SA' ? weekday !== 5 && weekday !== 6 : weekday !== 0 && weekday !== 6, `${country} ${id}: ${t.after} is a working day`);
    }
  });

  test('Eid al-Fitr after Ramadan is stepped over with it and told once; nothing is said beyond eight weeks', () => {
    const ramadan = timingAhead('AE', '2026-01-20');
    assert.deepStrictEqual(ramadan.map((t) => t.observance.id), ['ramadan']);
    assert.deepStrictEqual(ramadan[0]!.then.map((o) => o.id), ['eid-al-fitr']);
    assert.ok(ramadan[0]!.after > '2026-03-20', ramadan[0]!.after);
    // June 2026 in the UAE: the summer leave ahead (a proposal landed in it), nothing else.
    assert.deepStrictEqual(timingAhead('AE', '2026-06-15').map((t) => t.observance.id), ['summer-holidays']);
    assert.ok(!timingAhead('AE', '2026-08-25').some((t) => t.observance.effect !== 'busy'), 'the end of August 2026 in the UAE: no holiday ahead');
    assert.deepStrictEqual(timingAhead('ZZ', '2026-12-01'), [], 'a country with no calendar');
  });

  test('inside an observance, the advice is to ask after it', () => {
    const [t] = timingAhead('AE', '2026-03-01');
    assert.strictEqual(t?.when, 'now');
    assert.strictEqual(t?.before, undefined);
  });

  test('the prep doc names the observance, its dates and what to do, for the date of the planned ask', () => {
    const seen: string[] = [];
    for (const [country, today, , published] of CASES) {
      const lines = whenToAsk(prepDoc(forCountry(country), today));
      assert.ok(lines.length >= 1, `${country} ${today}: no "When to ask"`);
      const [year, month, day] = published.split('-').map(Number) as [number, number, number];
      // The published day's month is named (Feb, Oct…), and the year of the planned ask or the next.
      const monthWord = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
      assert.ok(lines.some((l) => l.includes(monthWord) && /\b20\d\d\b/u.test(l)), `${country} ${today}: ${lines.join(' | ')}`);
      assert.match(lines.join(' '), /\*\*When to ask:\*\* (?:before|from)\b/u);
      seen.push(`${country} ${today}: ${lines.join(' ')}`);
    }
    console.log(`      ${seen.slice(0, 6).join('\n      ')}`);
  });

  test('Ramadan in a UAE prep doc: the dates, the Eid holiday after it, and when to ask', () => {
    const [line] = whenToAsk(prepDoc(forCountry('AE'), '2026-01-20'));
    assert.match(line!, /\*\*When to ask:\*\* before \d+ Feb or from 2\d Mar, not in Ramadan \(1[78] Feb – (?:18|19|20) Mar 2026, ±1 day\) and the Eid al-Fitr holiday after it\./u);
  });

  test('Golden Week: "not that week"; a profile without a country says nothing about calendars', () => {
    const [gw] = whenToAsk(prepDoc(forCountry('JP'), '2026-04-10'));
    assert.match(gw!, /\*\*When to ask:\*\* before Apr \d+ or from May 7, not in Golden Week \(Apr 29 – May 6, 2026\)\./u);
    assert.deepStrictEqual(whenToAsk(prepDoc(exampleWith({}), '2026-04-10')), []);
    assert.deepStrictEqual(whenToAsk(prepDoc(exampleWith({}), '2026-12-05')), []);
  });

  test('the Christmas and New Year break in a German prep doc, day before month (en-GB)', () => {
    const [line] = whenToAsk(prepDoc(forCountry('DE'), '2026-12-01'));
    assert.match(line!, /\*\*When to ask:\*\* before 14 Dec or from 4 Jan, not in the Christmas and New Year break \(24 Dec 2026 – 1 Jan 2027\)\./u);
  });

  test('a month is blocked when an observance keeps people away on most of its working days', () => {
    assert.strictEqual(blockingObservance('ES', '2027-08')?.id, 'summer-holidays');
    assert.strictEqual(blockingObservance('AE', '2027-02')?.id, 'ramadan');
    assert.strictEqual(blockingObservance('DE', '2027-12'), undefined, 'a week of December is not the month');
    assert.strictEqual(blockingObservance('US', '2027-08'), undefined);
    assert.deepStrictEqual(firstOpenMonth('ES', '2027-08').month, '2027-09');
    assert.deepStrictEqual(firstOpenMonth('US', '2027-08').month, '2027-08');
  });

  test('"not now" twice: the month proposed skips one the leader’s calendar blocks; a month they named is kept', () => {
    const notNow = (country: string, month: string) => forCountry(country, { firstResponse: 'not-now', firstResponseDetails: { comeBackAfter: 'in a few months', comeBackMonth: month } });
    const facts = (p: Record<string, unknown>, today: string) => { const v = validateProfile(p); assert.ok(v.ok); return factsOf(v.profile, at(today)); };
    // May + 3 is August: in Spain the August holidays, so September.
    assert.strictEqual(facts(notNow('ES', '2027-05'), '2027-01-10').comeBackAgain, '2027-09');
    assert.strictEqual(facts(notNow('ES', '2027-05'), '2027-01-10').notNowMonth, '2027-09');
    assert.strictEqual(facts(notNow('US', '2027-05'), '2027-01-10').comeBackAgain, '2027-08');
    // November + 3 is February 2027, most of it Ramadan in the UAE: March.
    assert.strictEqual(facts(notNow('AE', '2026-11'), '2026-06-10').comeBackAgain, '2027-03');
    // Their own month (August) stays theirs.
    assert.strictEqual(facts(notNow('ES', '2027-08'), '2027-01-10').details.comeBackMonth, '2027-08');
    const doc = prepDoc(notNow('ES', '2027-05'), '2027-01-10');
    // The pause proposes it, and "After the meeting" puts it in your calendar: one timing, said once.
    assert.match(doc, /come back (?:to you )?in September, unless another month suits you better/u);
    assert.match(doc, /put September in your own calendar/u);
  });
});
