// One thank-you, not two in a row: where the opening thanks them and the line after it answers what
// they said or offered, only one of them thanks ("Thanks for fitting me in. Thanks for keeping the door
// open last time." was said aloud). Over every first answer, tone, culture and an offer or none.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, FIRST_ANSWER_WORDS, renderAll } from './helpers';

const CULTURES = [
  { communication: 'indirect', hierarchy: 'hierarchical', country: 'KZ' },
  { communication: 'direct', hierarchy: 'flat', country: 'US' },
  { communication: 'direct', hierarchy: 'hierarchical', country: 'DE' },
];
const THANK = /\bthank/i;

/** Two sentences in a row of one line said to them (in quotes) that both thank. */
function thanksTwice(doc: string): string[] {
  const found: string[] = [];
  for (const [, said] of doc.matchAll(/“([^”\n]*)”/gu)) {
    const sentences = said!.split(/(?<=[.!?])\s+/u);
    for (let i = 1; i < sentences.length; i++) {
      if (THANK.test(sentences[i - 1]!) && THANK.test(sentences[i]!)) found.push(`${sentences[i - 1]} ${sentences[i]}`);
    }
  }
  return found;
}

suite('One thank-you, not two in a row', () => {
  test('no document thanks twice back to back, over first answers, tones, cultures and offers', () => {
    const problems = new Set<string>();
    for (const [firstResponse, words] of Object.entries(FIRST_ANSWER_WORDS)) {
      for (const tone of TONES) {
        for (const culture of CULTURES) {
          for (const offered of [undefined, 'lunch when I am next in town']) {
            const docs = renderAll(exampleWith({ tone, culture, firstResponse, firstResponseWords: words, ...(offered ? { firstResponseDetails: { offered } } : {}) }));
            for (const [id, doc] of Object.entries(docs)) {
              for (const pair of thanksTwice(doc)) problems.add(`${id}/${firstResponse}/${tone}/${culture.country}${offered ? '/offer' : ''}: ${pair}`);
            }
          }
        }
      }
    }
    assert.deepStrictEqual([...problems], []);
  });

  test('a referral to someone not yet met: the opening thanks, the line after it says what you did', () => {
    for (const tone of TONES) {
      for (const culture of CULTURES) {
        for (const referTo of ['someone on the platform team', 'the payments architects']) {
          const docs = renderAll(exampleWith({ tone, culture, firstResponse: 'referral', firstResponseWords: `Talk to ${referTo}, they know this better than I do.`, firstResponseDetails: { referTo } }));
          for (const id of ['script', 'prep-doc', 'brief']) assert.deepStrictEqual(thanksTwice(docs[id]!), [], `${id}/${tone}/${culture.country}/${referTo}`);
        }
      }
    }
  });
});
