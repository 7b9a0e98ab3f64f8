import * as assert from 'assert';
import { leaderNames, leaderToYou } from '../../../src/core/render/leaderYou';
import { exampleWith, render } from './helpers';

// "a draft interface specification … that Dr. Brandt has read" was said to Dr. Brandt.
const LEADERS: { name: string; addressAs: string; forms: string[] }[] = [
  { name: 'Dr. Katrin Brandt', addressAs: 'Frau Dr. Brandt', forms: ['Dr. Brandt', 'Frau Dr. Brandt', 'Brandt', 'Katrin', 'Katrin Brandt', 'Dr. Katrin Brandt'] },
  { name: 'Anand Krishnamurthy', addressAs: 'Anand', forms: ['Anand', 'Krishnamurthy', 'Anand Krishnamurthy', 'Mr. Krishnamurthy', 'Anand-ji'] },
  { name: 'Rafael Moreira', addressAs: 'Rafa', forms: ['Rafa', 'Rafael', 'Moreira', 'Rafael Moreira'] },
  { name: 'Hiroshi Tanaka', addressAs: 'Tanaka-san', forms: ['Tanaka-san', 'Tanaka', 'Hiroshi Tanaka', 'Mr Tanaka'] },
];
// The leader's name in the user's text, and what it reads said to them ({n} is the name).
const PHRASINGS: [string, string][] = [
  ['a draft specification that {n} has read and commented on', 'a draft specification that you have read and commented on'],
  ['one cost decision I made that {n} backed in the planning review', 'one cost decision I made that you backed in the planning review'],
  ['three written decisions {n} answered', 'three written decisions you answered'],
  ['a cut-over plan {n} signs off', 'a cut-over plan you sign off'],
  ['a tender {n} is comfortable defending', 'a tender you are comfortable defending'],
  ['a summary for {n}’s architecture board', 'a summary for your architecture board'],
  ['a design review with {n} and the audit office', 'a design review with you and the audit office'],
  ['{n} approves the roadmap', 'You approve the roadmap'],
];

suite('The leader named in the user’s text is "you" when it is said to them', () => {
  test('every form of their name, with the verb agreeing and "’s" as "your"', () => {
    for (const leader of LEADERS) {
      const names = leaderNames(leader.name, leader.addressAs);
      for (const form of leader.forms) {
        for (const [typed, said] of PHRASINGS) assert.strictEqual(leaderToYou(typed.replace('{n}', form), names), said, `${leader.name} as ${form}: ${typed}`);
      }
    }
  });

  test('a "name" with no letters names nobody, and the document around it is left alone (a fuzz case)', () => {
    assert.deepStrictEqual(leaderNames('*', '—'), []);
    // A challenge typed as the leader's name is not turned into a bare "you" either.
    const same = render('prep-doc', exampleWith({ leader: { name: '<script>alert(1)</script>', addressAs: '' }, challenge: '<script>alert(1)</script>' }));
    assert.match(same, /^## Your relationship and the culture$/m);
    const doc = render('prep-doc', exampleWith({ leader: { name: '*', addressAs: '' }, challenge: '*' }));
    assert.match(doc, /^## Your relationship and the culture$/m);
    // The leader's name, printed as typed, is not taken for the challenge typed the same way.
    assert.match(doc, /^# Mentorship prep: \\\*$/m);
  });

  test('other people and words that merely start like the name are left alone', () => {
    const names = leaderNames('Dr. Katrin Brandt', 'Frau Dr. Brandt');
    for (const text of ['a plan Dr. Weber has read', 'the Brandtner review', 'a note Katrina has signed', 'brandt as a lower-case word']) assert.strictEqual(leaderToYou(text, names), text);
  });

  test('said or sent to the leader it is "you"; said to your manager and in notes to you it stays their name', () => {
    for (const leader of LEADERS) {
      const form = leader.forms[0]!;
      const profile = exampleWith({
        leader: { name: leader.name, addressAs: leader.addressAs }, tone: 'formal',
        successLooksLike: `a routing design that ${form} has reviewed and commented on`,
        valueYouBring: `a written summary of each decision for ${form}’s architecture board`,
        challenge: `getting the gateway split past the design board ${form} chairs`,
      });
      for (const template of ['script', 'one-pager', 'thank-you', 'first-checkin', 'request-meeting', 'brief']) {
        // What is said or sent: every line but headings and the italic notes to you.
        const doc = render(template, profile).split('\n').filter((l) => !/^(?:#|\*[^*])/u.test(l)).join('\n');
        assert.doesNotMatch(doc, new RegExp(`${form.replace(/[.]/g, '\\.')} has reviewed|${form.replace(/[.]/g, '\\.')}[’']s architecture board|board ${form.replace(/[.]/g, '\\.')} chairs`), `${template} for ${leader.name}`);
      }
      assert.match(render('script', profile), /that you have reviewed and commented on/, leader.name);
      assert.doesNotMatch(render('one-pager', profile), /\byou chairs?\b work|the you\b/u, `${leader.name}: no short name cut from a clause about them`);
      assert.match(render('manager-first', profile), new RegExp(`board ${form.replace(/[.]/g, '\\.')} chairs`), `${leader.name}: the manager hears the name`);
    }
  });
});
