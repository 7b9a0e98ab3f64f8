// Presets for Belgium, Ukraine, Sri Lanka, Bulgaria, Hungary, Jordan, Uruguay and Romania (issue 22):
// each row with its scales and sources, greetings that name the leader in every document, a relationship
// beat where trust is relationship-based, a reply wait as the time scale has it, forms of address ("Sir"
// or "Madam" in Sri Lanka, a title with the given name in Jordan, the family name first and "dr." in
// Hungary, the patronymic in Ukraine), the calendars that matter there (Orthodox Easter and Christmas,
// Ramadan and the Eids, the Sinhala and Tamil New Year and Vesak, Carnival, the summer holidays), and
// where colleagues write in their own language, the note to write in it.
import * as assert from 'assert';
import { GREETING, has, IDS, presetKit } from './presetKit';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { cultureSection, render } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { defaultAddress } from '../../../src/core/culture/address';
import { fiscalYearStart, observances, orthodoxEaster } from '../../../src/core/culture/calendars';

const LEADERS: Record<string, { name: string; greetAs: string }> = {
  BE: { name: 'Koen Verstraeten', greetAs: 'Koen' },
  UA: { name: 'Andrii Petrovych Bondarenko', greetAs: 'Andrii Petrovych' },
  LK: { name: 'Mr. Ramesh Wickramasinghe', greetAs: 'Mr. Wickramasinghe' },
  BG: { name: 'Ms. Elena Georgieva', greetAs: 'Ms. Georgieva' },
  HU: { name: 'Dr. Erzsébet Tóth', greetAs: 'Dr. Tóth' },
  JO: { name: 'Eng. Omar Al-Masri', greetAs: 'Eng. Omar' },
  UY: { name: 'Gonzalo Pereyra', greetAs: 'Gonzalo' },
  RO: { name: 'Ms. Ioana Dumitrescu', greetAs: 'Ms. Dumitrescu' },
};
const { codes: CODES, profileFor, at } = presetKit(LEADERS);

