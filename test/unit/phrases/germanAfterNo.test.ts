// After a written no, a German letter that opens with the ask, and a chat version that does not
// mention the no at all, read as if the no was never heard (in all three tones).
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const render = (patch: Record<string, unknown>, language = 'de') => renderFinished('request-meeting', patch, language);
/** The no, said back: „kein Mentoring“, „Nein“. */
const THE_NO = /kein Mentoring|Nein zu/;
/** The ask: a length of time, a question, a heads-up on a request. */
const THE_ASK = /\d+ Minuten|Frage (?:bitten|schicken)|Einschätzung zu einer Frage|Hinweis auf eine Bitte|vorab sagen|vorab Bescheid/;

suite('German request after a written no: the no is answered first, in the letter and in the chat', () => {
  test('every tone, format, culture and address form, confirmed or read from their words', () => {
    let seen = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const communication of ['direct', 'indirect']) {
          for (const anrede of ['Sie', 'du']) {
            for (const declined of [{ firstResponse: 'declined' }, { firstResponseWords: 'Leider muss ich absagen, für ein Mentoring habe ich keinen Raum.', firstResponse: 'declined' }]) {
              const text = render({ tone, format, culture: { communication }, leader: { anrede }, ...declined });
              const lines = text.split('\n');
              const greeting = lines.findIndex((l) => /,$/.test(l) && /^(?:Sehr|Guten|Hallo|Liebe)/.test(l));
              const opening = lines.slice(greeting + 1).find((l) => l.trim() !== '')!;
              const no = opening.search(THE_NO), ask = opening.search(THE_ASK);
              assert.ok(no >= 0, `${tone} ${format} ${communication} ${anrede}: the opening does not mention the no: ${opening}`);
              assert.ok(ask < 0 || no < ask, `${tone} ${format} ${communication} ${anrede}: the ask comes before the no: ${opening}`);
              const chat = lines.find((l) => l.startsWith('> '));
              assert.ok(chat !== undefined && THE_NO.test(chat), `${tone} ${format} ${communication} ${anrede}: the chat does not mention the no: ${chat}`);
              seen++;
            }
          }
        }
      }
    }
    assert.strictEqual(seen, 3 * 3 * 2 * 2 * 2);
  });

  test('without a no, the German chat does not mention one', () => {
    for (const firstResponse of [undefined, 'not-now', 'no-time']) {
      const chat = render(firstResponse ? { firstResponse } : {}).split('\n').find((l) => l.startsWith('> '))!;
      assert.doesNotMatch(chat, THE_NO, String(firstResponse));
    }
  });
});
