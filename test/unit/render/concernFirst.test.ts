// Their concern ranks first (issue 21). Procurement, compliance, a tender or a conflict of interest
// named in their words puts the objection card about it first, in their words, whatever else they
// said and wherever the leader works.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const CONCERNS = [
  'My calendar is full, and procurement would not love me advising someone whose team picks vendors.',
  'I’m swamped this month. Also, compliance is strict about anything that looks like favouritism.',
  'Let me think about it. We have a tender open with your company, so I have to be careful.',
  'Honestly I worry about a conflict of interest while the platform contract is being decided.',
];

/** The objection of the first card under "If they push back" (the script's cards). */
function firstCard(script: string): string {
  const cards = script.split('## If they push back')[1] ?? '';
  return /\n### (.+)\n/.exec(cards)?.[1] ?? '';
}

suite('A concern of rules they must keep ranks first', () => {
  test('over phrasings, tones, relationships and companies, the first card is their concern, in their words', function () {
    this.timeout(300_000);
    for (const words of CONCERNS) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const relationship of ['skip-level', 'cross-team', 'executive']) {
          for (const organization of ['same', 'other']) {
            const where = `${words} / ${tone} / ${relationship} / ${organization}`;
            const script = render('script', exampleWith({ tone, relationship, firstResponseWords: words, leader: { organization, ...(organization === 'other' ? { company: 'Lumen Systems Ltd' } : {}) } }));
            assert.match(firstCard(script), /procurement|compliance|tender|conflict of interest/i, where);
          }
        }
      }
    }
  });

  test('without such a concern the card is not first (the check can fail)', () => {
    const script = render('script', exampleWith({ tone: 'warm', firstResponseWords: 'My calendar is brutal this quarter.' }));
    assert.doesNotMatch(firstCard(script), /procurement|compliance|tender|conflict of interest/i);
  });
});
