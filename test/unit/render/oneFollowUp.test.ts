// After the short note they asked for first, one follow-up in every document: the script's closing,
// the brief and the prep doc's after-section name the same wait and the same way (in person where
// trust is built in person; one written reminder elsewhere), never a written reminder in one and
// "ask once in person" in another. A short note they asked for is itself their way in: the one reminder
// is in writing there too, even where trust is otherwise built in person (the channel they named comes first).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const CASES = [
  { words: 'Kwabena, let me see how the quarter goes first. Put something small in writing for me, then we\'ll see.', country: 'GH', inPerson: false },
  { words: 'Send me a short note first and I\'ll see whether I can help.', country: 'BR', inPerson: false },
  { words: 'Send me a short note first and I\'ll see whether I can help.', country: 'NL', inPerson: false },
  { words: 'Schreiben Sie mir ein paar Zeilen, dann sehen wir weiter.', country: 'DE', inPerson: false },
];

suite('after a write-first ask: one follow-up, said one way', () => {
  for (const c of CASES) {
    test(`${c.country}: ${c.inPerson ? 'in person' : 'one written reminder'}, every tone`, () => {
      for (const tone of TONES) {
        const profile = exampleWith({ tone, culture: { country: c.country }, firstResponse: 'noncommittal', firstResponseWords: c.words });
        for (const id of ['prep-doc', 'script', 'brief']) {
          const text = render(id, profile);
          if (c.inPerson) assert.doesNotMatch(text, /reminder in writing/, `${tone} ${id}`);
          else assert.doesNotMatch(text, /ask once in person/, `${tone} ${id}`);
        }
      }
    });
  }
});
