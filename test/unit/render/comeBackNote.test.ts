// A not now tied to an event or a season and no month („Sobald wir mit dem Go-live durch sind … Meld
// dich im Herbst“, "Let's revisit after the Q3 launch"): the letter said they asked to hear back then,
// but the note above it said nothing of when to send it, so it could go out the same week. The note
// says to send it then, not before, in English and German, for every tone.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderFinished } from './helpers';

const CASES: readonly [string, string, string | undefined][] = [
  ['Let’s revisit after the Q3 launch.', 'after the Q3 launch', undefined],
  ['Not this quarter, try me after the reorg.', 'after the reorg', undefined],
  ['Ask me again in the autumn.', 'in the autumn', undefined],
  ['Not until the reorg is done, sorry.', 'until the reorg is done', undefined],
  ['Sobald wir mit dem Go-live durch sind, gern. Meld dich im Herbst nochmals.', 'nach dem Go-live', 'de'],
  ['Nach dem Jahresabschluss gern. Melden Sie sich dann wieder.', 'nach dem Jahresabschluss', 'de'],
  ['Jetzt nicht, melden Sie sich nach der Budgetrunde wieder.', 'nach der Budgetrunde', 'de'],
];

suite('A not now tied to an event: the note says to send the request then, not before', () => {
  test('English and German, every tone: the note names when, from their words', () => {
    const problems: string[] = [];
    for (const [words, after, lang] of CASES) for (const tone of TONES) {
      const text = renderFinished('request-meeting', { tone, firstResponse: 'not-now', firstResponseWords: words, firstResponseDetails: { comeBackAfter: after } }, lang);
      const note = text.split('\n').find((l) => /^\*[^(]/u.test(l)) ?? '';
      const said = after.replace(/^until /u, 'once ');
      const send = lang === 'de' ? `nicht vor dem Zeitpunkt, den Dana genannt hat: ${said}` : `Send it ${said}`;
      if (!note.includes(send)) problems.push(`${after} ${tone}: ${note.slice(0, 160)}`);
    }
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });
});
