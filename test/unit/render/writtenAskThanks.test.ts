// A thank-you after a written ask (everything written, the request asked by message, no meeting asked
// for): their reply is thanked, not a meeting that never took place. German „Danke für deine rasche
// Antwort“, not „Danke dir für heute“; English “Thanks for your reply”, not “Thanks for today”. Over
// countries, Sie and du, tones and the first answers that lead to a written ask. Where the ask is a
// meeting (meetings, or the advance note of an indirect culture), the meeting is still thanked.
import * as assert from 'assert';
import { renderFinished } from './helpers';

/** The note itself: from its subject line to the sign-off, before the „not decided“ and „not now“ variants. */
const note = (text: string): string => text.slice(text.indexOf('**'), text.search(/\n## (?!Die Nachricht|The note)/u) >>> 0);

const ANSWERS: [string | undefined, string][] = [
  ['not-now', 'Gern, aber erst nach dem Jahresabschluss.'], ['noncommittal', 'Interessante Idee, ich überlege es mir.'],
  [undefined, 'Grundsätzlich gern, aber erst, sobald wir mit der Migration durch sind.'], ['not-ready', 'Kommen Sie wieder, wenn Sie mehr Erfahrung haben.'],
];

suite('Thank-you after a written ask: their reply is thanked, not a meeting', () => {
  test('German: DE, AT, CH × Sie and du × three tones × first answers, written: no „heute“ in the note', () => {
    for (const [firstResponse, words] of ANSWERS) for (const country of ['DE', 'AT', 'CH']) for (const anrede of ['Sie', 'du'] as const) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const text = renderFinished('thank-you', {
          tone, format: 'async', successLooksLike: 'ein Plan, den das Team mitträgt', culture: { country, communication: 'direct' }, firstResponse, firstResponseWords: words, firstResponseDetails: undefined,
          leader: { name: 'Barbara Wüthrich', addressAs: anrede === 'du' ? 'Barbara' : 'Frau Wüthrich', anrede },
        }, 'de');
        const where = `${country} ${anrede} ${tone} ${firstResponse ?? 'unset'}`;
        const body = note(text);
        assert.doesNotMatch(body, /\bheute\b|heutige/u, `${where}\n${body}`);
        assert.match(body, /Antwort|Zusage/u, where);
      }
    }
  });

  test('English: three tones × first answers, written: “your reply”, never “today”', () => {
    for (const [firstResponse, words] of [['not-now', 'Let’s revisit after the Q3 launch.'], ['noncommittal', 'Interesting idea, let me think about it.'], ['no-time', 'My calendar is brutal this quarter.']] as const) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const text = renderFinished('thank-you', { tone, format: 'async', successLooksLike: 'a plan the team can defend', culture: { communication: 'direct' }, firstResponse, firstResponseWords: words });
        const body = note(text);
        assert.doesNotMatch(body, /\btoday\b|meeting with me/u, `${tone} ${firstResponse}\n${body}`);
        assert.match(body, /reply|answer|yes/u, `${tone} ${firstResponse}`);
      }
    }
  });

  test('a meeting is still thanked where one was asked for: meetings, or an indirect culture’s advance note', () => {
    for (const [format, communication] of [['meetings', 'direct'], ['async', 'indirect']] as const) {
      const de = note(renderFinished('thank-you', { tone: 'concise', format, culture: { country: 'DE', communication }, firstResponse: 'not-now', firstResponseWords: 'Gern, aber erst nach dem Jahresabschluss.' }, 'de'));
      assert.match(de, /heute|Gespräch/u, `${format} ${communication}`);
      const en = note(renderFinished('thank-you', { tone: 'concise', format, culture: { communication }, firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the Q3 launch.' }));
      assert.match(en, /today/u, `${format} ${communication}`);
    }
  });
});
