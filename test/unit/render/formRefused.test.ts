// A form of help they refuse, named ("I don't do mentoring calls"), is answered as that form: "Got it:
// no calls", and the question that replaces it, not "no title" and "I do not want a title, a program or
// an obligation attached". That card stays for words about a title, a program or formal mentoring.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const REFUSALS: { words: string; form: string }[] = [
  { words: 'Look, I don\'t do mentoring calls, I don\'t have time for that. Send me a WhatsApp when you\'re stuck on something concrete, I\'ll answer when I can. No decks.', form: 'calls' },
  { words: 'I don’t do meetings for this kind of thing. Email me a specific question when you have one and I’ll reply.', form: 'meetings' },
  { words: 'No Zoom calls, please. If you get stuck, write to me with the question and I’ll answer when I can.', form: 'Zoom calls' },
];

const TITLE_CARD = /I do not want a title, a program or an obligation attached|No title[:,]/;

function profile(words: string, tone: string, offered: string): Record<string, unknown> {
  return exampleWith({
    tone, relationship: 'cross-team', format: 'async', cadence: 'as-needed',
    firstResponse: 'yes-with-limits', firstResponseWords: words,
    firstResponseDetails: { offered, limits: 'no calls' },
  });
}

suite('A form they refuse is the card: their words, not a title', () => {
  test('over phrasings and tones, the card answers the form they refused, with one short question in its place', () => {
    for (const { words, form } of REFUSALS) {
      for (const tone of TONES) {
        for (const id of ['objections', 'script', 'prep-doc', 'brief']) {
          const doc = render(id, profile(words, tone, 'answers to a specific written question'));
          assert.doesNotMatch(doc, TITLE_CARD, `${id}/${tone}/${form}: the title card answers a refused form`);
          if (id !== 'brief') assert.match(doc, new RegExp(`no ${form}\\. [^”]*one question in three lines`), `${id}/${tone}: “no ${form}”, and the question in its place`);
        }
      }
    }
  });

  test('words about formal mentoring or a title still get the title card', () => {
    for (const tone of TONES) {
      const doc = render('objections', profile('I don’t really do formal mentoring, but send me a question when you’re stuck.', tone, 'answers to a specific written question'));
      assert.match(doc, /I do not want a title, a program or an obligation attached/, tone);
      assert.doesNotMatch(doc, /no calls\./, tone);
    }
  });
});
