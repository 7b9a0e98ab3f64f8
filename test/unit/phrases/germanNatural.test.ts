// What a German coach would not write, found reading the German documents of the reader profiles: a
// calque of "on the same page" („damit wir vom Gleichen sprechen“), a goal said as „ob wir so weit
// sind: …“, „eine Seite Zusammenfassung“, „Halten Sie die Nachricht so kurz“ with nothing to compare,
// a note that opens „Schicken Sie sie …“ before anything is named, a list introduced by the same words
// as its first label („Zur Bestätigung, was wir vereinbart haben:“ then „**Was wir vereinbart haben:**“),
// and a reading note „Aus den Worten … gelesen als“. Over tones, forms of address, relationships,
// formats and first answers, in the three German documents.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const STIFF: readonly [string, RegExp][] = [
  ['a calque of “on the same page”', /vom Gleichen sprechen/u],
  ['a goal as „ob wir so weit sind“', /ob wir so weit sind/u],
  ['„eine Seite Zusammenfassung“', /\b[Ee]ine Seite Zusammenfassung/u],
  ['„so kurz“ with nothing to compare', /Nachricht so kurz,/u],
  ['a note opening on „sie“ before anything is named', /^\*Schicken Sie sie\b/mu],
  ['„Aus den Worten … gelesen als“', /Aus den Worten [^*]*gelesen als/u],
];

suite('German documents read as a coach would write them', function () {
  this.timeout(300_000);

  test('no calque, no dangling comparison, no note on an unnamed „sie“, no list introduced by its own label', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du']) for (const relationship of ['executive', 'former-manager', 'skip-level'])
      for (const [format, firstResponse, words] of [['meetings', 'yes-with-limits', undefined], ['async', 'yes-with-limits', undefined], ['meetings', 'not-now', undefined],
        ['meetings', undefined, 'Jetzt nicht, vielleicht später.'], ['mixed', 'declined', undefined], ['meetings', 'noncommittal', undefined]] as const) {
        const patch = { tone, relationship, format, leader: { anrede }, firstResponse, ...(words ? { firstResponseWords: words } : {}),
          ...(firstResponse === 'yes-with-limits' ? { firstResponseDetails: { offered: 'einmal im Monat eine Stunde' } } : {}) };
        for (const template of ['request-meeting', 'no-reply', 'thank-you']) {
          const text = renderFinished(template, patch, 'de');
          seen++;
          for (const [name, bad] of STIFF) if (bad.test(text)) problems.push(`${template} ${tone} ${anrede} ${relationship} ${format} ${firstResponse ?? words}: ${name}: ${text.match(bad)![0]}`);
          if (/was wir vereinbart haben:\n/u.test(text) && /\*\*Was wir vereinbart haben:\*\*/u.test(text)) problems.push(`${template} ${tone} ${anrede} ${firstResponse}: the list is introduced by its own first label`);
        }
      }
    assert.strictEqual(seen, 3 * 2 * 3 * 6 * 3);
    assert.deepStrictEqual([...new Set(problems)].slice(0, 10), [], `${problems.length} problems`);
  });
});
