// Why the leader named someone, read from their words and said to that person: "Talk to Rokas — he ran
// the customs integration" → "you ran the customs integration"; no reason given, nothing invented.
import * as assert from 'assert';
import { referralReasonOf } from '../../../src/core/render/referralReason';

suite('the reason a leader gave for the person they named, said to that person', () => {
  const CASES: [string, string, string | undefined][] = [
    ['Honestly, I\'m not your best person for this. Talk to Rokas Kazlauskas — he ran the customs integration. If you still want me afterwards, write to me.', 'Rokas Kazlauskas', 'you ran the customs integration'],
    ['Speak with Mr Okafor first; he did the same migration last year.', 'Mr Okafor', 'you did the same migration last year'],
    ['Go and see Priya, she built the ledger.', 'Priya Raman', 'you built the ledger'],
    ['Ask Tomás, because he knows the payments stack inside out.', 'Tomás Ruiz', 'you know the payments stack inside out'],
    ['Talk to Anna Berg. She\'s done exactly this at her last company.', 'Anna Berg', 'you’ve done exactly this at your last company'],
    ['Talk to Rokas, who has been through two carrier migrations.', 'Rokas', 'you have been through two carrier migrations'],
    ['You want Lena for this - she owns the pricing engine and watches its costs herself.', 'Lena Vogt', 'you own the pricing engine and watch its costs yourself'],
    ['Talk to Rokas Kazlauskas, I\'m not the right person.', 'Rokas Kazlauskas', undefined],
    ['Talk to Priya. She will tell you if it is worth it.', 'Priya', undefined],
    ['Talk to Rokas. He is on holiday until May, though.', 'Rokas', undefined],
    ['Talk to Rokas — he helped me with exactly this.', 'Rokas', undefined],
    ['Someone on the platform team would know.', 'someone on the platform team', undefined],
  ];
  for (const [words, referTo, reason] of CASES) {
    test(`“${words.slice(0, 50)}…”`, () => assert.strictEqual(referralReasonOf(words, referTo), reason));
  }
});
