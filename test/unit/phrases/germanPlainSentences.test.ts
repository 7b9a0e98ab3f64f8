// German sentences a reader would write: the rhythm without a chain of commas („eine kurze schriftliche
// Notiz, beantwortet, wann es Ihnen passt, zunächst für drei Monate“), whom else to ask in the case of the
// question before it and without reciting their expertise back to them („jemand aus Ihrem Team mit
// demselben Schwerpunkt wie Sie: …“), and their experience thanked for, not „Ihr Schwerpunkt … ist wertvoll“.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const UNNATURAL = [
  /beantwortet, (?:wann|\{)/u, /passt, zunächst/u, /mit demselben Schwerpunkt wie/u, /Vielleicht jemand (?:aus|bei|in)\b/u,
  /(?:Ihr|Dein|dein) Schwerpunkt – /u, /Schwerpunkt[^.]*(?:wertvoll|hilft mir)/u,
];
/** The lines that state the rhythm: a bullet's label, or a sentence with the cadence in it. */
const RHYTHM = /\*\*(?:Rhythmus|Der Vorschlag):\*\*[^\n]*/gu;

suite('German: plain sentences for the rhythm, whom else to ask, and their experience', () => {
  test('every format, cadence and tone, Sie and du, across the three documents: none of the unnatural forms, and a rhythm bullet has at most two commas per sentence', () => {
    let seen = 0;
    for (const format of ['meetings', 'async', 'mixed']) for (const cadence of ['weekly', 'biweekly', 'monthly', 'as-needed']) {
      for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du']) {
        for (const firstResponse of [undefined, 'not-now', 'no-time', 'use-the-program']) {
          const patch = { format, cadence, tone, leader: { anrede }, relationship: 'cross-team', ...(firstResponse ? { firstResponse } : {}) };
          for (const template of ['request-meeting', 'no-reply', 'thank-you']) {
            const text = renderFinished(template, patch, 'de');
            const at = `${template} ${format} ${cadence} ${tone} ${anrede} ${firstResponse ?? ''}`;
            for (const re of UNNATURAL) assert.strictEqual(text.split('\n').find((l) => re.test(l)), undefined, `${at}: ${re}`);
            for (const bullet of text.match(RHYTHM) ?? []) {
              for (const sentence of bullet.split(/(?<=\.)\s/u)) assert.ok((sentence.match(/,/gu) ?? []).length <= 2, `${at}: ${sentence}`);
            }
            seen++;
          }
        }
      }
    }
    assert.strictEqual(seen, 864);
  });
});
