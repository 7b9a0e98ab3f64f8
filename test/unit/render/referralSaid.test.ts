// A referral is said the same way everywhere: the profile does not say the user has already talked to
// the person named, so every document says "I will"; the request carries the note back to the leader
// (thanks, and "I'll let you know how it goes") and the first message to the person named (who sent you,
// in one line); the checklist has a step for it; a doubt about fit said beside a name is not fatigue.
import * as assert from 'assert';
import { seeFirst } from '../../../src/core/render/referral';
import { stepsFor } from '../../../src/core/checklist/steps';
import { TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { exampleWith, render } from './helpers';

const REFERRALS = [
  { words: 'Talk to Hamid, tell him I sent you.', referTo: 'Hamid' },
  { words: 'Ana Sousa runs that area now; have a word with her and say I pointed you to her.', referTo: 'Ana Sousa' },
  { words: 'Honestly, Kerem ran the whole split. Speak with Kerem first.', referTo: 'Kerem' },
];
const CULTURES = [{ country: 'GB' }, { country: 'IN' }, { communication: 'direct', hierarchy: 'flat' }, { country: 'BR' }];
/** Said as done, though nothing in the profile says the user has talked to them. */
const DONE = /and I did\b|and I have\.|I(?:’ve| have) (?:talked|spoken) (?:to|with)|I talked to|I have spoken with/i;

suite('A referral, said the same way everywhere', () => {
  test('no document says the user already talked to the person named, or will “stay in touch” with them', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const r of REFERRALS) {
      const profile = exampleWith({ tone, culture, relationship: 'cross-team', firstResponse: 'referral', firstResponseWords: r.words, firstResponseDetails: { referTo: r.referTo } });
      for (const id of ['request-meeting', 'script', 'prep-doc', 'brief', 'objections', 'no-reply', 'thank-you']) {
        const text = render(id, profile);
        const line = text.split('\n').find((l) => DONE.test(l) || new RegExp(`stay in touch with (?:${r.referTo}|them)`, 'i').test(l));
        if (line) problems.push(`${tone}/${JSON.stringify(culture)}/${r.referTo} ${id}: ${line.trim().slice(0, 150)}`);
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('the request holds the note back to the leader and the first message to the person named', () => {
    for (const tone of TONES) for (const r of REFERRALS) {
      const profile = exampleWith({ tone, relationship: 'cross-team', firstResponse: 'referral', firstResponseWords: r.words, firstResponseDetails: { referTo: r.referTo } });
      const request = render('request-meeting', profile);
      // The note back goes at once, before that meeting: "Speak with Kerem first" is said as what you will do (referral.ts seeFirst).
      assert.match(request, /let you know how it goes/i, `${tone} ${r.referTo}: no "I'll let you know how it goes"`);
      if (seeFirst(r.words)) assert.match(request, /I(?: will|’ll) meet (?:him|her|them) first/, `${tone} ${r.referTo}: you meet them first`);
      const section = request.split(new RegExp(`^## .*${r.referTo}.*$`, 'm'))[1];
      assert.ok(section, `${tone} ${r.referTo}: no message to the person named:\n${request}`);
      // Who sent you, in one line, by the leader's name.
      assert.match(section!.split('\n## ')[0]!, /Dana Okafor|Dana/, `${tone} ${r.referTo}: the message does not say who sent you`);
    }
  });

  test('the checklist has a step to write to the person named', () => {
    for (const r of REFERRALS) {
      const steps = stepsFor(validateProfile(exampleWith({ firstResponse: 'referral', firstResponseWords: r.words, firstResponseDetails: { referTo: r.referTo } })).profile);
      assert.ok(steps.some((s) => s.id === 'write-to-referral'), `${r.referTo}: ${steps.map((s) => s.title).join(' / ')}`);
    }
    const noReferral = stepsFor(validateProfile(exampleWith({ firstResponse: 'no-time' })).profile);
    assert.ok(!noReferral.some((s) => s.id === 'write-to-referral'));
  });

  test('a doubt about fit said beside the name is a doubt about fit, not mentoring fatigue', () => {
    const DOUBTS = [
      'I’m not the right one for this any more. Talk to Hamid, tell him I sent you.',
      'Honestly that’s not my area now. Hamid knows it far better than I do; talk to him.',
      'Not really my wheelhouse. Ask Ana, she’s the one you want.',
    ];
    const problems: string[] = [];
    for (const tone of TONES) for (const words of DOUBTS) {
      const doc = render('prep-doc', exampleWith({ tone, firstResponse: 'referral', firstResponseWords: words, firstResponseDetails: { referTo: /Ana/.test(words) ? 'Ana' : 'Hamid' } }));
      if (/signalled[^\n]*mentoring fatigue/i.test(doc)) problems.push(`${tone}: ${words}`);
    }
    assert.deepStrictEqual(problems, []);
  });
});
