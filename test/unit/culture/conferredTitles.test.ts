// Malaysia's conferred titles of two words (Tan Sri, Puan Sri, Dato' Sri, Datuk Seri, Toh Puan) are one
// title: kept whole in every greeting and spoken line, never cut to "Dear Sri," or "Hi Tan,", and a
// name that starts with one is greeted "Dear", as any titled name is.
import * as assert from 'assert';
import { addressedByTitle, defaultAddress, splitName } from '../../../src/core/culture/address';
import { exampleWith, render } from '../render/helpers';

/** [full name, title, the form Malaysian usage greets them by] */
const NAMES: readonly [string, string, string][] = [
  ['Tan Sri Ahmad Zaki', 'Tan Sri', 'Tan Sri Ahmad'],
  ['Puan Sri Aishah Rahman', 'Puan Sri', 'Puan Sri Aishah'],
  ["Dato' Sri Rahim Noor", "Dato' Sri", "Dato' Sri Rahim"],
  ['Datuk Seri Anwar Hashim', 'Datuk Seri', 'Datuk Seri Anwar'],
  ['Toh Puan Zainab Ali', 'Toh Puan', 'Toh Puan Zainab'],
  ['Dato’ Seri Kamal Yusof', 'Dato’ Seri', 'Dato’ Seri Kamal'],
];
const GREETING = /^(?:Dear|Hi|Hello|Good (?:morning|afternoon))\b[^\n]*,$/gmu;

suite('Conferred titles of two words', () => {
  test('the name is split with the whole title, and the Malaysian form keeps it with the given name', () => {
    for (const [name, title, form] of NAMES) {
      assert.strictEqual(splitName(name).title, title, name);
      const suggestion = defaultAddress(name, 'MY');
      assert.strictEqual(suggestion.text, form, name);
      assert.strictEqual(suggestion.confirm, false, name);
      assert.ok(addressedByTitle(form), form);
      // Elsewhere, where first names are the norm, a conferred title is still never dropped.
      for (const country of ['GB', 'SG', 'US']) assert.strictEqual(defaultAddress(name, country).text, form, `${name} ${country}`);
    }
    // A family name that is also the first word of a title is a name: "Tan Wei Ming" has no title.
    assert.strictEqual(splitName('Tan Wei Ming', 'family-first').title, undefined);
  });

  test('every greeting and the spoken lines keep the whole title, greeted “Dear” in every tone', () => {
    for (const [name, , form] of NAMES) for (const country of ['MY', 'GB', 'SG']) for (const tone of ['warm', 'formal', 'concise']) for (const addressAs of [undefined, form]) {
      const profile = exampleWith({ leader: { name, ...(addressAs ? { addressAs } : {}) }, culture: { country }, tone, relationship: 'cross-team' });
      const label = `${name} ${country} ${tone} ${addressAs ?? '(default)'}`;
      for (const id of ['request-meeting', 'thank-you', 'no-reply']) {
        const greetings = render(id, profile).match(GREETING) ?? [];
        assert.ok(greetings.length > 0, `${id} ${label}`);
        for (const g of greetings) assert.ok(g.startsWith(`Dear ${form}`), `${id} ${label}: ${g}`);
      }
      const script = render('script', profile);
      assert.ok(script.includes(`, ${form};`) || script.includes(`, ${form}.`) || script.includes(`${form},`), `script ${label}: the title is said`);
      assert.doesNotMatch(script, /\b(?:Hi|Dear|Hello) (?:Sri|Seri|Puan|Tan|Toh)\b[,;]/u, label);
    }
  });
});
