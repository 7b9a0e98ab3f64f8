// Their words in a script the tool cannot read (Cyrillic, Greek, Arabic, Japanese…): the bold note
// saying so belongs in the documents you prepare with (the prep doc, the script, the night-before
// brief), never at the top of a message you copy and send.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const WORDS = [
  { country: 'BG', words: 'Интересно предложение. Ще помисля и ще ти кажа, когато мога.' },
  { country: 'UA', words: 'Слухай, зараз зовсім не до того. Давай після Нового року.' },
  { country: 'GR', words: 'Ευχαρίστως, αλλά όχι αυτόν τον μήνα.' },
  { country: 'EG', words: 'بكل سرور، لكن ليس هذا الشهر.' },
  { country: 'JP', words: 'ちょっと今は難しいですね。来月また声をかけてください。' },
];
/** The note that their words are in a script the tool cannot read, and the words it knows in them. */
const UNREAD = /cannot read|Words this tool knows in them/;
/** Documents whose text, or most of it, is sent as it is. */
const SENT = ['request-meeting', 'thank-you', 'no-reply', 'one-pager', 'async-update', 'first-checkin'];
/** Documents you prepare with. */
const PREPARED = ['prep-doc', 'script', 'brief'];

suite('The note that their words were not read', () => {
  test('is in the prep doc, the script and the brief, and never in a document you send', function () {
    this.timeout(600_000);
    const found: string[] = [];
    WORDS.forEach(({ country, words }, i) => {
      const tone = TONES[i % TONES.length];
      const p = exampleWith({ tone, firstResponseWords: words, culture: { country }, format: ['async', 'mixed', 'meetings'][i % 3] });
      for (const id of SENT) if (UNREAD.test(render(id, p))) found.push(`${country} ${tone} ${id}: has the note`);
      for (const id of PREPARED) if (!UNREAD.test(render(id, p))) found.push(`${country} ${tone} ${id}: no note`);
    });
    assert.deepStrictEqual(found, []);
  });
});
