// Words the rules once wrote in TypeScript are messages: the program's default name, the challenge
// named in general, the wait before a reminder in the rhythm. An override of each in
// .mentorship/phrases.json reaches the documents that say it, and German says its own words.
import * as assert from 'assert';
import { parseOverrides } from '../../../src/core/phrases/overrides';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { rhythmOf } from '../../../src/core/render/rhythm';
import type { Phrase } from '../../../src/core/phrases/phrasebook';
import { exampleWith, TODAY } from '../render/helpers';

const LIBRARY = new TemplateLibrary();
const IDS = Object.keys(BUILTIN_TEMPLATES);
const MARK = 'WORDS-AS-OVERRIDDEN';

/** Every built-in document's text, with `id` overridden by MARK when given. */
function documents(patch: Record<string, unknown>, id?: string, language = 'en', showIds = false): Map<string, string> {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const overrides = id === undefined ? undefined : parseOverrides(JSON.stringify({ [id]: MARK }), '.mentorship/phrases.json');
  assert.deepStrictEqual(overrides?.problems ?? [], [], `${id} is a message`);
  return new Map(IDS.map((doc) => {
    const out = renderDocument(LIBRARY, doc, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language, phrases: overrides ? { overrides: overrides.overrides } : showIds ? { showIds } : undefined });
    assert.ok(out.ok, `${doc}: ${JSON.stringify(out)}`);
    return [doc, out.text];
  }));
}
const count = (text: string, part: string) => text.split(part).length - 1;

suite('words once written in the rules are messages an override reaches', () => {
  const cases: { id: string; name: string; patches: Record<string, unknown>[]; builtIn: RegExp; gone?: RegExp }[] = [
    { id: 'shared-mentoring-program', name: 'the program they pointed to, unnamed',
      patches: [{ firstResponse: 'use-the-program' }, { firstResponse: 'use-the-program', tone: 'warm', relationship: 'cross-team' }, { firstResponse: 'use-the-program', firstResponseWords: 'Have you looked at our mentoring scheme?', tone: 'concise' }],
      builtIn: /mentoring (?:program|scheme)\b/, gone: /\bto the mentoring (?:program|scheme)\b/ },
    { id: 'challenge-short-general', name: 'a challenge whose short label would name the leader',
      patches: [{ challenge: 'splitting the board Dana chairs' }, { challenge: 'migrating Dana Okafor’s ledger to Kafka', tone: 'warm' }, { challenge: 'scaling Dana’s gateway for 10x load', tone: 'concise' }],
      builtIn: /\bthe challenge\b/ },
  ];
  for (const c of cases) {
    test(`${c.id}: ${c.name}`, () => {
      for (const patch of c.patches) {
        // The documents that say it, and how often, read from the IDs shown.
        const shown = documents(patch, undefined, 'en', true);
        const saying = [...shown].filter(([, t]) => t.includes(`⟦${c.id}⟧`)).map(([d]) => d);
        assert.ok(saying.length > 0, `${JSON.stringify(patch)}: no document says ${c.id}`);
        const built = documents(patch);
        const overridden = documents(patch, c.id);
        for (const doc of saying) {
          const times = count(shown.get(doc)!, `⟦${c.id}⟧`);
          assert.strictEqual(count(overridden.get(doc)!, MARK), times, `${JSON.stringify(patch)}: ${doc}`);
        }
        assert.ok(saying.some((doc) => c.builtIn.test(built.get(doc)!)), `${JSON.stringify(patch)}: ${c.builtIn} built in`);
        // And no document still says the built-in words where the override should be.
        for (const [doc, text] of overridden) if (c.gone) assert.doesNotMatch(text, c.gone, `${JSON.stringify(patch)}: ${doc}`);
      }
    });
  }

  test('culture-weeks: the rhythm says the wait before one reminder with the message, 1 week by default, 2 where time is flexible', () => {
    // A voice that shows which message said what, and with which arguments.
    const speak = (phrases: Phrase | readonly Phrase[]) => [phrases].flat().map((x) => `${x.id}(${JSON.stringify(x.args ?? {})})`).join(' ');
    for (const [format, cadence] of [['async', 'as-needed'], ['async', 'biweekly'], ['mixed', 'as-needed']] as const) {
      for (const weeks of [undefined, 1, 2]) {
        const r = rhythmOf(cadence, format, 30, 'formal', 'skip-level', { speak, ...(weeks === undefined ? {} : { reminderWeeks: weeks }) });
        const said = r.logistics.filter((l) => l.includes('culture-weeks'));
        assert.ok(said.length > 0, `${format} ${cadence}: ${r.logistics.join(' | ')}`);
        for (const l of said) assert.ok(l.includes(`culture-weeks({\\"weeks\\":${weeks ?? 1}})`), l);
      }
    }
  });

  test('German has its own words for each (no English default left in the German bundle)', () => {
    const de = documents({ firstResponse: 'use-the-program', format: 'async', cadence: 'as-needed' }, undefined, 'de');
    for (const doc of ['request-meeting', 'no-reply', 'thank-you']) assert.doesNotMatch(de.get(doc)!, /mentoring program|the challenge|a week/, doc);
  });
});
