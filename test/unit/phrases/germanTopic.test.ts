// The user's own words for the topic after a colon read as a bare noun phrase („zu einer Frage zu
// hören: die Ablösung …“, „Thema: …“). Each German request now carries them in a sentence whose
// grammar fits what they are: a noun phrase, a clause, or words that are quoted.
import * as assert from 'assert';
import { germanTopicForm } from '../../../src/core/phrases/germanTopic';
import { renderFinished } from '../render/helpers';

/** Ten ways a German reader types the challenge, with the sentence that must carry it. */
const PHRASINGS: ReadonlyArray<[string, RegExp]> = [
  ['die Ablösung unseres Auftragsmonolithen, ohne die Auslieferung zu gefährden', /Es geht um die Ablösung unseres/],
  ['die Frage, welche Teile wir selbst bauen und welche wir zukaufen', /Es geht um die Frage, welche/],
  ['der Umbau unserer Datenplattform auf Events', /Das Thema ist der Umbau/],
  ['ein neues Rollenmodell für die Plattform-Teams', /Das Thema ist ein neues Rollenmodell/],
  ['unser Umzug in die Cloud', /Das Thema ist unser Umzug/],
  ['wie wir den Monolithen schneiden, ohne den Betrieb zu stören', /Es geht darum, wie wir den Monolithen/],
  ['ob wir Kafka selbst betreiben oder einkaufen', /Es geht darum, ob wir Kafka/],
  ['Make-or-Buy bei der Maschinensoftware', /Es geht um Make-or-Buy bei der/],
  ['Plattform-Teams aufbauen', /Es geht um „Plattform-Teams aufbauen“/],
  ['Wie schneiden wir den Monolithen?', /Es geht um „Wie schneiden wir den Monolithen\?“/],
];

suite('German requests carry the user’s topic in a sentence, not after a colon', () => {
  test('the form each phrasing takes', () => {
    assert.deepStrictEqual(PHRASINGS.map(([t]) => germanTopicForm(t)), ['um', 'um', 'ist', 'ist', 'ist', 'darum', 'darum', 'um', 'quote', 'quote']);
  });

  test('every tone, du and Sie, meeting and written: the challenge in its carrier, never after a colon, and no „Thema:“ in the subject', () => {
    let seen = 0;
    for (const [challenge, carrier] of PHRASINGS) {
      for (const anrede of ['Sie', 'du']) {
        for (const tone of ['formal', 'warm', 'concise']) {
          for (const format of ['meetings', 'async']) {
            const text = renderFinished('request-meeting', { challenge, tone, format, leader: { anrede }, culture: { communication: 'direct' }, firstResponse: 'noncommittal' }, 'de');
            const letter = text.split('\n').filter((l) => !/^(?:\*[^*]|#)/.test(l)).join('\n');
            const at = `${challenge} | ${anrede} ${tone} ${format}`;
            assert.match(letter, carrier, `${at}\n${letter}`);
            assert.ok(!letter.includes(`: ${challenge}`), `${at}: after a colon\n${letter}`);
            assert.doesNotMatch(text, /\*\*Betreff:\*\* [^\n]*Thema:/, at);
            seen++;
          }
        }
      }
    }
    assert.strictEqual(seen, 10 * 12);
  });
});
