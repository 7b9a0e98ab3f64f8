// A referral named with a title and a role after it ("die Frau Dr. Wallner, Leiterin der Abteilung
// Architektur"): the name is the person with their titles; the role after the comma, dash or bracket
// is not part of it, so the salutation, the subject and the letter to them read "Frau Dr. Wallner".
import * as assert from 'assert';
import { personNamed } from '../../../src/core/render/firstAnswer';

const CASES: readonly { referTo: string; named: string }[] = [
  { referTo: 'Frau Dr. Wallner, Leiterin der Abteilung Architektur', named: 'Frau Dr. Wallner' },
  { referTo: 'die Frau Dr. Wallner, die leitet die Architektur', named: 'Frau Dr. Wallner' },
  { referTo: 'herr Mag. Pichler – Leiter der Gruppe IT-Strategie', named: 'Herr Mag. Pichler' },
  { referTo: 'Herr Prof. Keller (Bereichsleiter Plattform)', named: 'Herr Prof. Keller' },
  { referTo: 'Dr. Amara Osei, head of platform', named: 'Dr. Amara Osei' },
  { referTo: 'Priya Nair, who runs the data platform', named: 'Priya Nair' },
];

suite('A referral named with a title and a role after it', () => {
  test('the name keeps its titles and drops the role after a comma, dash or bracket', () => {
    for (const c of CASES) assert.strictEqual(personNamed(c.referTo), c.named, c.referTo);
  });
  test('words that are not a name before the comma are kept as given', () => {
    assert.strictEqual(personNamed('someone on the platform team, maybe'), 'someone on the platform team, maybe');
  });
});
