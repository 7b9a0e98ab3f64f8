// Pronouns from their words and the profile (issue 21). The person a leader named gets the pronoun their
// title gives, else the one the leader's words use for them, in English, Spanish or Portuguese ("she",
// "ella", "ela", "he", "él", "ele"), else "them"; the leader, when the profile tells (a salutation, the
// answers about them), is never "they" in the note on waiting for their word. Over phrasings and tones.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { pronounOf } from '../../../src/core/render/referral';
import { exampleWith, render } from './helpers';

const NAMED: { words: string; referTo: string; pronoun: 'her' | 'him' | 'them' }[] = [
  { words: 'Habla con Rocío Salazar, ella lleva toda la arquitectura de pagos; dile que vas de mi parte.', referTo: 'Rocío Salazar', pronoun: 'her' },
  { words: 'Fale com a Inês Carvalho, ela conhece isso melhor do que eu.', referTo: 'Inês Carvalho', pronoun: 'her' },
  { words: 'Habla con Andrés Ruiz, él hizo toda la migración.', referTo: 'Andrés Ruiz', pronoun: 'him' },
  { words: 'Fale com o Tiago Lopes, ele fez a migração inteira.', referTo: 'Tiago Lopes', pronoun: 'him' },
  { words: 'Talk to Priya Nair, she ran the whole switch.', referTo: 'Priya Nair', pronoun: 'her' },
  { words: 'Habla con Alex Vidal, lleva toda la arquitectura.', referTo: 'Alex Vidal', pronoun: 'them' },
];

suite('Pronouns come from the profile, else from their words, else they', () => {
  test('over languages and phrasings, the person named gets the pronoun the words use', () => {
    for (const c of NAMED) assert.strictEqual(pronounOf(c.referTo, c.words), c.pronoun, c.words);
  });

  test('over phrasings and tones, the prep doc writes to the person named by that pronoun', () => {
    for (const c of NAMED) for (const tone of TONES) {
      const doc = render('prep-doc', exampleWith({ tone, firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo } }));
      const premise = doc.split('\n').find((l) => l.includes('a next step, not a no')) ?? '';
      // The question went to that person: contact them before asking the leader for anything. Without a
      // pronoun they are named, since "them" in that sentence is the leader.
      const referee = c.pronoun === 'them' ? c.referTo : c.pronoun;
      assert.match(premise, new RegExp(`(?:[Ww]rite to|contact) ${referee} before you (?:meet|ask them for anything)`), `${c.words} / ${tone}: ${premise}`);
    }
  });

  test('a leader whose pronoun the profile tells is not "they" while you wait for their word; one it does not tell is', () => {
    const words = 'Khun Pimchanok is better than me for this, she did the whole switch. Let me tell her first, then you can go see her.';
    const LEADERS: { patch: Record<string, unknown>; they: string; has: string }[] = [
      { patch: { leader: { addressAs: 'Mr Okafor' } }, they: 'he', has: 'he has' },
      { patch: { leader: { addressAs: 'Frau Dr. Krüger' } }, they: 'she', has: 'she has' },
      { patch: { expertiseApplied: 'how she kept the core safe from the peaks' }, they: 'she', has: 'she has' },
      { patch: { leader: { addressAs: 'Dana' }, expertiseApplied: 'how you kept the core safe from the peaks' }, they: 'they', has: 'they have' },
    ];
    for (const l of LEADERS) for (const tone of TONES) {
      const request = render('request-meeting', exampleWith({ ...l.patch, tone, firstResponse: 'referral', firstResponseWords: words, firstResponseDetails: { referTo: 'Khun Pimchanok' } }));
      const note = request.split('\n').find((line) => /’s word:/.test(line)) ?? '';
      assert.match(note, new RegExp(`’s word: ${l.they} said ${l.they} would let her know first\\. Send it once ${l.has}, not before`), `${JSON.stringify(l.patch)} / ${tone}: ${note}`);
    }
  });
});
