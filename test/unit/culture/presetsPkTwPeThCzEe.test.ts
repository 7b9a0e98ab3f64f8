// Presets for Pakistan, Taiwan, Peru, Thailand, Czechia and Estonia (issue 22): each row with its
// scales and sources, greetings that name the leader in every document, a relationship beat where
// trust is relationship-based, a reply wait as the time scale has it, and the calendars that matter
// there (Ramadan and the Eids in Pakistan, the Lunar New Year in Taiwan, Songkran in Thailand, the
// Christmas break in Czechia, Estonia and Peru, Peru's Fiestas Patrias and Holy Week).
import * as assert from 'assert';
import { GREETING, has, IDS, presetKit } from './presetKit';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { cultureSection, render } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { defaultAddress } from '../../../src/core/culture/address';
import { fiscalYearStart, observances } from '../../../src/core/culture/calendars';

const LEADERS: Record<string, { name: string; greetAs: string }> = {
  PK: { name: 'Ms. Ayesha Siddiqui', greetAs: 'Ms. Siddiqui' },
  TW: { name: 'Dr. Lin Chih-ming', greetAs: 'Dr. Lin' },
  PE: { name: 'Ing. Jorge Quispe', greetAs: 'Ing. Quispe' },
  TH: { name: 'Wichai Srisuk', greetAs: 'Khun Wichai' },
  CZ: { name: 'Ing. Petr Novák', greetAs: 'Ing. Novák' },
  EE: { name: 'Kadri Tamm', greetAs: 'Kadri' },
};
const { profileFor, at } = presetKit(LEADERS);

suite('presets for Pakistan, Taiwan, Peru, Thailand, Czechia and Estonia (issue 22)', () => {
  test('each row has its five scales, its sources and its own line in the prep doc, in every tone', () => {
    const own: Record<string, RegExp> = {
      PK: /“Sir” or “Ma’am”/u, TW: /LINE/u, PE: /lunch/u, TH: /Khun/u, CZ: /Ing\.|Mgr\./u, EE: /first names/u,
    };
    for (const [code, line] of Object.entries(own)) {
      const p = presetFor(code);
      assert.ok(p, code);
      assert.ok(sourcesOf(p.code)!.hofstede.pdi > 0 && sourcesOf(p.code)!.hofstede.idv > 0 && sourcesOf(p.code)!.globe.length > 5 && sourcesOf(p.code)!.meyer.length > 40, code);
      for (const tone of ['formal', 'warm', 'concise']) {
        const text = cultureSection(at(code, new Date(2024, 4, 1, 12), { tone }));
        assert.match(text, line, `${code} ${tone}`);
        assert.doesNotMatch(text, /no culture preset|Keep a more formal register in writing until they suggest otherwise/u, `${code} ${tone}`);
      }
    }
    for (const c of ['PK', 'TW', 'PE', 'TH']) assert.strictEqual(presetFor(c)!.scales.trust, 'relationship-based', c);
    assert.strictEqual(presetFor('EE')!.scales.hierarchy, 'egalitarian');
    assert.strictEqual(presetFor('CZ')!.scales.trust, 'task-based');
    assert.strictEqual(defaultAddress('Wichai Srisuk', 'TH').text, 'Khun Wichai');
    assert.strictEqual(defaultAddress('Ms. Ayesha Siddiqui', 'PK').text, 'Ms. Siddiqui');
  });

  for (const country of Object.keys(LEADERS)) {
    test(`${country}: every greeting names them (“${LEADERS[country]!.greetAs}”), none is bare or a first name and surname after “Hi”`, () => {
      let greetings = 0;
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const firstResponse of [undefined, 'no-time', 'no-reply']) {
          const profile = profileFor(country, { tone, ...(firstResponse ? { firstResponse } : {}) });
          for (const id of IDS) {
            for (const line of render(id, profile).split('\n').map((l) => l.replace(/^>\s*/u, '').trim())) {
              const m = GREETING.exec(line);
              if (!m) continue;
              greetings++;
              assert.ok(line.includes(LEADERS[country]!.greetAs), `${id} (${tone}): “${line}”`);
            }
          }
        }
      }
      assert.ok(greetings >= 9, `only ${greetings} greetings`);
    });
  }

  test('relationship-based presets open the script with time on them; the reply wait is longer where time is flexible', () => {
    for (const c of ['PK', 'TW', 'PE', 'TH']) {
      const doc = render('script', profileFor(c));
      const beat = doc.indexOf('Before the business: time on them'), ask = doc.indexOf('The ask: small, time-boxed');
      assert.ok(beat !== -1 && ask !== -1 && beat < ask, c);
    }
    for (const c of ['CZ', 'EE']) assert.doesNotMatch(render('script', profileFor(c)), /Before the business: time on them/u, c);
    const wait = (c: string) => /(?:no reply within|allow|[Ii]f) (\w+ weeks?)/u.exec(at(c, new Date(2024, 4, 1, 12), { format: 'async', cadence: 'as-needed', firstResponse: 'noncommittal' }))?.[1];
    assert.ok(wait('EE') && wait('PE') && wait('EE') !== wait('PE'), `${wait('EE')} vs ${wait('PE')}`);
  });

  test('calendars: Ramadan and the Eids in Pakistan, the Lunar New Year in Taiwan, Songkran, the Christmas breaks, Peru’s holidays', () => {
    // Ramadan 2027 begins around 8 February (Umm al-Qura; Pakistan's sighting may differ by a day).
    assert.ok(observances('PK', 2027).some((o) => o.id === 'ramadan' && o.start >= '2027-02-07' && o.start <= '2027-02-10'));
    assert.ok(has('PK', 2027, 'eid-al-fitr') && has('PK', 2027, 'eid-al-adha'));
    assert.match(at('PK', new Date(2027, 0, 20, 12)), /Ramadan/u);
    assert.ok(observances('TW', 2027).some((o) => o.id === 'lunar-new-year' && o.start <= '2027-02-06' && o.end >= '2027-02-06'));
    assert.match(at('TW', new Date(2027, 0, 10, 12)), /Lunar New Year/u);
    assert.doesNotMatch(at('TW', new Date(2027, 0, 10, 12)), /Spring Festival/u);
    assert.ok(has('TH', 2027, 'songkran', '2027-04-13'));
    assert.match(at('TH', new Date(2027, 2, 20, 12)), /Songkran/u);
    for (const c of ['CZ', 'EE', 'PE']) assert.ok(has(c, 2027, 'year-end-shutdown'), c);
    assert.ok(has('PE', 2027, 'fiestas-patrias') && has('PE', 2027, 'holy-week', '2027-03-21'));
    assert.ok(has('EE', 2027, 'midsummer'));
    assert.deepStrictEqual(fiscalYearStart('PK'), { government: 7, companies: 7 });
    assert.deepStrictEqual(fiscalYearStart('TH'), { government: 10, companies: 1 });
    for (const c of ['TW', 'PE', 'CZ', 'EE']) assert.ok(fiscalYearStart(c), c);
  });
});
