// A yes with limits: what was agreed is what she offered. The German thank-you said „eine einzelne
// schriftliche Frage“ was agreed when she had offered an hour a quarter, and the request went on „Mein
// Vorschlag ist klein“ right after „Genau das möchte ich gern annehmen, und nicht mehr“.
import * as assert from 'assert';
import { offerOf } from '../../../src/core/render/offerShape';
import { renderFinished } from '../render/helpers';

const render = (template: string, patch: Record<string, unknown>) => renderFinished(template, patch, 'de');
/** One offer of each shape offerShape.ts reads, in German as a reader types it. */
const OFFERS = [
  { offered: 'einmal im Quartal eine Stunde', shape: 'other' },
  { offered: 'ein Telefonat pro Quartal', shape: 'call' },
  { offered: 'ab und zu eine schriftliche Frage', shape: 'question' },
  { offered: 'einen Kaffee, wenn ich in Wien bin', shape: 'informal' },
  { offered: 'einen Entwurf gegenlesen', shape: 'review' },
];

suite('German yes with limits: the offer is what is agreed and asked, nothing beside it', () => {
  test('the shapes are the ones offerShape.ts reads', () => {
    for (const o of OFFERS) assert.strictEqual(offerOf(o.offered)?.shape, o.shape, o.offered);
  });

  test('thank-you: every tone and format, the agreement and the proposal quote her offer, never a single written question instead', () => {
    let seen = 0;
    for (const o of OFFERS) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const format of ['meetings', 'async', 'mixed']) {
          const text = render('thank-you', { tone, format, firstResponse: 'yes-with-limits', firstResponseDetails: { offered: o.offered } });
          const agreed = text.split('\n').filter((l) => /\*\*(?:Was wir vereinbart haben|Vereinbart|Der Vorschlag|Rhythmus):\*\*/.test(l));
          // A coffee offered is the meeting itself, as in English (agreedOffer.test): the thank-you comes after it and thanks for the conversation.
          if (o.shape === 'informal') {
            assert.match(text, /Dank(?:e)? für (?:das Gespräch )?heute/u, `${tone} ${format}: no thanks for the conversation`);
            seen++;
            continue;
          }
          // The note for an answer still pending is gone after a yes with limits (issue 21): one agreement.
          assert.ok(agreed.length >= 1, `${o.shape} ${tone} ${format}: ${agreed.join(' | ')}`);
          for (const l of agreed) {
            assert.ok(l.includes(`„${o.offered}“`), `${o.shape} ${tone} ${format}: „${l}“ does not quote the offer`);
            assert.doesNotMatch(l, /einzelne schriftliche Frage|einziges Gespräch|für drei Monate/, `${o.shape} ${tone} ${format}`);
          }
          seen++;
        }
      }
    }
    assert.strictEqual(seen, OFFERS.length * 9);
  });

  test('request: after taking the offer „und nicht mehr“, no proposal of the user’s own', () => {
    for (const o of OFFERS) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const format of ['meetings', 'mixed']) {
          for (const anrede of ['Sie', 'du']) {
            const text = render('request-meeting', { tone, format, leader: { anrede }, culture: { communication: 'direct' }, firstResponse: 'yes-with-limits', firstResponseDetails: { offered: o.offered } });
            const body = text.split('\n').filter((l) => !/^(?:\*[^*]|#)/.test(l)).join('\n');
            assert.doesNotMatch(body, /Vorschlag (?:ist klein|machen)|hätte einen kleinen/, `${o.shape} ${tone} ${format} ${anrede}`);
          }
        }
      }
    }
  });
});
