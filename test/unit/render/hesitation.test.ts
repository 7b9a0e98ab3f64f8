// What they hesitated about, answered as what it was: a doubt about fit is not a vague ask, the
// rhythm the user chose is not dropped without a word, and a heavy rhythm brought to someone who
// hesitated gets a lighter alternative.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render, section } from './helpers';

const DOUBT = 'I wonder if I am really the right person; my knowledge is mostly old mainframe things. For the cloud side, maybe Sato-san is better than me.';

suite('A doubt about fit', () => {
  test('is the reason named first and the first card, with the person they named answered inside it', () => {
    for (const tone of TONES) {
      const doc = render('prep-doc', exampleWith({ tone, cadence: 'monthly', sessionMinutes: 45, firstResponse: 'doubts-fit', firstResponseWords: DOUBT, firstResponseDetails: { referTo: 'Sato-san' } }));
      const why = section(doc, 'Why leaders hesitate, and what to do about it');
      assert.match(why, /### The one they signalled: they are not sure they are the right person/, tone);
      assert.doesNotMatch(why, /signalled: the ask was too vague/, tone);
      const cards = section(doc, 'Objections and answers');
      const firstCard = cards.split('\n').find((l) => l.startsWith('### '));
      // Said in their words (issue 21).
      assert.strictEqual(firstCard, '### “I wonder if I am really the right person; my knowledge is mostly old mainframe things.”', tone);
      // "I will", as every document says it (issue 21: the profile does not say it is done).
      assert.match(cards, /(?:will speak with|’ll talk to) Sato-san about the rest/, tone);
      // The script's opening names them too.
      assert.match(section(doc, 'The script'), /Sato-san/, tone);
      // The monthly rhythm chosen is named, and put off until they offer more.
      assert.match(section(doc, 'The ask in one paragraph'), /Keep the rhythm you chose \(once a month\) for later, if they offer more/, tone);
    }
  });

  test('without a person named, the card keeps its own answer; a referral alone keeps the referral card', () => {
    const doubt = section(render('prep-doc', exampleWith({ firstResponse: 'doubts-fit', firstResponseWords: 'Not sure I am the right person for this.' })), 'Objections and answers');
    assert.match(doubt, /### “Not sure I am the right person for this\.”/);
    assert.doesNotMatch(doubt, /about the rest/);
    const referral = section(render('prep-doc', exampleWith({ firstResponse: 'referral', firstResponseWords: 'Talk to Ana Ruiz, she knows this better.', firstResponseDetails: { referTo: 'Ana Ruiz' } })), 'Objections and answers');
    assert.doesNotMatch(referral, /not sure I’m the right person/);
  });
});

suite('A heavy rhythm after a hesitation', () => {
  test('weekly or 45 minutes after "no time" or "not ready" gets a note and the lighter version; a light one does not', () => {
    for (const firstResponse of ['no-time', 'not-ready']) {
      for (const [cadence, minutes] of [['weekly', 30], ['monthly', 60]] as const) {
        const ask = section(render('prep-doc', exampleWith({ firstResponse, cadence, sessionMinutes: minutes, format: 'meetings' })), 'The ask in one paragraph');
        assert.match(ask, /is a lot to bring to someone who hesitated: if it still sounds heavy, offer the lighter version \(/, `${firstResponse} ${cadence} ${minutes}`);
      }
      const light = section(render('prep-doc', exampleWith({ firstResponse, cadence: 'monthly', sessionMinutes: 30, format: 'meetings' })), 'The ask in one paragraph');
      assert.doesNotMatch(light, /is a lot to bring/, firstResponse);
    }
  });
});
