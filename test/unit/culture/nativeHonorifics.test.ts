// A form of address typed in the leader's own language ("paní Nováková", "pan Dvořák", "khun Wichai"):
// a letter in English writes the English salutation where the language has its own "Dear" (Czech and
// Slovak letters open "Vážená paní …", so "Dear paní Nováková" mixes two languages), keeps an honorific
// that business English keeps ("Khun", "Pak", "Encik") with its capital, and no sentence, spoken line
// or greeting starts with a lower-case honorific, in English or in German.
import * as assert from 'assert';
import { addressInEnglish } from '../../../src/core/culture/address';
import { escapeRegExp } from '../../../src/core/render/mentionPass';
import { renderFinished } from '../render/helpers';

const TEMPLATES = ['prep-doc', 'script', 'objections', 'thank-you', 'first-checkin', 'async-update', 'next-checkin', 'request-meeting', 'manager-first', 'one-pager', 'brief', 'no-reply'];

/** Where a sentence starts: a line (after Markdown marks, a bold label and an opening quote), or after . ! ? */
function sentenceStarts(doc: string, form: string): string[] {
  const start = new RegExp(`(?:^|[.!?][”’"*]*\\s+)(?:[>*_\\-\\s“"‘]|\\*\\*[^*\\n]*\\*\\*)*${escapeRegExp(form)}(?![\\p{L}])`, 'gmu');
  return [...doc.matchAll(start)].map((m) => m[0]);
}

suite('forms of address in the leader’s own honorifics', () => {
  test('addressInEnglish: Czech and Slovak salutations become the English one; kept honorifics keep their capital', () => {
    const cases: [string, string, string, string][] = [
      ['CZ', 'paní Nováková', 'en-GB', 'Ms Nováková'],
      ['CZ', 'Paní Nováková', 'en-GB', 'Ms Nováková'],
      ['CZ', 'pan Dvořák', 'en-GB', 'Mr Dvořák'],
      ['CZ', 'paní Nováková', 'en-US', 'Ms. Nováková'],
      ['CZ', 'paní Ing. Nováková', 'en-GB', 'Ing. Nováková'],
      ['SK', 'pani Kováčová', 'en-GB', 'Ms Kováčová'],
      ['SK', 'pán Horváth', 'en-GB', 'Mr Horváth'],
      ['TH', 'khun Wichai', 'en-US', 'Khun Wichai'],
      ['ID', 'pak Budi', 'en-US', 'Pak Budi'],
      ['MY', 'encik Ahmad', 'en-GB', 'Encik Ahmad'],
    ];
    for (const [country, address, english, expected] of cases) {
      assert.strictEqual(addressInEnglish(address, english as 'en-GB', country), expected, `${country} ${address}`);
    }
    // A family name elsewhere, and forms that are already English, stay as typed.
    assert.strictEqual(addressInEnglish('Pan Wei', 'en-US', 'CN'), 'Pan Wei');
    assert.strictEqual(addressInEnglish('Khun Wichai', 'en-US', 'TH'), 'Khun Wichai');
    assert.strictEqual(addressInEnglish('Tanaka-san', 'en-US', 'JP'), 'Tanaka-san');
  });

  const profiles: [string, string, string, string][] = [
    ['CZ', 'Jana Nováková', 'paní Nováková', 'formal'],
    ['CZ', 'Petr Dvořák', 'pan Dvořák', 'warm'],
    ['SK', 'Zuzana Kováčová', 'pani Kováčová', 'formal'],
    ['TH', 'Wichai Chaiyaporn', 'khun Wichai', 'warm'],
    ['ID', 'Budi Santoso', 'pak Budi', 'formal'],
  ];

  test('no English greeting is followed by a lower-case honorific, nor by a Czech or Slovak salutation', () => {
    for (const [country, name, addressAs, tone] of profiles) {
      for (const template of TEMPLATES) {
        const doc = renderFinished(template, { culture: { country }, tone, leader: { name, addressAs } });
        for (const m of doc.matchAll(/^(?:Dear|Hello|Hi|Good morning) ([^,\n]+),/gmu)) {
          assert.doesNotMatch(m[1]!, /^\p{Ll}|^(?:[Pp]an|[Pp]ani|[Pp]aní|[Pp]án)(?!\p{L})/u, `${country} ${tone} ${template}: “${m[0]}”`);
        }
      }
    }
  });

  test('no sentence or spoken line starts with a lower-case honorific, in English or German', () => {
    for (const [country, name, addressAs, tone] of profiles) {
      for (const language of [undefined, 'de']) {
        for (const template of TEMPLATES) {
          const doc = renderFinished(template, { culture: { country }, tone, leader: { name, addressAs } }, language);
          assert.deepStrictEqual(sentenceStarts(doc, addressAs), [], `${country} ${tone} ${language ?? 'en'} ${template}`);
        }
      }
    }
  });
});
