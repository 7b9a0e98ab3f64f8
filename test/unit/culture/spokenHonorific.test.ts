// Morocco: letters use Monsieur or Madame with the family name, and out loud many say "Si" or "Lalla"
// before the given name (presets.ts, MA). The documents do both, not only advise them: the greeting is
// "Dear Mr Benali,", the spoken lines say "Si Youssef" (in a formal tone, "Mr Benali"). Only when the leader's gender is known (the form
// typed, or the profile's own words about them); nothing is guessed, and no other country gets "Si".
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';

const GREETING = /^(?:Dear|Hi|Hello)\b[^\n]*,$/gmu;
/** The spoken lines of a script: what the user says aloud. */
const spoken = (doc: string) => (doc.match(/^> \*\*You:\*\* “[^\n]*”$/gmu) ?? []).join('\n');

/** [leader, how the user typed the form (undefined: nothing typed), the words about them, spoken form, written form] */
const CASES: readonly [string, string | undefined, string | undefined, string, string][] = [
  ['Youssef Benali', 'Monsieur Benali', undefined, 'Si Youssef', 'Mr Benali'],
  ['Youssef Benali', 'Mr Benali', undefined, 'Si Youssef', 'Mr Benali'],
  ['Amina Alaoui', 'Madame Alaoui', undefined, 'Lalla Amina', 'Ms Alaoui'],
  ['Amina Alaoui', 'Mme Alaoui', undefined, 'Lalla Amina', 'Ms Alaoui'],
  ['Amina Alaoui', undefined, 'a documented gate-release decision she has challenged', 'Lalla Amina', 'Ms Alaoui'],
  ['Karim Tazi', undefined, 'a decision record he has reviewed', 'Si Karim', 'Mr Tazi'],
];

suite('Spoken honorifics (Morocco: Si, Lalla)', () => {
  test('the spoken lines say Si or Lalla with the given name; the greeting keeps Mr or Ms with the family name', () => {
    for (const [name, addressAs, success, say, write] of CASES) for (const tone of ['warm', 'formal', 'concise']) for (const relationship of ['cross-team', 'executive', 'skip-level']) {
      const profile = exampleWith({ leader: { name, ...(addressAs ? { addressAs } : {}) }, culture: { country: 'MA' }, tone, relationship, ...(success ? { successLooksLike: success } : {}) });
      const label = `${name} ${addressAs ?? '(none)'} ${tone} ${relationship}`;
      const lines = spoken(render('script', profile));
      // A formal tone says the written form too (reading round 24: "Lalla Naïma" is too familiar for a public body's director).
      if (tone === 'formal') assert.ok(lines.includes(write) && !lines.includes(say), `${label}: ${write} is said in a formal tone`);
      else {
        assert.ok(lines.includes(say), `${label}: spoken ${say}`);
        assert.ok(!lines.includes(write), `${label}: ${write} is written, not said`);
      }
      if (relationship === 'cross-team' && tone !== 'formal') assert.ok(render('prep-doc', profile).includes(`Address them as ${write} in writing and as ${say} out loud.`), `prep-doc ${label}`);
      for (const id of ['request-meeting', 'thank-you']) {
        for (const g of render(id, profile).match(GREETING) ?? []) assert.strictEqual(g, `Dear ${write},`, `${id} ${label}`);
      }
    }
  });

  test('nothing is guessed, and no other country says Si', () => {
    // No form typed and nothing says who they are: the full name in writing, no name out loud, as before.
    const unknown = render('script', exampleWith({ leader: { name: 'Youssef Benali' }, culture: { country: 'MA' } }));
    assert.doesNotMatch(spoken(unknown), /\b(?:Si|Lalla) /u);
    for (const country of ['FR', 'EG', 'GB']) {
      const doc = render('script', exampleWith({ leader: { name: 'Youssef Benali', addressAs: 'Monsieur Benali' }, culture: { country } }));
      assert.doesNotMatch(spoken(doc), /\bSi Youssef\b/u, country);
    }
    // A form the user typed that is already spoken ("Si Youssef") is kept everywhere.
    const typed = render('request-meeting', exampleWith({ leader: { name: 'Youssef Benali', addressAs: 'Si Youssef' }, culture: { country: 'MA' } }));
    assert.match(typed, /^Dear Si Youssef,$/mu);
  });
});
