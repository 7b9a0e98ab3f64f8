// The thank-you after they asked for something small in writing first ("Put something small in writing
// for me, then we'll see"): nothing more is agreed, so the note thanks them for their reply and leaves
// what comes next for the user to fill in from their words; never "What we agreed" or "for agreeing to
// try this". English and German, every tone, several phrasings and cultures.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderFinished, section } from './helpers';

const WRITE_FIRST = [
  { words: 'Kwabena, let me see how the quarter goes first. Put something small in writing for me, then we\'ll see.', country: 'GH' },
  { words: 'Send me a short note first and I\'ll see whether I can help.', country: 'GB' },
  { words: 'Im Moment ist es schwierig. Schreiben Sie mir ein paar Zeilen, dann sehen wir weiter.', country: 'DE' },
];

suite('thank-you after a write-first answer: nothing agreed is claimed', () => {
  for (const c of WRITE_FIRST) {
    test(`${c.country}: “${c.words.slice(0, 40)}…”`, () => {
      for (const tone of TONES) for (const firstResponse of ['noncommittal', 'no-time', 'not-now']) {
        for (const language of [undefined, 'de']) {
          const text = section(renderFinished('thank-you', { tone, culture: { country: c.country }, firstResponse, firstResponseWords: c.words }, language), language ? 'Die Nachricht' : 'The note');
          const label = `${tone}/${firstResponse}/${language ?? 'en'}`;
          assert.doesNotMatch(text, /What we agreed|for agreeing to try|being up for trying|Thanks for the yes|Was wir vereinbart haben|Zusage|darauf einl/, label);
          assert.match(text, /What comes next|Wie es weitergeht/, label);
        }
      }
    });
  }
});
