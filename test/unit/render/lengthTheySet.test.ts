// The length they set for a written question ("one page", "a paragraph") is one fact: the objection
// answers, the brief and the request say that length, never "three lines" beside their "one page".
// Without a length of theirs the default short form stays.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const SAID: { words: string; limits?: string; length: RegExp }[] = [
  { words: 'Okay, fine, but no meetings. Put it in writing, one page, and I\'ll reply when I can.', limits: 'no meetings, one page', length: /one page/ },
  { words: 'No calls, please. Send me a single page by email when you are stuck and I will answer.', length: /one page/ },
  { words: 'I don’t do meetings for this. Email me a question, a paragraph at most, and I’ll reply.', length: /one paragraph/ },
  { words: 'No meetings. Email me your question, keep it to one paragraph, and I’ll get back to you.', limits: 'one paragraph, by email', length: /one paragraph/ },
];

function profile(words: string, tone: string, limits: string | undefined, country: string): Record<string, unknown> {
  return exampleWith({
    tone, relationship: 'cross-team', format: 'async', cadence: 'as-needed', culture: { country },
    firstResponse: 'yes-with-limits', firstResponseWords: words,
    firstResponseDetails: { offered: 'answers to a written question', ...(limits ? { limits } : {}) },
  });
}

suite('The length they set for a written question is the length every document keeps', () => {
  test('over phrasings, tones and countries, the answers to their objection say their length, not three lines', () => {
    for (const { words, limits, length } of SAID) {
      for (const tone of TONES) {
        for (const country of ['BD', 'DE', 'US']) {
          for (const id of ['objections', 'script', 'prep-doc', 'brief']) {
            const doc = render(id, profile(words, tone, limits, country));
            assert.doesNotMatch(doc, /three lines/, `${id}/${tone}/${country}: “three lines” beside “${words}”`);
            assert.match(doc, length, `${id}/${tone}/${country}: their length is said`);
          }
        }
      }
    }
  });

  test('without a length of theirs, the short form stays', () => {
    for (const tone of TONES) {
      const doc = render('objections', profile('No meetings. Email me a question when you are stuck and I’ll answer when I can.', tone, 'no meetings', 'US'));
      assert.match(doc, /three lines/, tone);
    }
  });
});
