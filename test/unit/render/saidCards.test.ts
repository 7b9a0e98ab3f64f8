// The objection the leader actually said gets its card (issue 23, item 2): when their first answer
// says it in so many words, the card for it comes first in the prep doc's objections, in full, and
// the objection cards document has it. Pinned with "no mentees from outside" (an Indian executive
// met at a conference) and "let me think about it" (a German director), which had no card.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render, section } from './helpers';

/** The prep doc's cards in full: [objection heading, body]. */
function fullCards(doc: string): [string, string][] {
  return section(doc, 'Objections and answers').split(/^### /m).slice(1).map((part) => {
    const [heading, ...body] = part.split('\n');
    return [heading!.replace(/^“|”$/g, ''), body.join('\n')];
  });
}

const OUTSIDE = 'It was very nice meeting you at the summit. Honestly, my plate is full with our own migration, and I generally don\'t take mentees from outside the company. But do drop me a note sometime.';

suite('The objection they said gets its card, first and in full', () => {
  test('“no mentees from outside the company”: the outside card first, in every tone, whatever the answer was read as', () => {
    for (const tone of TONES) {
      for (const culture of [{ country: 'IN' }, { communication: 'direct', hierarchy: 'flat' }]) {
        const doc = render('prep-doc', { ...exampleWith({ tone, relationship: 'executive', firstResponseWords: OUTSIDE }), culture });
        const [first, second] = fullCards(doc);
        // Said in their words (issue 21): the sentence that says it.
        assert.strictEqual(first![0], 'Honestly, my plate is full with our own migration, and I generally don\'t take mentees from outside the company.', `${tone} ${JSON.stringify(culture)}`);
        assert.match(first![1], /They said: “It was very nice meeting you/);
        assert.match(first![1], /> \*\*You:\*\* “.*(?:one conversation|not asking)/);
        // What the words were read as (no time) is the next card, marked as signalled too.
        assert.match(second![0], /calendar/, `${tone}: ${second![0]}`);
      }
    }
  });

  test('“I only mentor people in my own program”, with the answer confirmed as pointing to the program', () => {
    const doc = render('prep-doc', exampleWith({ firstResponse: 'use-the-program', firstResponseWords: 'I only mentor people in my own program, sorry. Have you applied to it?' }));
    assert.strictEqual(fullCards(doc)[0]![0], 'I only mentor people in my own program, sorry.');
  });

  test('“let me think about it”: a pending yes, with what to say and when to follow up, first', () => {
    for (const tone of TONES) {
      const de = render('prep-doc', { ...exampleWith({ tone, relationship: 'skip-level', firstResponse: 'noncommittal', firstResponseWords: 'Hm. In principle, why not. Let me think about it.' }), culture: { country: 'DE' } });
      const [first] = fullCards(de);
      assert.strictEqual(first![0], 'Let me think about it.', tone);
      assert.match(first![1], /check back in a week/, `${tone}: linear time checks back after a week`);
      // Where time is flexible, the follow-up waits longer.
      const br = render('prep-doc', { ...exampleWith({ tone, firstResponseWords: 'Nice idea. Let me think about it.' }), culture: { country: 'ZA' } });
      assert.strictEqual(fullCards(br)[0]![0], 'Let me think about it.', tone);
      assert.match(fullCards(br)[0]![1], /check back in two weeks/, tone);
    }
  });

  test('the cards document has the card; leaders who did not say it do not get it', () => {
    const cards = render('objections', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Let me think about it.', culture: { communication: 'direct', hierarchy: 'flat' } }));
    assert.match(cards, /^### “Let me think about it\.”$/m);
    const vague = render('objections', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea!', culture: { communication: 'direct', hierarchy: 'flat' } }));
    assert.doesNotMatch(vague, /Let me think about it\.”|from outside my own organization/);
    // In a hierarchy "let me think about it" is read as "I may need to check first": the consult card, alone.
    const hierarchical = render('prep-doc', exampleWith({ firstResponse: 'noncommittal', firstResponseWords: 'Let me think about it.', culture: { communication: 'direct', hierarchy: 'hierarchical' } }));
    assert.match(fullCards(hierarchical)[0]![0], /check with a few people/);
    assert.doesNotMatch(hierarchical, /^### “Let me think about it\.”$/m);
  });

  test('a leader at another company gets the outside card even unsaid', () => {
    const cards = render('objections', exampleWith({ leader: { organization: 'other', company: 'Lumen' } }));
    assert.match(cards, /from outside my own organi[sz]ation/);
  });
});
