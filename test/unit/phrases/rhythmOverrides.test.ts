// An override in .mentorship/phrases.json of one of the rhythm's messages reaches every built-in
// document that says that sentence: the rhythm is put in words once, with the document's own
// phrasebook, and every document takes it from there (issue 20, item 6).
import * as assert from 'assert';
import { parseOverrides } from '../../../src/core/phrases/overrides';
import { Phrasebook } from '../../../src/core/phrases/phrasebook';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { buildContext } from '../../../src/core/render/context';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import type { Profile } from '../../../src/core/profile/profile';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, TODAY } from '../render/helpers';

const LIBRARY = new TemplateLibrary();
const IDS = Object.keys(BUILTIN_TEMPLATES);

const profileOf = (patch: Record<string, unknown>): Profile => {
  const result = validateProfile(exampleWith(patch));
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.profile;
};

/** Every built-in document, with the overrides given (none: as built in). */
function documents(profile: Profile, json?: string): Map<string, string> {
  const overrides = json === undefined ? undefined : parseOverrides(json, '.mentorship/phrases.json');
  assert.deepStrictEqual(overrides?.problems ?? [], []);
  return new Map(IDS.map((id) => {
    const out = renderDocument(LIBRARY, id, { profile, glossary: builtinGlossary(), today: TODAY, phrases: overrides ? { overrides: overrides.overrides } : undefined });
    assert.ok(out.ok, `${id}: ${JSON.stringify(out)}`);
    return [id, out.text];
  }));
}

/** The documents that say `id`'s sentence: read from the render with IDs shown, not listed here. */
function saying(profile: Profile, id: string): string[] {
  return IDS.filter((doc) => {
    const out = renderDocument(LIBRARY, doc, { profile, glossary: builtinGlossary(), today: TODAY, phrases: { showIds: true } });
    assert.ok(out.ok);
    return out.text.includes(`⟦${id}⟧`);
  });
}

/** The rhythm's sentence as this profile's documents hold it (the context's, with the built-in phrasebook). */
const summaryOf = (profile: Profile) => buildContext(profile, builtinGlossary(), TODAY, { phrasebook: new Phrasebook() }).rhythm.summary;

suite('phrasebook overrides reach the rhythm in every document', () => {
  const cases: { name: string; patch: Record<string, unknown>; id: string }[] = [
    { name: 'a recurring rhythm', patch: { cadence: 'biweekly', format: 'meetings' }, id: 'rhythm-summary' },
    { name: 'a written rhythm', patch: { cadence: 'as-needed', format: 'async' }, id: 'rhythm-summary' },
    { name: 'the single conversation after a no', patch: { firstResponse: 'declined' }, id: 'rhythm-single-summary' },
  ];
  for (const c of cases) {
    test(`${c.name}: an override of ${c.id} replaces its sentence in every document that says it, and only there`, () => {
      const profile = profileOf(c.patch);
      const sentence = summaryOf(profile);
      // The documents that say it, read from the IDs shown (some say it to the leader: "your own time").
      const says = saying(profile, c.id);
      assert.ok(says.length >= 3, `only ${says.join(', ')} say ${c.id}`);
      // Every document that holds the sentence's words holds them from the message, not a copy of its own.
      const copies = [...documents(profile)].filter(([doc, text]) => text.includes(sentence) && !says.includes(doc)).map(([doc]) => doc);
      assert.deepStrictEqual(copies, [], `“${sentence}” is written outside ${c.id}`);
      const mark = `as often as the two of us find useful (${c.id})`;
      const after = documents(profile, JSON.stringify({ [c.id]: mark }));
      for (const [doc, text] of after) {
        if (says.includes(doc)) {
          assert.ok(text.includes(mark), `${doc} does not say the override`);
          assert.ok(!text.includes(sentence), `${doc} still says “${sentence}”`);
        } else {
          assert.ok(!text.includes(mark), `${doc} says the override but never said the sentence`);
        }
      }
    });
  }
});
