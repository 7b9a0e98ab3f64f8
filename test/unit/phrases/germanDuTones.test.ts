// A „du“ letter read the same in every tone while the „Sie“ letters differed: the tone the user chose
// changed nothing for a former manager or a colleague they call du.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

/** The letter the leader reads: subject and body, not the notes, headings or the chat version. */
const letter = (text: string): string => text.split('\n## ').find((part) => part.startsWith('Die Nachricht'))!.split('\n').filter((l) => l !== '' && !/^\*[^*]/.test(l)).join('\n');

suite('German du letters: formal, warm and concise differ as the Sie letters do', () => {
  test('request: for each first answer and format the three tones give three different letters', () => {
    for (const firstResponse of ['no-time', 'noncommittal', 'no-reply']) {
      for (const format of ['meetings', 'async']) {
        const texts = ['formal', 'warm', 'concise'].map((tone) => letter(renderFinished('request-meeting', { tone, format, relationship: 'former-manager', culture: { communication: 'direct' }, leader: { anrede: 'du' }, firstResponse }, 'de')));
        const at = `${firstResponse} ${format}`;
        assert.notStrictEqual(texts[0], texts[1], `${at}: formal = warm\n${texts[0]}`);
        assert.notStrictEqual(texts[1], texts[2], `${at}: warm = concise\n${texts[1]}`);
        assert.notStrictEqual(texts[0], texts[2], `${at}: formal = concise`);
        // Concise is the shortest of the three.
        assert.ok(texts[2]!.length < texts[0]!.length && texts[2]!.length < texts[1]!.length, `${at}: concise is not the shortest\n${texts[2]}`);
      }
    }
  });
});
