// Their limits on documents hold in the checklist too (issue 21): after "no decks", "no slides",
// "no documents" or "keep it short", whatever their first answer, there is no step to send or attach
// a one-pager; with no such limit the step stays.
import * as assert from 'assert';
import { stepsFor } from '../../../src/core/checklist/steps';
import { FIRST_RESPONSES, type Profile } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { exampleWith } from '../render/helpers';

const LIMITS = ['Send me a WhatsApp when you\'re stuck on something concrete. No decks.', 'Write to me with a specific question. No slides, please.',
  'Not now, maybe in spring. No documents, just tell me what you need.', 'Maybe after the release, but keep it short.'];

const profileOf = (patch: Record<string, unknown>): Profile => {
  const result = validateProfile(exampleWith(patch));
  assert.ok(result.ok);
  return result.profile;
};

suite('Prep steps: no one-pager after "no decks"', () => {
  test('over first answers, phrasings and formats, no step sends or attaches a one-pager', () => {
    let i = 0;
    for (const firstResponse of FIRST_RESPONSES) for (const words of LIMITS) {
      const format = i++ % 2 ? 'async' : 'meetings';
      const steps = stepsFor(profileOf({ firstResponse, firstResponseWords: words, format }));
      assert.deepStrictEqual(steps.filter((s) => s.id === 'send-one-pager' || /one-pag/i.test(s.title)).map((s) => s.title), [], `${firstResponse}/${format}/${words}`);
    }
  });

  test('without such a limit, the one-pager step stays for a meeting', () => {
    for (const firstResponse of ['no-time', 'not-now', 'noncommittal'] as const) {
      const steps = stepsFor(profileOf({ firstResponse, firstResponseWords: 'Not a good time, maybe later.', format: 'meetings' }));
      assert.ok(steps.some((s) => s.id === 'send-one-pager'), firstResponse);
    }
  });
});
