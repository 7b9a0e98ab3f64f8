// A month they named is not asked for again ("Which month would be better?" after
// "after Lebaran", and after "Come back to me after the budget reading in June"). Whether the
// month is confirmed in the profile, read from their words with a confirmed answer, or read from
// their words alone, no line in any document asks them for a month, and the month is written
// where one is proposed.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

/** A line that asks them for a month or leaves the month blank. */
const ASKS_FOR_MONTH = /which month|what month|name a month|agree on a month|tell me when|\*\(month\)\*/i;

const CULTURES = [{ communication: 'direct', hierarchy: 'flat' }, { communication: 'indirect', hierarchy: 'hierarchical' }];

/** Ways a month reaches the profile, each with the month it is (TODAY is 1 May 2024). */
const NAMED: { name: string; patch: Record<string, unknown> }[] = [
  { name: 'confirmed, with the month in the details', patch: { firstResponse: 'not-now', firstResponseWords: 'Busy until the budget reading. Come back to me after that.', firstResponseDetails: { comeBackAfter: 'after the budget reading', comeBackMonth: '2024-07' } } },
  { name: 'confirmed, the month only in their words', patch: { firstResponse: 'not-now', firstResponseWords: 'Nothing new until the Finance Bill is through. Come back to me in September.', firstResponseDetails: { comeBackAfter: 'until the Finance Bill is through' } } },
  { name: 'read from their words: a named observance', patch: { firstResponseWords: 'Boleh, but after Lebaran ya, everything is crazy until then.' } },
  { name: 'read from their words: a month', patch: { firstResponseWords: 'Not now, we are mid-migration. Let’s revisit in October.' } },
];

suite('A month they named is never asked for again', () => {
  test('no document asks "which month?" or leaves (month) blank, in every tone, culture and way the month was given', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const { name, patch } of NAMED) {
      const docs = renderAll(exampleWith({ tone, culture, format: 'meetings', cadence: 'monthly', ...patch }));
      for (const [id, text] of Object.entries(docs)) {
        const bad = text.split('\n').find((l) => ASKS_FOR_MONTH.test(l));
        if (bad) problems.push(`${tone}/${culture.communication} ${name} ${id}: ${bad.trim().slice(0, 140)}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} lines ask for a month they named`);
  });

  test('back in the month they named, "still not the time" proposes a later month, the same one in the card, the brief, the one-pager and the thank-you', () => {
    for (const tone of TONES) {
      const docs = renderAll(exampleWith({ tone, firstResponse: 'not-now', firstResponseWords: 'Come back to me after the budget reading in June.', firstResponseDetails: { comeBackAfter: 'after the budget reading in June', comeBackMonth: '2024-07' } }));
      // July, and three months on: October.
      for (const id of ['objections', 'brief', 'one-pager', 'thank-you']) assert.match(docs[id]!, /\bOctober\b/, `${tone} ${id}`);
      // The thank-you after a second "not now" is not sent for the month that has just come.
      assert.doesNotMatch(docs['thank-you']!, /note for July|in touch in July/, tone);
    }
  });

  test('with no month named, the card still asks for one: the question is kept where it is needed', () => {
    const docs = renderAll(exampleWith({ tone: 'warm', firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the Q3 launch.', firstResponseDetails: { comeBackAfter: 'after the Q3 launch' } }));
    assert.match(docs.objections!, /Which month would be better\?/);
  });
});
