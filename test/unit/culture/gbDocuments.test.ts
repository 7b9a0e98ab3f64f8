// Issue 22, item 5: a UK user's documents in British spelling. Every built-in document for a
// leader in GB (tones x relationships x first answers x organizations) is scanned for the US
// spellings english.ts knows. The messages are respelled by the phrasebook; what is left comes from
// text that is not a message (an argument built in TypeScript, a template's own line, a validation
// note), each listed below with where it comes from: the list may only shrink.
import * as assert from 'assert';
import { exampleWith, renderAll } from '../render/helpers';
import { knownUsWords } from '../../../src/core/culture/english';

const LEFT: Record<string, string> = {
  organization: 'the "the organization" argument (rules/shared.ts) in manager-first, and the tone note of profile/validate.ts (l10n)',
  recognize: 'the objection cards’ guidance line, written in templates/objections.hbs',
  program: 'the default "mentoring program" argument when they named none (rules/shared.ts programPointed)',
};

/** Each known US spelling found in the documents for `country`, with the first place it was seen. */
function usSpellings(country: string, locale?: string): Map<string, string> {
  const known = new Set(knownUsWords());
  const hits = new Map<string, string>();
  for (const tone of ['formal', 'warm', 'concise']) for (const relationship of ['skip-level', 'executive', 'cross-team', 'former-manager'])
    for (const firstResponse of [undefined, 'no-time', 'use-the-program', 'declined', 'no-reply', 'yes-with-limits', 'not-now']) for (const organization of ['enterprise', 'public-sector']) {
      // The profile's own words have no US spellings, so any found are the documents'.
      const p = exampleWith({ tone, relationship, organization, ...(firstResponse ? { firstResponse } : {}), leader: { name: 'Oliver Bennett' }, ...(locale ? { you: { locale } } : {}) });
      p.culture = { country };
      for (const [id, text] of Object.entries(renderAll(p))) {
        for (const m of text.matchAll(/\p{L}+/gu)) {
          const w = m[0].toLowerCase();
          if (known.has(w) && !hits.has(w)) hits.set(w, `${id}: …${text.slice(Math.max(0, m.index - 50), m.index + 30).replace(/\n/g, ' ')}…`);
        }
      }
    }
  return hits;
}

suite('British spelling in a UK leader’s documents (issue 22)', function () {
  this.timeout(300_000);
  test('no US spelling the map knows, beyond the listed leftovers (printed)', () => {
    const gb = usSpellings('GB');
    for (const [w, where] of gb) console.log(`      left: ${w} | ${where}`);
    const unlisted = [...gb.keys()].filter((w) => !(w in LEFT));
    assert.deepStrictEqual(unlisted, [], `US spellings in a UK leader’s documents: ${unlisted.map((w) => gb.get(w)).join('; ')}`);
    // The scan finds them where they belong: the same documents in US English use more of them.
    const us = usSpellings('GB', 'en-US');
    assert.ok(us.size > gb.size + 3, `US English: ${[...us.keys()].join(', ')}`);
  });
});
