// A country without a preset, with the culture left unset, was advised from the default scales as if
// they described it: "the ask in the first two minutes", "Treat “no” as information", "in a flat
// organization", and a note that a formal tone sounds distant "in a direct, flat organization". The
// documents now say nothing about the culture they do not know, and one line in the prep doc says how
// to set it. Scales the user set by hand are used as before.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { presetFor } from '../../../src/core/culture/presets';
import { toneClash, validateProfile } from '../../../src/core/profile/validate';

const WITHOUT_PRESET = ['PY', 'BO', 'LV', 'SK', 'MK'];
const TONES = ['formal', 'warm', 'concise'] as const;
const RELATIONSHIPS = ['skip-level', 'executive', 'cross-team'] as const;

/** Advice that only the default scales (low context, egalitarian) would give. */
const DEFAULT_ADVICE = /first two (?:minutes|lines)|long wind-up|Treat “no” as information|In a flat organization|flat does not mean invisible|in a direct, flat/u;

const profileFor = (culture: Record<string, unknown>, tone: string, relationship: string): Record<string, unknown> => {
  const p = exampleWith({ tone, relationship });
  p.culture = culture;
  return p;
};

const section = (doc: string, heading: string): string => {
  const start = doc.indexOf(heading);
  assert.ok(start >= 0, `no ${heading}`);
  const end = doc.indexOf('\n## ', start + 3);
  return doc.slice(start, end < 0 ? undefined : end);
};

suite('Culture: a country without a preset gets no advice from the default scales', () => {
  test('the listed countries have no preset (the test speaks of them)', () => {
    for (const code of WITHOUT_PRESET) assert.strictEqual(presetFor(code), undefined, code);
  });

  test('prep doc, script and manager-first say nothing the defaults would, in every tone and relationship', () => {
    for (const country of WITHOUT_PRESET) {
      for (const tone of TONES) {
        for (const relationship of RELATIONSHIPS) {
          // The country alone, and the country with today's two fields at their defaults (as the
          // guided flow and older files write them): neither is the user's own view of the culture.
          for (const culture of [{ country }, { country, communication: 'direct', hierarchy: 'flat' }]) {
            const p = profileFor(culture, tone, relationship);
            const label = `${country} ${tone} ${relationship} ${JSON.stringify(culture)}`;
            for (const id of ['prep-doc', 'script', 'manager-first']) assert.doesNotMatch(render(id, p), DEFAULT_ADVICE, `${id}: ${label}`);
            assert.strictEqual(toneClash(validated(p)), undefined, label);
          }
        }
      }
    }
  });

  test('the prep doc says once, in its culture section, that there is no preset and how to set the scales', () => {
    for (const country of WITHOUT_PRESET) {
      const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(country)!;
      for (const tone of TONES) {
        const doc = render('prep-doc', profileFor({ country }, tone, 'skip-level'));
        const culture = section(doc, '## Your relationship and the culture');
        assert.match(culture, new RegExp(`no culture preset for ${name} yet`), country);
        assert.match(culture, /set the five scales/u, country);
        assert.strictEqual(doc.split(`preset for ${name}`).length, 2, `${country}: said once`);
      }
    }
  });

  test('scales the user set by hand are still used, and a preset country is unchanged', () => {
    for (const country of WITHOUT_PRESET) {
      // All five set: the advice of the ends chosen, and no line asking to set them.
      const five = render('prep-doc', profileFor({ country, scales: { communication: 'low-context', hierarchy: 'egalitarian', trust: 'task-based', disagreement: 'open', time: 'linear' } }, 'warm', 'skip-level'));
      assert.match(five, /first two minutes/u, country);
      assert.match(five, /Treat “no” as information/u, country);
      assert.doesNotMatch(five, /set the five scales/u, country);
      // Today's two fields set away from the defaults: their advice, and the line for the other three.
      const indirect = render('prep-doc', profileFor({ country, communication: 'indirect', hierarchy: 'hierarchical' }, 'formal', 'skip-level'));
      assert.match(indirect, /Prepare the ground with a short note/u, country);
      assert.match(indirect, /set the five scales/u, country);
      // A formal tone set against scales the user chose is still flagged.
      assert.ok(toneClash(validated(profileFor({ country, scales: { communication: 'low-context', hierarchy: 'egalitarian' } }, 'formal', 'skip-level'))), country);
    }
    for (const country of ['US', 'NL']) assert.match(render('prep-doc', profileFor({ country }, 'warm', 'skip-level')), /first two minutes/u, country);
    // No country at all: today's documents, defaults and all.
    assert.match(render('prep-doc', profileFor({ communication: 'direct', hierarchy: 'flat' }, 'warm', 'skip-level')), /first two minutes/u);
  });
});

function validated(p: Record<string, unknown>): Parameters<typeof toneClash>[0] {
  const result = validateProfile(p);
  assert.ok(result.ok);
  return result.profile;
}
