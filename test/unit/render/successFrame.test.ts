// "successLooksLike" completes "After three months, success means …": a clause ("the order path holds
// 100,000 requests per second"), a noun phrase ("a contract-ownership model the three teams agreed to") or a
// verb phrase ("the three ministries sign the data contract"). A message may only put it where that frame's
// continuation reads right, never after "if we had", "whether we have", "if" or "whether".
import * as assert from 'assert';
import { TONES, FORMATS } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const PHRASINGS = [
  'the order path holds 100,000 requests per second in the 618 rehearsal',
  'a contract-ownership model the three teams have agreed to',
  'the three ministries sign the data contract',
  'owning the capacity plan without escalation',
];

suite('What success looks like, in a frame it completes', () => {
  test('every phrasing, every tone and format: it follows "mean:"/"means", never "if"/"whether"/"we had"', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const success of PHRASINGS) {
      for (const tone of TONES) {
        for (const format of FORMATS) {
          const docs = renderAll(exampleWith({ tone, format, cadence: 'monthly', successLooksLike: success }));
          for (const [id, text] of Object.entries(docs)) {
            for (const line of text.split('\n')) {
              const at = line.indexOf(success);
              if (at < 0) continue;
              seen++;
              const before = line.slice(Math.max(0, at - 40), at);
              if (/\b(?:if|whether|we had|we have|we reach(?:ed)?)\s*$/i.test(before)) problems.push(`${tone}/${format} ${id}: …${before}${success}`);
            }
          }
        }
      }
    }
    assert.ok(seen > PHRASINGS.length * TONES.length, `the success text appears (${seen} lines)`);
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});

suite('What they offered, after a referral, read as typed', () => {
  test('a noun phrase or an infinitive never follows "their offer" bare', () => {
    const problems: string[] = [];
    for (const offered of ['the odd question by email', 'a coffee in London next month', 'to introduce you to her']) {
      for (const tone of TONES) {
        const docs = renderAll(exampleWith({ tone, firstResponse: 'referral', firstResponseWords: 'Talk to Priya first.', firstResponseDetails: { referTo: 'Priya', offered } }));
        const all = Object.values(docs).join('\n');
        if (!all.includes(offered)) problems.push(`${tone}: "${offered}" not said at all`);
        const bare = new RegExp(`\\boffer ${offered}`);
        if (bare.test(all)) problems.push(`${tone}: "…offer ${offered}"`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });
});
