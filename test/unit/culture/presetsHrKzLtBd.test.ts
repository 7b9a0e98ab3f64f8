// Presets for Croatia, Kazakhstan, Lithuania and Bangladesh (issue 22): each row with its scales and
// sources, greetings that name the leader in every document (never "Hi" before a first name with its
// patronymic), a relationship beat where trust is relationship-based, a reply wait as the time scale has
// it, forms of address ("gospodine" with the family name in Croatia, the patronymic in Kazakhstan, "Pone"
// or "Ponia" in Lithuania, "Sir", "Bhai" or "Apa" in Bangladesh), the chats people there use, and the
// calendars that matter there (Easter and the Assumption, Nauryz and Kurban Ait, Joninės, the Eids, Pohela
// Boishakh and Durga Puja), for the year of the ask.
import * as assert from 'assert';
import { GREETING, has, IDS, presetKit } from './presetKit';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { cultureSection, render } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { defaultAddress } from '../../../src/core/culture/address';
import { easter, fiscalYearStart, observances } from '../../../src/core/culture/calendars';

const LEADERS: Record<string, { name: string; greetAs: string }> = {
  HR: { name: 'Mr. Tomislav Babić', greetAs: 'Mr. Babić' },
  KZ: { name: 'Daniyar Bolatovich Zhaksybekov', greetAs: 'Daniyar Bolatovich' },
  LT: { name: 'Gintarė Petrauskienė', greetAs: 'Gintarė' },
  BD: { name: 'Mr. Kamal Hossain', greetAs: 'Mr. Hossain' },
};
const { codes: CODES, profileFor, at } = presetKit(LEADERS);

