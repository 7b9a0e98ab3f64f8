// A message that is part of other messages is said first and passed in as an argument, never
// referenced from inside them: an override of the inner one in .mentorship/phrases.json then
// reaches every line that says it (as culture-country-no is said on its own).
import * as assert from 'assert';
import { parseOverrides } from '../../../src/core/phrases/overrides';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, TODAY } from '../render/helpers';

const LIBRARY = new TemplateLibrary();
const MARK = 'SIZE-AS-OVERRIDDEN';

function render(template: string, patch: Record<string, unknown>, json?: string): string {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const overrides = json === undefined ? undefined : parseOverrides(json, '.mentorship/phrases.json');
  assert.deepStrictEqual(overrides?.problems ?? [], []);
  const out = renderDocument(LIBRARY, template, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, phrases: overrides ? { overrides: overrides.overrides } : undefined });
  assert.ok(out.ok, JSON.stringify(out));
  return out.text;
}

suite('a message inside another is said first and passed in, so its override reaches the outer line', () => {
  const sizes: { name: string; patch: Record<string, unknown> }[] = [
    { name: 'a three-month trial', patch: { cadence: 'biweekly', format: 'meetings' } },
    { name: 'one conversation after a no', patch: { firstResponse: 'declined', format: 'meetings' } },
    { name: 'one written question after a no', patch: { firstResponse: 'declined', format: 'async' } },
    { name: 'what they offered', patch: { firstResponse: 'yes-with-limits', firstResponseDetails: { offered: 'an hour a month' } } },
  ];
  for (const s of sizes) {
    for (const tone of ['formal', 'warm', 'concise']) {
      test(`manager-first-size, ${s.name}, ${tone}: the override is said where the size was, in the script and the executive answer`, () => {
        const patch = { ...s.patch, tone, relationship: 'executive' };
        const builtIn = render('manager-first', patch);
        const overridden = render('manager-first', patch, JSON.stringify({ 'manager-first-size': MARK }));
        assert.ok(!builtIn.includes(MARK));
        // The script's beat two and the answer to "isn't that a lot to ask of someone that senior?".
        const times = overridden.split(MARK).length - 1;
        assert.ok(times >= 2, `${MARK} said ${times} time(s):\n${overridden}`);
        assert.notStrictEqual(overridden, builtIn);
      });
    }
  }
});
