// One month for coming back after a "not now" (issue 21): the thank-you said "a note for
// May" and the no-reply "I will come back to this in February" for the same answer. Every document
// that names the month to come back after a (second) "not now" names the same one.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A line that names when you will come back after a "not now". */
const COMING_BACK = /\b(?:get back in touch|write to you again|come back to this|a note for|see you|check back)\b/i;

function monthsNamed(profile: Record<string, unknown>): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const [id, text] of Object.entries(renderAll(profile))) {
    for (const line of text.split('\n')) {
      if (!COMING_BACK.test(line)) continue;
      for (const m of MONTHS) if (new RegExp(`\\b(?:in|for) ${m}\\b`).test(line)) named.set(m, [...(named.get(m) ?? []), id]);
    }
  }
  return named;
}

suite('The month to come back after a "not now" is one month in every document', () => {
  const cases: [string, string][] = [['2027-02', 'after Seollal'], ['2027-03', 'in March, after the holidays'], ['2026-09', 'after the summer'], ['2027-11', 'in November']];
  for (const [month, after] of cases) {
    for (const tone of ['formal', 'warm', 'concise']) {
      test(`${month} (${after}), ${tone}`, function () {
        this.timeout(60_000);
        const named = monthsNamed(exampleWith({ tone, firstResponse: 'not-now', firstResponseWords: `Not now. Come back ${after}.`, firstResponseDetails: { comeBackAfter: after, comeBackMonth: month } }));
        assert.ok(named.size > 0, 'some document names the month');
        assert.strictEqual(named.size, 1, [...named].map(([m, ids]) => `${m}: ${[...new Set(ids)].join(', ')}`).join('; '));
      });
    }
  }
});
