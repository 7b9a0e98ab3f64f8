// A German form of address after a preposition or as an object is inflected: „An Herrn Gisler“, „für
// Herrn Dr. Keller“, „bevor Sie Herrn Keller fragen“; in a salutation it is the nominative, also when it
// was typed as the leader said it after „mit“ („Herrn Dr. Brandt“ → „Sehr geehrter Herr Dr. Brandt,“).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { heading } from '../../../src/core/render/headings';
import { objectCase, subjectCase } from '../../../src/core/culture/germanNames';
import { renderFinished } from '../render/helpers';

const TYPED: readonly [string, string, string][] = [
  // typed, as an object, as a salutation's name
  ['Herr Gisler', 'Herrn Gisler', 'Herr Gisler'],
  ['Herr Dr. Gisler', 'Herrn Dr. Gisler', 'Herr Dr. Gisler'],
  ['Herrn Dr. Brandt', 'Herrn Dr. Brandt', 'Herr Dr. Brandt'],
  ['Herr Mag. Keller, Leiter der Abteilung Architektur', 'Herrn Mag. Keller', 'Herr Mag. Keller'],
  ['Frau Dr. Wallner', 'Frau Dr. Wallner', 'Frau Dr. Wallner'],
];

suite('German: a form of address governed by a preposition or a verb is inflected', () => {
  test('the first message to the person they named: „An Herrn …“ above, „Sehr geehrter Herr …“ in it', () => {
    for (const [referTo, object, salutation] of TYPED) {
      for (const tone of TONES) {
        for (const organization of ['public-sector', 'enterprise'] as const) {
          const at = `${referTo}/${tone}/${organization}`;
          const text = renderFinished('request-meeting', { tone, organization, firstResponse: 'referral', firstResponseDetails: { referTo } }, 'de');
          assert.ok(text.includes(`\n## An ${object}: die erste Nachricht\n`), at);
          assert.doesNotMatch(text, /\bAn Herr\s/u, at);
          // The salutation to them: nominative, whatever the case it was typed in.
          const letter = text.slice(text.indexOf(`## An ${object}`));
          assert.match(letter, new RegExp(`\\n(?:Sehr geehrte[r]? |Guten Tag )${salutation.replace(/\./gu, '\\.')},?\\n`, 'u'), `${at}: ${letter}`);
          assert.doesNotMatch(letter, /^(?:Sehr geehrter?|Guten Tag) Herrn\b/mu, at);
        }
      }
    }
  });
  test('headings that name the leader after „für“ or as an object say „Herrn …“', () => {
    const titles: readonly [string, RegExp][] = [
      ['async-update', /^# Asynchrones Update für Herrn (?:Dr\. )?Thomas Keller$/mu],
      ['one-pager', /^# One-Pager für Herrn (?:Dr\. )?Thomas Keller$/mu],
      ['manager-first', /^# Zuerst mit der eigenen Führungskraft sprechen, bevor Sie Herrn (?:Dr\. )?Thomas Keller fragen$/mu],
      ['script', /^# Gesprächsleitfaden: Herrn (?:Dr\. )?Thomas Keller um Mentoring bitten$/mu],
    ];
    for (const name of ['Herr Thomas Keller', 'Herr Dr. Thomas Keller']) {
      for (const tone of TONES) {
        for (const [id, title] of titles) {
          const text = renderFinished(id, { tone, leader: { name } }, 'de');
          assert.match(text, title, `${id}/${name}/${tone}`);
        }
      }
    }
    // A name without „Herr“ and English headings are as typed.
    assert.strictEqual(heading('One-pager for {0}', 'de', ['Frau Dr. Anna Brandt']), 'One-Pager für Frau Dr. Anna Brandt');
    assert.strictEqual(heading('One-pager for {0}', 'en', ['Herr Keller']), 'One-pager for Herr Keller');
  });
  test('the inflection itself: only a leading „Herr“, and back', () => {
    for (const [typed, object, salutation] of TYPED) {
      assert.strictEqual(objectCase(typed).startsWith(object), true, typed);
      assert.strictEqual(subjectCase(typed).startsWith(salutation), true, typed);
    }
    for (const plain of ['Herrmann Weber', 'Thomas Herr', 'Frau Herr', 'Herr']) assert.strictEqual(objectCase(plain), plain);
  });
});
