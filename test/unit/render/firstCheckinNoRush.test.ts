// "I answer when I can" puts no date on them in the first check-in either (issue 21): the subject of
// the written pre-read is not "your view by (date)" where they said they answer when they can. Over
// phrasings, languages and tones; without those words the date stays (so the check can fail).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const WHEN_THEY_CAN = [
  { words: 'Sure, no meetings though. Drop me a written question and I’ll get to it when I can.', country: 'GB' },
  { words: 'Dale, pero no me pongas reuniones. Escribime por Slack y te contesto cuando pueda.', country: 'UY' },
  { words: 'Gern, aber keine Termine. Schreiben Sie mir, ich antworte, wenn ich Zeit habe.', country: 'DE' },
];

suite('The first check-in puts no date on a leader who answers when they can', () => {
  test('over phrasings and tones: no "your view by (date)"', () => {
    for (const c of WHEN_THEY_CAN) for (const tone of TONES) {
      const doc = render('first-checkin', exampleWith({ tone, format: 'async', culture: { country: c.country }, firstResponse: 'yes-with-limits', firstResponseWords: c.words, firstResponseDetails: { limits: 'no meetings' } }));
      assert.doesNotMatch(doc, /your view by \*\(date\)\*/, `${c.country} / ${tone}`);
      assert.match(doc, /\*\*Subject:\*\* One decision/, `${c.country} / ${tone}: the subject is kept`);
    }
  });

  test('without those words the date stays (the check can fail)', () => {
    const doc = render('first-checkin', exampleWith({ tone: 'warm', format: 'async', firstResponse: 'yes-with-limits', firstResponseWords: 'Sure, no meetings though. Send me a written question.', firstResponseDetails: { limits: 'no meetings' } }));
    assert.match(doc, /your view by \*\(date\)\*/);
  });
});
