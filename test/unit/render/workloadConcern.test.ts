// A named workload is the concern: "I can't right now, with the PRR on my plate; talk to Ana Lopes".
// The card ranked first is their time, naming the workload, not "mentoring fatigue", which is only for
// words that say so.
import * as assert from 'assert';
import { RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { busyWithIn } from '../../../src/core/render/firstAnswer';
import { exampleWith, render } from './helpers';

const CASES: readonly { words: string; busy: string }[] = [
  { words: 'I can’t right now, with the PRR on my plate. Talk to Ana Lopes, she did exactly this.', busy: 'the PRR' },
  { words: 'Not with the audit on my desk, sorry. Speak to Tomás Rey instead.', busy: 'the audit' },
  { words: 'Olhe, eu agora não consigo, com o PRR em cima. Fale com a engenheira Inês Carvalho.', busy: 'the PRR' },
  { words: 'Honestly I can’t, with the budget round on top of me. Ask Karin Holm, she knows it better.', busy: 'the budget round' },
];

suite('A named workload is the concern', () => {
  test('the workload is read from their words, in several phrasings and languages', () => {
    for (const c of CASES) assert.strictEqual(busyWithIn(c.words), c.busy, c.words);
  });

  test('after a referral, the first card is their time, naming the workload, not mentoring fatigue', () => {
    for (const c of CASES) {
      for (const tone of TONES) {
        for (const relationship of RELATIONSHIPS) {
          const doc = render('prep-doc', exampleWith({ tone, relationship, firstResponse: 'referral', firstResponseWords: c.words }));
          const label = `${c.busy}/${tone}/${relationship}`;
          assert.match(doc, /### The one they signalled: their time is already spoken for/, label);
          assert.doesNotMatch(doc, /### The one they signalled: mentoring fatigue/, label);
          assert.match(doc, new RegExp(`Right now ${c.busy} has first call on their calendar`), label);
        }
      }
    }
  });

  test('a referral with no workload named keeps its reading', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'referral', firstResponseWords: 'Lucía Hernández is a better fit than me. Talk to her.', firstResponseDetails: { referTo: 'Lucía Hernández' } }));
    assert.doesNotMatch(doc, /has first call on their calendar/);
  });
});
