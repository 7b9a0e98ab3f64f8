// After "nothing regular", the closing fits one conversation (issue 21). A yes with limits whose limits
// rule out a rhythm ("nothing regular", "no standing meetings", "I can't commit to anything regular")
// agreed to what they offered and nothing after it: the script's closing, the brief's walk-away line and
// the thank-you never look forward to "the next one" or promise to come back "when the next real decision
// comes up"; the closing thanks them and says what you will send ("Thanks, this really helps. I'll send
// you the write-up."). Over limits, offers, tones and cultures where trust is built in person or not.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const LIMITS = ['nothing regular', 'no standing meetings', 'I can’t commit to anything regular'];
const OFFERS = [
  { words: 'Nothing regular, but come for coffee on Saturday and bring your diagram.', offered: 'coffee on Saturday, bring your diagram' },
  { words: 'Nothing regular. Call me when you are stuck on the cut-over.', offered: 'a call when you are stuck on the cut-over' },
];
const CULTURES = [{ country: 'UA', trust: 'relationship-based' }, { country: 'GB', trust: 'task-based' }, { country: 'BR', trust: 'relationship-based' }];
const NEXT = /(?:looking|look) forward to the next|next real decision comes up/i;

const closingOf = (script: string) => script.split(/### \d\. Closing/)[1]?.split(/\n## /)[0] ?? '';

suite('After "nothing regular", the closing fits one conversation', function () {
  this.timeout(300_000);
  test('over limits, offers, tones and cultures: no "next one", and the closing says what you will send', () => {
    const problems: string[] = [];
    for (const limits of LIMITS) for (const o of OFFERS) for (const tone of TONES) for (const c of CULTURES) {
      const where = `${limits} / ${o.offered} / ${tone} / ${c.country}`;
      const docs = renderAll(exampleWith({
        tone, culture: { country: c.country, scales: { trust: c.trust } }, firstResponse: 'yes-with-limits', firstResponseWords: o.words,
        firstResponseDetails: { offered: o.offered, limits },
      }));
      for (const id of ['script', 'brief', 'thank-you', 'prep-doc']) {
        for (const line of docs[id]!.split('\n')) if (NEXT.test(line)) problems.push(`${where} ${id}: ${line.trim().slice(0, 200)}`);
      }
      if (!/write-up|what I decided/.test(closingOf(docs.script!))) problems.push(`${where}: the closing does not say what you will send: ${closingOf(docs.script!).trim().slice(0, 200)}`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a yes with limits that rules out no rhythm keeps its closing (the check can fail)', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', culture: { country: 'BR', scales: { trust: 'relationship-based' } }, firstResponse: 'yes-with-limits',
      firstResponseWords: 'Happy to help when you are stuck on the cut-over.', firstResponseDetails: { offered: 'a call when you are stuck on the cut-over' } }));
    assert.match(closingOf(docs.script!), NEXT);
  });
});
