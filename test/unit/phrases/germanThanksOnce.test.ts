// A German thank-you says each thing once: „drei Monate“ once per message (the rhythm does not name
// them when the review line „Nach drei Monaten“ follows), at most one „Nochmals“ per message, and a
// clear answer is thanked in one sentence: „Vielen Dank für Ihre Zeit und Ihre klare Antwort.“
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

/** The messages of a document: each from its subject line to the signature, as sent. */
const messages = (text: string): string[] => text.split(/^\*\*Betreff:\*\*/mu).slice(1).map((m) => m.split(/^## /mu)[0]!);
const count = (text: string, re: RegExp): number => [...text.matchAll(re)].length;

suite('German thank-you: each thing said once', () => {
  test('every tone, Sie and du, meeting and written, with and without a review: „drei Monate“ and „Nochmals“ at most once per message', () => {
    let seen = 0;
    for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du']) for (const format of ['meetings', 'async', 'mixed']) {
      for (const success of [undefined, 'eine verabschiedete Zielarchitektur für das Schadensystem']) {
        for (const firstResponse of [undefined, 'not-now', 'yes-with-limits']) {
          const patch = { tone, format, leader: { anrede }, successLooksLike: success, ...(firstResponse ? { firstResponse } : {}) };
          for (const m of messages(renderFinished('thank-you', patch, 'de'))) {
            const at = `${tone} ${anrede} ${format} ${success ? 'review' : ''} ${firstResponse ?? ''}\n${m}`;
            assert.ok(count(m, /drei Monat/gu) <= 1, at);
            assert.ok(count(m, /Nochmals|nochmals/gu) <= 1, at);
            seen++;
          }
        }
      }
    }
    assert.ok(seen >= 240, `${seen}`); // a yes with limits has one message, no "still considering" version
  });

  test('a clear no or not now (direct), every tone: thanked for the time and the clear answer in one sentence, and not thanked again', () => {
    for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du']) {
      const own = anrede === 'du' ? /für deine Zeit(?: heute)? und deine klare Antwort\./u : /für Ihre Zeit(?: heute)? und Ihre klare Antwort\./u;
      const reply = renderFinished('no-reply', { tone, leader: { anrede }, culture: { communication: 'direct' }, firstResponse: 'not-now' }, 'de');
      assert.match(messages(reply)[0]!, own, `no-reply ${tone} ${anrede}`);
      // The message below its subject line.
      const note = messages(renderFinished('thank-you', { tone, leader: { anrede }, culture: { communication: 'direct' }, firstResponse: 'not-now' }, 'de')).at(-1)!.split('\n').slice(1).join('\n');
      assert.match(note, own, `thank-you ${tone} ${anrede}\n${note}`);
      assert.strictEqual(count(note, /\b(?:[Dd]anke|Dank)\b/gu), 1 + count(note, /Nochmals vielen Dank/gu), `thank-you ${tone} ${anrede}: thanked twice\n${note}`);
    }
  });
});
