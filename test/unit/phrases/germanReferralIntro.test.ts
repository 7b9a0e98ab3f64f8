// After a referral to a named person: the first message to that person says who is writing („mein Name
// ist Sabine Leitner, ich bin Software-Architektin.“) and asks for a set length on their calendar
// („Hätten Sie in den nächsten Wochen eine halbe Stunde Zeit? Ich richte mich gern nach Ihrem
// Kalender.“), not „kurz Zeit …, wann immer es Ihnen passt“. The reply to the leader says the user will
// get in touch („melde ich mich, Ihrem Rat folgend, bei Frau Dr. Hofbauer“), never „bleibe … in Kontakt“
// with someone not yet met. DE, AT, CH; three tones; three people named; Sie and du.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const PEOPLE: [string, string][] = [
  ['Frau Dr. Hofbauer, Leiterin der Informationssicherheit', 'Frau Dr. Hofbauer'],
  ['Herr Gisler', 'Herrn Gisler'],
  ['Frau Brandt', 'Frau Brandt'],
];

/** The first message to the person they named: from its heading to the end of the document. */
const toThem = (text: string): string => text.slice(text.search(/^## An /mu));

suite('German referral: the letter to the person named introduces the sender; the reply says „melde mich“', () => {
  test('DE, AT, CH × three tones × three people: who is writing, a set length and their calendar', () => {
    for (const [referTo] of PEOPLE) for (const country of ['DE', 'AT', 'CH']) for (const tone of ['formal', 'warm', 'concise']) for (const minutes of [20, 45]) {
      const text = renderFinished('request-meeting', {
        tone, sessionMinutes: minutes, culture: { country }, firstResponse: 'referral', firstResponseWords: 'Reden Sie mit ihr, die weiß da viel mehr als ich.',
        firstResponseDetails: { referTo }, you: { name: 'Mag. Sabine Leitner', role: 'Software-Architektin' },
        leader: { name: 'DI Herbert Gruber', addressAs: 'Herr DI Gruber' },
      }, 'de');
      const letter = toThem(text);
      const where = `${country} ${tone} ${minutes} ${referTo}`;
      assert.match(letter, /\b[Mm]ein Name ist Sabine Leitner, ich bin Software-Architektin\./u, `${where}\n${letter}`);
      assert.match(letter, new RegExp(`Hätten Sie in den nächsten Wochen ${minutes === 20 ? '20 Minuten' : 'eine halbe Stunde'} Zeit\\? Ich richte mich gern nach Ihrem Kalender\\.`, 'u'), `${where}\n${letter}`);
      assert.doesNotMatch(letter, /wann immer es Ihnen passt/u, where);
    }
  });

  test('the reply to a no: „melde ich mich bei …“ in both answers, Sie and du, never „in Kontakt“ with the person named', () => {
    for (const [referTo, dative] of PEOPLE) for (const country of ['DE', 'AT']) for (const tone of ['formal', 'warm', 'concise']) for (const anrede of ['Sie', 'du'] as const) {
      const text = renderFinished('no-reply', {
        tone, culture: { country }, firstResponse: 'referral', firstResponseWords: 'Reden Sie mit ihr, die weiß da viel mehr als ich.',
        firstResponseDetails: { referTo: referTo.split(',')[0] }, leader: { name: 'DI Herbert Gruber', addressAs: anrede === 'du' ? 'Herbert' : 'Herr DI Gruber', anrede },
      }, 'de');
      const where = `${country} ${tone} ${anrede} ${referTo}`;
      assert.doesNotMatch(text, /in Kontakt/u, `${where}\n${text}`);
      const said = text.match(new RegExp(`(?:melde ich mich|ich melde mich)[^.]*? bei ${dative}`, 'gu')) ?? [];
      assert.strictEqual(said.length, 2, `${where}\n${text}`);
    }
  });
});
