// An informal offer on a condition (issue 21): "Once the review is behind us, come for buna at our office",
// "When the budget is signed, let's have lunch". The request is sent once the condition is met, so it says
// so (their condition in the past, the date left to fill in) and takes the offer up; and a leader at another
// company who made the offer is not thanked for reading a message from outside: they invited it.
// Over offers, conditions, tones and countries.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const OFFERS = [
  { words: 'Right now with the licence review I can’t promise anything. Once the review is behind us, come for buna at our office and we’ll see.', after: 'once the licence review is behind us', offered: 'buna (coffee) at their office' },
  { words: 'Not now. When the budget is signed, let’s have lunch and talk.', after: 'when the budget is signed', offered: 'lunch' },
  { words: 'After the board has approved the plan, come by for a coffee.', after: 'once the plan is approved by the board', offered: 'a coffee' },
];
const COUNTRIES = ['ET', 'KZ', 'GB', 'US'];
const messageOf = (doc: string) => doc.split('## The message')[1]?.split('## As a chat message')[0] ?? '';
const MET = /It was .+ on \*\(date\)\*|They were .+ on \*\(date\)\*|That has been the case since \*\(date\)\*|I did that on \*\(date\)\*|happened/;

suite('An informal offer on a condition, taken up once it is met', function () {
  this.timeout(300_000);
  test('over offers, tones and countries: the request says the condition is met, takes up the offer, and never apologises for writing from outside', () => {
    const problems: string[] = [];
    for (const o of OFFERS) for (const tone of TONES) for (const country of COUNTRIES) {
      const where = `${o.offered} / ${tone} / ${country}`;
      const docs = renderAll(exampleWith({
        tone, culture: { country }, relationship: 'cross-team', leader: { organization: 'other', company: 'Acme Telecom' },
        firstResponse: 'not-now', firstResponseWords: o.words, firstResponseDetails: { comeBackAfter: o.after, offered: o.offered },
      }));
      const message = messageOf(docs['request-meeting']!);
      if (!MET.test(message)) problems.push(`${where}: the condition is not said as met: ${message.trim().slice(0, 220)}`);
      if (/outside your company|from outside/i.test(message)) problems.push(`${where}: apologises for writing from outside after their offer`);
      if (/\bbehind us\b|\bour office\b/.test(message)) problems.push(`${where}: their "us" said as the user's`);
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  test('a leader at another company who offered nothing still gets the line on writing from outside (the check can fail)', () => {
    for (const tone of TONES) {
      const docs = renderAll(exampleWith({ tone, culture: { country: 'GB' }, relationship: 'cross-team', leader: { organization: 'other', company: 'Acme Telecom' }, firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me think about it.' }));
      assert.match(messageOf(docs['request-meeting']!), /outside your company|from outside/, tone);
    }
  });
});
