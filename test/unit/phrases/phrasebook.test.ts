// The phrasebook: messages by ID in Fluent, English as the fallback, overrides from the workspace,
// and every problem reported with its ID (and file and line for an override), never thrown.
import * as assert from 'assert';
import BUILTIN from 'phrases:builtin';
import { builtinBundle, FALLBACK_LOCALE, Phrasebook } from '../../../src/core/phrases/phrasebook';
import { parseOverrides } from '../../../src/core/phrases/overrides';
import { buildContext } from '../../../src/core/render/context';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { say } from '../../../src/core/render/phrasing';
import { TeamTemplateLibrary } from '../../../src/core/render/team';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { validateProfile } from '../../../src/core/profile/validate';
import type { Profile } from '../../../src/core/profile/profile';
import { exampleWith, TODAY } from '../render/helpers';

const profileOf = (input: unknown): Profile => {
  const result = validateProfile(input);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.profile;
};
const FORMAL = { tone: 'formal', hierarchy: 'flat', titled: 'false', register: 'usual' };
const overridesFrom = (json: string) => parseOverrides(json, '.mentorship/phrases.json');

suite('phrasebook: messages by ID, in Fluent', () => {
  test('every built-in file parses, and every message in it can be found by its ID', () => {
    for (const [locale, files] of Object.entries(BUILTIN)) {
      const bundle = builtinBundle(locale)!;
      for (const f of files) {
        // Fluent skips a malformed entry silently: count the IDs the file defines instead.
        for (const id of f.text.match(/^[a-z][\w-]*(?= *=)/gm) ?? []) assert.ok(bundle.hasMessage(id), `${f.file}: ${id} did not parse`);
      }
    }
    assert.ok(BUILTIN[FALLBACK_LOCALE]!.length > 0);
  });

  test('a message selects on the facts it is given', () => {
    const book = new Phrasebook();
    assert.strictEqual(book.format('greeting-named', { ...FORMAL, name: 'Dana' }), 'Dear Dana,');
    assert.strictEqual(book.format('greeting-named', { tone: 'warm', hierarchy: 'flat', titled: 'false', register: 'usual', addressForm: 'none', name: 'Dana' }), 'Hi Dana,');
    assert.strictEqual(book.format('greeting-named', { tone: 'warm', hierarchy: 'hierarchical', titled: 'false', register: 'usual', addressForm: 'none', name: 'Dana' }), 'Dear Dana,');
    // Where the country's everyday form is the first name, hierarchy does not make it "Dear" ("Dear Vero,").
    assert.strictEqual(book.format('greeting-named', { tone: 'warm', hierarchy: 'hierarchical', titled: 'false', register: 'usual', addressForm: 'given-name', name: 'Vero' }), 'Hi Vero,');
    assert.strictEqual(book.format('greeting-named', { tone: 'concise', hierarchy: 'flat', titled: 'true', name: 'Dr. Vogel' }), 'Dear Dr. Vogel,');
    // Where we know nothing of the culture (a country without a preset, no scales set), a courteous “Dear”.
    assert.strictEqual(book.format('greeting-named', { tone: 'warm', hierarchy: 'flat', titled: 'false', register: 'neutral', addressForm: 'none', name: 'Dana' }), 'Dear Dana,');
    assert.deepStrictEqual(book.problems, []);
  });

  test('an unknown ID is reported and shown as ⟦id⟧, not thrown', () => {
    const book = new Phrasebook();
    assert.strictEqual(book.format('no-such-message'), '⟦no-such-message⟧');
    assert.deepStrictEqual(book.problems.map((p) => p.id), ['no-such-message']);
  });

  test('a missing variable is reported once, and the rest of the message still says itself', () => {
    const book = new Phrasebook();
    const text = book.format('greeting-named', FORMAL);
    assert.strictEqual(text, 'Dear {$name},');
    book.format('greeting-named', FORMAL);
    assert.strictEqual(book.problems.length, 1);
    assert.match(book.problems[0]!.message, /name/);
  });

  test('another language falls back to English for the messages it does not have', () => {
    const german = new Phrasebook({ locale: 'de' });
    assert.strictEqual(german.format('signoff', { tone: 'warm', anrede: 'Sie', organization: 'enterprise' }), 'Herzliche Grüße');
    assert.ok(!builtinBundle('de')!.hasMessage('advice-exit'), 'a message German does not have yet');
    assert.strictEqual(german.format('advice-exit', { tone: 'formal' }), new Phrasebook().format('advice-exit', { tone: 'formal' }));
    assert.deepStrictEqual(german.problems, []);
  });

  test('showIds puts ⟦id⟧ before each message', () => {
    assert.strictEqual(new Phrasebook({ showIds: true }).format('signoff', { tone: 'formal' }), '⟦signoff⟧Kind regards,');
  });
});

