// A referral where the leader said to use their name ("sagen Sie, ich hab Sie geschickt", "tell her I
// sent you"): that is already allowed, so the request does not ask permission to mention it; it says
// the user will. Without those words it still asks (German) or says nothing of it (English).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderFinished } from './helpers';

const SENT: readonly string[] = [
  'Da sind Sie bei mir falsch. Das macht die Frau Dr. Wallner. Schreiben Sie ihr ruhig und sagen Sie, ich hab Sie geschickt.',
  'Sprechen Sie mit Herrn Keller. Sagen Sie ihm einfach, dass ich Sie geschickt habe.',
  'Reden Sie mit der Frau Berger, richten Sie ihr aus, dass Sie von mir kommen.',
  'Ich bin nicht der Richtige. Melden Sie sich bei Frau Huber und berufen Sie sich ruhig auf mich.',
  'Talk to Priya Nair, she built exactly that. Tell her I sent you.',
  'I am not the right person. Ask Marcos Silva, and feel free to mention my name.',
];
const NOT_SENT = 'Da sind Sie bei mir falsch. Das macht die Frau Dr. Wallner, die leitet die Architektur.';
const ASKS = /Darf ich dabei (?:erwähnen|sagen)/;

suite('A referral where they said to use their name', () => {
  test('the German request says the user will mention it, in every tone and both organizations, and asks nothing', () => {
    for (const words of SENT) {
      for (const tone of TONES) {
        for (const organization of ['same', 'other']) {
          const text = renderFinished('request-meeting', { tone, firstResponse: 'referral', firstResponseWords: words, leader: { organization } }, 'de');
          assert.doesNotMatch(text, ASKS, `${words} / ${tone}`);
          assert.match(text, /(?:erwähne|sage) ich dabei/, `${words} / ${tone}`);
        }
      }
    }
  });
  test('the English request says the user will mention who sent them', () => {
    for (const words of SENT) {
      for (const tone of TONES) {
        const text = renderFinished('request-meeting', { tone, firstResponse: 'referral', firstResponseWords: words });
        assert.match(text, /you sent me/, `${words} / ${tone}`);
      }
    }
  });
  test('without those words, the German request still asks, and the English one does not claim it', () => {
    for (const tone of TONES) {
      assert.match(renderFinished('request-meeting', { tone, firstResponse: 'referral', firstResponseWords: NOT_SENT }, 'de'), ASKS, tone);
      assert.doesNotMatch(renderFinished('request-meeting', { tone, firstResponse: 'referral', firstResponseWords: 'Talk to Marcos, he knows this better than I do.' }), /you sent me/, tone);
    }
  });
});