suite('presets for Belgium, Ukraine, Sri Lanka, Bulgaria, Hungary, Jordan, Uruguay and Romania (issue 22)', () => {
  test('each row has its five scales, its sources and its own line in the prep doc, in every tone', () => {
    const own: Record<string, RegExp> = {
      BE: /sober/u, UA: /patronymic/u, LK: /“Sir” or “Madam”/u, BG: /Viber/u, HU: /Tóth Erzsébet/u, JO: /Sunday to Thursday/u, UY: /coast/u, RO: /Domnule director/u,
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
    for (const c of ['UA', 'LK', 'BG', 'HU', 'JO', 'UY', 'RO']) assert.strictEqual(presetFor(c)!.scales.trust, 'relationship-based', c);
    assert.strictEqual(presetFor('BE')!.scales.trust, 'task-based');
    assert.strictEqual(presetFor('BE')!.praise, 'understated');
    // Chat: WhatsApp where it is how colleagues talk, never by default in Ukraine or Bulgaria.
    for (const c of ['LK', 'JO', 'UY', 'RO']) assert.strictEqual(presetFor(c)!.chat, 'whatsapp', c);
    for (const c of ['BE', 'HU']) assert.strictEqual(presetFor(c)!.chat, 'none', c);
    assert.strictEqual(presetFor('UA')!.chat, 'telegram');
    assert.strictEqual(presetFor('BG')!.chat, 'viber');
  });

  test('forms of address: the patronymic kept in Ukraine, a title with the given name in Jordan, “Dr.” with the family name in Hungary', () => {
    assert.strictEqual(defaultAddress('Andrii Petrovych Bondarenko', 'UA').text, 'Andrii Petrovych');
    assert.strictEqual(defaultAddress('Андрій Петрович Бондаренко', 'UA').text, 'Андрій Петрович');
    assert.strictEqual(defaultAddress('Oksana Melnyk', 'UA').text, 'Oksana');
    assert.strictEqual(defaultAddress('Dr. Omar Al-Masri', 'JO').text, 'Dr. Omar');
    assert.strictEqual(defaultAddress('Dr. Erzsébet Tóth', 'HU').text, 'Dr. Tóth');
    assert.strictEqual(defaultAddress('Mr. Ramesh Wickramasinghe', 'LK').text, 'Mr. Wickramasinghe');
    assert.strictEqual(defaultAddress('Gonzalo Pereyra', 'UY').text, 'Gonzalo');
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
    for (const c of ['UA', 'LK', 'BG', 'HU', 'JO', 'UY', 'RO']) {
      const doc = render('script', profileFor(c));
      const beat = doc.indexOf('Before the business: time on them'), ask = doc.indexOf('The ask: small, time-boxed');
      assert.ok(beat !== -1 && ask !== -1 && beat < ask, c);
    }
    assert.doesNotMatch(render('script', profileFor('BE')), /Before the business: time on them/u);
    const wait = (c: string) => /(?:no reply within|allow|[Ii]f) (\w+ weeks?)/u.exec(at(c, new Date(2024, 4, 1, 12), { format: 'async', cadence: 'as-needed', firstResponse: 'noncommittal' }))?.[1];
    for (const flexible of ['UY', 'RO', 'BG', 'LK']) assert.ok(wait('BE') && wait(flexible) && wait('BE') !== wait(flexible), `BE ${wait('BE')} vs ${flexible} ${wait(flexible)}`);
  });

  test('calendars: Orthodox Easter and Christmas, Ramadan and the Eids, Avurudu and Vesak, Carnival, summers, fiscal years', () => {
    // Orthodox Easter 2026, 2027, 2028: 12 April, 2 May, 16 April (the published Pascha dates).
    assert.deepStrictEqual([2026, 2027, 2028].map(orthodoxEaster), ['2026-04-12', '2027-05-02', '2028-04-16']);
    for (const c of ['UA', 'RO', 'BG']) for (const [year, friday] of [[2026, '2026-04-10'], [2027, '2027-04-30'], [2028, '2028-04-14']] as const) assert.ok(has(c, year, 'orthodox-easter', friday), `${c} ${year}`);
    // Christmas on 25 December in all three (Ukraine since 2023).
    for (const c of ['UA', 'RO', 'BG']) assert.ok(observances(c, 2027).some((o) => o.id === 'year-end-shutdown' && o.start <= '2027-12-25' && o.end >= '2027-12-25'), c);
    assert.match(at('UA', new Date(2027, 11, 1, 12)), /Christmas \(25 December\)/u);
    assert.match(at('RO', new Date(2027, 3, 20, 12)), /Easter \(Pascha\), by the Orthodox calendar/u);
    // Jordan: Ramadan 2027 from about 8 February (Umm al-Qura), the Eids; the weekend is Friday and Saturday.
    assert.ok(observances('JO', 2027).some((o) => o.id === 'ramadan' && o.start >= '2027-02-07' && o.start <= '2027-02-10'));
    assert.ok(has('JO', 2027, 'eid-al-fitr') && has('JO', 2027, 'eid-al-adha'));
    assert.match(at('JO', new Date(2027, 0, 20, 12)), /Ramadan/u);
    // An ask in Ramadan opens with its greeting, one in the weeks after Eid with Eid's (as in the Gulf and Egypt).
    assert.match(at('JO', new Date(2027, 1, 15, 12)), /“Ramadan Kareem”/u);
    assert.match(at('JO', new Date(2027, 2, 20, 12)), /Eid Mubarak/u);
    // Sri Lanka: the Sinhala and Tamil New Year (13 and 14 April) and Vesak (the May full moon poya).
    for (const year of [2026, 2027, 2028]) assert.ok(observances('LK', year).some((o) => o.id === 'avurudu' && o.start <= `${year}-04-13` && o.end >= `${year}-04-14`), `${year}`);
    assert.ok(has('LK', 2026, 'vesak', '2026-05-01') && has('LK', 2027, 'vesak', '2027-05-20') && has('LK', 2028, 'vesak', '2028-05-08'));
    assert.ok(observances('LK', 2031).some((o) => o.id === 'vesak' && o.approximate === true && o.start >= '2031-04-25' && o.start <= '2031-05-24'));
    assert.match(at('LK', new Date(2027, 2, 25, 12)), /Sinhala and Tamil New Year/u);
    assert.match(at('LK', new Date(2027, 4, 5, 12)), /Vesak/u);
    // Carnival: Monday and Tuesday in Uruguay (8 and 9 February 2027), the Carnival week in Belgium.
    assert.ok(has('UY', 2027, 'carnival', '2027-02-08') && has('BE', 2027, 'carnival', '2027-02-08'));
    assert.ok(has('UY', 2027, 'holy-week', '2027-03-21'));
    assert.match(at('UY', new Date(2027, 2, 5, 12)), /Semana de Turismo/u);
    assert.ok(has('HU', 2027, 'easter', '2027-03-26'));
    for (const c of ['BE', 'BG', 'RO', 'HU', 'UY']) assert.ok(has(c, 2027, 'summer-holidays'), c);
    assert.deepStrictEqual(fiscalYearStart('LK'), { government: 1, companies: 4 });
    for (const c of CODES) assert.ok(fiscalYearStart(c), c);
  });

  test('where colleagues write in their own language, the prep doc says so, for anyone writing to them', () => {
    const LANGUAGE: Record<string, RegExp> = { BE: /\*\*English, Dutch or French\?\*\*/u, HU: /\*\*English or Hungarian\?\*\*/u, RO: /\*\*English or Romanian\?\*\*/u, BG: /\*\*English or Bulgarian\?\*\*/u, UA: /\*\*English or Ukrainian\?\*\*/u, UY: /\*\*English or Spanish\?\*\*/u };
    for (const [c, note] of Object.entries(LANGUAGE)) {
      for (const locale of [undefined, 'en-GB', 'en-US']) {
        for (const tone of ['formal', 'concise']) {
          const doc = at(c, new Date(2024, 4, 1, 12), { tone, you: { name: 'Alex Morgan', ...(locale ? { locale } : {}) } });
          assert.match(doc, note, `${c} ${locale ?? '-'} ${tone}`);
          assert.match(doc, /Write in [A-Z]\w+(?: or French)? if that is your working language/u, c);
        }
      }
    }
    // Business writing in English there: no such note for an English-locale writer.
    for (const c of ['LK', 'JO']) assert.doesNotMatch(at(c, new Date(2024, 4, 1, 12), { you: { name: 'Alex Morgan', locale: 'en-GB' } }), /\*\*English or /u, c);
  });
});
