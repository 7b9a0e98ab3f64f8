// Presets for Serbia and Nepal (reader 23): each row with its scales and sources, its own line in the prep
// doc (first names in Serbian tech and "gospodine" or "gospođo" when formal; "ji", "dai" or "didi" in
// Nepal), Viber for chat, the calendars that matter there (the New Year and Orthodox Christmas on 7
// January, Orthodox Easter; Dashain, Tihar and the Nepali New Year in April), "Hi" before a Serbian CTO's
// first name, and no "regular 1:1" when the ask is a single conversation.
import * as assert from 'assert';
import { GREETING, has, IDS, presetKit } from './presetKit';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { cultureSection, render } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { defaultAddress } from '../../../src/core/culture/address';
import { fiscalYearStart, observances, orthodoxEaster } from '../../../src/core/culture/calendars';

const LEADERS: Record<string, { name: string; greetAs: string }> = {
  RS: { name: 'Nenad Petrović', greetAs: 'Nenad' },
  NP: { name: 'Rajesh Adhikari', greetAs: 'Rajesh ji' },
};
const { profileFor, at } = presetKit(LEADERS);
const others = presetKit({ ...LEADERS, DE: { name: 'Dr. Anna Hoffmann', greetAs: 'Dr. Hoffmann' }, US: { name: 'Dana Okafor', greetAs: 'Dana' } });
const TONES = ['formal', 'warm', 'concise'] as const;

suite('presets for Serbia and Nepal (reader 23)', () => {
  test('each row has its scales, its sources and its own line in the prep doc, in every tone', () => {
    const own: Record<string, RegExp> = { RS: /“gospodine” or “gospođo”/u, NP: /“dai” or “didi”/u };
    for (const [code, line] of Object.entries(own)) {
      assert.ok(presetFor(code), code);
      const s = sourcesOf(code)!;
      assert.ok(s.hofstede.pdi > 0 && s.hofstede.idv > 0 && s.globe.length > 5 && s.meyer.length > 40, code);
      for (const tone of TONES) {
        const text = cultureSection(at(code, new Date(2027, 4, 3, 12), { tone }));
        assert.match(text, line, `${code} ${tone}`);
        assert.match(text, /Viber/u, `${code} ${tone}`);
        assert.doesNotMatch(text, /no culture preset|WhatsApp/u, `${code} ${tone}`);
      }
    }
    assert.strictEqual(presetFor('RS')!.scales.disagreement, 'open');
    assert.strictEqual(presetFor('NP')!.scales.disagreement, 'avoided');
    assert.match(cultureSection(at('NP', new Date(2027, 4, 3, 12))), /Hernu parchha/u);
  });

  test('forms of address: the first name in Serbia, the given name with “ji” in Nepal', () => {
    assert.strictEqual(defaultAddress('Nenad Petrović', 'RS').text, 'Nenad');
    assert.strictEqual(defaultAddress('Rajesh Adhikari', 'NP').text, 'Rajesh ji');
    assert.strictEqual(defaultAddress('Sunita Gurung', 'NP').text, 'Sunita ji');
    assert.strictEqual(defaultAddress('Sunita Gurung', 'NP').confirm, false);
  });

  for (const country of Object.keys(LEADERS)) {
    test(`${country}: every greeting names them (“${LEADERS[country]!.greetAs}”), none is bare`, () => {
      let greetings = 0;
      for (const tone of TONES) {
        const profile = profileFor(country, { tone });
        for (const id of IDS) {
          for (const line of render(id, profile).split('\n').map((l) => l.replace(/^>\s*/u, '').trim())) {
            if (!GREETING.exec(line)) continue;
            greetings++;
            assert.ok(line.includes(LEADERS[country]!.greetAs), `${id} (${tone}): “${line}”`);
          }
        }
      }
      assert.ok(greetings >= 6, `only ${greetings} greetings`);
    });
  }

  test('a Serbian scale-up CTO called by first name is greeted “Hi”, not “Dear”, but in the formal tone', () => {
    for (const tone of ['warm', 'concise'] as const) {
      for (const firstResponse of ['declined', 'no-time', 'noncommittal']) {
        const mail = render('request-meeting', profileFor('RS', { tone, organization: 'scale-up', relationship: 'executive', firstResponse, leader: { name: 'Nenad Petrović', addressAs: 'Nenad' } }));
        assert.match(mail, /^Hi Nenad,$/mu, `${tone} ${firstResponse}`);
        assert.doesNotMatch(mail, /Dear Nenad/u, `${tone} ${firstResponse}`);
      }
    }
  });

  test('a single conversation with an executive is not called a regular 1:1', () => {
    for (const country of ['RS', 'NP', 'DE', 'US']) {
      for (const firstResponse of ['declined', 'no-reply']) {
        const prep = others.at(country, new Date(2027, 4, 3, 12), { relationship: 'executive', firstResponse });
        assert.doesNotMatch(prep, /regular 1:1/u, `${country} ${firstResponse}`);
      }
    }
    // A rhythm of meetings keeps the line.
    assert.match(others.at('US', new Date(2027, 4, 3, 12), { relationship: 'executive', firstResponse: 'noncommittal', cadence: 'biweekly', format: 'meetings' }), /regular 1:1/u);
  });

  test('calendars: the New Year and Orthodox Christmas, Orthodox Easter, Dashain, Tihar, the Nepali New Year, fiscal years', () => {
    for (const year of [2026, 2027, 2028]) {
      assert.ok(observances('RS', year).some((o) => o.id === 'year-end-shutdown' && o.start <= `${year}-01-07` && o.end >= `${year}-01-07`), `RS ${year}`);
      assert.ok(observances('RS', year).some((o) => o.id === 'orthodox-easter' && o.end >= orthodoxEaster(year) && o.start <= orthodoxEaster(year)), `RS ${year}`);
      assert.ok(has('NP', year, 'nepali-new-year', `${year}-04-13`), `NP ${year}`);
    }
    assert.match(at('RS', new Date(2026, 11, 20, 12)), /Orthodox Christmas \(7 January\)/u);
    // Dashain: Vijaya Dashami on 2 October 2025 and about 12 October 2024; Tihar around Laxmi Puja (Diwali).
    for (const [year, dashami] of [[2024, '2024-10-12'], [2025, '2025-10-02']] as const) {
      assert.ok(observances('NP', year).some((o) => o.id === 'dashain' && o.start <= dashami && o.end >= dashami), `${year}`);
    }
    assert.ok(observances('NP', 2025).some((o) => o.id === 'tihar' && o.start <= '2025-10-21' && o.end >= '2025-10-21'));
    assert.match(at('NP', new Date(2026, 8, 20, 12)), /Dashain/u);
    assert.match(at('NP', new Date(2027, 2, 30, 12)), /Nepali New Year/u);
    assert.deepStrictEqual(fiscalYearStart('NP'), { government: 7, companies: 7 });
    assert.ok(fiscalYearStart('RS'));
  });
});
