// The vocabulary is ranked against the challenge: the glossary has the terms a challenge names in its own
// words (master data, a golden record, a data migration, lock-in to one vendor), so they rank first. A
// customer master-data merge gets Master Data Management first, not Feature Flags; a tender in lots
// against lock-in gets Vendor Lock-in among the terms to use.
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Profile } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { chooseTerms, TERMS_TO_USE } from '../../../src/core/render/terms';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';

const profileOf = (input: unknown): Profile => {
  const result = validateProfile(input);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.profile;
};
const reader = (name: string): unknown => JSON.parse(readFileSync(path.resolve(__dirname, '../../../test/fixtures/reader-profiles/r18', `${name}.json`), 'utf8'));
const useThese = (p: unknown): string[] => chooseTerms(profileOf(p), builtinGlossary()).map((e) => e.name).slice(0, TERMS_TO_USE);

const CASES: { challenge: string; expertise: string; expect: string; notFirst?: string }[] = [
  { challenge: 'merging the customer master data of the two operators we acquired without breaking SIM re-verification with the regulator', expertise: 'how you sequenced the billing consolidation without stopping releases', expect: 'Master Data Management', notFirst: 'Feature Flags' },
  { challenge: 'consolidating the product master data of three ERPs into one golden record', expertise: 'how you ran the merge of the two catalogues while feature work went on', expect: 'Master Data Management', notFirst: 'Feature Flags' },
  { challenge: 'the data migration from the old policy system, with twenty years of data off the mainframe', expertise: 'how you planned the cutover of the claims system', expect: 'Data Migration' },
  { challenge: 'designing the referral system so it can be tendered in lots without locking us into one vendor', expertise: 'how you kept architectural control when the platform was split across several suppliers', expect: 'Vendor Lock-in', notFirst: 'Transactional Outbox' },
  { challenge: 'deciding whether to build our own identity service or buy a SaaS product', expertise: 'how you ran event-driven integration across many teams', expect: 'Build vs Buy' },
];

suite('Vocabulary ranked against the challenge', () => {
  for (const c of CASES) {
    test(`${c.challenge.slice(0, 50)}…: ${c.expect} among the terms to use${c.notFirst ? `, ${c.notFirst} not first` : ''}`, () => {
      const top = useThese({ leader: { name: 'Dana', expertise: 'running large programmes' }, challenge: c.challenge, expertiseApplied: c.expertise });
      assert.ok(top.includes(c.expect), top.join(', '));
      if (c.notFirst) assert.notStrictEqual(top[0], c.notFirst, top.join(', '));
    });
  }
  test('the reader profiles: the master-data merge and the tender get their own terms first', () => {
    const pk = useThese(reader('pk-siddiqui'));
    assert.ok(pk.includes('Master Data Management') || pk.includes('Data Migration'), pk.join(', '));
    assert.notStrictEqual(pk[0], 'Feature Flags', pk.join(', '));
    const dk = useThese(reader('dk-holm'));
    assert.ok(dk.includes('Vendor Lock-in'), dk.join(', '));
  });
});
