// An offline-first mobile challenge gets its own vocabulary (issue 22): offline sync, conflict resolution
// and idempotency are in the glossary and rank among the terms to use for it, while a challenge with no
// offline or sync in it is not offered them.
import * as assert from 'assert';
import type { Profile } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { chooseTerms, TERMS_TO_USE } from '../../../src/core/render/terms';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';

const profileOf = (input: unknown): Profile => {
  const result = validateProfile(input);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.profile;
};
const terms = (challenge: string, expertiseApplied: string): string[] =>
  chooseTerms(profileOf({ leader: { name: 'Dana', expertise: 'designing systems for unreliable networks' }, challenge, expertiseApplied }), builtinGlossary()).map((e) => e.name);

const OFFLINE: readonly [string, string][] = [
  ['redesigning our mobile wallet’s transaction sync so agents in low-coverage districts never double-post a cash-in', 'how you decided what the agent app may settle offline'],
  ['making the field inspection app work for days offline and sync safely when the inspectors are back in coverage', 'how you handled conflicts between two devices editing one record'],
  ['an offline-first point-of-sale app for rural shops with intermittent connectivity', 'how you chose between last write wins and merging changes'],
];

suite('Vocabulary for an offline-first mobile challenge', () => {
  test('Offline-First or Conflict Resolution among the terms to use, and every one of the three in the list', () => {
    for (const [challenge, applied] of OFFLINE) {
      const all = terms(challenge, applied);
      const top = all.slice(0, TERMS_TO_USE);
      assert.ok(top.includes('Offline-First') || top.includes('Conflict Resolution'), `${challenge}: ${top.join(', ')}`);
      for (const name of ['Offline-First', 'Conflict Resolution']) assert.ok(all.includes(name), `${challenge}: ${name} in ${all.join(', ')}`);
    }
    assert.ok(terms(OFFLINE[0]![0], OFFLINE[0]![1]).includes('Idempotency'));
  });

  test('a challenge with no offline or sync in it is not offered them', () => {
    const all = terms('splitting the monolith into services without stopping feature work', 'how you sequenced the strangler migration');
    assert.ok(!all.includes('Offline-First') && !all.includes('Conflict Resolution'), all.join(', '));
  });
});
