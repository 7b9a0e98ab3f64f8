// Presets for Israel, the Philippines and Greece: each row with its sources, and each saying something
// of its own in the documents: dugri directness, the Sunday-to-Thursday week and the autumn holidays
// from the Hebrew calendar in Israel; "Ma'am Tina", a yes that may mean maybe, Holy Week and the long
// Christmas season in the Philippines; coffee, open argument, name days, Easter by the Orthodox
// calendar and August in Greece.
import * as assert from 'assert';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { cultureSection, presetDoc } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { nextGoodWindow, observances, namedObservanceEnd } from '../../../src/core/culture/calendars';
import { defaultAddress } from '../../../src/core/culture/address';

const TONES = ['formal', 'warm', 'concise'] as const;

const doc = presetDoc;

const culture = cultureSection;

const has = (country: string, year: number, id: string, start: string, end?: string) =>
  observances(country, year).some((o) => o.id === id && o.start === start && (end === undefined || o.end === end));

suite('presets for Israel, the Philippines and Greece (issue 22)', () => {
  test('each row has its scales and sources, and its own line in the prep doc in every tone', () => {
    const own: Record<string, RegExp> = {
      IL: /dugri/u,
      PH: /“Sir” or “Ma’am” with the given name \(“Ma’am Tina”/u,
      GR: /“Chronia polla”/u,
    };
    for (const [code, line] of Object.entries(own)) {
      const p = presetFor(code);
      assert.ok(p && sourcesOf(p.code)!.hofstede.pdi > 0 && sourcesOf(p.code)!.hofstede.idv > 0 && sourcesOf(p.code)!.globe.length > 5 && sourcesOf(p.code)!.meyer.length > 40, code);
      for (const tone of TONES) {
        const text = culture(doc('prep-doc', code, new Date(2024, 4, 1, 12), { tone }));
        assert.match(text, line, `${code} ${tone}`);
        assert.doesNotMatch(text, /no culture preset/u, `${code} ${tone}`);
      }
    }
    // Israel has one of the lowest power distances in Hofstede's tables; the Philippines one of the highest.
    assert.ok(sourcesOf('IL')!.hofstede.pdi < 20 && sourcesOf('PH')!.hofstede.pdi > 90 && sourcesOf('GR')!.hofstede.pdi > 50);
    assert.strictEqual(presetFor('IL')!.scales.hierarchy, 'egalitarian');
    assert.strictEqual(presetFor('IL')!.scales.disagreement, 'open');
    assert.strictEqual(presetFor('PH')!.scales.disagreement, 'avoided');
    assert.strictEqual(presetFor('GR')!.scales.trust, 'relationship-based');
    assert.strictEqual(presetFor('GR')!.scales.disagreement, 'open');
  });

  test('Israel: the autumn holidays and Passover from the Hebrew calendar, and a Friday–Saturday weekend', () => {
    // Rosh Hashanah: 12 September 2026, 2 October 2027, 21 September 2028; the first day of Passover:
    // 2 April 2026, 22 April 2027, 11 April 2028 (the published Jewish calendar).
    assert.ok(has('IL', 2026, 'autumn-holidays', '2026-09-11', '2026-10-03'));
    assert.ok(has('IL', 2027, 'autumn-holidays', '2027-10-01'));
    assert.ok(has('IL', 2028, 'autumn-holidays', '2028-09-20'));
    assert.ok(has('IL', 2026, 'passover', '2026-04-01', '2026-04-08'));
    assert.ok(has('IL', 2027, 'passover', '2027-04-21'));
    assert.ok(has('IL', 2028, 'passover', '2028-04-10'));
    // Friday 4 June 2027 is the weekend there; Sunday 6 June is a working day.
    assert.strictEqual(nextGoodWindow('IL', '2027-06-04').start, '2027-06-06');
    assert.match(doc('prep-doc', 'IL', new Date(2027, 7, 20, 12)), /Rosh Hashanah to Sukkot/u);
    assert.match(doc('prep-doc', 'IL', new Date(2027, 2, 25, 12)), /Passover \(Pesach\)/u);
    assert.match(culture(doc('prep-doc', 'IL', new Date(2024, 4, 1, 12))), /Sunday to Thursday/u);
    assert.strictEqual(namedObservanceEnd('Ask me again after the chagim', new Date(2027, 7, 1, 12)), '2027-10-23');
    assert.strictEqual(namedObservanceEnd('Let’s talk after Pesach', new Date(2027, 0, 10, 12)), '2027-04-28');
  });

  test('the Philippines: Sir or Ma’am with the given name, a yes that may mean maybe, Holy Week and Christmas', () => {
    for (const tone of TONES) {
      const text = culture(doc('prep-doc', 'PH', new Date(2024, 4, 1, 12), { tone }));
      assert.match(text, /Viber/u, tone);
      assert.match(text, /September/u, tone);
      assert.match(text, /“yes” may mean “maybe”/iu, tone);
    }
    assert.strictEqual(defaultAddress('Ma’am Tina Villanueva', 'PH').text, 'Ma’am Tina');
    assert.strictEqual(defaultAddress('Sir Ramon Cruz', 'PH').text, 'Sir Ramon');
    const request = doc('request-meeting', 'PH', new Date(2024, 4, 1, 12), { leader: { addressAs: 'Ma’am Tina' } });
    assert.match(request, /Dear Ma’am Tina,/u);
    assert.doesNotMatch(request, /Hi Ma’am/u);
    // Holy Week 2027: Palm Sunday 21 March to Easter Sunday 28 March; the Christmas peak to Three Kings.
    assert.ok(has('PH', 2027, 'holy-week', '2027-03-21', '2027-03-28'));
    assert.ok(has('PH', 2027, 'year-end-shutdown', '2027-12-16', '2028-01-06'));
    assert.match(doc('prep-doc', 'PH', new Date(2027, 1, 25, 12)), /Holy Week/u);
    assert.doesNotMatch(doc('prep-doc', 'PH', new Date(2027, 1, 25, 12)), /Semana Santa/u);
  });

  test('Greece: Easter by the Orthodox calendar, August, and the Christmas break to Epiphany', () => {
    // Orthodox Easter: 12 April 2026, 2 May 2027, 16 April 2028 (western Easter: 5 April, 28 March, 16 April).
    assert.ok(has('GR', 2026, 'orthodox-easter', '2026-04-05', '2026-04-13'));
    assert.ok(has('GR', 2027, 'orthodox-easter', '2027-04-25', '2027-05-03'));
    assert.ok(has('GR', 2028, 'orthodox-easter', '2028-04-09', '2028-04-17'));
    assert.ok(has('GR', 2027, 'summer-holidays', '2027-08-01', '2027-08-31'));
    assert.match(doc('prep-doc', 'GR', new Date(2027, 3, 5, 12)), /Easter \(Pascha\), by the Orthodox calendar/u);
    assert.match(doc('prep-doc', 'GR', new Date(2027, 6, 10, 12)), /the August holidays/u);
    for (const tone of TONES) assert.match(culture(doc('prep-doc', 'GR', new Date(2024, 4, 1, 12), { tone })), /coffee/u, tone);
  });
});

suite('preset for Malaysia (issue 22)', () => {
  test('conferred titles with the name, a no said softly, WhatsApp between colleagues, and the Hari Raya and Chinese New Year weeks', () => {
    const p = presetFor('MY');
    assert.ok(p && sourcesOf(p.code)!.hofstede.pdi > 90 && sourcesOf(p.code)!.globe.length > 5 && sourcesOf(p.code)!.meyer.length > 40);
    assert.strictEqual(p.chat, 'whatsapp');
    assert.strictEqual(p.scales.disagreement, 'avoided');
    for (const tone of TONES) {
      const text = culture(doc('prep-doc', 'MY', new Date(2024, 4, 1, 12), { tone }));
      assert.match(text, /Datuk/u, tone);
      assert.match(text, /“Encik” or “Puan”/u, tone);
      assert.match(text, /“I will try” with no date is usually the no; ask in private/u, tone);
    }
    assert.strictEqual(defaultAddress('Datuk Ahmad bin Ismail', 'MY').text, 'Datuk Ahmad');
    // Hari Raya Aidilfitri 2027 falls around 10 March (Umm al-Qura; Malaysia's sighting may differ by a day);
    // Chinese New Year 2027 is 6 February.
    assert.ok(observances('MY', 2027).some((o) => o.id === 'eid-al-fitr'));
    // Hari Raya Haji is a day or two, not a week.
    assert.ok(observances('MY', 2027).some((o) => o.id === 'eid-al-adha' && o.end > o.start && Date.parse(o.end) - Date.parse(o.start) <= 86_400_000));
    assert.ok(has('MY', 2027, 'lunar-new-year', '2027-02-05'));
    assert.match(doc('prep-doc', 'MY', new Date(2027, 0, 10, 12)), /Chinese New Year/u);
    assert.match(doc('prep-doc', 'MY', new Date(2027, 1, 15, 12)), /Hari Raya Aidilfitri/u);
  });
});

suite('season greetings for Israel, the Philippines and Greece (issue 22)', () => {
  test('“Shana tova” around Rosh Hashanah in Israel, and the New Year greeting in the Philippines and Greece', () => {
    assert.match(doc('prep-doc', 'IL', new Date(2027, 8, 24, 12)), /“Shana tova”/u);
    assert.doesNotMatch(doc('prep-doc', 'IL', new Date(2027, 5, 1, 12)), /Shana tova/u);
    for (const code of ['PH', 'GR']) {
      assert.match(doc('prep-doc', code, new Date(2027, 0, 12, 12)), /Happy New Year/u, code);
      assert.doesNotMatch(doc('prep-doc', code, new Date(2027, 4, 5, 12)), /Happy New Year/u, code);
    }
  });
});
