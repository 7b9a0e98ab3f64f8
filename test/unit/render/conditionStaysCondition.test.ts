// A come-back tied to a condition stays a condition everywhere (issue 21). When they said to come back
// once something has happened ("once the tender is published", "when the platform team is in place",
// "once you've run the pilot") and named no month, a second put-off is answered the same way: you come
// back when what they are waiting for is done, and not before. No line turns it back into a month:
// not the objection card, the pause, the brief, the one-pager's start, the thank-you or the reply to a
// not now ("Which month would be better?", "name a month", "see you in (month)"). One fact decides,
// month or condition; every rule reads it. Over phrasings, tones, countries, confirmed or read.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const CONDITIONS: { words: string; after: string }[] = [
  { words: 'Once the tender is published, we can talk. Right now I am buried in the budget round.', after: 'once the tender is published' },
  { words: 'When the platform team is in place, come find me.', after: 'when the platform team is in place' },
  { words: 'Come back to me once you’ve presented the migration plan to the board.', after: 'once you’ve presented the migration plan to the board' },
];
const COUNTRIES = ['GB', 'BE', 'JP', 'US'];
/** A month asked for, or a month left blank, where the come-back is a condition. */
const A_MONTH = /which month|name a month|leave with a month|agree on a month|\*\(month\)\*|a month to come back|month suits you|another month/i;

suite('A come-back tied to a condition stays a condition', function () {
  this.timeout(300_000);
  test('over conditions, tones, countries, confirmed or read: no document asks for a month, and a second put-off waits for what they name', () => {
    const problems: string[] = [];
    for (const c of CONDITIONS) for (const tone of TONES) for (const country of COUNTRIES) for (const confirmed of [true, false]) {
      const where = `${c.after} / ${tone} / ${country} / ${confirmed ? 'confirmed' : 'read'}`;
      const docs = renderAll(exampleWith({
        tone, culture: { country }, firstResponseWords: c.words,
        ...(confirmed ? { firstResponse: 'not-now', firstResponseDetails: { comeBackAfter: c.after } } : {}),
      }));
      for (const [id, doc] of Object.entries(docs)) {
        for (const line of doc.split('\n')) if (A_MONTH.test(line)) problems.push(`${where} ${id}: ${line.trim().slice(0, 160)}`);
      }
      const cards = docs.objections!;
      if (!/not before/.test(cards.split('It’s still not the right time')[1] ?? '')) problems.push(`${where}: the card for a second put-off does not wait for what they name`);
      if (!/not before/i.test(docs.brief!)) problems.push(`${where}: the brief does not wait for what they name`);
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a not now with no come-back named still agrees a month (the check can fail)', () => {
    for (const tone of TONES) {
      const docs = renderAll(exampleWith({ tone, culture: { country: 'GB' }, firstResponse: 'not-now', firstResponseWords: 'Not now, sorry; it is a busy time.' }));
      assert.match(docs['no-reply']!, /\*\(month\)\*/, tone);
      assert.match(docs['one-pager']!, /name a month/, tone);
    }
  });
});
