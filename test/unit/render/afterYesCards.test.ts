// After they already said yes (a yes with limits), the objection cards keep the ask small and keep it
// going; none is about getting a yes ("have you signed up for the programme?", "I'd have to do it for
// everyone") unless their words raised it. "Why me? Shouldn't your manager…" comes only while the profile
// does not say your manager knows. No "treat no as information".
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith, renderAll } from './helpers';

const YES_WORDS = [
  'Yes, happy to, but nothing fixed in the calendar. Write to me when you have something concrete and we’ll grab a coffee.',
  'Sure, but my calendar is a mess: only by email, and not more than once a month.',
  'Happy to help. No regular slot though; ping me when a real decision comes up and we’ll find twenty minutes.',
];
const GETTING_A_YES = /Have you signed up|do it for everyone|Treat “no” as information/u;
const WHY_ME = /Why me\? Shouldn’t your manager/u;

suite('After a yes, the cards keep it small and going', () => {
  for (const words of YES_WORDS) {
    for (const [tone, culture] of [['concise', { communication: 'direct', hierarchy: 'flat' }], ['formal', { communication: 'indirect', hierarchy: 'hierarchical' }], ['warm', { country: 'DK' }]] as const) {
      test(`${tone}, ${JSON.stringify(culture)}: ${words.slice(0, 40)}…`, () => {
        const base = { tone, culture, firstResponse: 'yes-with-limits', firstResponseWords: words, organization: 'public-sector' };
        const known = renderAll(exampleWith({ ...base, managerKnows: true }));
        for (const id of ['objections', 'brief', 'prep-doc', 'script']) {
          assert.doesNotMatch(known[id]!, GETTING_A_YES, id);
          assert.doesNotMatch(known[id]!, WHY_ME, `${id}: the manager knows`);
        }
      });
    }
  }
  test('the Danish region profile (a yes with limits, manager knows): no calendar or why-me card', () => {
    const p = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r18/dk-holm.json'), 'utf8')) as Record<string, unknown>;
    const docs = renderAll(p);
    for (const id of ['objections', 'brief', 'prep-doc']) {
      assert.doesNotMatch(docs[id]!, GETTING_A_YES, id);
      assert.doesNotMatch(docs[id]!, WHY_ME, id);
    }
  });
});
