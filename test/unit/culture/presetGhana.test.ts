// A preset for Ghana: Ghanaian documents were written from no preset at all. Its row with its sources,
// a relationship-first, hierarchical meeting with “Madam” or “Mr” and the surname (a title kept), a
// courteous greeting in every tone, and the holidays that move the ask: Christmas to New Year, Easter
// (Good Friday to Easter Monday) and the Eids; the fiscal year is the calendar year.
import * as assert from 'assert';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { cultureSection, presetDoc } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { fiscalYearStart, observances } from '../../../src/core/culture/calendars';

const TONES = ['formal', 'warm', 'concise'] as const;

const doc = (id: string, today: Date, patch: Record<string, unknown> = {}) => presetDoc(id, 'GH', today, patch);

const culture = cultureSection;

const has = (year: number, id: string, start: string, end?: string) =>
  observances('GH', year).some((o) => o.id === id && o.start === start && (end === undefined || o.end === end));

suite('a preset for Ghana (issue 22)', () => {
  test('the row has its scales and sources, and its own meeting line in the prep doc in every tone', () => {
    const p = presetFor('GH');
    assert.ok(p && sourcesOf(p.code)!.hofstede.pdi > 50 && sourcesOf(p.code)!.hofstede.idv > 0 && sourcesOf(p.code)!.globe.length > 5 && sourcesOf(p.code)!.meyer.length > 40);
    assert.strictEqual(p.scales.hierarchy, 'hierarchical');
    assert.strictEqual(p.scales.trust, 'relationship-based');
    assert.strictEqual(p.address, 'title-family');
    assert.strictEqual(p.english, 'en-GB');
    for (const tone of TONES) {
      const text = culture(doc('prep-doc', new Date(2027, 4, 1, 12), { tone }));
      assert.match(text, /“Madam” or “Mr” with the surname/u, tone);
      assert.match(text, /ask after them and their family before any request/u, tone);
      assert.doesNotMatch(text, /no culture preset/u, tone);
    }
  });

  test('letters greet “Madam Mensah” courteously in every tone, with no casual idiom', () => {
    for (const tone of TONES) {
      for (const id of ['thank-you', 'no-reply', 'request-meeting']) {
        const text = doc(id, new Date(2027, 4, 1, 12), { tone, leader: { name: 'Abena Mensah', addressAs: 'Madam Mensah' }, firstResponseWords: 'Let me see how the quarter goes first.' });
        assert.doesNotMatch(text, /^Hi /mu, `${tone} ${id}`);
        assert.doesNotMatch(text, /\b(?:Totally|no hard feelings)\b/u, `${tone} ${id}`);
      }
    }
  });

  test('Christmas to New Year, Easter from Good Friday to Easter Monday, the Eids; a calendar fiscal year', () => {
    // Easter Sunday: 5 April 2026, 28 March 2027, 16 April 2028.
    assert.ok(has(2026, 'easter', '2026-04-03', '2026-04-06'));
    assert.ok(has(2027, 'easter', '2027-03-26', '2027-03-29'));
    assert.ok(has(2028, 'easter', '2028-04-14', '2028-04-17'));
    for (const year of [2026, 2027, 2028]) {
      assert.ok(observances('GH', year).some((o) => o.id === 'eid-al-fitr'), `${year} Eid al-Fitr`);
      assert.ok(observances('GH', year).some((o) => o.id === 'eid-al-adha'), `${year} Eid al-Adha`);
      assert.ok(observances('GH', year).some((o) => o.start === `${year}-12-24`), `${year} Christmas`);
    }
    assert.deepStrictEqual(fiscalYearStart('GH'), { government: 1, companies: 1 });
  });
});
