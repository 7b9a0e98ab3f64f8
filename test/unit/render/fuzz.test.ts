// Generated profiles through the whole pipeline: validateProfile → buildContext → render('prep-doc').
// At least 10,000 runs; FUZZ_RUNS=100000 npm run test:unit raises it.
import * as assert from 'assert';
import fc from 'fast-check';
import { CADENCES, COMMUNICATION, FORMATS, HIERARCHY, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { PREP_DOC_SECTIONS } from '../../../src/core/render/builtins';
import { buildContext } from '../../../src/core/render/context';
import { CHOSEN_HEADINGS } from '../../../src/core/render/headings';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { TODAY } from './helpers';

/** A prep doc section's title and the other names the facts may give it (headings.ts CHOSEN_HEADINGS). */
const namesOf = (title: string): string[] => [title, ...Object.values(CHOSEN_HEADINGS).map((h): string[] => Object.values(h)).filter((names) => names.includes(title)).flat()];

const RUNS = Math.max(10_000, Number(process.env.FUZZ_RUNS) || 0);

/** Words that would betray a template bug (a missing value, a leaked object, an unrendered tag). */
const LEAKS = ['undefined', 'null', '[object Object]', '{{'];
/** An HTML entity a renderer would decode: named ones have two characters or more (no "&D;" in R&D;). */
const ENTITY = /(?<!\\)&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i;

const fragment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '#', '## ', '*', '**', '_', '__', '`', '```', '~', '<', '>', '<b>', '</b>', '<script>alert(1)</script>', '&', '&amp;', '&copy;',
      '&#65;', '&#x41;', '[x](y)', '![a](b)', '|', '\\', '-', '+', '=', '1.', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u2028', '\u0085',
      '\u00a0', '\u0000', '\u0001', '\u001b', '\u007f', '{', '}', 'R&D', 'API gateway', 'bounded contexts', 'technical debt', 'CQRS', '😀', '中文', 'é',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
/** User text. A person may of course type "null" or "{{" (or "{", a control character, "{": control
 *  characters are dropped), but then the check below could not tell their text from a leak. */
// eslint-disable-next-line no-control-regex
const cleaned = (s: string) => s.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
const userText = fc.array(fragment, { maxLength: 10 }).map((parts) => parts.join('')).filter((s) => !LEAKS.some((w) => cleaned(s).includes(w)));
/** A field that may be missing, empty, of the wrong type, or text. */
const field = fc.oneof(
  { weight: 6, arbitrary: userText },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom(null, '', '   ', 42, true, ['x'], { x: 1 }) },
);
const choice = (values: readonly string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(undefined, '', 'other', 'WARM', 7) });

const profileLike = fc.record({
  you: fc.oneof({ weight: 5, arbitrary: fc.record({ name: field, role: field, strengths: field }, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.constantFrom(undefined, null, 'Sam', []) }),
  leader: fc.oneof({ weight: 5, arbitrary: fc.record({ name: field, role: field, initiative: field, expertise: field }, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.constantFrom(undefined, null, 'Dana') }),
  challenge: field,
  expertiseApplied: field,
  valueYouBring: field,
  cadence: choice(CADENCES),
  sessionMinutes: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(undefined, '45', 'x', 30.5)),
  format: choice(FORMATS),
  culture: fc.oneof({ weight: 5, arbitrary: fc.record({ communication: choice(COMMUNICATION), hierarchy: choice(HIERARCHY) }, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.constantFrom(undefined, 'flat') }),
  relationship: choice(RELATIONSHIPS),
  tone: choice(TONES),
  extra: fc.option(userText, { nil: undefined }),
}, { requiredKeys: [] });

suite('Fuzz: generated profiles through validate, context and the full prep doc', () => {
  const library = new TemplateLibrary();
  const glossary = builtinGlossary();

  test(`${RUNS} generated profiles render a complete, clean prep doc`, function () {
    this.timeout(RUNS * 12); // about 3 ms per profile on an idle machine, 5 under load; the margin is for busy CI machines
    fc.assert(fc.property(profileLike, (input) => {
      const { profile } = validateProfile(input); // rendered even when not ok: the form shows a preview while you type
      const outcome = library.render('prep-doc', buildContext(profile, glossary, TODAY));
      if (!outcome.ok) assert.fail(JSON.stringify(outcome.problem));
      const text = outcome.text;
      for (const leak of LEAKS) assert.ok(!text.includes(leak), `contains ${leak}`);
      assert.doesNotMatch(text, ENTITY);
      let at = 0;
      for (const title of PREP_DOC_SECTIONS) {
        // A section the facts name another way (a written ask: "The message, part by part") is the same section.
        const i = Math.max(-1, ...namesOf(title).map((name) => text.indexOf(`\n## ${name}\n`, at)));
        assert.ok(i >= 0, `missing or out of order: ## ${title}`);
        at = i + 1;
      }
    }), { numRuns: RUNS });
  });
});
