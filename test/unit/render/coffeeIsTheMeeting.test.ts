// An informal offer (a coffee, a fika, coffee when they are in town) is the meeting itself: at the
// coffee the script asks the one question, not for the coffee, and does not leave an answer for
// later; the thank-you after it thanks, says what the user will do, and asks for no arrangement.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const OFFERS = ['a coffee', 'coffee when I’m in town', 'a fika next time I’m in Stockholm'];
const ANSWERS = [
  { firstResponse: 'yes-with-limits', words: 'Happy to have a coffee, but nothing regular.', extra: { limits: 'nothing regular' } },
  { firstResponse: 'not-now', words: 'Not now, we are in an audit until March. After that, let’s have a coffee.', extra: { comeBackAfter: 'the audit', comeBackMonth: '2026-04' } },
];
const ASKS_FOR_THE_COFFEE = /ask is (?:exactly )?what you offered|request is exactly what you offered|need to answer now|No need to answer now|no need to decide today/i;

suite('An informal offer is the meeting itself', () => {
  test('at the coffee the script asks the one question and leaves nothing to answer later; the thank-you confirms no arrangement', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const a of ANSWERS) for (const offered of OFFERS) {
      const profile = exampleWith({ tone, format: 'meetings', firstResponse: a.firstResponse, firstResponseWords: a.words, firstResponseDetails: { offered, ...a.extra } });
      const where = `${tone}/${a.firstResponse}/${offered}`;
      const script = render('script', profile);
      const bad = script.split('\n').find((l) => l.startsWith('> **You:**') && ASKS_FOR_THE_COFFEE.test(l));
      if (bad) problems.push(`${where} script: ${bad.slice(0, 140)}`);
      const note = render('thank-you', profile).split('## ')[1] ?? '';
      if (/What we agreed|\*\*The conversation:\*\*/.test(note)) problems.push(`${where} thank-you: confirms an arrangement`);
      if (!/What I will do next/.test(note)) problems.push(`${where} thank-you: no next step of the user's`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });
});
