// One reading of the leader's gender from the form of address (honorificGender.ts), for the culture
// lines' examples and for the pronoun in spoken lines alike: an honorific or salutation beside a name
// says it; a first name never does, and "Anh" written with a capital may be a given name.
import * as assert from 'assert';
import { honorificGender } from '../../../src/core/culture/honorificGender';
import { leaderPronoun } from '../../../src/core/render/slots';

const CASES: [string, 'she' | 'he' | 'none'][] = [
  ['chị Lan', 'she'], ['Chị Lan', 'she'], ['anh Tuấn', 'he'], ['Anh Nguyen', 'none'], ['Anh Tuấn', 'none'], ['bà Hoa', 'she'], ['ông Minh', 'he'],
  ['Rajesh dai', 'he'], ['Priya didi', 'she'], ['Ahmet Bey', 'he'], ['Ayşe Hanım', 'she'], ['Pak Budi', 'he'], ['Ibu Sari', 'she'], ['Mbak Rina', 'she'],
  ['Frau Dr. Krüger', 'she'], ['Herr Müller', 'he'], ['Madame Dubois', 'she'], ['Monsieur Martin', 'he'], ['Señora García', 'she'], ['Sr. López', 'he'],
  ['Mrs. Patel', 'she'], ['Mr Okafor', 'he'], ['Kuya Jun', 'he'], ['Ate Liza', 'she'],
  ['Nenad', 'none'], ['Kari', 'none'], ['Anh', 'none'], ['Dana Okafor', 'none'], ['', 'none'],
];

suite('The leader’s gender from the form of address, read in one place', () => {
  test('honorifics and salutations in several languages; never a first name', () => {
    for (const [form, expected] of CASES) assert.strictEqual(honorificGender(form), expected, form);
  });

  test('the pronoun in spoken lines reads the same table', () => {
    for (const [form, expected] of CASES) {
      assert.strictEqual(leaderPronoun(form, '').they, expected === 'none' ? 'they' : expected, form);
    }
  });
});
