// A German condition on the leader's own work or a season ("Sobald wir mit dem Go-live durch sind,
// gern. Meld dich im Herbst nochmals") is a come-back, a not now, not a doubt that you are ready;
// the request says they asked to hear back then. A condition on you ("sobald Sie …") stays not-ready.
import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { renderFinished } from './helpers';

const TODAY = new Date(2026, 11, 5);
const COME_BACK: readonly [string, string][] = [
  ['Sobald wir mit dem Go-live durch sind, gern. Meld dich im Herbst nochmals, dann schauen wir das zusammen an.', 'nach dem Go-live'],
  ['Sobald wir mit der Migration fertig sind, gern. Melden Sie sich dann wieder.', 'nach der Migration'],
  ['Nach dem Jahresabschluss gern. Melden Sie sich im Frühjahr wieder.', 'nach dem Jahresabschluss'],
  ['Im Moment geht es nicht. Melde dich im Herbst nochmal.', 'im Herbst'],
  ['Jetzt nicht, melden Sie sich nach der Budgetrunde wieder.', 'nach der Budgetrunde'],
];

suite('German: a condition on their work or a season is a come-back', () => {
  test('read as not now, with the come-back in their words', () => {
    for (const [words, after] of COME_BACK) {
      const r = proposeReading(words, TODAY);
      assert.strictEqual(r.response, 'not-now', words);
      assert.strictEqual(r.details.comeBackAfter, after, words);
    }
  });
  test('a condition on you stays a not-ready', () => {
    for (const words of ['Sobald Sie ein Team geführt haben, gern.', 'Erst wenn Sie Ihre Zielarchitektur vorgestellt haben.', 'Nachdem du die Migration verantwortet hast, reden wir.']) {
      assert.strictEqual(proposeReading(words, TODAY).response, 'not-ready', words);
    }
  });
  test('the German request says they asked to hear back then, and nothing of a not-ready', () => {
    for (const [words, after] of COME_BACK) {
      for (const tone of ['formal', 'warm', 'concise'] as const) {
        const text = renderFinished('request-meeting', { tone, firstResponseWords: words }, 'de');
        assert.ok(text.includes(after), `${words}/${tone}`);
        assert.doesNotMatch(text, /schon so weit sind|auf einer Seite zusammengefasst und (?:schicke|kann)/u, `${words}/${tone}`);
      }
    }
  });
});
