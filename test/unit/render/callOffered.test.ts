// A call offered is a meeting, not written answers. „einmal im Monat eine halbe Stunde per Teams“ was
// read as written help (the tool's name matched the chat tool), so the German request said the leader
// had agreed to answer in writing, „kein Termin“. Teams, Zoom, Webex, a phone call, a video call, a
// call: in English and German offers alike, the medium is talk and the shape a call; a message on the
// same tool stays written.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { offerMedium } from '../../../src/core/render/offerMedium';
import { offerOf } from '../../../src/core/render/offerShape';
import { renderFinished } from './helpers';

const CALLS = [
  'einmal im Monat eine halbe Stunde per Teams',
  'alle sechs Wochen ein Teams-Call',
  'ein kurzes Telefonat pro Quartal',
  'einmal im Quartal eine Stunde über Webex',
  'ab und zu einen Anruf, wenn es brennt',
  'monatlich 30 Minuten per Videokonferenz',
  'telefonisch, einmal im Monat',
  'half an hour on Teams once a month',
  'a monthly Zoom, 30 minutes',
  'a quick Webex every six weeks',
  'a phone call once a quarter',
  'a video call when you need one',
  'one Teams meeting a quarter',
];
const WRITTEN = [
  'a message on Teams when you are stuck',
  'eine Teams-Nachricht, wenn es hakt',
  'Fragen per E-Mail, ich antworte schriftlich',
  'a Slack message whenever you hit a wall',
  'answers to specific written questions',
];

/** The marks of a request taken up as the first written note. */
const FIRST_NOTE = /schriftlich zu antworten|die erste Notiz selbst|already said yes to answering in writing|it is the first note itself/u;

suite('A call offered is a meeting, not written answers, in English and German', () => {
  test('the medium of a call offered is talk, its shape a call; a message on the same tool stays written', () => {
    for (const offered of CALLS) {
      assert.strictEqual(offerMedium({ offered }), 'talk', offered);
      assert.strictEqual(offerOf(offered)?.shape, 'call', offered);
    }
    for (const offered of WRITTEN) assert.strictEqual(offerMedium({ offered }), 'writing', offered);
  });

  test('the request after a call offered is not the first written note, in either language, for any tone or format', () => {
    const problems: string[] = [];
    for (const offered of CALLS) for (const tone of TONES) for (const format of ['mixed', 'async']) for (const lang of ['de', undefined]) {
      const text = renderFinished('request-meeting', { tone, format, firstResponse: 'yes-with-limits', firstResponseDetails: { offered, limits: 'nichts Regelmäßiges' } }, lang);
      const bad = text.split('\n').find((l) => FIRST_NOTE.test(l));
      if (bad) problems.push(`${offered} ${tone} ${format} ${lang ?? 'en'}: ${bad.slice(0, 100)}`);
    }
    assert.deepStrictEqual(problems.slice(0, 8), [], `${problems.length} problems`);
  });
});
