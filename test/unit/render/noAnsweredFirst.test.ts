// After a written no, a letter that opens with the ask, and a chat version that does not mention the
// no at all, read as if the no was never heard: the English documents answer it first, as the German do.
import * as assert from 'assert';
import { renderFinished } from './helpers';

const render = (patch: Record<string, unknown>) => renderFinished('request-meeting', patch);
/** The no, said back. */
const THE_NO = /(?:couldn’t|could not) take on mentoring|said no to mentoring/i;
/** The ask: a length of time, a question asked for, a heads-up on a request. */
const THE_ASK = /\d+ minutes|Could I (?:ask|send|have)|May I (?:ask|send)|perspective on one problem|a heads-up/i;

suite('English request after a written no: the no is answered first, in the letter and in the chat', () => {
  test('every tone, format and culture, confirmed or read from their words', () => {
    let seen = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const communication of ['direct', 'indirect']) {
          for (const declined of [{ firstResponse: 'declined' }, { firstResponseWords: 'I’m afraid I have to say no; I can’t take on mentoring this year.', firstResponse: 'declined' }]) {
            const text = render({ tone, format, culture: { communication }, ...declined });
            const lines = text.split('\n');
            const greeting = lines.findIndex((l) => /^(?:Dear|Hi|Hello|Good)\b.*,$/.test(l));
            assert.ok(greeting >= 0, `${tone} ${format} ${communication}: no greeting`);
            const opening = lines.slice(greeting + 1).find((l) => l.trim() !== '')!;
            const no = opening.search(THE_NO), ask = opening.search(THE_ASK);
            assert.ok(no >= 0, `${tone} ${format} ${communication}: the opening does not mention the no: ${opening}`);
            assert.ok(ask < 0 || no < ask, `${tone} ${format} ${communication}: the ask comes before the no: ${opening}`);
            const chat = lines.find((l) => l.startsWith('> '));
            assert.ok(chat !== undefined && THE_NO.test(chat), `${tone} ${format} ${communication}: the chat does not mention the no: ${chat}`);
            seen++;
          }
        }
      }
    }
    assert.strictEqual(seen, 3 * 3 * 2 * 2);
  });

  test('without a no, the chat does not mention one', () => {
    for (const firstResponse of [undefined, 'not-now', 'no-time']) {
      const chat = render(firstResponse ? { firstResponse } : {}).split('\n').find((l) => l.startsWith('> '))!;
      assert.doesNotMatch(chat, THE_NO, String(firstResponse));
    }
  });
});
