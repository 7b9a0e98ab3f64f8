// The first message to the person named says who sent you and why them, as the leader gave it ("he ran
// the customs integration" → "because you ran the customs integration"); with no reason given, a plain line.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const toReferee = (doc: string): string => doc.slice(doc.indexOf('## To '));

suite('the first message to the person named: who sent you, and why them', () => {
  const CASES = [
    { words: 'Honestly, I\'m not your best person for this. Talk to Rokas Kazlauskas — he ran the customs integration.', referTo: 'Rokas Kazlauskas', country: 'LT', tone: 'concise', why: /suggested I talk to you, because you ran the customs integration\./ },
    { words: 'Speak with Mr Okafor; he did the same migration last year.', referTo: 'Mr Okafor', country: 'NG', tone: 'formal', why: /kindly suggested I contact you, since you did the same migration last year\./ },
    { words: 'Ask Tomás, because he knows the payments stack inside out.', referTo: 'Tomás Ruiz', country: 'ES', tone: 'warm', why: /suggested I get in touch with you, because you know the payments stack inside out\./ },
    { words: 'Talk to Anna Berg. She\'s done exactly this at her last company.', referTo: 'Anna Berg', country: 'GB', tone: 'concise', why: /because you’ve done exactly this at your last company\./ },
  ];
  for (const c of CASES) {
    test(`${c.country}, ${c.tone}: “${c.words.slice(0, 40)}…”`, () => {
      const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo }, culture: { country: c.country }, tone: c.tone }));
      assert.match(toReferee(docs['request-meeting']!), c.why);
    });
  }

  test('no reason in their words: who sent you, in a plain line, nothing invented', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: 'Talk to Rokas Kazlauskas, I\'m not the right person.', firstResponseDetails: { referTo: 'Rokas Kazlauskas' }, tone }));
      const note = toReferee(docs['request-meeting']!);
      assert.match(note, /suggested I (?:contact you|get in touch)/, tone);
      assert.doesNotMatch(note, /because you|since you/, tone);
    }
  });
});
