// A written yes has its steps in the order they can happen: write the note, read it, send it, wait
// the time they named, and remind them once only if they allowed it. No thank-you "the same day" before
// they have answered, no "prepare the first question" after it is sent, no reminder after "don't chase me".
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render, section } from './helpers';

const WORDS: { words: string; limits?: string; chase: boolean }[] = [
  { words: 'Okay, fine, but no meetings — my calendar is finished till Eid. Put it in writing, one page, and I\'ll reply when I can. Don\'t chase me on WhatsApp.', limits: 'no meetings, one page, no WhatsApp chasing', chase: false },
  { words: 'Email me one question when you are stuck and I will answer when I can. Please don’t chase me.', chase: false },
  { words: 'No meetings. Send me a paragraph by email when you need me, no reminders please.', chase: false },
  { words: 'Happy to answer questions by email, one at a time, whenever you are stuck.', chase: true },
];

function profile(words: string, limits: string | undefined, tone: string, country: string): Record<string, unknown> {
  return exampleWith({
    tone, culture: { country }, relationship: 'executive', format: 'async', cadence: 'as-needed',
    firstResponse: 'yes-with-limits', firstResponseWords: words,
    firstResponseDetails: { offered: 'answers to written questions', ...(limits ? { limits } : {}) },
  });
}

const REMINDER = /(?:send|sends|one) (?:one )?(?:short |two-line )?reminder(?! at all)/iu;

suite('A written yes: the steps in the order they can happen', () => {
  test('over phrasings, tones and countries: written before sent, thanks after their answer, a reminder only if allowed', () => {
    for (const { words, limits, chase } of WORDS) {
      for (const tone of TONES) {
        for (const country of ['BD', 'US', 'DE']) {
          const where = `${tone}/${country}/${words.slice(0, 30)}`;
          const doc = render('prep-doc', profile(words, limits, tone, country));
          const after = section(doc, 'After you send it');
          assert.doesNotMatch(after, /Send the thank-you note the same day/u, `${where}: thanks before they answered`);
          const checklist = section(doc, 'Prep checklist').split('\n').filter((l) => l.startsWith('- ['));
          const sent = checklist.findIndex((l) => /Send the first note/u.test(l));
          assert.ok(sent >= 0, `${where}: a send step`);
          checklist.forEach((line, i) => {
            if (/Prepare|Read the brief|Rehearse|Write the/u.test(line)) assert.ok(i < sent, `${where}: “${line}” after the note is sent`);
          });
          assert.ok(!checklist.some((l) => /thank-you note within a day/u.test(l)), `${where}: a thank-you within a day of sending`);
          if (!chase) {
            for (const id of ['prep-doc', 'script', 'brief']) {
              const text = id === 'prep-doc' ? doc : render(id, profile(words, limits, tone, country));
              assert.doesNotMatch(text, REMINDER, `${id}/${where}: a reminder after “don’t chase me”`);
            }
          }
        }
      }
    }
  });
});
