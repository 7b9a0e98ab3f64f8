// After a referral the thank-you is for what happened: the leader pointed you to someone and you spoke to
// them; not a meeting with the leader, and no note for an answer pending or a "not now". The chat version
// of the message to the leader says what it is (the thanks, or the one-line question), not "the same ask".
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const CASES = [
  { words: 'Talk to Rokas Kazlauskas — he ran the customs integration. If you still want me afterwards, write to me.', referTo: 'Rokas Kazlauskas', country: 'LT', tone: 'concise', thanks: /Thanks for pointing me to Rokas Kazlauskas; I’ve now talked to him\./ },
  { words: 'Speak with Frau Berg first, then we can talk.', referTo: 'Frau Anna Berg', country: 'DE', tone: 'formal', thanks: /Thank you for suggesting Frau Anna Berg; I have now spoken with her\./ },
  { words: 'Priya is the one you want.', referTo: 'Priya Raman', country: 'IN', tone: 'warm', thanks: /Thanks for pointing me to Priya Raman; I’ve now talked to them\./ },
  { words: 'Talk to someone on the platform team.', referTo: 'someone on the platform team', country: 'GB', tone: 'concise', thanks: /Thanks for pointing me to \*\(their name\)\*; I’ve now talked to them\./ },
];

suite('after a referral: the thank-you is for the pointer, and the chat label says what the message is', () => {
  for (const c of CASES) {
    test(`${c.country}, ${c.tone}: “${c.referTo}”`, () => {
      const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo }, culture: { country: c.country }, tone: c.tone }));
      const thanks = docs['thank-you']!;
      assert.match(thanks, c.thanks, 'the pointer is thanked, and that you spoke to them');
      assert.match(thanks, /What I took from it/);
      assert.doesNotMatch(thanks, /Thanks for today|your time today|Thank you for today|exactly what I asked for|Thanks for your reply/, 'no meeting with the leader thanked');
      assert.doesNotMatch(thanks, /If they are still considering it|If the answer was “not now”/, 'nothing was asked of them: no pending answer');
      assert.doesNotMatch(docs['request-meeting']!, /The same ask, shorter/, 'the chat note says what it is');
    });
  }

  test('without a referral the thank-you still thanks the meeting, with the pending and not-now notes', () => {
    const docs = renderAll(exampleWith({ firstResponse: 'no-time', tone: 'concise' }));
    assert.match(docs['thank-you']!, /If they are still considering it/);
    assert.match(docs['thank-you']!, /If the answer was “not now”/);
    assert.match(docs['request-meeting']!, /The same ask, shorter/);
  });
});
