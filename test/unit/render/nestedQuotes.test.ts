// A quote inside a quote takes single marks in English: a spoken line in “…” that says their offer
// back read “… in the way you offered: “to chat when you’re in London”.”, two closing marks together.
import * as assert from 'assert';
import { nestEnglishQuotes } from '../../../src/core/render/quotes';
import { FIRST_ANSWER_WORDS, renderFinished } from './helpers';

suite('English quotes inside quotes', () => {
  test('the inner pair becomes single marks; a line without nesting, or whose marks do not pair, is left alone', () => {
    assert.strictEqual(nestEnglishQuotes('> **You:** “You offered this: “a coffee”. Thank you.”'), '> **You:** “You offered this: ‘a coffee’. Thank you.”');
    assert.strictEqual(nestEnglishQuotes('“a” and “b”\n“x “y “z” y” x”'), '“a” and “b”\n“x ‘y ‘z’ y’ x”');
    assert.strictEqual(nestEnglishQuotes('They said “not now” and “maybe later.'), 'They said “not now” and “maybe later.');
    assert.strictEqual(nestEnglishQuotes('I’m sure it’s fine.'), 'I’m sure it’s fine.');
  });

  test('no spoken line of any document holds a double quote inside a double quote, over tones and offers', () => {
    const offers = ['to chat when I’m in London', 'a coffee when I’m in town', 'written comments when he has time'];
    const problems: string[] = [];
    for (const tone of ['formal', 'warm', 'concise']) for (const offered of offers) {
      const patch = { tone, firstResponse: 'yes-with-limits', firstResponseWords: FIRST_ANSWER_WORDS['yes-with-limits'], firstResponseDetails: { offered } };
      for (const id of ['script', 'prep-doc', 'request-meeting', 'brief', 'one-pager', 'thank-you']) {
        for (const line of renderFinished(id, patch).split('\n')) {
          let depth = 0;
          for (const c of line) {
            if (c === '“' && depth++ > 0) { problems.push(`${tone} ${id}: ${line.slice(0, 140)}`); break; }
            if (c === '”') depth = Math.max(0, depth - 1);
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} lines`);
  });
});
