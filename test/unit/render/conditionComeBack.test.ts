// A condition is not a moment (issue 21). When their words tie the come-back to a condition ("once
// you've presented the migration plan to the board", "when the platform team is in place", "after
// you've run the pilot", "first take on the platform for a year, then …"), the script, the request
// and the prep doc's "When to ask" tie coming back to that condition being met: never a date, never
// "a better moment".
import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { exampleWith, renderAll, TODAY } from './helpers';

const CONDITIONS: { words: string; spoken: RegExp; narrated: RegExp }[] = [
  { words: 'Come back to me once you’ve presented the migration plan to the board.', spoken: /once I’ve presented the migration plan to the board/, narrated: /once you’ve presented the migration plan to the board/ },
  { words: 'When the platform team is in place, come find me.', spoken: /when the platform team is in place/, narrated: /when the platform team is in place/ },
  { words: 'Let’s talk again after you’ve run the pilot.', spoken: /after I’ve run the pilot/, narrated: /after you’ve run the pilot/ },
  { words: 'First take on the platform for a year, then we can talk.', spoken: /once I’ve taken on the platform for a year/, narrated: /once you’ve taken on the platform for a year/ },
];

/** "A better moment" in any of its forms, or a date put where their condition should be (the plain way
 *  out every request offers, "if the timing is not right, I understand", is not a moment to wait for). */
const A_MOMENT = /better moment|now is better|timing is better|good moment|not the moment|timing (?:is )?still|still (?:isn’t|is not) right|timing (?:was not|wasn’t) (?:right|great)|start of next quarter/i;

const requestMessage = (doc: string) => doc.split('## The message')[1]!.split('## As a chat message')[0]!;
const requestNote = (doc: string) => doc.split('## The message')[0]!;
const opening = (script: string) => script.split(/### \d\. /).find((part) => /^Opening/.test(part)) ?? '';

suite('A come-back tied to a condition is met, not waited out', () => {
  test('over phrasings, their words read as a not now whose come-back is the condition', () => {
    for (const c of CONDITIONS) {
      const reading = proposeReading(c.words, TODAY);
      assert.strictEqual(reading.response, 'not-now', c.words);
      assert.match(reading.details.comeBackAfter ?? '', c.narrated, c.words);
      assert.strictEqual(reading.details.comeBackMonth, undefined, `no month for a condition: ${c.words}`);
    }
  });

  test('over phrasings, tones and cultures, confirmed or read, the script, the request and "When to ask" name the condition and no moment', function () {
    this.timeout(300_000);
    for (const c of CONDITIONS) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const communication of ['direct', 'indirect']) {
          for (const confirmed of [true, false]) {
            const where = `${c.words} / ${tone} / ${communication} / ${confirmed ? 'confirmed' : 'read'}`;
            const docs = renderAll(exampleWith({
              tone, culture: { communication, country: 'GB' }, firstResponseWords: c.words, ...(confirmed ? { firstResponse: 'not-now' } : {}),
            }));
            const open = opening(docs.script!);
            assert.match(open, c.spoken, `script opening: ${where}`);
            assert.doesNotMatch(open, A_MOMENT, `script opening waits for a moment: ${where}`);
            const request = docs['request-meeting']!;
            assert.match(requestMessage(request), c.spoken, `request: ${where}`);
            assert.doesNotMatch(requestMessage(request), A_MOMENT, `request waits for a moment: ${where}`);
            assert.match(requestNote(request), new RegExp(`Send it only ${c.narrated.source}`), `request note: ${where}`);
            const whenToAsk = docs['prep-doc']!.split('\n').find((l) => l.includes('**When to ask:**')) ?? '';
            assert.match(whenToAsk, c.narrated, `When to ask: ${where}`);
            assert.match(whenToAsk, /not to a date/, `When to ask: ${where}`);
            assert.doesNotMatch(docs['prep-doc']!, /until (?:once|when|after) I/, `prep doc puts it off until a condition: ${where}`);
          }
        }
      }
    }
  });

  test('a time they named is still a time (the check can fail)', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', culture: { communication: 'direct', country: 'GB' }, firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the Q3 launch.' }));
    assert.match(opening(docs.script!), /pick this up after the Q3 launch/);
    assert.doesNotMatch(docs['request-meeting']!, /Send it only/);
  });
});
