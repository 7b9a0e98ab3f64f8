// When you and the leader share a language other than English (a French architect and a
// French director), the prep doc says in one line that the real messages would be in it, and in
// which register; from what the profile holds (you.locale, the country, the salutation you address
// them with), and nothing when it cannot tell.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { sharedLanguage } from '../../../src/core/culture/languages';

function communication(country: string | undefined, you: Record<string, unknown>, leader: Record<string, unknown> = {}): string {
  const profile = exampleWith({ you, leader, culture: {} });
  profile.culture = country ? { country } : { communication: 'direct', hierarchy: 'flat' };
  const doc = render('prep-doc', profile);
  const start = doc.indexOf('### Communication and hierarchy');
  assert.ok(start > 0);
  return doc.slice(start, doc.indexOf('\n## ', start));
}

const LANGUAGE_LINE = /\*\*In [A-Z][a-z]+\.\*\*/u;

suite('a shared language other than English is said, with its register', () => {
  test('sharedLanguage: your locale, else your salutation, and only a language the country works in', () => {
    assert.strictEqual(sharedLanguage('FR', 'fr-FR', undefined), 'fr');
    assert.strictEqual(sharedLanguage('CH', 'de-CH', undefined), 'de');
    assert.strictEqual(sharedLanguage('FR', 'en-GB', 'Madame Vidal'), 'fr');
    assert.strictEqual(sharedLanguage('FR', 'en-GB', 'Laurence'), undefined);
    assert.strictEqual(sharedLanguage('DE', 'fr-FR', 'Herr Brandt'), undefined, 'your own language is French: no German line from the salutation alone');
    assert.strictEqual(sharedLanguage(undefined, 'fr-FR', undefined), undefined);
    assert.strictEqual(sharedLanguage('GB', 'en-GB', undefined), undefined);
  });

  test('several countries: the line names the language and its register', () => {
    const cases: [string, string, RegExp][] = [
      ['FR', 'fr-FR', /\*\*In French\.\*\*.*\*vous\*/u],
      ['DE', 'de-DE', /\*\*In German\.\*\*.*\*Sie\*/u],
      ['AT', 'de-AT', /\*\*In German\.\*\*.*\*Sie\*/u],
      ['MX', 'es-MX', /\*\*In Spanish\.\*\*.*\*usted\*/u],
      ['AR', 'es-AR', /\*\*In Spanish\.\*\*.*\*vos\*/u],
      ['JP', 'ja-JP', /\*\*In Japanese\.\*\*.*keigo/u],
      ['BR', 'pt-BR', /\*\*In Portuguese\.\*\*.*\*você\*/u],
      ['SE', 'sv-SE', /\*\*In Swedish\.\*\*.*\*du\*/u],
    ];
    for (const [country, locale, expected] of cases) {
      const text = communication(country, { locale });
      assert.match(text, expected, `${country} ${locale}:\n${text}`);
      assert.strictEqual(text.match(/\*\*In [A-Z]/gu)?.length, 1, `${country}: one line`);
    }
  });

  test('an English locale and a French salutation: the French line, with the French form beside the English letters’ “Ms Vidal”', () => {
    const text = communication('FR', { locale: 'en-GB' }, { name: 'Laurence Vidal', addressAs: 'Madame Vidal' });
    assert.match(text, /\*\*In French\.\*\*/u);
    assert.match(text, /they are “Madame Vidal”/u);
    assert.match(text, /Address them as Ms Vidal\./u);
  });

  test('nothing when the profile cannot tell: an English locale and a first name, another language, no country', () => {
    for (const [country, you, leader] of [
      ['FR', { locale: 'en-GB' }, { addressAs: 'Laurence' }],
      ['FR', {}, {}],
      ['DE', { locale: 'fr-FR' }, {}],
      ['US', { locale: 'es-US' }, {}],
      [undefined, { locale: 'fr-FR' }, {}],
    ] as const) {
      assert.doesNotMatch(communication(country, you, leader), LANGUAGE_LINE, `${country ?? 'no country'} ${JSON.stringify(you)}`);
    }
  });
});
