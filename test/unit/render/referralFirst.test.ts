// "See X first, then come back to me": the order is the leader's. The user meets the person named
// first (the message to the leader, sent now, says so and asks for no time); the ask to the leader comes
// after, with the question that remains. The checklist follows the same order.
// The person named keeps the pronoun their title gives.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const CASES = [
  { words: 'Wei Ling, I\'m quite stretched this year lah. You go and see Encik Farid first — he did the same thing for the Bank Negara reporting. After that, if still got questions, come see me.',
    referTo: 'Encik Farid Hashim', pronoun: 'him', country: 'MY', tone: 'formal' },
  { words: 'Talk to Frau Berg first and then we can talk.', referTo: 'Frau Anna Berg', pronoun: 'her', country: 'DE', tone: 'concise' },
  { words: 'Speak with Mr Okafor, and if you still need me after that, we can find half an hour.', referTo: 'Mr Okafor', pronoun: 'him', country: 'NG', tone: 'warm' },
  { words: 'Go and see Priya first. Then come back to me with whatever is left.', referTo: 'Priya Raman', pronoun: 'them', country: 'IN', tone: 'formal' },
];

const profileOf = (c: typeof CASES[number]) => exampleWith({
  firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo },
  culture: { country: c.country }, tone: c.tone,
});

suite('a referral they asked you to take first: the person named before the leader', () => {
  for (const c of CASES) {
    test(`${c.country}, ${c.tone}: “${c.words.slice(0, 40)}…”`, () => {
      const docs = renderAll(profileOf(c));
      const request = docs['request-meeting']!;
      // The message to the leader goes now and asks for no time: it says you will meet them first, as asked.
      assert.match(request, new RegExp(`I(?: will|’ll) meet ${c.pronoun} first`), 'the message to the leader says you will meet them first');
      assert.doesNotMatch(request, /I(?: will|’ll) get in touch/, 'no promise to get in touch instead of meeting them');
      assert.match(request, /Send it this week, with the message above/, 'the message to the person named goes at once');
      for (const id of ['script', 'brief', 'prep-doc']) {
        assert.doesNotMatch(docs[id]!, /written to (?:them|him|her)/, `${id}: no “I have written to them” before that meeting`);
        assert.match(docs[id]!, new RegExp(`I met (?:${c.referTo}|${c.pronoun}) first`), `${id}: the opening and the card say you met them first`);
      }
      assert.match(docs['script']!, new RegExp(`Yes, I met ${c.pronoun} first`), 'the pronoun comes from their title');
      const prep = docs['prep-doc']!;
      const meet = prep.indexOf('- [ ] Meet the person they named first');
      const ask = prep.indexOf('- [ ] After that meeting, ask for a short conversation');
      assert.ok(meet >= 0 && ask > meet, 'the checklist meets the person named before it asks the leader');
    });
  }

  test('the leader’s own step first (“let me tell her first, then you can go see her”) is no way back to them: the usual order', () => {
    for (const words of ['Khun Pimchanok is better than me krub. Let me tell her first, then you can go see her.', 'I’ll have a word with him first, then you can reach out to Mr Okafor.', 'Let me brief Priya first and then contact her.']) {
      const referTo = /Pimchanok/.test(words) ? 'Khun Pimchanok' : /Okafor/.test(words) ? 'Mr Okafor' : 'Priya';
      const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: words, firstResponseDetails: { referTo }, tone: 'formal' }));
      // Not "as they asked": the person named still comes first (the question went to them), the leader's word before that.
      assert.doesNotMatch(docs['request-meeting']!, /meet (?:him|her|them) first|asked you to see/, words);
      assert.doesNotMatch(docs['script']!, /as they asked|They asked you to see/, words);
    }
  });

  test('a referral without “first… then”: the request tells the leader how it goes, and the script, for later, comes after the person named', () => {
    const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: 'Talk to Mr Okafor, he knows this better than I do.', firstResponseDetails: { referTo: 'Mr Okafor' }, tone: 'formal' }));
    assert.match(docs['request-meeting']!, /I will let you know how it goes/);
    assert.match(docs['script']!, /I met Mr Okafor first/);
    assert.doesNotMatch(docs['script']!, /I have written to him|as they asked/);
  });
});
