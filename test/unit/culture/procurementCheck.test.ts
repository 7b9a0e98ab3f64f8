// A public-sector procurement note says what to check, not a rule the tool cannot know ("neither of you
// may discuss a tender" is false for two people inside the contracting authority), and it differs by
// where the leader works: inside your organisation (bidders and vendors kept out, notes that may be made
// public) or at another (nothing of a live tender shared until your adviser agrees).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith, render } from '../render/helpers';

const CHALLENGES = [
  'splitting the permits system into phases that procurement rules let us tender separately',
  'designing the integration architecture for the new regional referral system so it can be tendered in lots without locking us into one vendor',
  'writing the RFP for a case-management platform that several suppliers can bid on',
];
const NOTE = /\*\*What to check on the tender\.\*\* (.*)$/mu;

function note(country: string, challenge: string, leader: Record<string, unknown> = {}): string {
  const p = exampleWith({ organization: 'public-sector', challenge, leader });
  p.culture = { country };
  const hit = NOTE.exec(render('prep-doc', p))?.[1];
  assert.ok(hit, `${country}: the note is there`);
  return hit;
}

suite('A procurement note says what to check, by where the leader works', () => {
  for (const country of ['DK', 'GB', 'DE', 'JP']) {
    for (const challenge of CHALLENGES) {
      test(`${country}, ${challenge.slice(0, 40)}…: no rule stated as fact; inside and outside differ`, () => {
        const inside = note(country, challenge, { organization: 'same' });
        const outside = note(country, challenge, { organization: 'other', company: 'Region Syd' });
        for (const n of [inside, outside]) {
          assert.doesNotMatch(n, /\bneither of you may\b|\byou may not discuss\b/u, n);
          assert.match(n, /procurement adviser/u, n);
        }
        assert.match(inside, /bidders and vendors/u, inside);
        assert.match(inside, /made public/u, inside);
        assert.doesNotMatch(outside, /bidders and vendors/u, outside);
        assert.match(outside, /outside/u, outside);
      });
    }
  }
  test('the Danish region profile: a same-organisation leader is told what to check, not a rule', () => {
    const p = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r18/dk-holm.json'), 'utf8')) as unknown;
    const n = NOTE.exec(render('prep-doc', p))?.[1] ?? '';
    assert.match(n, /bidders and vendors/u, n);
    assert.doesNotMatch(n, /neither of you may/u, n);
  });
});
