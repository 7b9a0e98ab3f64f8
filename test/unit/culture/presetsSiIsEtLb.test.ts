// Presets for Slovenia, Iceland, Ethiopia and Lebanon: each row with its scales and sources, the form of
// address each country uses by default (never a bare first name for a Slovenian director the user does not
// know), the chats people there use (never Slack or Teams for a leader at another company), the calendars
// (Enkutatash, Meskel, Genna and Fasika; both Christmases and both Easters in Lebanon; July in Iceland,
// August in Slovenia) and the season's greeting (Nauryz in Kazakhstan, Enkutatash in Ethiopia). A salutation
// in the vocative ("gospodine Babiću") is said to them: an English or German letter writes the nominative.
// And a leader who writes warmly and familiarly ("Habibi… Ktebli") is answered in kind, within the tone.
import * as assert from 'assert';
import { GREETING, has, presetKit } from './presetKit';
import { sourcesOf } from '../../../src/core/culture/presetSources';
import { presetFor } from '../../../src/core/culture/presets';
import { defaultAddress, nominativeAddress } from '../../../src/core/culture/address';
import { cultureSection, exampleWith, presetDoc, render } from '../render/helpers';

const LEADERS: Record<string, { name: string; greetAs: string }> = {
  SI: { name: 'Andrej Kovač', greetAs: 'Andrej Kovač' },
  IS: { name: 'Guðrún Jónsdóttir', greetAs: 'Guðrún' },
  ET: { name: 'Dawit Bekele', greetAs: 'Dawit Bekele' },
  LB: { name: 'Rania Khoury', greetAs: 'Rania Khoury' },
};
const { profileFor, at } = presetKit(LEADERS);
/** A profile for a leader in `country`, preset or not (warm unless the patch says otherwise). */
const profileIn = (country: string, patch: Record<string, unknown>) => {
  const p = exampleWith({ tone: 'warm', ...patch });
  p.culture = { country };
  return p;
};
const TONES = ['formal', 'warm', 'concise'] as const;
const greetingOf = (doc: string) => doc.split('\n').find((l) => GREETING.test(l));

