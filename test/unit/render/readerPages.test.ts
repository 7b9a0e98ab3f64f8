// Two pages for the profiles readers wrote too (reader-profiles/r15): a prep doc stays at most 2,000
// words with a country's customs, a confirmed first answer and long answers in the leader's own words.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, LIBRARY, render, TODAY } from './helpers';

/** Words as pages.test counts them: whitespace-separated tokens with a letter or a digit. */
const wordCount = (markdown: string): number => markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** The days the prep doc is read on: the tests' fixed day, and the first and the fifteenth of every month
 *  of 2026 and 2027 (the calendar's notes on observances ahead change with the day). */
const DAYS = [TODAY, ...[2026, 2027].flatMap((y) => Array.from({ length: 24 }, (_, i) => new Date(y, i >> 1, i % 2 ? 15 : 1, 12)))];

function prepDoc(profile: unknown, today: Date): string {
  const result = validateProfile(profile);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const r = LIBRARY.render('prep-doc', buildContext(result.profile, builtinGlossary(), today));
  if (!r.ok) assert.fail(`prep-doc: ${JSON.stringify(r.problem)}`);
  return r.text;
}

const DIR = path.join(__dirname, '../../../test/fixtures/reader-profiles/r15');
const PROFILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

suite('Reader profiles: the prep doc fits on two pages', () => {
  test('the five r15 reader profiles are all read', () => {
    assert.strictEqual(PROFILES.length, 5, PROFILES.join(', '));
  });

  test('every r15 reader profile’s prep doc is at most 2,000 words', () => {
    const over: string[] = [];
    let longest = { n: 0, label: '' };
    for (const file of PROFILES) {
      const profile = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown>;
      for (const day of DAYS) {
        const n = wordCount(prepDoc(profile, day));
        const label = `${file} ${day.toISOString().slice(0, 10)} ${n}`;
        if (n > longest.n) longest = { n, label };
        if (n > 2000) over.push(label);
      }
    }
    console.log(`      longest r15 prep doc: ${longest.label}`);
    assert.deepStrictEqual(over.slice(0, 10), [], `${over.length} prep docs over 2,000 words`);
  });
});

suite('Reader profiles: repetition cut, not content', () => {
  test('a note still gets its reminder where the premise gives no rule for silence (the check can fail)', () => {
    const doc = render('prep-doc', exampleWith({ tone: 'warm', culture: { communication: 'direct', hierarchy: 'flat', country: 'GB' }, firstResponse: 'no-time' }));
    assert.match(doc, /No answer to a note\? Send one short reminder/);
  });

  test('put off with a come-back named, the prep doc proposes the later month in the pause, and “After the meeting” only diaries it', () => {
    for (const country of ['PH', 'GB', 'DE']) for (const tone of ['formal', 'warm', 'concise']) {
      const doc = render('prep-doc', exampleWith({ tone, culture: { country }, firstResponse: 'not-now', firstResponseWords: 'Not now. Come back to me in September.' }));
      const after = doc.split('## After the meeting')[1]!.split('## Prep checklist')[0]!;
      const month = /For “not now”: put (\p{Lu}\p{Ll}+) in your own calendar/u.exec(after)?.[1];
      assert.ok(month, `${country} / ${tone}\n${after}`);
      assert.doesNotMatch(after, /propose/, `${country} / ${tone}`);
      assert.match(doc.split('## After the meeting')[0]!, new RegExp(`come back (?:to you )?in ${month}`), `the pause proposes ${month}: ${country} / ${tone}`);
    }
  });
});
