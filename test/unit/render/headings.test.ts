import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import { validateProfile } from '../../../src/core/profile/validate';
import { PREP_DOC_SECTIONS } from '../../../src/core/render/builtins';
import { buildContext } from '../../../src/core/render/context';
import { CHOSEN_HEADINGS, chosenHeadings, HEADINGS, heading, languageOf } from '../../../src/core/render/headings';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleProfile, exampleWith, LIBRARY, TODAY } from './helpers';

/** Every {{t "…"}} key used by the built-in templates and partials, read from the files themselves;
 *  a heading the facts choose ({{t headings.goal}}) brings every key it can take (CHOSEN_HEADINGS). */
function templateKeys(): string[] {
  const keys: string[] = [];
  const files = [...readdirSync('templates'), ...readdirSync('templates/partials').map((n) => `partials/${n}`)];
  for (const f of files.filter((n) => n.endsWith('.hbs'))) {
    for (const m of readFileSync(`templates/${f}`, 'utf8').matchAll(/\{\{t (?:"([^"]*)"|'([^']*)'|headings\.(\w+))/g)) {
      if (m[3] === undefined) keys.push(m[1] ?? m[2]!);
      else {
        assert.ok(Object.hasOwn(CHOSEN_HEADINGS, m[3]), `templates/${f}: headings.${m[3]} is not in CHOSEN_HEADINGS`);
        keys.push(...Object.values<string>(CHOSEN_HEADINGS[m[3] as keyof typeof CHOSEN_HEADINGS]));
      }
    }
  }
  return keys;
}

suite('Template headings in other languages', () => {
  test('every heading the templates use has a German translation with the same placeholders', () => {
    const keys = templateKeys();
    assert.ok(keys.length >= PREP_DOC_SECTIONS.length, `found ${keys.length} headings`);
    for (const key of keys) {
      const de = HEADINGS.de[key];
      assert.ok(de, `missing German heading for “${key}”`);
      // A German placeholder may mark its case („für {0:acc}“): the same placeholder, inflected.
      assert.deepStrictEqual((de.replace(/:acc\}/gu, '}').match(/\{\d+\}/g) ?? []).sort(), (key.match(/\{\d+\}/g) ?? []).sort(), key);
    }
  });

  test('the dictionary holds no heading the templates no longer use', () => {
    const used = new Set(templateKeys());
    assert.deepStrictEqual(Object.keys(HEADINGS.de).filter((k) => !used.has(k)), []);
  });

  test('a German prep doc has the German section headings, in order; the English one is unchanged', () => {
    const profile = validateProfile(exampleProfile()).profile;
    const de = LIBRARY.render('prep-doc', buildContext(profile, builtinGlossary(), TODAY, { language: 'de-CH' }));
    const en = LIBRARY.render('prep-doc', buildContext(profile, builtinGlossary(), TODAY));
    assert.ok(de.ok && en.ok);
    const h2 = (text: string) => text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    assert.deepStrictEqual(h2(de.text), PREP_DOC_SECTIONS.map((s) => HEADINGS.de[s]));
    assert.deepStrictEqual(h2(en.text), [...PREP_DOC_SECTIONS]);
    assert.match(de.text, /^# Mentoring-Vorbereitung: Dana Okafor$/m);
  });

  test('a heading the facts choose can take every key it lists, and follows the format in German too', () => {
    const seen = new Set<string>();
    for (const async of [false, true]) for (const askInWriting of [false, true]) for (const theConversation of [false, true]) {
      for (const key of Object.values(chosenHeadings({ async, askInWriting, theConversation }))) seen.add(key);
    }
    assert.deepStrictEqual([...seen].sort(), Object.values(CHOSEN_HEADINGS).flatMap((h) => Object.values<string>(h)).sort());
    const firstCheckin = (format: string) => {
      const out = LIBRARY.render('first-checkin', buildContext(validateProfile(exampleWith({ format })).profile, builtinGlossary(), TODAY, { language: 'de' }));
      assert.ok(out.ok);
      return out.text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    };
    const de = HEADINGS.de;
    assert.ok(firstCheckin('async').includes(de[CHOSEN_HEADINGS.goal.async]!), firstCheckin('async').join(' | '));
    assert.ok(firstCheckin('meetings').includes(de[CHOSEN_HEADINGS.goal.live]!));
    assert.ok(!firstCheckin('meetings').includes(de[CHOSEN_HEADINGS.goal.async]!));
  });

  test('languages resolve from VS Code locales, and unknown ones fall back to English', () => {
    assert.strictEqual(languageOf('de'), 'de');
    assert.strictEqual(languageOf('de-AT'), 'de');
    assert.strictEqual(languageOf('ja'), 'en');
    assert.strictEqual(languageOf(undefined), 'en');
    assert.strictEqual(heading('Agenda ({0} minutes)', 'de', [45]), 'Agenda (45 Minuten)');
    assert.strictEqual(heading('Not a heading {0}', 'de', ['x']), 'Not a heading x');
  });
});
