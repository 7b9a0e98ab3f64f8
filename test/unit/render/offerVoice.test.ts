// Their offer said back to them (issue 21): "a document you send" became "a document me
// send" in the first line of the note, and an offer that starts with a verb ("greet me when you are on
// the Island") read "They offered greet them…". "you" as a subject turns to "I", as an object to "me";
// an offer that is an instruction is quoted as they said it.
import * as assert from 'assert';
import { toThem, toYou } from '../../../src/core/render/pronouns';
import { exampleWith, renderAll } from './helpers';

suite('Their offer in the voice of whoever hears it', () => {
  test('"you" before a verb is "I"; after a verb or a preposition it is "me"; "thank you" stays', () => {
    const cases: [string, string][] = [
      ['comments in the margins of a document you send', 'comments in the margins of a document I send'],
      ['a quick look at what you think matters', 'a quick look at what I think matters'],
      ['a reply to anything you write up', 'a reply to anything I write up'],
      ['an answer to every question you have', 'an answer to every question I have'],
      ['notes on the plan you drafted', 'notes on the plan I drafted'],
      ['to send you a few notes', 'to send me a few notes'],
      ['feedback for you when you ask', 'feedback for me when I ask'],
      ['to let you know what I think', 'to let me know what you think'],
      ['a thank you note when you ship it', 'a thank you note when I ship it'],
      ['coffee when I’m in town', 'coffee when you’re in town'],
    ];
    for (const [offer, said] of cases) assert.strictEqual(toYou(offer), said, offer);
  });

  test('an offer that starts with a verb is quoted as they said it, never "offered greet them"', () => {
    const offers = ['greet me when you are on the Island', 'ping me when you’re stuck', 'send me the draft before Friday', 'call me after the board meeting'];
    for (const offer of offers) {
      assert.strictEqual(toYou(offer), `“${offer}”`, offer);
      assert.strictEqual(toThem(offer), `“${offer}”`, offer);
    }
    for (const offer of ['to chat when I’m in London', 'an email exchange once a month', 'comments on one decision']) {
      assert.doesNotMatch(toYou(offer), /“/, offer);
    }
  });

  test('no document says "offered <verb>", "offer <verb>" or "a document me send" for these offers', function () {
    this.timeout(300_000);
    const problems: string[] = [];
    const offers: [string, string, string][] = [
      ['yes-with-limits', 'comments in the margins of a document you send', 'Put it in a document and send it; I’ll comment in the margins of a document you send.'],
      ['yes-with-limits', 'greet me when you are on the Island', 'Nothing regular, but greet me when you are on the Island.'],
      ['referral', 'greet me when you are on the Island', 'The one you want is Tunde at Paystack. But greet me when you are on the Island.'],
      ['yes-with-limits', 'ping me when you’re stuck on a decision', 'Ping me when you’re stuck on a decision; nothing regular.'],
    ];
    for (const [response, offered, words] of offers) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const details = response === 'referral' ? { offered, referTo: 'Tunde at Paystack' } : { offered, limits: 'nothing regular' };
        const docs = renderAll(exampleWith({ tone, firstResponse: response, firstResponseWords: words, firstResponseDetails: details }));
        for (const [id, text] of Object.entries(docs)) {
          for (const line of text.split('\n')) {
            if (/\b(?:offered|offer) (?:greet|ping|send|call) (?:me|you|them)\b|\b(?:document|that) me send\b/i.test(line)) problems.push(`${response}/${tone} ${id}: ${line.trim().slice(0, 160)}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });
});
