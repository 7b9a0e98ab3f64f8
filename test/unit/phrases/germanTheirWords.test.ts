// Their words, read as they meant them (issue 20, item 7). A CTO who passed the user on to „Herr
// Gisler“ was asked for twenty minutes right after; a leader with „null Luft“ who offered short
// questions by mail was sent an attachment and „zunächst für drei Monate“, and never heard the offer said back.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const render = (template: string, patch: Record<string, unknown>) => renderFinished(template, patch, 'de');
/** The letter and the chat message: what the leader reads (not the notes to the user, nor headings). */
const sent = (text: string): string => text.split('\n').filter((l) => l !== '' && !/^(?:\*[^*]|#)/.test(l)).join('\n');
const TONES = ['formal', 'warm', 'concise'];
const FORMATS = ['meetings', 'async', 'mixed'];

suite('German letters read the first answer as it was meant', () => {
  test('after a referral the request thanks them and asks no time, at most to mention them', () => {
    let seen = 0;
    for (const referTo of ['Herr Gisler', 'Frau Dr. Brandt', undefined]) {
      for (const anrede of ['Sie', 'du']) {
        for (const tone of TONES) {
          for (const format of FORMATS) {
            for (const communication of ['direct', 'indirect']) {
              const text = sent(render('request-meeting', { tone, format, leader: { anrede }, culture: { communication }, firstResponse: 'referral', firstResponseDetails: referTo ? { referTo } : {} }));
              const at = `${String(referTo)} ${anrede} ${tone} ${format} ${communication}`;
              assert.match(text, /Dank|Danke/, at);
              assert.doesNotMatch(text, /Minuten|Termin|Treffen|Sicht hören|Einschätzung|schriftliche Frage|Vorschlag/, at);
              if (referTo) assert.ok(text.includes(referTo.replace(/^Herr /, 'Herrn ')), `${at}: names ${referTo}`);
              seen++;
            }
          }
        }
      }
    }
    assert.strictEqual(seen, 3 * 2 * 3 * 3 * 2);
  });

  test('after „no time“ with an offer the written request says the offer back, attaches nothing and names no period', () => {
    const offered = 'kurze Fragen per Mail, wenn es konkret brennt';
    for (const anrede of ['Sie', 'du']) {
      for (const tone of TONES) {
        const full = render('request-meeting', { tone, format: 'async', cadence: 'as-needed', leader: { anrede }, culture: { communication: 'direct' }, firstResponse: 'no-time', firstResponseDetails: { offered } });
        const text = sent(full);
        const at = `${anrede} ${tone}`;
        assert.ok(text.includes(`„${offered}“`), `${at}: the offer is said back`);
        assert.doesNotMatch(full, /im Anhang|angehängt|Hängen Sie den One-Pager an/, `${at}: ${full}`);
        assert.doesNotMatch(text, /drei Monate|Rhythmus|jede Woche|alle zwei Wochen/, at);
        assert.match(text, /eine einzige Frage/, at);
      }
    }
  });
});
