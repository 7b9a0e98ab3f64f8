// Issue 22, a fresh reader's finding: a Kenyan and an Indonesian leader got the same "Your
// relationship and the culture", word for word, as every other relationship-based, hierarchical
// country. Each preset now has lines of its own (culture-country-writing, and culture-country-no where
// disagreement is avoided). The section is rendered for the 28 presets on one profile, the pairwise
// similarity printed and bounded.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { PRESETS } from '../../../src/core/culture/presets';
import { SCALE_NAMES } from '../../../src/core/culture/scales';
import { similarity } from './similarity';

/** The prep doc's "Your relationship and the culture", up to the next section. */
function cultureSection(doc: string): string {
  const start = doc.indexOf('## Your relationship and the culture');
  assert.ok(start !== -1, 'the prep doc has its culture section');
  const end = doc.indexOf('\n## ', start + 3);
  return doc.slice(start, end === -1 ? undefined : end);
}

/** The example profile (a skip-level leader, warm tone) with the culture left to `country`'s preset. */
function sectionFor(country: string, profile: Record<string, unknown> = {}, scales?: Record<string, string>): string {
  const p = exampleWith({ tone: 'warm', ...profile });
  p.culture = { country, ...(scales ? { scales } : {}) };
  return cultureSection(render('prep-doc', p));
}

// The section is about 200 words, most of them shared by every country with the same five scales (the
// relationship's note, the notes on trust and time, the address line), and the prep doc is held to
// 2,000 words (pages.test.ts), so a country's own sentence (about 17 words) replaces a general one
// rather than adding to it. Two presets with the same scales then differ by one such sentence on each
// side: a ratio near 1 - 17/200 = 0.915, plus the small words any two sentences share. 0.93 lets that
// pass and fails two sections that are identical (61 pairs at 1.000 before the country lines) or that
// differ by a word or two (above 0.97).
const BOUND = 0.93;

suite('culture presets: the culture section differs by country (issue 22)', () => {
  test(`the 28 presets pairwise: no two sections identical, every ratio below ${BOUND} (printed)`, () => {
    const profiles: [string, Record<string, unknown>][] = [['skip-level', {}], ['executive, formal', { relationship: 'executive', tone: 'formal' }]];
    for (const [label, profile] of profiles) {
      const docs = PRESETS.map((p) => ({ code: p.code, scales: p.scales, text: sectionFor(p.code, profile) }));
      const ratios: { pair: string; ratio: number; sameScales: boolean }[] = [];
      for (let i = 0; i < docs.length; i++) {
        for (let j = i + 1; j < docs.length; j++) {
          const [a, b] = [docs[i]!, docs[j]!];
          ratios.push({ pair: `${a.code}/${b.code}`, ratio: similarity(a.text, b.text), sameScales: SCALE_NAMES.every((n) => a.scales[n] === b.scales[n]) });
        }
      }
      ratios.sort((x, y) => y.ratio - x.ratio);
      const same = ratios.filter((r) => r.sameScales);
      console.log(`      ${label}: ${ratios.length} pairs, highest ${ratios.slice(0, 8).map((r) => `${r.pair} ${r.ratio.toFixed(3)}`).join(', ')}; mean ${(ratios.reduce((s, r) => s + r.ratio, 0) / ratios.length).toFixed(3)}`);
      console.log(`      ${label}, the ${same.length} pairs with the same five scales: highest ${same[0]!.ratio.toFixed(3)} (${same[0]!.pair}), lowest ${same[same.length - 1]!.ratio.toFixed(3)} (${same[same.length - 1]!.pair})`);
      assert.ok(same.length >= 20, 'the presets share scales often enough for the bound to mean something');
      for (const r of ratios) assert.ok(r.ratio < BOUND, `${label}: ${r.pair} similarity ${r.ratio.toFixed(3)}`);
    }
  });

  test('each preset says its own line, not the general one', () => {
    for (const p of PRESETS) {
      const text = sectionFor(p.code);
      assert.doesNotMatch(text, /flat does not mean invisible|keep a more formal register|Keep a more formal register/u, `${p.code}: the general line`);
      if (p.scales.disagreement === 'avoided') assert.doesNotMatch(text, /A no sounds like “that may be difficult”/u, `${p.code}: the general no`);
    }
  });

  test('a scale moved by hand drops the country’s line on it: the general line for the end chosen', () => {
    // Japan's line on groundwork is about a hierarchical setting; an egalitarian Japan gets the flat line.
    const jp = sectionFor('JP');
    assert.match(jp, /Lay the groundwork/u);
    assert.match(jp, /That would be difficult/u);
    const flat = sectionFor('JP', {}, { hierarchy: 'egalitarian' });
    assert.doesNotMatch(flat, /Lay the groundwork/u);
    assert.match(flat, /flat does not mean invisible/u);
    const open = sectionFor('JP', {}, { disagreement: 'open' });
    assert.doesNotMatch(open, /That would be difficult|Disagreement is rarely said outright/u);
    // Moving one scale keeps the country's line on the other.
    assert.match(open, /Lay the groundwork/u);
    // Without a country the general lines, as before the presets.
    const none = exampleWith({ tone: 'warm', culture: { communication: 'indirect', hierarchy: 'hierarchical', scales: { disagreement: 'avoided' } } });
    const general = cultureSection(render('prep-doc', none));
    assert.match(general, /more formal register in writing/u);
    assert.match(general, /A no sounds like “that may be difficult”/u);
  });

  test('a public body keeps its formal line where titles are used (Germany), not where first names are the norm (the Netherlands); the country’s line is for the rest', () => {
    assert.match(sectionFor('DE', { organization: 'public-sector' }), /a public body keeps its formal line/u);
    assert.match(sectionFor('NL', { organization: 'public-sector' }), /first names and plain talk are normal in the public service/u);
    assert.doesNotMatch(sectionFor('NL', { organization: 'public-sector' }), /a public body keeps its formal line/u);
    assert.doesNotMatch(sectionFor('NL', { organization: 'public-sector' }), /Be brief and direct:/u);
    assert.match(sectionFor('NL', { organization: 'enterprise' }), /Be brief and direct:/u);
  });
});
