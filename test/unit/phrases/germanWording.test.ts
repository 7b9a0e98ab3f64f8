// Small things a German reader stopped at: „**Was ich beitrage:** Eine kurze Zusammenfassung“ (a capital
// the user never typed, after a bullet's label) and „Meine Führungskraft“ (HR jargon in a letter).
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const render = (template: string, patch: Record<string, unknown>) => renderFinished(template, patch, 'de');
const TONES = ['formal', 'warm', 'concise'];

suite('German wording a reader would send as it is', () => {
  test('after a bullet’s label the user’s words go on as typed: lower case stays lower, a capital stays', () => {
    for (const [value, start] of [['eine kurze Zusammenfassung jeder Sitzung und was wir daraus umgesetzt haben', 'eine kurze'], ['Ich teile, was wir daraus im Team umgesetzt haben', 'Ich teile']] as const) {
      for (const tone of TONES) {
        for (const format of ['meetings', 'async']) {
          const text = render('thank-you', { tone, format, valueYouBring: value, firstResponse: 'yes-with-limits' });
          const lines = text.split('\n').filter((l) => /^- \*\*(?:Was ich beitrage|Von meiner Seite|Von mir):\*\*/.test(l));
          assert.ok(lines.length > 0, `${tone} ${format}: no bullet\n${text}`);
          for (const l of lines) assert.ok(l.includes(`:** ${start}`), `${tone} ${format}: ${l}`);
          for (const l of lines) assert.doesNotMatch(l, /\.\.$/u, l);
        }
      }
    }
  });

  test('no letter says „meine Führungskraft“: whoever the user reports to is named without HR jargon', () => {
    let seen = 0;
    for (const relationship of ['skip-level', 'former-manager', 'cross-team']) {
      for (const firstResponse of ['ask-your-manager', 'noncommittal']) {
        for (const anrede of ['Sie', 'du']) {
          for (const tone of TONES) {
            for (const t of ['request-meeting', 'no-reply', 'thank-you']) {
              const text = render(t, { relationship, firstResponse, tone, managerKnows: true, leader: { anrede } });
              const letters = text.split('\n').filter((l) => !/^(?:\*[^*]|#|- )/.test(l)).join('\n');
              assert.doesNotMatch(letters, /\b[Mm]eine[rmn]? Führungskraft\b/, `${t} ${relationship} ${firstResponse} ${anrede} ${tone}`);
              seen++;
            }
          }
        }
      }
    }
    assert.strictEqual(seen, 3 * 2 * 2 * 3 * 3);
  });
});
