// A concise German note signs off plainly: „Viele Grüße“ to a „du“ („Viele Grüsse“ in Switzerland), never
// „Nochmals vielen Dank und liebe Grüße“, in every message of the thank-you (the note, the one still
// considering, the not now), whatever the first answer or format; the warm tone keeps „liebe Grüße“.
import * as assert from 'assert';
import { FIRST_RESPONSES } from '../../../src/core/profile/profile';
import { renderFinished } from '../render/helpers';

/** The sign-off lines of a document: a line of its own that ends in „Grüße“ or „Grüsse“. */
const signoffs = (text: string) => text.match(/^[^\n*>#-][^\n]*Grü(?:ß|ss)en?$/gmu) ?? [];

suite('German thank-you: a concise note signs off plainly, a warm one warmly', () => {
  test('concise: „Viele Grüße“ to a „du“, and no thanks again in the sign-off, for every first answer', () => {
    let seen = 0;
    for (const country of ['DE', 'CH', 'AT']) {
      for (const firstResponse of FIRST_RESPONSES) {
        for (const format of ['meetings', 'async']) {
          const text = renderFinished('thank-you', { tone: 'concise', firstResponse, format, leader: { anrede: 'du' }, culture: { country } }, 'de');
          const at = `${country}/${firstResponse}/${format}`;
          for (const line of signoffs(text)) {
            assert.strictEqual(line, country === 'CH' ? 'Viele Grüsse' : 'Viele Grüße', `${at}: ${line}`);
            seen++;
          }
          assert.doesNotMatch(text, /liebe Grü/iu, at);
        }
      }
    }
    assert.ok(seen >= 3 * FIRST_RESPONSES.length * 2, `only ${seen} sign-offs`);
  });
  test('concise to a „Sie“: the plain sign-off of every message, without „Nochmals vielen Dank“', () => {
    for (const firstResponse of FIRST_RESPONSES) {
      for (const [organization, plain] of [['enterprise', /^(?:Viele|Freundliche) Grüße$/u], ['public-sector', /^Mit freundlichen Grüßen$/u]] as const) {
        const text = renderFinished('thank-you', { tone: 'concise', firstResponse, organization, relationship: 'cross-team', culture: { country: 'DE' } }, 'de');
        for (const line of signoffs(text)) assert.match(line, plain, `${firstResponse}/${organization}: ${line}`);
      }
    }
  });
  test('warm keeps „liebe Grüße“ to a „du“', () => {
    for (const firstResponse of ['declined', 'yes-with-limits', 'not-now'] as const) {
      const text = renderFinished('thank-you', { tone: 'warm', firstResponse, leader: { anrede: 'du' }, culture: { country: 'DE' } }, 'de');
      assert.ok(signoffs(text).some((l) => /liebe Grüße$/u.test(l)), `${firstResponse}: ${signoffs(text).join(' | ')}`);
    }
  });
});
