// What they offered is the whole ask (issue 21): whatever cadence and format the user picked, no
// document sets a review after three months, proposes a trial, or plans sessions beside an offer of
// one coffee, one call, a look at a document or written answers. Without an offer, a recurring
// rhythm still gets its review point (so the check can fail).
import * as assert from 'assert';
import { CADENCES, FORMATS } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const OFFERS: { words: string; offered: string }[] = [
  { words: 'Happy to grab a coffee when I’m in Berlin, nothing regular.', offered: 'a coffee when I’m in Berlin' },
  { words: 'Send your design doc over and I’ll mark it up.', offered: 'to mark up your design doc' },
  { words: 'One proper call a quarter is fine, no standing slot.', offered: 'one proper call a quarter' },
  { words: 'Happy to answer specific written questions, no calls.', offered: 'answers to specific written questions' },
];

/** Sentences that plan a rhythm beyond the one thing offered (a coffee has no check-in agenda either). */
const RHYTHM = /Set a review point after about three months|for three months|After three months|three-month review|one recurring invite|Prepare the first check-in agenda/;

suite('An offer is the whole ask: no review, trial or sessions beside it', () => {
  test('over cadences, formats and offer shapes, the prep doc and the one-pager plan nothing beyond the offer', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    for (const o of OFFERS) {
      for (const cadence of CADENCES) {
        for (const format of FORMATS) {
          for (const firstResponse of ['yes-with-limits', 'not-now'] as const) {
            const profile = exampleWith({ cadence, format, firstResponse, firstResponseWords: o.words,
              firstResponseDetails: { offered: o.offered, ...(firstResponse === 'not-now' ? { comeBackAfter: 'in March', comeBackMonth: '2024-09' } : { limits: 'nothing regular' }) } });
            for (const id of ['prep-doc', 'one-pager']) {
              const text = render(id, profile);
              const m = RHYTHM.exec(o.offered.includes('coffee') ? text : text.replace('Prepare the first check-in agenda', ''));
              if (m) problems.push(`${o.offered} / ${cadence} / ${format} / ${firstResponse} ${id}: ${m[0]}`);
            }
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} problems`);
  });

  test('without an offer, a recurring rhythm keeps its review point', () => {
    const doc = render('prep-doc', exampleWith({ cadence: 'monthly', format: 'meetings', firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the Q3 launch.' }));
    assert.match(doc, /Set a review point after about three months/);
  });
});
