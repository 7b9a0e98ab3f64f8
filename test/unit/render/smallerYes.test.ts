// A yes to something smaller is taken as given: when their words hold an offer ("You can come and sit
// in the architecture review", "Happy to answer the odd question by email"), the reading proposed is a
// yes with limits (unless the words say a clear no), and a referral or a doubt about fit that holds an
// offer asks for that offer. No document then asks for a recurring meeting or for minutes of our own
// (every document once asked for 30 minutes monthly).
import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { factsOf } from '../../../src/core/render/facts';
import { validateProfile } from '../../../src/core/profile/validate';
import { exampleWith, render, TODAY } from './helpers';

const OFFERS = [
  'My calendar is full, you know. You can come and sit in the architecture review on Thursdays, just listen first. If you have questions, send me on WeChat.',
  'Happy to answer the odd question by email if it helps.',
  'Feel free to send me a question when you are stuck on something specific.',
  'You are welcome to join our Thursday design review and listen in.',
  'I can do a quick call once a quarter.',
];
/** The answers around the offer: left for the words to tell, or confirmed with the words before it. */
const ANSWERS: readonly { firstResponse?: string; before: string }[] = [
  { before: '' },
  { firstResponse: 'referral', before: 'Priya has lived and breathed this for three years; have a word with Priya. ' },
  { firstResponse: 'doubts-fit', before: 'I am not sure I am the right person for this. ' },
];
const DOCS = ['request-meeting', 'script', 'prep-doc', 'brief', 'one-pager', 'thank-you', 'manager-first', 'objections'];
/** A recurring arrangement of our own, or a length in minutes none of the offers named. */
const ASKED_MORE = /\b(?:monthly|every month|every two weeks|fortnightly|biweekly|weekly|recurring|three months|a trial)\b|\b(?:30|45) minutes\b|\b(?:30|45)-minute\b/i;

suite('A yes to something smaller: the offer is the ask', () => {
  test('their words with an offer and no clear no are read as a yes with limits, the offer filled in', () => {
    for (const words of OFFERS) {
      const reading = proposeReading(words, new Date(2026, 11, 6));
      assert.strictEqual(reading.response, 'yes-with-limits', words);
      assert.ok(reading.details.offered && reading.details.offered.length > 5, `${words}: ${JSON.stringify(reading.details)}`);
    }
    // A clear no stays a no, however kindly the offer beside it.
    assert.strictEqual(proposeReading('I have to say no to mentoring, but feel free to send me a question now and then.').response, 'declined');
    assert.strictEqual(proposeReading('No. I do not take on mentees. You can ask Priya.').response, 'declined');
  });

  test('unconfirmed, referral or doubt about fit with an offer: no document asks for a recurring meeting or more minutes', () => {
    const problems: string[] = [];
    for (const { firstResponse, before } of ANSWERS) for (const words of OFFERS) for (const format of ['meetings', 'mixed']) for (const cadence of ['monthly', 'biweekly']) {
      const profile = exampleWith({ cadence, format, sessionMinutes: 45, firstResponseWords: before + words, ...(firstResponse ? { firstResponse } : {}) });
      for (const id of DOCS) {
        const text = render(id, profile);
        const bad = text.split('\n').find((l) => ASKED_MORE.test(l));
        if (bad) problems.push(`${firstResponse ?? 'read'} / ${words.slice(0, 30)} / ${format} ${cadence} / ${id}: ${bad.slice(0, 200)}`);
      }
    }
    if (process.env.SHOW) console.log([...new Set(problems.map((p) => p.replace(/^[^/]*\/[^/]*\/[^/]*\//, "")))].join("\n"));
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  test('an offer to introduce you to the one they named is not the ask: the referral keeps its own', () => {
    for (const words of ['Park Ji-yeon has done this twice. I can mention it to her.', 'Ask Priya; happy to introduce you.', 'Have a word with Marcos, I will put you in touch.']) {
      const facts = factsOf(validateProfile(exampleWith({ firstResponse: 'referral', firstResponseWords: words })).profile, TODAY);
      assert.strictEqual(facts.is.takesOffer, false, `${words}: ${JSON.stringify(facts.details)}`);
    }
    const help = factsOf(validateProfile(exampleWith({ firstResponse: 'referral', firstResponseWords: 'Ask Priya. Happy to answer the odd question by email.' })).profile, TODAY);
    assert.strictEqual(help.is.takesOffer, true, JSON.stringify(help.details));
  });
});
