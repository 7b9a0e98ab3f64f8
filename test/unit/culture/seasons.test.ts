// Timing, fixed by kind (issue 22):
// 1. peak seasons missing from "when to ask": the weeks around the Spring Festival (not only its
//    holiday days) and the sales run-ups of a leader in e-commerce (618, 11.11, Black Friday);
// 2. a come-back month we propose that falls in the country's leave season (July in Saudi Arabia);
// 3. right after a festival, its greeting ("I hope you had a blessed Eid").
// The windows below are written from the sources, not read from the tables the code uses.
import * as assert from 'assert';
import { exampleWith } from '../render/helpers';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { nextGoodWindow } from '../../../src/core/culture/calendars';
import { COUNTRY_CODES } from '../../../src/core/culture/presets';
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
const whenToAsk = (doc: string) => doc.split('\n').filter((l) => l.includes('**When to ask:**')).join(' ');
const retail = { leader: { initiative: 'the Singles’ Day readiness programme', expertise: 'keeping e-commerce order systems up at peak' } };
const retailUS = { leader: { initiative: 'the Black Friday readiness programme', expertise: 'keeping online store checkouts up at peak' } };

/** [country, planned ask inside the window, profile patch, a day the window holds by its source, the
 *  earliest day it may end (the Lantern Festival, the sale day), words the note must name]. */
const PEAKS: [string, string, Record<string, unknown>, string, string, RegExp][] = [
  // Spring Festival 2027: 6 Feb; Lantern Festival 20 Feb (State Council; the first month's 15th day).
  ['CN', '2027-01-25', {}, '2027-01-25', '2027-02-20', /Spring Festival/u],
  ['CN', '2027-02-16', {}, '2027-02-16', '2027-02-20', /Spring Festival/u],
  // Spring Festival 2028: 26 Jan; Lantern Festival 9 Feb.
  ['CN', '2028-01-15', {}, '2028-01-15', '2028-02-09', /Spring Festival/u],
  // 618 and Double 11 pre-sales (Tmall, JD), for a leader in e-commerce.
  ['CN', '2027-06-01', retail, '2027-06-01', '2027-06-18', /618/u],
  ['CN', '2026-10-25', retail, '2026-10-25', '2026-11-11', /11\.11/u],
  // Black Friday 2026: 27 Nov, Cyber Monday 30 Nov.
  ['US', '2026-11-10', retailUS, '2026-11-10', '2026-11-30', /Black Friday/u],
  ['GB', '2027-11-15', retailUS, '2027-11-15', '2027-11-29', /Black Friday/u],
  // Seollal 2027: 7 Feb (the holiday 6–8 Feb); Chuseok 2026: 25 Sep; Diwali 2026: 8 Nov; Lebaran 2027: about 10 Mar.
  ['KR', '2027-02-07', {}, '2027-02-07', '2027-02-08', /Seollal/u],
  ['KR', '2026-09-25', {}, '2026-09-25', '2026-09-26', /Chuseok/u],
  ['IN', '2026-11-08', {}, '2026-11-08', '2026-11-08', /Diwali/u],
  ['ID', '2027-03-10', {}, '2027-03-10', '2027-03-11', /Eid al-Fitr/u],
  ['SA', '2027-02-20', {}, '2027-02-20', '2027-03-10', /Ramadan/u],
];

/** Leave seasons by their sources (school calendars, national practice): a month we propose to come
 *  back in is never one of these. */
const LEAVE: Record<string, string[]> = {
  SA: ['07', '08'], AE: ['07', '08'], ES: ['08'], FR: ['08'], IT: ['08'], SE: ['07'], AT: ['07', '08'],
  DE: ['08'], NL: ['08'], AU: ['01'], NZ: ['01'], AR: ['01', '02'], CL: ['02'], BR: ['01'], ZA: ['12'],
};

