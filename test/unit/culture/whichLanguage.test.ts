// The leader's country works in another language than the documents (Czechia, Thailand, Japan…):
// the prep doc says once whether to write in English or in theirs; the language you two share when
// the profile shows it (a Czech "paní Nováková"), with its register; a greeting line in their
// language where one is welcome (Thai, Malay). Nothing for English-speaking countries, nothing when
// the documents are already in the leader's language, and only in the prep doc.
import * as assert from 'assert';
import { sharedLanguage } from '../../../src/core/culture/languages';
import { renderFinished } from '../render/helpers';

const ANY_NOTE = /\*\*(?:In [A-Z][a-z]+\.|English or [A-Z][a-z]+\?)\*\*/gu;

function prepDoc(country: string, leader: Record<string, unknown>, you: Record<string, unknown> = {}, language?: string): string {
  return renderFinished('prep-doc', { culture: { country }, tone: 'formal', leader, you }, language);
}

suite('writing in their language: one note in the prep doc', () => {
  test('sharedLanguage: a Czech or Slovak salutation shows the language, preset or not', () => {
    assert.strictEqual(sharedLanguage('CZ', 'en-GB', 'paní Nováková'), 'cs');
    assert.strictEqual(sharedLanguage('SK', 'en-GB', 'pán Horváth'), 'sk');
    assert.strictEqual(sharedLanguage('CZ', 'cs-CZ', undefined), 'cs');
    assert.strictEqual(sharedLanguage('PL', 'en-GB', 'Pan Nowak'), 'pl');
    assert.strictEqual(sharedLanguage('CZ', 'en-GB', 'Jana'), undefined);
  });

  test('the language you share, with its register and its letters’ opening', () => {
    const cz = prepDoc('CZ', { name: 'Jana Nováková', addressAs: 'paní Nováková' }, { locale: 'en-GB' });
    assert.match(cz, /\*\*In Czech\.\*\*.*\*vy\*.*“Vážená paní …”/u);
    assert.match(cz, /they are “paní Nováková”/u);
    const sk = prepDoc('SK', { name: 'Peter Horváth', addressAs: 'pán Horváth' }, { locale: 'en-GB' });
    assert.match(sk, /\*\*In Slovak\.\*\*.*\*vy\*/u);
  });

  test('English or theirs, when the profile does not tell; a greeting line in their language where it is welcome', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['TH', { name: 'Wichai Chaiyaporn', addressAs: 'Khun Wichai' }, /\*\*English or Thai\?\*\*.*“Sawasdee khrap”/u],
      ['MY', { name: 'Ahmad bin Ismail', addressAs: 'Encik Ahmad' }, /\*\*English or Malay\?\*\*.*“Salam sejahtera”/u],
      ['JP', { name: 'Kenji Tanaka', addressAs: 'Tanaka-san' }, /\*\*English or Japanese\?\*\*/u],
      ['TR', { name: 'Ahmet Yılmaz', addressAs: 'Ahmet Bey' }, /\*\*English or Turkish\?\*\*/u],
      ['CZ', { name: 'Jana Nováková', addressAs: 'Jana' }, /\*\*English or Czech\?\*\*/u],
    ];
    for (const [country, leader, expected] of cases) {
      // You write from there: your English is that country's ("en-CZ"), or you greet them its way.
      const doc = prepDoc(country, leader, { locale: country === 'CZ' ? 'en-CZ' : 'en-US' });
      assert.match(doc, expected, country);
      assert.strictEqual(doc.match(ANY_NOTE)?.length, 1, `${country}: one note`);
    }
    // No greeting line where a letter in English would not open with one.
    assert.doesNotMatch(prepDoc('JP', { name: 'Kenji Tanaka', addressAs: 'Tanaka-san' }), /English or Japanese\?\*\*[^\n]*“/u);
    // Nothing shows you write from there (a first name, an English locale of elsewhere): no note.
    for (const [country, addressAs] of [['FR', 'Laurence'], ['ID', 'Dana'], ['JP', undefined]] as const) {
      assert.doesNotMatch(prepDoc(country, { name: 'Laurence Tanaka', ...(addressAs ? { addressAs } : {}) }, { locale: 'en-GB' }), ANY_NOTE, country);
    }
  });

  test('none for English-speaking countries, none when the documents are in their language, none outside the prep doc', () => {
    for (const country of ['GB', 'US', 'IE', 'AU', 'IN', 'SG', 'CA']) {
      assert.doesNotMatch(prepDoc(country, { name: 'Dana Okafor' }, { locale: 'en-GB' }), ANY_NOTE, country);
    }
    assert.doesNotMatch(prepDoc('DE', { name: 'Anna Weber' }, {}, 'de'), /English or German/u);
    for (const template of ['script', 'brief', 'request-meeting', 'thank-you', 'one-pager']) {
      const doc = renderFinished(template, { culture: { country: 'TH' }, leader: { name: 'Wichai Chaiyaporn', addressAs: 'Khun Wichai' } });
      assert.doesNotMatch(doc, ANY_NOTE, template);
    }
  });
});
