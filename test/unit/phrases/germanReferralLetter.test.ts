// The first German message to the person a leader named: a name at the start of its body keeps its
// capital („Mag. Gerhard Pichler hat mir geraten …“ read „mag. Gerhard Pichler …“), and a person named
// with „Frau“ or „Herr“ is greeted „Sehr geehrte Frau Dr. Wallner,“ in a formal letter, in the public
// sector or at another company, as a first letter to a stranger there opens.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { renderFinished, section } from '../render/helpers';

const LEADERS = ['Mag. Gerhard Pichler', 'Dr. Anna Brandt', 'Lukas Baumgartner'];
const NAMED: readonly [string, string][] = [
  ['Frau Dr. Wallner, Leiterin der Abteilung Architektur', 'Sehr geehrte Frau Dr. Wallner,'],
  ['Herr Mag. Keller', 'Sehr geehrter Herr Mag. Keller,'],
  ['die Frau Berger', 'Sehr geehrte Frau Berger,'],
];
// The heading's „An“ governs the name: „An Herrn Mag. Keller“ (germanGovernedName.test.ts).
const letter = (text: string, name: string) => section(text, `An ${name.replace(/^Herr /u, 'Herrn ')}: die erste Nachricht`);

suite('German: the first message to the person they named', () => {
  test('the body that opens with who sent you keeps the name’s capital, in every tone', () => {
    for (const name of LEADERS) {
      for (const tone of TONES) {
        const text = renderFinished('request-meeting', { tone, firstResponse: 'referral', firstResponseDetails: { referTo: 'Frau Weber' }, leader: { name } }, 'de');
        const body = letter(text, 'Frau Weber');
        // The body opens with who is writing („mein Name ist …“); who sent you follows, with its capital.
        assert.ok(body.includes(` ${name} hat mir geraten`), `${name}/${tone}: ${body}`);
        assert.ok(!body.includes(`${name.charAt(0).toLowerCase()}${name.slice(1)}`), `${name}/${tone}: ${body}`);
      }
    }
  });
  test('Frau or Herr: „Sehr geehrte/r …“ when formal, in the public sector or at another company', () => {
    for (const [referTo, hello] of NAMED) {
      const name = hello.replace(/^Sehr geehrter? /u, '').replace(/,$/u, '');
      for (const tone of TONES) {
        for (const [organization, leaderOrg] of [['public-sector', 'same'], ['enterprise', 'other']] as const) {
          const text = renderFinished('request-meeting', { tone, organization, firstResponse: 'referral', firstResponseDetails: { referTo }, leader: { organization: leaderOrg } }, 'de');
          assert.ok(letter(text, name).includes(`\n${hello}\n`), `${referTo}/${tone}/${organization}: ${letter(text, name)}`);
        }
      }
      const formal = renderFinished('request-meeting', { tone: 'formal', organization: 'enterprise', firstResponse: 'referral', firstResponseDetails: { referTo } }, 'de');
      assert.ok(letter(formal, name).includes(`\n${hello}\n`), `${referTo}/formal`);
    }
  });
  test('a colleague in your own company, not formal, or a name without Frau or Herr: „Guten Tag …“ stays', () => {
    for (const tone of ['warm', 'concise'] as const) {
      const text = renderFinished('request-meeting', { tone, organization: 'enterprise', firstResponse: 'referral', firstResponseDetails: { referTo: 'Frau Berger' }, leader: { organization: 'same' } }, 'de');
      assert.ok(letter(text, 'Frau Berger').includes('\nGuten Tag Frau Berger,\n'), tone);
    }
    const plain = renderFinished('request-meeting', { tone: 'formal', organization: 'public-sector', firstResponse: 'referral', firstResponseDetails: { referTo: 'Priya Nair' } }, 'de');
    assert.ok(letter(plain, 'Priya Nair').includes('\nGuten Tag Priya Nair,\n'));
  });
});
