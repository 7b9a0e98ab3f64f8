// Nothing invented (issue 21, item 3): a claim about you, your manager or the leader in any built-in
// document comes from a profile field, or is marked for the user to keep or delete. Each claim is
// listed with the fact it needs; the matrix below renders every document over relationships, tones,
// hierarchy, first answers and both new fields, and proves no claim appears without its fact.
import * as assert from 'assert';
import { FIRST_RESPONSES, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { exampleWith, render } from './helpers';

type Fields = { managerKnows?: boolean; decision?: string };

/** The marker a claim not in the profile carries (phrases/en/shared.ftl, claim-manager-unconfirmed). */
const MARK = '[delete unless your manager already knows]';

/** Each claim: what it looks like, and whether the profile's fields allow it unmarked. */
const CLAIMS: { name: string; pattern: RegExp; allowed: (f: Fields) => boolean; markable: boolean }[] = [
  {
    name: 'your manager knows or supports the ask',
    pattern: /(?<!make sure )\bmy manager (?:knows|is (?:great|supportive)|supports)|\b(?:talked|spoken|spoke|discussed)\b[^.]{0,30}\bwith my manager\b|\b(?:talked|spoke) to my manager\b|\bthey know I’m here\b|\bthey know I am here\b|\bmy manager is in the loop\b/i,
    allowed: (f) => f.managerKnows === true,
    markable: true,
  },
  { name: 'a question already prepared', pattern: /\bfirst (?:of those )?questions? (?:is )?(?:ready now|already on my desk)|\balready on my desk\b/i, allowed: () => false, markable: false },
  { name: 'general praise', pattern: /\bshaped how I approach\b|\blearned a lot from how that was done\b/i, allowed: () => false, markable: false },
  { name: 'a decision of theirs you admire', pattern: /\bOne decision (?:of yours |there )?(?:in particular has stayed|really stuck|stuck) with me\b/, allowed: (f) => f.decision !== undefined, markable: false },
];

const DECISION = 'moving the ledger to per-region shards before the migration';

function profileFor(i: number, relationship: string, tone: string, f: Fields): Record<string, unknown> {
  const firstResponse = [...FIRST_RESPONSES, undefined][i % (FIRST_RESPONSES.length + 1)];
  return exampleWith({
    relationship, tone,
    culture: { communication: i % 2 ? 'indirect' : 'direct', hierarchy: Math.floor(i / 2) % 2 ? 'hierarchical' : 'flat' },
    ...(firstResponse ? { firstResponse } : {}),
    ...(f.managerKnows === undefined ? {} : { managerKnows: f.managerKnows }),
    ...(f.decision ? { leader: { decisionYouAdmire: f.decision } } : {}),
  });
}

/** The claims a document makes without its fact (a marked claim is the user's to keep or delete). */
function unsupported(text: string, f: Fields): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const claim of CLAIMS) {
      if (!claim.pattern.test(line) || claim.allowed(f)) continue;
      if (claim.markable && f.managerKnows === undefined && line.includes(MARK)) continue;
      found.push(`${claim.name}: ${line.trim().slice(0, 200)}`);
    }
  }
  return found;
}

suite('Nothing invented: every claim comes from the profile, or is marked', () => {
  const FIELDS: Fields[] = [{}, { managerKnows: true }, { managerKnows: false }, { decision: DECISION }, { managerKnows: true, decision: DECISION }];

  test('no document makes a claim its profile does not support, over the matrix', function () {
    this.timeout(600_000);
    const problems: string[] = [];
    let renders = 0;
    let i = 0;
    for (const relationship of RELATIONSHIPS) {
      for (const tone of TONES) {
        for (const f of FIELDS) {
          for (let k = 0; k < 4; k++, i++) {
            const profile = profileFor(i, relationship, tone, f);
            for (const id of Object.keys(BUILTIN_TEMPLATES)) {
              renders++;
              for (const p of unsupported(render(id, profile), f)) problems.push(`${id} (${relationship}, ${tone}, ${JSON.stringify(f)}, #${i}): ${p}`);
            }
          }
        }
      }
    }
    assert.ok(renders > 2000, `the matrix rendered ${renders} documents`);
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} unsupported claims in ${renders} documents`);
  });

  test('the claims appear when their fact is given, so the check above is not vacuous', () => {
    const skip = (f: Fields) => exampleWith({ relationship: 'skip-level', tone: 'warm', culture: { communication: 'direct', hierarchy: 'flat' }, ...(f.managerKnows === undefined ? {} : { managerKnows: f.managerKnows }), ...(f.decision ? { leader: { decisionYouAdmire: f.decision } } : {}) });
    const knows = render('prep-doc', skip({ managerKnows: true }));
    assert.match(knows, /so they know I’m here and why\./);
    assert.ok(!knows.includes(MARK), 'nothing is marked when the profile says the manager knows');
    const unsaid = render('prep-doc', skip({}));
    assert.ok(unsaid.includes(`${MARK} I’ve talked this through with my manager first`), 'unsaid: the line is there, marked');
    const notYet = render('prep-doc', skip({ managerKnows: false }));
    assert.doesNotMatch(notYet, /talked this through with my manager/);
    assert.match(notYet, /I’ll make sure my manager knows first|I’ll make sure my manager knows before we start/);
    assert.match(render('request-meeting', skip({ managerKnows: true })), /My manager knows I’m reaching out/);
    assert.doesNotMatch(render('request-meeting', skip({ managerKnows: false })), /My manager knows/);
    assert.match(render('prep-doc', skip({ decision: DECISION })), /One decision there really stuck with me: moving the ledger to per-region shards before the migration\./);
  });

  test('managerKnows is read from true/false, and from a form’s yes/no', () => {
    for (const [given, expected] of [[true, 'so they know'], ['yes', 'so they know'], [false, null], ['no', null]] as const) {
      const text = render('prep-doc', exampleWith({ relationship: 'skip-level', tone: 'warm', culture: { communication: 'direct', hierarchy: 'flat' }, managerKnows: given }));
      if (expected) assert.ok(text.includes(expected), String(given)); else assert.ok(!text.includes('so they know'), String(given));
    }
  });
});
