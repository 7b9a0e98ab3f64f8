// A referral to someone they did not name ("someone on the platform team", "ask my deputy"): the
// message to the leader asks who, in one line, and asks for no time; the prep doc's steps follow that
// order (ask who, write to that person, and only then, if a question is still open, the leader).
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';
import { whoToAsk } from '../../../src/core/render/rules/referralWho';

const between = (doc: string, from: string, to: string): string => doc.slice(doc.indexOf(from), doc.indexOf(to, doc.indexOf(from) + 1));

const CASES = [
  { words: 'Honestly, I\'m not your best person for this. Talk to someone on the platform team.', referTo: 'someone on the platform team', tone: 'concise', country: 'LT', question: /Could you tell me who on the platform team I should speak to\?/ },
  { words: 'Ask my deputy, she handles these requests.', referTo: 'my deputy', tone: 'formal', country: 'GB', question: /Could you tell me who your deputy is, so that I can get in touch\?/ },
  { words: 'One of the architects would be better placed than me.', referTo: 'one of the architects', tone: 'warm', country: 'IN', question: /Could you tell me which of the architects I should speak to\?/ },
  { words: 'Find someone who has run a carrier migration.', referTo: 'someone who has run a carrier migration', tone: 'concise', country: 'DE', question: /who you had in mind when you said “someone who has run a carrier migration”\?/ },
];

suite('a referral to someone unnamed: the leader is asked who, in one line, and for no time', () => {
  for (const c of CASES) {
    test(`${c.country}, ${c.tone}: “${c.referTo}”`, () => {
      const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo }, culture: { country: c.country }, tone: c.tone }));
      const request = docs['request-meeting']!;
      const message = between(request, '## The message', '## As a chat');
      assert.match(message, c.question, 'the message asks who, in one line');
      assert.doesNotMatch(message, /\d+ min|minutes|introduce us|mention your name|Thanks for suggesting some/, 'no time asked for, no introduction to nobody');
      assert.match(request.slice(request.indexOf('## As a chat')), /could you tell me (?:who|which)/, 'the chat note asks the same');
      const prep = docs['prep-doc']!;
      assert.match(prep, /Ask them who that is, in one line/, 'the prep doc’s ask says the order');
      const askWho = prep.indexOf('- [ ] Ask the leader, in one line, whom they meant');
      const write = prep.indexOf('- [ ] Once the leader has named them, write to that person');
      assert.ok(askWho >= 0 && write > askWho, 'the checklist asks who before writing to them');
      assert.doesNotMatch(prep, /Book a short 1:1/, 'nothing is booked before that');
    });
  }

  test('how to ask who, from their words', () => {
    assert.deepStrictEqual(whoToAsk('someone in finance'), { kind: 'team', rest: 'in finance' });
    assert.deepStrictEqual(whoToAsk('my deputy'), { kind: 'role', rest: 'your deputy' });
    assert.deepStrictEqual(whoToAsk('one of the SREs'), { kind: 'which', rest: 'the SREs' });
    assert.deepStrictEqual(whoToAsk('someone who knows Kafka'), { kind: 'said', rest: 'someone who knows Kafka' });
  });

  test('a named referral keeps its thank-you and the first message to that person', () => {
    const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: 'Talk to Rokas Kazlauskas.', firstResponseDetails: { referTo: 'Rokas Kazlauskas' } }));
    assert.doesNotMatch(docs['request-meeting']!, /Could you tell me who/);
    assert.match(docs['request-meeting']!, /## To Rokas Kazlauskas/);
  });
});