suite('peak seasons, leave seasons and the greeting after a festival, by kind', () => {
  test('an ask planned in a peak season is moved after it, and the prep doc names the season', () => {
    const seen: string[] = [];
    for (const [country, day, patch, holds, endsNoEarlier, named] of PEAKS) {
      const facts = factsOf((() => { const v = validateProfile(exampleWith({ culture: { country }, ...patch })); assert.ok(v.ok); return v.profile; })(), at(day));
      const window = nextGoodWindow(country, day, facts.calendar);
      assert.ok(window.skipped.length > 0 && window.start > holds && window.start > endsNoEarlier,
        `${country} ${day}: the first good day ${window.start} should be after ${endsNoEarlier} (skipped: ${window.skipped.map((o) => o.id).join(', ') || 'nothing'})`);
      const line = whenToAsk(prepDoc(exampleWith({ culture: { country }, ...patch }), day));
      assert.match(line, named, `${country} ${day}: ${line}`);
      seen.push(`${country} ${day}: ${line}`);
    }
    console.log(`      ${seen.slice(0, 5).join('\n      ')}`);
  });

  test('the sales run-ups are for a leader in e-commerce or retail only', () => {
    const plain = validateProfile(exampleWith({ culture: { country: 'CN' } }));
    assert.ok(plain.ok);
    assert.strictEqual(factsOf(plain.profile, at('2026-10-25')).calendar.retail, false);
    assert.doesNotMatch(whenToAsk(prepDoc(exampleWith({ culture: { country: 'CN' } }), '2026-10-25')), /11\.11/u);
    assert.match(whenToAsk(prepDoc(exampleWith({ culture: { country: 'CN' }, ...retail }), '2026-10-25')), /11\.11/u);
  });

  test('a come-back month we propose never falls in a leave season (every preset, every month, 2026–2028)', () => {
    const notNow = (country: string, month: string) => exampleWith({ culture: { country }, firstResponse: 'not-now', firstResponseDetails: { comeBackAfter: 'later', comeBackMonth: month } });
    const bad: string[] = [];
    for (const country of COUNTRY_CODES) {
      for (const year of [2026, 2027]) {
        for (let m = 1; m <= 12; m++) {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const v = validateProfile(notNow(country, month));
          assert.ok(v.ok);
          const proposed = factsOf(v.profile, at('2026-01-02')).comeBackAgain;
          assert.ok(proposed !== undefined && proposed > month, `${country} ${month}: ${proposed}`);
          if ((LEAVE[country] ?? []).includes(proposed.slice(5))) bad.push(`${country} ${month} → ${proposed}`);
        }
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  test('Saudi Arabia: after "After Eid… remind me" in April, the next proposal is September, not the summer leave', () => {
    const doc = prepDoc(exampleWith({ culture: { country: 'SA' }, firstResponse: 'not-now', firstResponseDetails: { comeBackAfter: 'after Eid', comeBackMonth: '2027-04' } }), '2026-12-06');
    assert.doesNotMatch(doc, /\b(?:July|August)\b/u);
    // The pause proposes it; "After the meeting" puts it in your calendar (one timing, said once).
    assert.match(doc, /come back (?:to you )?in September/u);
    assert.match(doc, /put September in your own calendar/u);
  });

  test('in the weeks right after a festival the culture greets, the prep doc gives the greeting', () => {
    /** [country, a planned ask in the weeks after it, what the greeting must say]. */
    const AFTER: [string, string, RegExp][] = [
      ['SA', '2027-04-01', /Eid Mubarak, I hope your Eid was blessed/u], // Eid al-Fitr 2027: about 10 March
      ['EG', '2026-04-05', /Eid Mubarak, I hope your Eid was blessed/u], // about 20 March 2026
      ['ID', '2027-03-30', /Mohon maaf lahir dan batin/u],
      ['CN', '2027-02-18', /Xīnnián hǎo.*Lantern Festival/u], // Spring Festival 6 Feb 2027, Lantern Festival 20 Feb
      ['KR', '2027-02-16', /Saehae bok.*holiday/u], // Seollal 7 Feb 2027
      ['IN', '2026-11-16', /had a wonderful Diwali/u], // Diwali 8 Nov 2026
      ['US', '2027-01-08', /Happy New Year/u],
      ['DE', '2027-01-11', /Happy New Year/u],
      ['JP', '2027-01-05', /Akemashite omedetō/u],
    ];
    for (const [country, day, greeting] of AFTER) {
      const doc = prepDoc(exampleWith({ culture: { country } }), day);
      assert.match(doc, greeting, `${country} ${day}`);
    }
    // Not before the New Year, and not a month after a festival.
    assert.doesNotMatch(prepDoc(exampleWith({ culture: { country: 'US' } }), '2026-12-10'), /Happy New Year/u);
    assert.doesNotMatch(prepDoc(exampleWith({ culture: { country: 'SA' } }), '2027-05-01'), /Eid Mubarak/u);
    assert.doesNotMatch(prepDoc(exampleWith({ culture: { country: 'US' } }), '2027-02-10'), /Happy New Year/u);
  });
});
