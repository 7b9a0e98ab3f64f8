// "I'll tell her you'll call": the way to the person named is a phone call, not a letter and not an open
// wait for the leader's word (the user would never learn it was given). Two or three working days, then
// phone them, with a spoken opener. Where the leader said they would introduce you in writing, the wait
// for the introduction stays.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const CALL = [
  { words: 'Aney, I\'m buried in the board paper till March, machan. Go and talk to Dilani, she did exactly this at the mobile side. I\'ll tell her you\'ll call.', referTo: 'Dilani', country: 'LK' },
  { words: 'Siobhán ran that cutover. I\'ll let her know to expect your call.', referTo: 'Siobhán', country: 'IE' },
  { words: 'Habla con Lucía Gómez, ella lleva toda la arquitectura; le digo que la llamarás.', referTo: 'Lucía Gómez', country: 'ES' },
  { words: 'Rufen Sie Herrn Keller an, der hat das gebaut. Ich sage ihm Bescheid.', referTo: 'Herr Keller', country: 'DE' },
];

suite('a referral where you are to call the person named: phone them, with an opener', () => {
  for (const c of CALL) {
    test(`${c.country}: “${c.words.slice(0, 40)}…”, every tone`, () => {
      for (const tone of TONES) {
        const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo }, culture: { country: c.country }, tone }));
        const request = docs['request-meeting']!;
        assert.match(request, /two or three working days/, `${c.country} ${tone}: a set wait, not an open one`);
        assert.match(request, /asked me to call you about .*Could I have half an hour this week or next\?/, `${c.country} ${tone}: a spoken opener for the call`);
        assert.doesNotMatch(request, /Wait for .*’s word|wait for your word/, `${c.country} ${tone}: no open-ended wait`);
        for (const id of ['script', 'prep-doc', 'brief', 'objections']) assert.doesNotMatch(docs[id]!, /(?:I have|I’ve) written to (?:her|him|them)/, `${c.country} ${tone} ${id}`);
        assert.match(docs['prep-doc']!, /phone (?:her|him|them)/, `${c.country} ${tone}: the prep doc says to phone`);
      }
    });
  }
  test('an introduction by email keeps the wait for it', () => {
    const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: 'Anna Kowalska knows this far better than I do. I\'ll introduce you to her by email next week.', firstResponseDetails: { referTo: 'Anna Kowalska' }, tone: 'formal' }));
    assert.match(docs['request-meeting']!, /wait for your word/);
    assert.doesNotMatch(docs['request-meeting']!, /asked me to call you/);
  });
});
