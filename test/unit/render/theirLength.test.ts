// A length they asked for replaces ours (issue 21). "Send me two pages", "one page, no more", "five
// lines is plenty": the first check-in's pre-read advice keeps to it, instead of the default "Keep it
// under ten lines" or "Keep it to one page".
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const ASKED: { words: string; length: string }[] = [
  { words: 'Happy to, but send me two pages beforehand, not a deck.', length: 'two pages' },
  { words: 'Fine. One page, no more, and only when you have a real decision.', length: 'one page' },
  { words: 'Sure, email me. Five lines is plenty for me to react to.', length: 'five lines' },
  { words: 'OK, but keep anything you send me to half a page.', length: 'half a page' },
];

suite('A length they asked for replaces the default length advice', () => {
  test('over phrasings, formats and tones, the pre-read keeps to their length and drops ours', () => {
    for (const a of ASKED) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const tone of ['formal', 'warm', 'concise']) {
          const where = `${a.words} / ${format} / ${tone}`;
          const doc = render('first-checkin', exampleWith({ format, tone, firstResponseWords: a.words }));
          assert.match(doc, new RegExp(`Keep it to ${a.length}, as they asked\\.`), where);
          assert.doesNotMatch(doc, /Keep it under ten lines\.|Keep it to one page\./, where);
        }
      }
    }
  });

  test('without a length in their words, the default advice stays (the check can fail)', () => {
    assert.match(render('first-checkin', exampleWith({ format: 'async', firstResponseWords: 'Happy to help by email.' })), /Keep it under ten lines\./);
  });
});
