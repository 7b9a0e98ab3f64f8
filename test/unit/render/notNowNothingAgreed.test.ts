// After a not now nothing is agreed yet (issue 21): the async update's note does not call the rhythm you
// will propose "Agreed rhythm". Over phrasings of the not now, tones and formats; an answer that agreed
// keeps it (so the check can fail).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const NOT_NOW = [
  { words: 'Not now, come back in September.', details: { comeBackAfter: 'in September', comeBackMonth: '2024-09' } },
  { words: 'Once the platform team is in place, come find me.', details: { comeBackAfter: 'once the platform team is in place' } },
  { words: 'Ask me again after the budget round.', details: {} },
];

suite('After a not now, no rhythm is called agreed', () => {
  test('over phrasings, tones and formats: no "Agreed rhythm" in the async update', () => {
    for (const n of NOT_NOW) for (const tone of TONES) for (const format of ['meetings', 'mixed']) {
      const doc = render('async-update', exampleWith({ tone, format, firstResponse: 'not-now', firstResponseWords: n.words, firstResponseDetails: n.details }));
      assert.doesNotMatch(doc, /Agreed rhythm/, `${n.words} / ${tone} / ${format}`);
    }
  });

  test('with no first answer to wait on, the rhythm is still called agreed (the check can fail)', () => {
    assert.match(render('async-update', exampleWith({ tone: 'warm', format: 'meetings' })), /Agreed rhythm/);
  });
});
