// An informal offer (a coffee, buna, lunch, a fika; issue 21) is taken up as offered: no papers on the table.
// The prep doc says so, so no other line brings a one-page write-up: not the counter to a doubt about your
// readiness, not the objection card, not the script's quick answers. Over offers, tones and countries.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith, renderAll } from './helpers';

const BASE = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r22/et-other-coffee-condition.json'), 'utf8')) as Record<string, unknown>;
const withBase = (patch: Record<string, unknown>) => ({ ...BASE, ...patch, culture: { ...(BASE.culture as object), ...(patch.culture as object) } });

const OFFERS = [
  { words: 'Right now with the licence review I can’t promise anything. Once the review is behind us, come for buna at our office and we’ll see what I can do.', response: 'not-now', details: { comeBackAfter: 'once the review is behind us', offered: 'buna (coffee) at their office' } },
  { words: 'Happy to have lunch when I’m in Almaty, nothing regular.', response: 'yes-with-limits', details: { offered: 'lunch when I’m in Almaty', limits: 'nothing regular' } },
  { words: 'Let’s grab a coffee sometime.', response: 'noncommittal', details: { offered: 'a coffee sometime' } },
];
const COUNTRIES = ['ET', 'KZ', 'GB', 'SE'];
/** A write-up brought, attached or judged by (a summary sent afterwards is another thing). */
const PAPERS = /one-page write-up|(?:brought|attached|share) (?:a short |my (?:current )?)?write-up|by my write-up|here is my write-up|my write-up, so/i;

suite('An informal offer brings no write-up', function () {
  this.timeout(300_000);
  test('over offers, tones and countries: the prep doc, the script and the objection cards bring no write-up', () => {
    const problems: string[] = [];
    for (const o of OFFERS) for (const tone of TONES) for (const country of COUNTRIES) {
      const docs = renderAll(withBase({ tone, culture: { country }, firstResponse: o.response, firstResponseWords: o.words, firstResponseDetails: o.details }));
      for (const id of ['prep-doc', 'script', 'objections']) {
        for (const line of docs[id]!.split('\n')) if (PAPERS.test(line)) problems.push(`${o.details.offered} / ${tone} / ${country} ${id}: ${line.trim().slice(0, 160)}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  test('a booked meeting still brings the write-up (the check can fail)', () => {
    for (const tone of TONES) {
      const docs = renderAll(exampleWith({ tone, culture: { country: 'GB' }, firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me think about it.' }));
      assert.match(docs['prep-doc']! + docs.objections!, PAPERS, tone);
    }
  });
});
