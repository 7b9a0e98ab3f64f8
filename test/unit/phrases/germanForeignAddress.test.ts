// A German letter to a leader outside the German-speaking countries greets them as the profile says:
// a salutation of their language before the family name is said in German („paní Nováková“ → „Sehr
// geehrte Frau Nováková,“, „Mr. Iyer“ → „Sehr geehrter Herr Iyer,“), any other form the user chose is
// greeted as typed („Ingegner Ferri“, „Khun Wichai“), and never the full name after „Guten Tag“ when a
// surname form is known. „du“ keeps the first name; a German leader without Frau/Herr keeps the full name.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderFinished } from '../render/helpers';

const LETTERS = ['request-meeting', 'no-reply', 'thank-you'] as const;
const greetings = (text: string): string[] => [...(text.match(/^(?:Sehr geehrte|Guten Tag|Hallo|Liebe)(?![^\n]*Grü)[^\n]*$/gmu) ?? [])];

/** addressAs, leader.name, country, the German form, Frau or Herr. */
const GENDERED: readonly [string, string, string, string, 'Frau' | 'Herr'][] = [
  ['paní Nováková', 'Jana Nováková', 'CZ', 'Frau Nováková', 'Frau'],
  ['Mr. Iyer', 'Ramesh Iyer', 'IN', 'Herr Iyer', 'Herr'],
  ['Madame Vidal', 'Laurence Vidal', 'FR', 'Frau Vidal', 'Frau'],
  ['Pan Nowak', 'Piotr Nowak', 'PL', 'Herr Nowak', 'Herr'],
  ['Señora Paz', 'Verónica Paz', 'AR', 'Frau Paz', 'Frau'],
  ['Madam Mensah', 'Abena Mensah', 'GH', 'Frau Mensah', 'Frau'],
];
/** Forms with no German salutation to give: greeted as typed. */
const OWN: readonly [string, string, string][] = [
  ['Dr Kowalska', 'Dr Ewa Kowalska', 'PL'], ['Ingegner Ferri', 'Marco Ferri', 'IT'], ['Khun Wichai', 'Wichai Chaiyaporn', 'TH'],
  ['Murat Bey', 'Murat Aydın', 'TR'], ['Director Kim', 'Kim Seong-ho', 'KR'], ['Dra. Teresa', 'Teresa Albuquerque', 'PT'],
];

suite('German letters to leaders outside the German-speaking countries: the form the profile gives', () => {
  test('a salutation of their language before the family name is „Frau“/„Herr“, in every letter and tone', () => {
    for (const [addressAs, name, country, german, salutation] of GENDERED) {
      for (const tone of TONES) {
        for (const id of LETTERS) {
          const text = renderFinished(id, { tone, leader: { name, addressAs }, culture: { country } }, 'de');
          const at = `${addressAs}/${tone}/${id}`;
          const lines = greetings(text);
          assert.ok(lines.length > 0, at);
          for (const line of lines) {
            assert.ok(line.includes(german), `${at}: ${line}`);
            assert.ok(!line.includes(name.split(' ')[0]!) && !line.includes(addressAs), `${at}: ${line}`);
          }
          if (tone === 'formal') assert.ok(lines.includes(`Sehr geehrte${salutation === 'Herr' ? 'r' : ''} ${german},`), `${at}: ${lines.join(' | ')}`);
        }
      }
    }
  });
  test('any other form they chose is greeted as typed, never their full name', () => {
    for (const [addressAs, name, country] of OWN) {
      for (const tone of TONES) {
        for (const id of LETTERS) {
          const at = `${addressAs}/${tone}/${id}`;
          for (const line of greetings(renderFinished(id, { tone, leader: { name, addressAs }, culture: { country } }, 'de'))) {
            assert.ok(line.includes(addressAs) && !line.includes(name), `${at}: ${line}`);
          }
        }
      }
    }
  });
  test('„du“ keeps the first name, and a German leader with no Frau/Herr known keeps the full name', () => {
    for (const tone of TONES) {
      for (const line of greetings(renderFinished('request-meeting', { tone, leader: { name: 'Jana Nováková', addressAs: 'Jana', anrede: 'du' }, culture: { country: 'CZ' } }, 'de'))) {
        assert.match(line, /^(?:Hallo|Liebe) Jana,$/u, `${tone}: ${line}`);
      }
      for (const line of greetings(renderFinished('request-meeting', { tone, leader: { name: 'Dr. Martin Hofbauer', addressAs: 'Dr. Hofbauer', role: 'CTO' }, culture: { country: 'AT' } }, 'de'))) {
        assert.strictEqual(line, 'Guten Tag, Dr. Martin Hofbauer,', tone);
      }
    }
  });
});