suite('phrasebook overrides: .mentorship/phrases.json', () => {
  test('plain text replaces one message; its variables and the facts still work', () => {
    const { overrides, problems } = overridesFrom('{\n  "signoff": "Cheers,",\n  "greeting-named": "Hey { $name } ({ $tone }),"\n}');
    assert.deepStrictEqual(problems, []);
    const book = new Phrasebook({ overrides });
    assert.strictEqual(book.format('signoff', { tone: 'formal' }), 'Cheers,');
    assert.strictEqual(book.format('greeting-named', { tone: 'warm', name: 'Dana' }), 'Hey Dana (warm),');
    assert.deepStrictEqual(book.problems, []);
  });

  test('an unknown ID, a syntax error and a variable the message does not have are each reported with file and line; the built-in stays', () => {
    const { overrides } = overridesFrom('{\n  "signof": "Cheers,",\n  "signoff": "Cheers { $nme",\n  "stay-in-touch": "Hi { $name },"\n}');
    const book = new Phrasebook({ overrides });
    assert.deepStrictEqual(book.problems.map((p) => `${p.file}:${p.line} ${p.id}`), [
      '.mentorship/phrases.json:2 signof', '.mentorship/phrases.json:3 signoff', '.mentorship/phrases.json:4 stay-in-touch',
    ]);
    assert.match(book.problems[0]!.message, /unknown message ID/);
    assert.match(book.problems[2]!.message, /\$name/);
    assert.strictEqual(book.format('signoff', { tone: 'formal' }), 'Kind regards,');
    assert.strictEqual(book.format('stay-in-touch', { tone: 'formal', referral: 'Marcos' }), 'Thank you for pointing me to Marcos; I will get in touch, as you suggested, and let you know how it goes.');
  });

  test('a typed apostrophe becomes the typographic one the built-in words use, in every variant; quotes and values stay', () => {
    const { overrides } = overridesFrom(JSON.stringify({
      signoff: "{ $tone ->\n [formal] I'm grateful,\n *[other] Thanks, it's been 'great',\n}",
      'greeting-named': "Hi { $name }, hope you're well,",
    }));
    const book = new Phrasebook({ overrides });
    assert.deepStrictEqual(book.problems, []);
    assert.strictEqual(book.format('signoff', { tone: 'formal' }), 'I\u2019m grateful,');
    assert.strictEqual(book.format('signoff', { tone: 'warm' }), "Thanks, it\u2019s been 'great',");
    assert.strictEqual(book.format('greeting-named', { tone: 'warm', name: "O'Brien" }), "Hi O'Brien, hope you\u2019re well,");
  });

  test('a file that is not a JSON object of strings is reported, not thrown', () => {
    assert.match(overridesFrom('{ "signoff": ').problems[0]!.message, /not valid JSON/);
    assert.match(overridesFrom('["signoff"]').problems[0]!.message, /object/);
    assert.deepStrictEqual(overridesFrom('{\n"signoff": 3\n}').problems.map((p) => p.line), [2]);
  });
});

suite('phrasebook in a render: the m helper and the render API', () => {
  const profile = () => profileOf(exampleWith({ tone: 'formal', leader: { name: 'Dana Okafor', role: 'VP', addressAs: 'Dana' } }));

  test('a context speaks with its facts: say() and {{m}} give the same words', () => {
    const ctx = buildContext(profile(), builtinGlossary(), TODAY);
    assert.strictEqual(say(ctx, { id: 'greeting-named', args: { name: 'Dana' } }), 'Dear Dana,');
    const team = new TeamTemplateLibrary([{ relativePath: 'hello.hbs', file: 'hello.hbs', text: '{{m "greeting-named" name=leader.addressAs}} {{m "signoff"}}' }]);
    const out = team.render('hello', ctx);
    assert.ok(out.ok && out.text.startsWith('Dear Dana, Kind regards,'), JSON.stringify(out));
  });

  test('renderDocument applies overrides and showIds, and returns the phrase problems', () => {
    const { overrides } = overridesFrom('{ "signoff": "Cheers,", "nope": "x" }');
    const out = renderDocument(new TemplateLibrary(), 'request-meeting', { profile: profile(), glossary: builtinGlossary(), today: TODAY, phrases: { overrides, showIds: true } });
    assert.ok(out.ok);
    assert.match(out.text, /⟦signoff⟧Cheers,/);
    assert.match(out.text, /⟦greeting-named⟧Dear Dana,/);
    assert.deepStrictEqual(out.phraseProblems.map((p) => p.id), ['nope']);
  });
});