suite('presets for Slovenia, Iceland, Ethiopia and Lebanon', () => {
  test('each row has its scales, its sources (a stand-in score said so) and its own line in the prep doc, in every tone', () => {
    const own: Record<string, RegExp> = { SI: /“Gospod” or “Gospa”/u, IS: /patronymics/u, ET: /“Ato” \(Mr\)/u, LB: /answer warmth with warmth/u };
    for (const [code, line] of Object.entries(own)) {
      const s = sourcesOf(code)!;
      assert.ok(presetFor(code) && s.hofstede.pdi > 0 && s.hofstede.idv > 0 && s.globe.length > 5 && s.meyer.length > 40, code);
      for (const tone of TONES) {
        const text = cultureSection(at(code, new Date(2027, 4, 3, 12), { tone }));
        assert.match(text, line, `${code} ${tone}`);
        assert.doesNotMatch(text, /no culture preset/u, `${code} ${tone}`);
      }
    }
    assert.deepStrictEqual(presetFor('IS')!.scales, { communication: 'low-context', hierarchy: 'egalitarian', trust: 'task-based', disagreement: 'open', time: 'linear' });
    for (const c of ['ET', 'LB', 'SI']) assert.strictEqual(presetFor(c)!.scales.hierarchy, 'hierarchical', c);
    assert.deepStrictEqual(['SI', 'IS', 'ET', 'LB'].map((c) => presetFor(c)!.chat), ['none', 'none', 'telegram', 'whatsapp']);
    assert.match(sourcesOf('ET')!.globe + sourcesOf('ET')!.meyer, /not surveyed|not placed/u);
  });

  test('forms of address: the given name in Iceland, Ato or Weyzero with the given name in Ethiopia, a title or salutation with the family name in Slovenia', () => {
    assert.strictEqual(defaultAddress('Guðrún Jónsdóttir', 'IS').text, 'Guðrún');
    assert.strictEqual(defaultAddress('Ato Dawit Bekele', 'ET').text, 'Ato Dawit');
    assert.strictEqual(defaultAddress('Weyzero Meron Alemu', 'ET').text, 'Weyzero Meron');
    assert.strictEqual(defaultAddress('Dr. Maja Kovač', 'SI').text, 'Dr. Kovač');
    assert.strictEqual(defaultAddress('Dr. Rania Khoury', 'LB').text, 'Dr. Rania');
    for (const [name, country] of [['Andrej Kovač', 'SI'], ['Dawit Bekele', 'ET'], ['Rania Khoury', 'LB']] as const) {
      assert.ok(defaultAddress(name, country).confirm, `${country}: a form that needs a salutation nobody gave is confirmed`);
    }
  });

  test('a Slovenian public-sector director the user does not know is never greeted by the bare first name', () => {
    for (const tone of TONES) {
      for (const [name, expected] of [['Andrej Kovač', 'Andrej Kovač'], ['Dr. Maja Zupančič', 'Dr. Zupančič'], ['mag. Tina Novak', 'Mag. Novak']] as const) {
        const profile = profileFor('SI', { tone, leader: { name, role: 'Director-General, Ministry of Digital Transformation', sector: 'public-sector' } });
        for (const id of ['request-meeting', 'thank-you', 'no-reply']) {
          const line = greetingOf(render(id, profile));
          assert.ok(line?.startsWith('Dear '), `${tone} ${name} ${id}: ${line}`);
          assert.ok(line?.includes(expected), `${tone} ${name} ${id}: ${line}`);
        }
      }
    }
  });

  test('an English letter greets a declined salutation in the nominative, in English; out loud it is kept', () => {
    const CASES: [string, string, string, RegExp][] = [
      ['HR', 'Tomislav Babić', 'gospodine Babiću', /^Dear Mr Babić,$/mu], ['HR', 'Ana Horvat', 'gospođo Horvat', /^Dear Ms Horvat,$/mu],
      ['CZ', 'Jan Novák', 'pane Nováku', /^Dear Mr Novák,$/mu], ['LT', 'Jonas Kazlauskas', 'Pone Kazlauskai', /^Dear Mr Kazlauskas,$/mu],
      ['SI', 'Andrej Kovač', 'gospod Kovač', /^Dear Mr Kovač,$/mu], ['UA', 'Андрій Петренко', 'пане Петренку', /^Dear Mr\. Петренко,$/mu],
      ['BG', 'Иван Петров', 'господине Петров', /^Dear Mr Петров,$/mu],
    ];
    for (const [country, name, addressAs, greeting] of CASES) {
      for (const tone of TONES) {
        const profile = profileIn(country, { tone, leader: { name, addressAs } });
        for (const id of ['request-meeting', 'thank-you', 'no-reply', 'async-update']) {
          const doc = render(id, profile);
          assert.match(doc, greeting, `${country} ${tone} ${id}`);
          assert.doesNotMatch(doc, new RegExp(`(?:Dear|Hi) ${addressAs}`, 'u'), `${country} ${tone} ${id}`);
        }
      }
    }
    assert.strictEqual(nominativeAddress('gospodine Babiću', 'de', 'Tomislav Babić'), 'Herr Babić');
    assert.strictEqual(nominativeAddress('gospođo Horvat', 'de', 'Ana Horvat'), 'Frau Horvat');
    // The given name after it ("Panie Piotrze"): the given name; neither name: kept as typed.
    assert.strictEqual(nominativeAddress('Panie Piotrze', 'en-GB', 'Piotr Nowak'), 'Piotr');
    assert.strictEqual(nominativeAddress('Panie Dyrektorze', 'en-GB', 'Piotr Nowak'), 'Panie Dyrektorze');
    assert.strictEqual(nominativeAddress('Dr. Babić', 'en-GB', 'Tomislav Babić'), 'Dr. Babić');
    assert.match(render('script', profileIn('HR', { leader: { name: 'Tomislav Babić', addressAs: 'gospodine Babiću' } })), /> \*\*You:\*\*[^\n]*gospodine Babiću/u);
  });

  test('a leader who writes warmly and familiarly (Lebanese “habibi”, “ktebli”) is greeted by first name, “Hi”, unless the tone is formal', () => {
    const WORDS = [
      'Habibi, wallah I have zero time for meetings these months. Ktebli, write to me. Put it in writing and I\'ll answer when I can, maybe not same day.',
      'Ya habibti, no time for meetings now. Ktebli and I will answer when I can.',
      'Ktebli, habibi. Send it in writing, I answer at night.',
    ];
    for (const firstResponseWords of WORDS) {
      for (const tone of TONES) {
        const profile = profileFor('LB', { tone, leader: { name: 'Rania Khoury', addressAs: 'Rania' }, firstResponseWords });
        for (const id of ['request-meeting', 'thank-you', 'async-update']) {
          const line = greetingOf(render(id, profile));
          assert.strictEqual(line, tone === 'formal' ? 'Dear Rania,' : 'Hi Rania,', `${tone} ${id}: ${firstResponseWords}`);
        }
      }
    }
    // Without such words, a hierarchical culture's first name stays “Dear”.
    assert.strictEqual(greetingOf(render('request-meeting', profileFor('LB', { leader: { name: 'Rania Khoury', addressAs: 'Rania' } }))), 'Dear Rania,');
  });

  test('the chat note names the country’s app, and never Slack or Teams for a leader at another company', () => {
    const NOTE = /^\*For [^\n]*\*$/mu;
    const noteOf = (country: string, organization: 'same' | 'other') =>
      render('request-meeting', profileIn(country, { leader: { name: LEADERS[country]?.name ?? 'Dana Ito', organization } })).split('\n').filter((l) => NOTE.test(l) && /The same /u.test(l)).join('\n');
    for (const [country, app] of [['LB', 'WhatsApp'], ['BR', 'WhatsApp'], ['ET', 'Telegram'], ['UA', 'Telegram'], ['BG', 'Viber']] as const) {
      for (const organization of ['same', 'other'] as const) {
        const note = noteOf(country, organization);
        assert.match(note, new RegExp(app, 'u'), `${country} ${organization}`);
        assert.doesNotMatch(note, /Slack|Teams/u, `${country} ${organization}`);
      }
    }
    assert.match(noteOf('US', 'same'), /Slack or Teams/u);
    assert.doesNotMatch(noteOf('US', 'other'), /Slack|Teams/u);
  });

  test('calendars: Enkutatash, Meskel, Genna and Fasika; both Christmases and both Easters in Lebanon; July in Iceland, August in Slovenia', () => {
    for (const year of [2026, 2027, 2028]) {
      assert.ok(has('ET', year, 'enkutatash', `${year}-09-11`) && has('ET', year, 'meskel', `${year}-09-27`) && has('ET', year, 'genna', `${year}-01-07`), `ET ${year}`);
      assert.ok(has('ET', year, 'orthodox-easter') && has('LB', year, 'orthodox-easter') && has('LB', year, 'easter') && has('LB', year, 'eid-al-fitr'), `${year}`);
      assert.ok(has('LB', year, 'year-end-shutdown') && has('IS', year, 'summer-holidays', `${year}-07-01`) && has('SI', year, 'summer-holidays', `${year}-08-01`), `${year}`);
    }
    assert.match(at('ET', new Date(2027, 8, 1, 12)), /Enkutatash/u);
    assert.match(at('IS', new Date(2027, 5, 20, 12)), /July summer break/u);
  });

  test('the season’s greeting: “Nauryz kutty bolsyn” around Nauryz in Kazakhstan, “Melkam Addis Amet” around Enkutatash in Ethiopia, in every tone', () => {
    for (const tone of TONES) {
      for (const [country, leader, day, greeting] of [['KZ', 'Daniyar Bolatovich Zhaksybekov', new Date(2027, 2, 22, 12), /“Nauryz kutty bolsyn”/u], ['ET', 'Dawit Bekele', new Date(2027, 8, 14, 12), /“Melkam Addis Amet”/u]] as const) {
        assert.match(presetDocAt(country, leader, tone, day), greeting, `${country} ${tone}`);
        assert.doesNotMatch(presetDocAt(country, leader, tone, new Date(2027, 5, 10, 12)), greeting, `${country} ${tone} in June`);
      }
    }
  });
});

function presetDocAt(country: string, leader: string, tone: string, day: Date): string {
  return presetDoc('prep-doc', country, day, { tone, leader: { name: leader } });
}
