// After a referral the German request asks for no time (request-note-referred): no conversation took
// place, so the German thank-you thanks the referral and the answer, never „das heutige Gespräch“ or
// „für heute“, in every tone, form of address, country and trust; other first answers keep their thanks.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderFinished, section } from '../render/helpers';

const NO_CONVERSATION = /heutige Gespräch|Gespräch heute|für heute|Zeit heute|heute so viel Zeit/u;

suite('German thank-you after a referral: the referral is thanked, not a conversation', () => {
  test('the note thanks the referral and the answer, for every tone, anrede, country and trust', () => {
    let seen = 0;
    for (const tone of TONES) {
      for (const anrede of ['Sie', 'du'] as const) {
        for (const [country, trust] of [['AT', 'task-based'], ['DE', 'task-based'], ['CH', 'relationship-based']] as const) {
          for (const referTo of ['Frau Dr. Hofbauer, Leiterin der Informationssicherheit', 'Herr Gisler', undefined]) {
            const text = renderFinished('thank-you', {
              tone, firstResponse: 'referral', leader: { anrede }, culture: { country, scales: { trust } },
              ...(referTo ? { firstResponseDetails: { referTo } } : {}),
            }, 'de');
            const note = section(text, 'Die Nachricht');
            const at = `${tone}/${anrede}/${country}/${trust}/${referTo ?? 'unnamed'}`;
            assert.doesNotMatch(note, NO_CONVERSATION, `${at}: ${note}`);
            assert.match(note, /Empfehlung/u, `${at}: ${note}`);
            seen++;
          }
        }
      }
    }
    assert.strictEqual(seen, 3 * 2 * 3 * 3);
  });
  test('after a written no, the one conversation is still thanked as a conversation', () => {
    for (const tone of TONES) {
      const note = section(renderFinished('thank-you', { tone, firstResponse: 'declined', culture: { country: 'DE' } }, 'de'), 'Die Nachricht');
      assert.match(note, /heute/u, tone);
      assert.doesNotMatch(note, /Empfehlung/u, tone);
    }
  });
});
