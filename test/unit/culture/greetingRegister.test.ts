// A form of address that is formal on its own (a first name with a patronymic, a title or salutation with
// the family name, "Sir" or "Madam") never follows an informal opener: "Hi Daniyar Bolatovich," mixes
// registers; "Dear Daniyar Bolatovich," does not (issue 22). And where a preset says "Sir" or "Madam" is
// what a junior says out loud (Sri Lanka), the script says it.
import * as assert from 'assert';
import { addressedByTitle } from '../../../src/core/culture/address';
import { exampleWith, render } from '../render/helpers';

const FORMAL_ON_ITS_OWN = [
  // Russian, Kazakh and Ukrainian patronymics, in Latin and Cyrillic script.
  'Daniyar Bolatovich', 'Aliya Serikovna', 'Dmitry Sergeevich', 'Ivan Ilyich Petrov', 'Andrii Petrovych', 'Oksana Ivanivna',
  'Данияр Болатович', 'Алия Сериковна', 'Андрій Петрович', 'Оксана Іванівна', 'Nurlan Bolatuly', 'Aigerim Serikkyzy',
  // Titles and salutations, in English and in the leader's language.
  'Dr. Vogel', 'Prof. Weber', 'Mr O’Neill', 'Madam Mensah', 'gospodine Babiću', 'gospođo Horvat', 'Ponia Petrauskienė', 'Pone Kazlauskai',
  // A salutation said on its own.
  'Sir', 'Madam', 'Ma’am',
];
const FIRST_NAMES = ['Daniyar', 'Gintare', 'Kamal Bhai', 'Dana', 'Mrinal Sen', 'Tanaka-san', 'Bolat', 'Ilya', 'Vovich'];

suite('a form of address that is formal on its own never follows an informal opener', () => {
  test('patronymics, titles, salutations and a lone “Sir” or “Madam” are formal forms; first names are not', () => {
    for (const a of FORMAL_ON_ITS_OWN) assert.ok(addressedByTitle(a), a);
    for (const a of FIRST_NAMES) assert.ok(!addressedByTitle(a), a);
  });

  test('every greeting to a formal form opens “Dear” (email) or “Hello” (chat), never “Hi”, in every tone and culture', () => {
    const CASES: [string, string, Record<string, unknown>][] = [
      ['Daniyar Zhaksybekov', 'Daniyar Bolatovich', { communication: 'direct', hierarchy: 'flat' }],
      ['Андрій Бондаренко', 'Андрій Петрович', { communication: 'indirect', hierarchy: 'hierarchical' }],
      ['Aliya Nurlanova', 'Aliya Serikovna', { country: 'US' }],
      ['Anna Hoffmann', 'Prof. Hoffmann', { country: 'NL' }],
      ['Ramesh Wickramasinghe', 'Sir', { country: 'AR' }],
      ['Tomislav Babić', 'gospodine Babiću', { communication: 'direct', hierarchy: 'flat' }],
    ];
    // A letter in English writes a vocative salutation in the nominative, in English ("Dear Mr Babić").
    const WRITTEN: Record<string, string> = { 'gospodine Babiću': 'Mr.? Babić' };
    for (const [name, addressAs, culture] of CASES) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const firstResponse of [undefined, 'no-time', 'noncommittal']) {
          const profile = exampleWith({ leader: { name, addressAs }, tone, ...(firstResponse ? { firstResponse } : {}) });
          profile.culture = culture;
          for (const id of ['request-meeting', 'thank-you', 'no-reply', 'async-update']) {
            const doc = render(id, profile);
            assert.doesNotMatch(doc, new RegExp(`\\bHi ${addressAs.replace(/[.’]/gu, '.')}`, 'u'), `${id} ${tone} ${addressAs}`);
            assert.match(doc, new RegExp(`(?:Dear|Hello) ${(WRITTEN[addressAs] ?? addressAs).replace(/[.’]/gu, '.').replace(/^Prof\\. /u, 'Prof\\.? ')}`, 'u'), `${id} ${tone} ${addressAs}`);
          }
        }
      }
    }
  });

  test('where the preset says a junior says “Sir” or “Madam” (Sri Lanka, Bangladesh), the script says it; the letters keep Mr or Ms with the family name', () => {
    const SPOKEN = /\*\*You:\*\* “[^”]*\b(Sir|Madam)\b/u;
    for (const country of ['LK', 'BD']) {
      for (const [leader, said] of [[{ name: 'Mr. Ramesh Wickramasinghe' }, 'Sir'], [{ name: 'Nirmala Perera', addressAs: 'Ms. Perera' }, 'Madam']] as const) {
        for (const tone of ['formal', 'warm']) {
          const profile = exampleWith({ leader, tone });
          profile.culture = { country };
          const script = render('script', profile);
          assert.strictEqual(SPOKEN.exec(script)?.[1], said, `${country} ${tone} ${leader.name}`);
          assert.match(render('request-meeting', profile), /^Dear M[rs]\. (?:Wickramasinghe|Perera),$/mu, `${country} ${tone}`);
        }
      }
    }
    // Elsewhere the script says the name: India writes and says “Mr. Iyer”.
    const india = exampleWith({ leader: { name: 'Mr. Arjun Iyer' }, tone: 'formal' });
    india.culture = { country: 'IN' };
    assert.doesNotMatch(render('script', india), /\*\*You:\*\* “[^”]*\bSir\b/u);
  });
});
