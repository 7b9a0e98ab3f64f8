import * as assert from 'assert';
import fc from 'fast-check';
import { joinProfile, nextLeaderStart, splitProfile } from '../../../src/core/profile/leaderProfile';
import { validateProfile } from '../../../src/core/profile/validate';

const PROFILE = {
  you: { name: 'Sam Rivera', role: 'Software Architect', strengths: 'event-driven integration' },
  leader: { name: 'Dana Okafor', addressAs: 'Dana' },
  challenge: 'scaling our API gateway', cadence: 'biweekly', sessionMinutes: 30, format: 'mixed',
  culture: { communication: 'indirect', hierarchy: 'hierarchical' }, relationship: 'skip-level', tone: 'formal',
};

suite('leader profiles: shared and per-leader fields', () => {
  test('split puts you and tone in the shared part, the rest with the leader, and join gives the profile back', () => {
    const { shared, leader } = splitProfile(PROFILE, 'asked');
    assert.deepStrictEqual(shared, { you: PROFILE.you, tone: 'formal' });
    assert.strictEqual(leader.ask, 'asked');
    assert.ok(!('you' in leader) && !('tone' in leader));
    const joined = joinProfile(shared, leader);
    assert.deepStrictEqual(joined.raw, PROFILE);
    assert.strictEqual(joined.ask, 'asked');
    assert.deepStrictEqual(validateProfile(joined.raw).issues, validateProfile(PROFILE).issues, 'the ask state is no profile field');
  });

  test('property: split then join keeps every field of any object', () => {
    fc.assert(fc.property(fc.dictionary(fc.string().filter((k) => k !== 'ask'), fc.jsonValue()), (raw) => {
      const { shared, leader } = splitProfile(raw);
      const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
      assert.deepStrictEqual(json(joinProfile(shared, leader).raw), json(raw));
    }));
  });

  test('the shared file wins; a missing shared field falls back to the leader file; broken values are named', () => {
    const joined = joinProfile({ tone: 'warm' }, { ...PROFILE, ask: 'maybe' });
    assert.strictEqual((joined.raw as { tone: string }).tone, 'warm');
    assert.deepStrictEqual((joined.raw as { you: unknown }).you, PROFILE.you);
    assert.strictEqual(joined.ask, 'preparing');
    assert.match(joined.problems.join('\n'), /"ask" must be one of preparing, asked, yes, no, no-reply/);
    const broken = joinProfile([1, 2], { leader: { name: 'X' } });
    assert.match(broken.problems.join('\n'), /shared file must hold a JSON object/);
    assert.deepStrictEqual(joinProfile(undefined, 'nope').raw, 'nope', 'validation reports a leader file that is not an object');
  });

  test('the next leader starts with your shared answers and nothing about the previous leader', () => {
    const start = nextLeaderStart(PROFILE);
    assert.deepStrictEqual(start, { you: PROFILE.you, tone: 'formal' });
    assert.deepStrictEqual(nextLeaderStart(undefined), {});
  });
});
