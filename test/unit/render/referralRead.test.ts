// A referral is read whatever the case of the words (issue 21): "talk to inês carvalho", "Speak to dr
// Okafor", "Talk to Priya" name the person, written as a name; and a referral with no workload beside
// it is read as what it is: they think someone else fits better, never "mentoring fatigue".
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { exampleWith, render, section } from './helpers';

const DEC_5 = new Date(2026, 11, 5, 12);

const NAMED: [string, string][] = [
  ['Honestly, talk to inês carvalho, she did exactly that at Social Security.', 'Inês Carvalho'],
  ['Speak to dr Okafor, he ran the last migration.', 'Dr Okafor'],
  ['Talk to Priya. She knows the payments side far better.', 'Priya'],
  ['I think you should reach out to tomás ferreira about it.', 'Tomás Ferreira'],
  ['speak with marta.', 'Marta'],
  ['Get in touch with Dr. Adeyemi, she built it.', 'Dr. Adeyemi'],
];
const NOT_NAMED = ['talk to your manager about it first.', 'Speak to someone on the platform team.', 'Talk to them later, maybe.', 'speak to hr about the scheme.'];

suite('A referral, read whatever the case', () => {
  test('the person named is read as a referral, and written as a name', () => {
    for (const [words, name] of NAMED) {
      const reading = proposeReading(words, DEC_5);
      assert.strictEqual(reading.response, 'referral', words);
      assert.strictEqual(reading.details.referTo, name, words);
    }
  });

  test('a pointer to a role, a group or a pronoun names no person', () => {
    for (const words of NOT_NAMED) {
      const referTo = proposeReading(words, DEC_5).details.referTo;
      assert.ok(referTo === undefined || /^(?:someone|somebody)\b/i.test(referTo), `${words}: ${String(referTo)}`);
    }
  });

  test('a referral with no workload words: the reason first is that someone else fits better, over phrasings and tones', () => {
    let i = 0;
    for (const [words] of NAMED) {
      for (const tone of TONES) {
        const p = exampleWith({ tone, firstResponse: 'referral', firstResponseWords: words, relationship: ['skip-level', 'cross-team', 'executive'][i++ % 3] });
        const reasons = section(render('prep-doc', p), 'Why leaders hesitate, and what to do about it');
        const first = reasons.split('\n').find((l) => l.startsWith('### '))!;
        assert.doesNotMatch(first, /fatigue/i, `${tone}: ${words}`);
        assert.match(first, /someone else fits better/i, `${tone}: ${words}`);
      }
    }
  });

  test('a referral from someone who already mentors others ranks mentoring fatigue first', () => {
    for (const words of ['I already have three mentees. Talk to Priya, she knows it.', 'I\'m mentoring two people already; speak to ana costa.']) {
      const first = section(render('prep-doc', exampleWith({ firstResponse: 'referral', firstResponseWords: words })), 'Why leaders hesitate, and what to do about it').split('\n').find((l) => l.startsWith('### '))!;
      assert.match(first, /mentoring fatigue/i, words);
    }
  });

  test('a referral beside a workload keeps their time first', () => {
    const p = exampleWith({ firstResponse: 'referral', firstResponseWords: 'I can\'t right now, with the budget round on my plate. Talk to Priya, she knows it.' });
    const first = section(render('prep-doc', p), 'Why leaders hesitate, and what to do about it').split('\n').find((l) => l.startsWith('### '))!;
    assert.doesNotMatch(first, /fatigue|fits better/i);
  });
});
