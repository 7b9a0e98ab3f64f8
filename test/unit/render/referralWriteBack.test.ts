// "Talk to Rokas … If you still want me afterwards, write to me": the way back to the leader is in
// writing. The ask that follows the person named is a note to the leader that says so, never a meeting
// request: the request's plan, the prep doc's ask, the script, the brief and the first check-in.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const CASES = [
  { words: 'Honestly, I\'m not your best person for this. Talk to Rokas Kazlauskas — he ran the customs integration. If you still want me afterwards, write to me.',
    referTo: 'Rokas Kazlauskas', country: 'LT', tone: 'concise' },
  { words: 'Speak with Mr Okafor first; he did the same migration last year. After that, send me a note if anything is still open.', referTo: 'Mr Okafor', country: 'NG', tone: 'formal' },
  { words: 'Go and see Priya, she built the ledger. Email me afterwards.', referTo: 'Priya Raman', country: 'IN', tone: 'warm' },
  { words: 'Frau Berg knows this far better than me. Talk to her.', referTo: 'Frau Anna Berg', country: 'DE', tone: 'formal', channel: 'write to me after that' },
];

suite('a referral with “write to me afterwards”: the ask after the person named goes to the leader in writing', () => {
  for (const c of CASES) {
    test(`${c.country}, ${c.tone}: “${c.words.slice(0, 40)}…”`, () => {
      const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: c.words, culture: { country: c.country }, tone: c.tone,
        firstResponseDetails: { referTo: c.referTo, ...(c.channel ? { channel: c.channel } : {}) } }));
      for (const id of ['request-meeting', 'prep-doc', 'script', 'brief', 'first-checkin', 'one-pager']) {
        assert.doesNotMatch(docs[id]!, /ask for \d+ minutes|a single conversation of|a private 1:1 you booked|Thanks for the time/, `${id}: no meeting asked for after the person named`);
      }
      assert.match(docs['request-meeting']!, /if one question is still open, write it to/, 'the request’s plan: the question goes in writing');
      assert.match(docs['prep-doc']!, /if one question is still open, write it to them, as they asked/, 'the prep doc’s ask says the same');
      for (const id of ['script', 'brief']) {
        assert.match(docs[id]!, new RegExp(`(?:said|asked me) to write to you once I(?: had|’d) spoken (?:to|with) ${c.referTo}, so here it is`), `${id}: the note says why it is written`);
      }
      // The first exchange after the person named is that note: no agenda timed in minutes, no pre-read before a session.
      assert.match(docs['first-checkin']!, /## Goal for this note/);
      assert.doesNotMatch(docs['first-checkin']!, /minutes in total|Pre-read \(send|Goal for this session/);
    });
  }

  test('a short note asked for first, after any answer: the first exchange is that note, whatever format was chosen for later', () => {
    for (const [firstResponse, words] of [['noncommittal', 'Maybe. Send me a short note first.'], ['no-time', 'I have no time at all this quarter; drop me a line.']] as const) {
      const docs = renderAll(exampleWith({ firstResponse, firstResponseWords: words, format: 'meetings' }));
      assert.match(docs['first-checkin']!, /## Goal for this note/, words);
      assert.doesNotMatch(docs['first-checkin']!, /minutes in total|Goal for this session/, words);
    }
  });

  test('a referral with no way back in writing still plans one short conversation', () => {
    const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: 'Talk to Rokas Kazlauskas, he ran the customs integration.', firstResponseDetails: { referTo: 'Rokas Kazlauskas' } }));
    assert.match(docs['request-meeting']!, /ask for \d+ minutes on that question alone/);
    assert.doesNotMatch(docs['script']!, /so here it is/);
  });
});
