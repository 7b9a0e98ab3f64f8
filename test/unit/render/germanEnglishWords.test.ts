// A German letter carries the user's English words (a challenge typed in English, their "after the
// audit") as a marked quotation, never spliced bare into a German sentence („zu einer Frage hören:
// choosing which of the two …“, „(after the audit)“). German words are carried as they are.
import * as assert from 'assert';
import { readsAsEnglish } from '../../../src/core/phrases/germanTopic';
import { renderFinished } from './helpers';

const message = (doc: string) => doc.split(/^## /mu)[1] ?? '';

suite('English words in a German letter are quoted', () => {
  test('readsAsEnglish', () => {
    for (const t of ['after the audit', 'choosing which of the two route-planning engines survives the merger', 'moving batch settlement to events without losing a single update']) assert.ok(readsAsEnglish(t), t);
    for (const t of ['nach dem Go-live', 'die Umstellung unserer Zahlungsschnittstellen auf die neue Kernbankenplattform', 'Make-or-Buy bei der Suche', 'Q3']) assert.ok(!readsAsEnglish(t), t);
  });

  test('the challenge after a colon and their words for when, quoted, over tones and answers', () => {
    const challenge = 'choosing which of the two route-planning engines survives the merger';
    for (const tone of ['formal', 'warm', 'concise']) for (const answer of [
      { firstResponse: 'not-now', firstResponseWords: 'Not now, we have the audit.', firstResponseDetails: { comeBackAfter: 'after the audit', comeBackMonth: '2027-02' } },
      { firstResponse: 'not-now', firstResponseWords: 'Not now, we have the audit.', firstResponseDetails: { comeBackAfter: 'after the audit', comeBackMonth: '2027-02', offered: 'a quarter of an hour' } },
      { firstResponse: 'declined', firstResponseWords: 'No, not this year.' },
    ]) {
      const text = message(renderFinished('request-meeting', { tone, challenge, culture: { country: 'DE' }, ...answer }, 'de'));
      const label = `${tone} ${answer.firstResponse}:\n${text}`;
      assert.doesNotMatch(text, /: choosing|\(after the audit\)/u, label);
    }
  });

  test('the thank-you’s topic and where to start, quoted when English', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      const text = message(renderFinished('thank-you', { tone, challenge: 'scaling our API gateway for 10x user load', expertiseApplied: 'how you sequenced the Lumen migration', culture: { country: 'DE' } }, 'de'));
      assert.doesNotMatch(text, /(?:insbesondere|zuerst:|\*\*) (?:how you|scaling our)/u, `${tone}:\n${text}`);
    }
  });

  test('German words stay as typed', () => {
    const text = message(renderFinished('request-meeting', { tone: 'formal', challenge: 'die Umstellung unserer Zahlungsschnittstellen', culture: { country: 'DE' },
      firstResponse: 'not-now', firstResponseWords: 'Jetzt nicht.', firstResponseDetails: { comeBackAfter: 'nach dem Go-live', comeBackMonth: '2027-02' } }, 'de'));
    assert.doesNotMatch(text, /„die Umstellung|„nach dem Go-live“/u, text);
  });
});
