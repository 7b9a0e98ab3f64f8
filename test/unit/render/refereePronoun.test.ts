// The person a referral named is her, him, or by name, in the reply to a no and the thank-you: never
// "thank you for pointing me to them" about Dilani, whose pronoun the leader's words give.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderAll } from './helpers';
import { exampleWith } from './helpers';

const CASES = [
  { words: 'Go and talk to Dilani, she did exactly this at the mobile side. I\'ll tell her you\'ll call.', referTo: 'Dilani', pronoun: 'her', country: 'LK' },
  { words: 'Talk to Mr Okafor, he knows this better than I do.', referTo: 'Mr Okafor', pronoun: 'him', country: 'NG' },
  { words: 'Habla con Lucía Gómez, ella lleva toda la arquitectura.', referTo: 'Lucía Gómez', pronoun: 'her', country: 'ES' },
  { words: 'Priya Raman built exactly that; ask Priya.', referTo: 'Priya Raman', pronoun: 'them', country: 'IN' },
];

suite('the person named in a referral: her, him or their name, in the reply to a no and the thank-you', () => {
  for (const c of CASES) {
    for (const tone of TONES) {
      test(`${c.country}, ${tone}: ${c.referTo}`, () => {
        const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo }, culture: { country: c.country }, tone }));
        for (const id of ['no-reply', 'thank-you']) {
          const text = docs[id]!;
          if (c.pronoun !== 'them') assert.doesNotMatch(text, /pointing me to them|get in touch with them/, `${id}: ${c.referTo} is ${c.pronoun}`);
          // Every thanks for the pointer names the person, and a second mention uses the pronoun.
          for (const m of text.matchAll(/pointing me to ([^;.,]+)/g)) assert.match(m[1]!, new RegExp(`^(?:${c.referTo}|${c.pronoun})`), `${id}: ${m[0]}`);
        }
      });
    }
  }
});