suite('presets for Croatia, Kazakhstan, Lithuania and Bangladesh (issue 22)', () => {
  test('each row has its five scales, its sources and its own line in the prep doc, in every tone', () => {
    const own: Record<string, RegExp> = { HR: /“gospodine” or “gospođo”/u, KZ: /patronymic/u, LT: /“Pone” or “Ponia”/u, BD: /“Bhai” or “Apa”/u };
    for (const [code, line] of Object.entries(own)) {
      const p = presetFor(code);
      assert.ok(p, code);
      const s = sourcesOf(code)!;
      assert.ok(s.hofstede.pdi > 0 && s.hofstede.idv > 0 && s.globe.length > 5 && s.meyer.length > 40, code);
      for (const tone of ['formal', 'warm', 'concise']) {
        const text = cultureSection(at(code, new Date(2027, 4, 3, 12), { tone }));
        assert.match(text, line, `${code} ${tone}`);
        assert.doesNotMatch(text, /no culture preset|Keep a more formal register in writing until they suggest otherwise/u, `${code} ${tone}`);
      }
    }
    for (const c of ['HR', 'KZ', 'BD']) assert.strictEqual(presetFor(c)!.scales.trust, 'relationship-based', c);
    assert.deepStrictEqual(presetFor('LT')!.scales, { communication: 'low-context', hierarchy: 'egalitarian', trust: 'task-based', disagreement: 'open', time: 'linear' });
    // Chat: WhatsApp where colleagues who know each other use it; Lithuania keeps to the work tools.
    for (const c of ['HR', 'KZ', 'BD']) assert.strictEqual(presetFor(c)!.chat, 'whatsapp', c);
    assert.strictEqual(presetFor('LT')!.chat, 'none');
    assert.match(cultureSection(at('KZ', new Date(2027, 4, 3, 12))), /Telegram/u);
    assert.match(cultureSection(at('BD', new Date(2027, 4, 3, 12))), /IMO/u);
    // Where they asked for writing, the line keeps to it (“Don't chase me on WhatsApp”).
    const written = cultureSection(at('BD', new Date(2027, 4, 3, 12), { firstResponse: 'yes-with-limits', firstResponseWords: 'Put it in writing, one page. Don’t chase me on WhatsApp.', firstResponseDetails: { limits: 'one page', channel: 'email, one page' } }));
    assert.match(written, /Keep to the writing they asked for/u);
    assert.doesNotMatch(written, /WhatsApp or IMO/u);
  });

  test('forms of address: the patronymic kept in Kazakhstan, the first name in Lithuania, Mr or Ms with the family name in Croatia and Bangladesh', () => {
    assert.strictEqual(defaultAddress('Daniyar Bolatovich Zhaksybekov', 'KZ').text, 'Daniyar Bolatovich');
    assert.strictEqual(defaultAddress('Данияр Болатович Жаксыбеков', 'KZ').text, 'Данияр Болатович');
    assert.strictEqual(defaultAddress('Aigerim Sadykova', 'KZ').text, 'Aigerim');
    assert.strictEqual(defaultAddress('Gintarė Petrauskienė', 'LT').text, 'Gintarė');
    assert.strictEqual(defaultAddress('Ms. Ivana Marković', 'HR').text, 'Ms. Marković');
    assert.strictEqual(defaultAddress('Mr. Kamal Hossain', 'BD').text, 'Mr. Hossain');
    // A Kazakh leader's name and patronymic, however warm the leader's words: "Dear", never "Hi".
    for (const words of [undefined, 'Слушай, времени нет совсем. Но давай пообедаем.']) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const p = profileFor('KZ', { tone, leader: { name: 'Daniyar Zhaksybekov', addressAs: 'Daniyar Bolatovich' }, ...(words ? { firstResponse: 'noncommittal', firstResponseWords: words } : {}) });
        const mail = render('request-meeting', p);
        assert.match(mail, /^Dear Daniyar Bolatovich,$/mu, tone);
        assert.doesNotMatch(mail, /\bHi Daniyar/u, tone);
      }
    }
  });

  for (const country of CODES) {
    test(`${country}: every greeting names them (“${LEADERS[country]!.greetAs}”), none is bare`, () => {
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
    for (const c of ['HR', 'KZ', 'BD']) {
      const doc = render('script', profileFor(c));
      const beat = doc.indexOf('Before the business: time on them'), ask = doc.indexOf('The ask: small, time-boxed');
      assert.ok(beat !== -1 && ask !== -1 && beat < ask, c);
    }
    assert.doesNotMatch(render('script', profileFor('LT')), /Before the business: time on them/u);
    const wait = (c: string) => /(?:no reply within|allow|[Ii]f) (\w+ weeks?)/u.exec(at(c, new Date(2024, 4, 1, 12), { format: 'async', cadence: 'as-needed', firstResponse: 'noncommittal' }))?.[1];
    for (const flexible of ['HR', 'KZ', 'BD']) assert.ok(wait('LT') && wait(flexible) && wait('LT') !== wait(flexible), `LT ${wait('LT')} vs ${flexible} ${wait(flexible)}`);
  });

  test('calendars: Easter and the Assumption, Nauryz and Kurban Ait, Joninės, the Eids, Pohela Boishakh and Durga Puja, fiscal years', () => {
    // Croatia and Lithuania: Easter Sunday and Monday (2026: 5 April; 2027: 28 March; 2028: 16 April).
    for (const c of ['HR', 'LT']) for (const year of [2026, 2027, 2028]) assert.ok(has(c, year, 'easter', easter(year)), `${c} ${year}`);
    assert.deepStrictEqual([2026, 2027, 2028].map(easter), ['2026-04-05', '2027-03-28', '2028-04-16']);
    assert.ok(observances('HR', 2027).some((o) => o.id === 'summer-holidays' && o.start <= '2027-08-15' && o.end >= '2027-08-15'));
    assert.match(at('HR', new Date(2027, 6, 1, 12)), /Assumption \(15 August\)/u);
    // Kazakhstan: Nauryz, 21 to 23 March, every year; Kurban Ait (Eid al-Adha 2027 about 16 May), no Oraza Ait holiday.
    for (const year of [2026, 2027, 2028]) assert.ok(has('KZ', year, 'nauryz', `${year}-03-21`), `${year}`);
    assert.ok(observances('KZ', 2027).some((o) => o.id === 'eid-al-adha' && o.start >= '2027-05-15' && o.start <= '2027-05-18'));
    assert.ok(!has('KZ', 2027, 'eid-al-fitr') && !has('KZ', 2027, 'ramadan'));
    assert.match(at('KZ', new Date(2027, 2, 8, 12)), /Nauryz/u);
    assert.match(at('KZ', new Date(2027, 4, 5, 12)), /Kurban Ait/u);
    // Lithuania: Joninės, 24 June, with its eve.
    for (const year of [2026, 2027, 2028]) assert.ok(observances('LT', year).some((o) => o.id === 'midsummer' && o.start <= `${year}-06-24` && o.end >= `${year}-06-24`), `${year}`);
    assert.match(at('LT', new Date(2027, 5, 10, 12)), /Joninės/u);
    // Bangladesh: Ramadan 2027 from about 8 February and both Eids (Umm al-Qura); Pohela Boishakh on 14 April;
    // Durga Puja to Bijoya Dashami (13 October 2024, 2 October 2025, within a day).
    assert.ok(observances('BD', 2027).some((o) => o.id === 'ramadan' && o.start >= '2027-02-07' && o.start <= '2027-02-10'));
    assert.ok(has('BD', 2027, 'eid-al-fitr') && has('BD', 2027, 'eid-al-adha'));
    for (const year of [2026, 2027, 2028]) assert.ok(has('BD', year, 'pohela-boishakh', `${year}-04-14`), `${year}`);
    for (const [year, dashami] of [[2024, '2024-10-13'], [2025, '2025-10-02']] as const) {
      assert.ok(observances('BD', year).some((o) => o.id === 'durga-puja' && o.approximate === true && Math.abs(Date.parse(o.end) - Date.parse(dashami)) <= 86_400_000), `${year}`);
    }
    assert.match(at('BD', new Date(2027, 2, 30, 12)), /Pohela Boishakh/u);
    assert.match(at('BD', new Date(2026, 9, 5, 12)), /Durga Puja/u);
    assert.match(at('BD', new Date(2027, 0, 25, 12)), /Ramadan/u);
    assert.deepStrictEqual(fiscalYearStart('BD'), { government: 7, companies: 7 });
    for (const c of CODES) assert.ok(fiscalYearStart(c), c);
  });

  test('where colleagues write in their own language (Croatia; Kazakhstan, in Russian), the prep doc says so', () => {
    const LANGUAGE: Record<string, RegExp> = { HR: /\*\*English or Croatian\?\*\*/u, KZ: /\*\*English or Russian\?\*\*/u };
    for (const [c, note] of Object.entries(LANGUAGE)) {
      for (const locale of [undefined, 'en-GB']) assert.match(at(c, new Date(2027, 4, 3, 12), { you: { name: 'Alex Morgan', ...(locale ? { locale } : {}) } }), note, `${c} ${locale ?? '-'}`);
    }
    for (const c of ['LT', 'BD']) assert.doesNotMatch(at(c, new Date(2027, 4, 3, 12), { you: { name: 'Alex Morgan', locale: 'en-GB' } }), /\*\*English or /u, c);
  });
});
