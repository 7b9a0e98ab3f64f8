// The register for a senior in a high-hierarchy culture, by kind.
// - "It's really good to see you, Wang Zong" opened the meeting with a Chinese skip-level VP: too
//   familiar where hierarchy is steep and seniors go by title or surname, unless they are your former
//   manager (Brazil's and Argentina's first-name warmth keeps it).
// - "If this is still not a good moment, please tell me" asked a Saudi Deputy Governor for a direct
//   no; where a no is not said outright, the leader is given an easy way out instead.
// Checked over every preset and every tone, with the presets' own scales deciding.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';
import { PRESETS } from '../../../src/core/culture/presets';

const TONES = ['formal', 'warm', 'concise'] as const;
/** The example profile in `country` with the preset's own scales (the example's culture fields dropped:
 *  a null field is not given). */
const inPreset = (country: string, patch: Record<string, unknown>) => ({ ...patch, culture: { country, communication: null, hierarchy: null } });
/** Spoken lines of a document ("> **You:** “…”"). */
const spoken = (doc: string) => doc.split('\n').filter((l) => l.startsWith('> **You:**'));
/** The opener that treats a senior as a peer. */
const FAMILIAR = /\b(?:really )?good to see you\b/iu;
/** A request that they say no outright about the timing. */
const DIRECT_NO = /(?:please tell me|just tell me|say so(?:; that’s fine| and I’ll come back)|If it’s still not the moment, say so)/u;

suite('the register for a senior where hierarchy is steep and a no is not said', () => {
  test('every preset x tone: no "good to see you" opener to a senior where hierarchy is steep and titles are used; kept for a former manager and elsewhere', () => {
    const bad: string[] = [];
    let familiarKept = 0;
    for (const preset of PRESETS.filter((p) => p.scales.trust === 'relationship-based')) {
      for (const tone of TONES) {
        for (const relationship of ['skip-level', 'executive', 'cross-team', 'former-manager'] as const) {
          const lines = spoken(renderFinished('script', inPreset(preset.code, { tone, relationship })));
          const familiar = lines.some((l) => FAMILIAR.test(l));
          if (preset.scales.hierarchy === 'hierarchical' && preset.address !== 'given-name' && relationship !== 'former-manager' && familiar) bad.push(`${preset.code} ${tone} ${relationship}`);
          if (familiar) familiarKept++;
        }
      }
    }
    assert.deepStrictEqual(bad, []);
    // The warm opener still exists where it fits (a former manager, South Africa's egalitarian relationship culture).
    assert.ok(familiarKept > 0, 'no document says "good to see you" any more');
  });

  test('every preset x tone: after a "not now", no request for a direct no where a no is not said outright; an easy way out instead', () => {
    const bad: string[] = [];
    let directKept = 0;
    for (const preset of PRESETS) {
      const indirect = preset.scales.disagreement === 'avoided' || preset.scales.communication === 'high-context';
      for (const tone of TONES) {
        for (const details of [{ comeBackAfter: 'after the planning round' }, {}]) {
          const profile = inPreset(preset.code, { tone, firstResponse: 'not-now', firstResponseDetails: details });
          const text = [...spoken(renderFinished('script', profile)), renderFinished('request-meeting', profile)].join('\n');
          const direct = DIRECT_NO.test(text);
          if (indirect && direct) bad.push(`${preset.code} ${tone} ${JSON.stringify(details)}: ${text.match(DIRECT_NO)?.[0]}`);
          if (indirect && !/\bunderstand\b|just as welcome/u.test(text)) bad.push(`${preset.code} ${tone}: no easy way out`);
          if (!indirect && direct) directKept++;
        }
      }
    }
    assert.deepStrictEqual(bad, []);
    assert.ok(directKept > 0, 'low-context, open cultures may still be asked plainly');
  });
});
