// The German documents read the same come-back fact as the English (comeBackOn: month, condition,
// none): where the English says to come back once their condition is met, the German says so too,
// never a month to fill in ("im *(Monat)*") that nobody named.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, renderAll } from './helpers';

const CONDITIONS = ['once the tender is published', 'when the security audit is through', 'once the reorganisation has settled'];
const GERMAN = ['request-meeting', 'no-reply', 'thank-you'];

function profile(comeBackAfter: string, tone: string, anrede: string, comeBackMonth?: string): Record<string, unknown> {
  return exampleWith({
    tone, leader: { anrede }, firstResponse: 'not-now', firstResponseWords: `Come back to me ${comeBackAfter}. I can't promise anything now.`,
    firstResponseDetails: { comeBackAfter, ...(comeBackMonth ? { comeBackMonth } : {}) },
  });
}

suite('German documents read the come-back fact', () => {
  test('a condition with no month: no “(Monat)” to fill in, over conditions, tones and forms of address', () => {
    let checked = 0;
    for (const condition of CONDITIONS) {
      for (const tone of TONES) {
        for (const anrede of ['Sie', 'du']) {
          const docs = renderAll(profile(condition, tone, anrede), 'de');
          const english = renderAll(profile(condition, tone, anrede));
          for (const id of GERMAN) {
            // The same fact: a month to fill in in German only where the English has one too.
            if (/\(month\)/u.test(english[id]!)) continue;
            checked++;
            assert.doesNotMatch(docs[id]!, /\(Monat\)/u, `${id}/${tone}/${anrede}/${condition}`);
          }
        }
      }
    }
    assert.ok(checked >= CONDITIONS.length * TONES.length * 2 * GERMAN.length / 2, `only ${checked} documents had a condition`);
  });

  test('a month named is said; no come-back at all keeps the month to fill in', () => {
    for (const tone of TONES) {
      const named = renderAll(profile('once the tender is published', tone, 'Sie', '2027-03'), 'de');
      assert.match(named['no-reply']!, /März/u, tone);
      const none = renderAll(exampleWith({ tone, firstResponse: 'not-now', firstResponseWords: 'Not now, sorry.' }), 'de');
      assert.match(none['no-reply']!, /\(Monat\)/u, tone);
    }
  });
});
