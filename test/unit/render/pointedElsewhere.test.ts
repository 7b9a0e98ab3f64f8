import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';

const DEC_5 = new Date('2026-12-05T12:00:00');

// "Not the one for this; X is the one you should talk to", said the many ways people say it: the
// name comes before the pointer, and the doubt is about the leader's own distance from the work.
suite('Their words: a leader who steps aside and names someone', () => {
  test('the name before "he\'s the one you should talk to" is the person they named', () => {
    for (const [words, who] of [
      ['I\'m not the guy for this anymore. Kerem ran it end to end, he\'s the one you should talk to.', 'Kerem'],
      ['Honestly Ana knows that platform far better than I do; she\'s the person you need to speak to.', 'Ana'],
      ['I moved off payments years ago. Tomasz built the ledger and he is the one to talk to.', 'Tomasz'],
      ['Oh, that was all Priya Nair. She\'s who you should talk to about it.', 'Priya Nair'],
    ] as const) {
      const r = proposeReading(words, DEC_5);
      assert.strictEqual(r.details.referTo, who, words);
      assert.ok(r.response === 'referral' || r.response === 'doubts-fit', `${words}: ${r.response}`);
    }
  });

  test('stepping aside from the work is a doubt about fit, not a lukewarm reply', () => {
    for (const words of [
      'I\'m not the guy for this anymore.',
      'I\'m out of that now, to be honest.',
      'I\'m not close to that work any more, I\'d be guessing.',
      'I\'m no longer in the weeds on that stuff.',
      'I\'m not hands-on anymore, so I doubt I\'d be much use.',
    ]) {
      assert.strictEqual(proposeReading(words, DEC_5).response, 'doubts-fit', words);
    }
  });

  test('a sentence that only mentions someone is not a referral', () => {
    for (const words of ['Sure, some time. Kerem says you did well on the migration.', 'Let me think about it; Maria is out this week so it is busy.']) {
      assert.notStrictEqual(proposeReading(words, DEC_5).response, 'referral', words);
    }
  });
});

suite('An offer to put in a word is taken up, not made the rhythm', () => {
  test('"put in a word with Kerem", "have a word with her": said yes to, and the ask stays the one conversation', async () => {
    const { exampleWith, renderAll } = await import('./helpers');
    for (const offered of ['to put in a word with Kerem', 'to have a word with him first', 'to give him a heads-up']) {
      const docs = renderAll(exampleWith({ tone: 'warm', firstResponse: 'referral', firstResponseWords: 'Kerem is the one you should talk to.', firstResponseDetails: { referTo: 'Kerem', offered } }));
      assert.doesNotMatch(docs['prep-doc']!, /Proposed rhythm: to (?:put|have|give)/, offered);
      assert.match(docs['script']!, /say yes, and thank them for it/i, offered);
    }
  });
});
