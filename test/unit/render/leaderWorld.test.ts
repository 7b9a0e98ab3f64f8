// The reasons and cards speak of the leader's own world: a public body is accountable for
// something (it has no runway), and a former manager is not an outsider to you.
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const CULTURES = [{ country: 'GB' }, { country: 'IN' }, { communication: 'direct', hierarchy: 'flat' }, { country: 'DE' }];
/** A public body the leader works at, from your startup or from inside it. */
const PUBLIC_BODIES = [
  { leader: { organization: 'other', company: 'Ministry of Digital Affairs', sector: 'public-sector' }, organization: 'startup' },
  { leader: { organization: 'other', company: 'the Federal Tax Agency' }, organization: 'scale-up' },
  { leader: { organization: 'same' }, organization: 'public-sector' },
];
/** Fatigue is the reason signalled first after a referral from someone who already mentors others (a
 *  referral alone says someone else fits better: referralRead.test). */
const REFERRALS = [
  { firstResponse: 'referral', firstResponseWords: 'I already have three mentees. Talk to Hamid, tell him I sent you.', firstResponseDetails: { referTo: 'Hamid' } },
  { firstResponse: 'referral', firstResponseWords: 'I\'m mentoring two people already. Ana runs that area now, have a word with her.', firstResponseDetails: { referTo: 'Ana' } },
];

suite('Reasons that fit the leader’s world', () => {
  test('a public body is tied to what it is accountable for, never to a company’s runway', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const body of PUBLIC_BODIES) for (const said of REFERRALS) {
      const profile = exampleWith({ tone, culture, ...body, ...said });
      for (const id of ['prep-doc', 'script', 'brief']) {
        const text = render(id, profile);
        const line = text.split('\n').find((l) => /runway|(?:company|business|service) cares about|cares about \(/i.test(l));
        if (line) problems.push(`${tone}/${JSON.stringify(culture)}/${body.leader.company ?? 'same'} ${id}: ${line.slice(0, 160)}`);
      }
      const doc = render('prep-doc', profile);
      if (/mentoring fatigue/i.test(doc) && !/accountable for/.test(doc)) problems.push(`${tone}/${body.leader.company ?? 'same'}: the fatigue counter names no accountability`);
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  test('a startup’s runway still frames a leader at the same startup', () => {
    const doc = render('prep-doc', exampleWith({ organization: 'startup', ...REFERRALS[0] }));
    assert.match(doc, /cares about \(runway/);
  });

  test('a former manager never hears “I don’t take mentees from outside my organization” unless they said it', () => {
    const problems: string[] = [];
    for (const tone of TONES) for (const culture of CULTURES) for (const leader of [{ organization: 'other', company: 'Kōwhai Energy' }, { organization: 'other', sector: 'public-sector' }, { organization: 'same' }]) {
      for (const firstResponse of ['no-time', 'not-now', 'noncommittal', undefined]) {
        const profile = exampleWith({ tone, culture, leader, relationship: 'former-manager', ...(firstResponse ? { firstResponse } : {}) });
        for (const id of ['prep-doc', 'objections', 'brief', 'script']) {
          if (/mentees from outside|outside my own organi[sz]ation\./i.test(render(id, profile))) problems.push(`${tone}/${JSON.stringify(culture)}/${leader.organization}/${firstResponse ?? '-'} ${id}`);
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
    // Said in their words, it is their objection, and its card stays.
    const said = exampleWith({ relationship: 'former-manager', leader: { organization: 'other', company: 'Kōwhai Energy' }, firstResponse: 'no-time', firstResponseWords: 'I don’t take mentees from outside the company any more, and I am swamped.' });
    assert.match(render('objections', said), /mentees from outside/);
    // Any other outside leader keeps the card.
    assert.match(render('objections', exampleWith({ relationship: 'cross-team', leader: { organization: 'other', company: 'Kōwhai Energy' } })), /mentees from outside/);
  });
});
