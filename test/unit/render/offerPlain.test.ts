// What they offered, said out loud in plain words (a reader: "in the way you offered: ‘a quarter of an
// hour’" reads like a quotation spliced into speech). The 30-second version and the spoken ask say an
// offer that reads as a thing or an infinitive plainly ("You offered a quarter of an hour, and …");
// an offer that is an instruction ("ping me when you're stuck") or in their own language stays quoted.
import * as assert from 'assert';
import { renderFinished } from './helpers';

const THIRTY = /^(?:> )?\*\*The 30-second (?:version|ask):\*\* (.+)$/mu;

function docs(offered: string, tone: string, firstResponse: string): Record<string, string> {
  const patch = {
    tone, firstResponse, firstResponseDetails: { offered, ...(firstResponse === 'not-now' ? { comeBackAfter: 'after the audit' } : {}) },
    firstResponseWords: firstResponse === 'not-now' ? 'Not now, we have the audit. After it, come back and we can take a quarter of an hour.' : 'Happy to help, within limits.',
  };
  return { 'prep-doc': renderFinished('prep-doc', patch), brief: renderFinished('brief', patch), script: renderFinished('script', patch) };
}

suite('the offer said in plain words, not quoted into speech', () => {
  const offers: [string, string][] = [
    ['a quarter of an hour', 'a quarter of an hour'],
    ['one call a month', 'one call a month'],
    ['a coffee when I’m in town', 'a coffee when you’re in town'],
    ['15 minutes after the steering meeting', '15 minutes after the steering meeting'],
    ['to comment in writing when I have time', 'to comment in writing when you have time'],
  ];

  test('the 30-second version says the offer plainly, in every tone, after a yes with limits or a not now', () => {
    for (const [offered, said] of offers) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const firstResponse of ['yes-with-limits', 'not-now']) {
          for (const [id, doc] of Object.entries(docs(offered, tone, firstResponse))) {
            const line = THIRTY.exec(doc)?.[1];
            if (line === undefined) continue;
            const label = `${offered} / ${tone} / ${firstResponse} / ${id}: ${line}`;
            // Said once in full; where the document said it already, referred to (offerOnce.ts).
            assert.ok(line.includes(`offered ${said}`) || line.includes('What you offered is'), label);
            assert.doesNotMatch(line, /offered: [‘“]|[‘“]\p{L}[^’”]*[’”]\.?”$/u, label);
          }
        }
      }
    }
  });

  test('no spoken line quotes a plain offer inside the speech', () => {
    for (const [offered, said] of offers) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const { script } = docs(offered, tone, 'yes-with-limits');
        for (const line of script!.split('\n').filter((l) => l.startsWith('> **You:**'))) {
          assert.ok(!line.includes(`‘${said}’`), `${offered} / ${tone}: ${line}`);
        }
      }
    }
  });

  test('an offer that is an instruction stays quoted', () => {
    const doc = docs('ping me when you’re stuck', 'formal', 'yes-with-limits')['prep-doc']!;
    assert.match(THIRTY.exec(doc)?.[1] ?? '', /‘ping me when you’re stuck’/u);
  });
});
