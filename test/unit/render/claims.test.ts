// Nothing invented (issue 21, item 3): a claim about you, your manager or the leader in any built-in
// document comes from a profile field, or is marked for the user to keep or delete. Each claim is
// listed with the fact it needs; the matrix below renders every document over relationships, tones,
// hierarchy, first answers and both new fields, and proves no claim appears without its fact.
import * as assert from 'assert';
import { FIRST_RESPONSES, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { exampleWith, render } from './helpers';

type Fields = { managerKnows?: boolean; decision?: string };

/** How a note outside what is said or sent gives a claim the profile does not support, to add once
 *  it is true (phrases/en/shared.ftl, claim-manager-add-lead). */
const ADD = 'If your manager already knows, add:';
/** The keep-or-delete marker that used to sit inside spoken lines (it was heard read aloud). */
const OLD_MARK = /\[(?:delete|keep|only)\b[^\]]*\]/i;

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
      // Given to add, in a note (an italic line), not said: allowed while the profile does not say.
      if (claim.markable && f.managerKnows === undefined && line.startsWith('*') && line.includes(ADD)) continue;
      found.push(`${claim.name}: ${line.trim().slice(0, 200)}`);
    }
  }
  return found;
}

/** Keep-or-delete markers where the user would say or send them: inside a quoted line (“…”), or
 *  anywhere in a message's text (the request's message and chat, the one-pager): a marker may only
 *  sit in a note, an italic line of its own. */
function markersInside(id: string, text: string): string[] {
  const found: string[] = [];
  const sent = id === 'request-meeting' ? text.slice(text.indexOf('\n## ')) : id === 'one-pager' ? text : '';
  for (const line of text.split('\n')) {
    const note = line.startsWith('*') && line.endsWith('*');
    for (const quoted of line.match(/“[^”]*”/g) ?? []) if (/\[[^\]]*\]/.test(quoted.replace(/\]\(/g, ''))) found.push(`inside a quote: ${quoted.slice(0, 120)}`);
    if (OLD_MARK.test(line)) found.push(`a keep-or-delete marker: ${line.slice(0, 120)}`);
    if (!note && line.includes(ADD)) found.push(`a note inside the text: ${line.slice(0, 120)}`);
    if (!note && sent.includes(line) && /\bif your manager already knows\b/i.test(line)) found.push(`in what is sent: ${line.slice(0, 120)}`);
  }
  return found;
}

suite('Nothing invented: every claim comes from the profile, or is marked', () => {
  const FIELDS: Fields[] = [{}, { managerKnows: true }, { managerKnows: false }, { decision: DECISION }, { managerKnows: true, decision: DECISION }];
  const docs: { id: string; label: string; f: Fields; text: string }[] = [];

  suiteSetup(function () {
    this.timeout(600_000);
    let i = 0;
    for (const relationship of RELATIONSHIPS) {
      for (const tone of TONES) {
        for (const f of FIELDS) {
          for (let k = 0; k < 4; k++, i++) {
            const profile = profileFor(i, relationship, tone, f);
            for (const id of Object.keys(BUILTIN_TEMPLATES)) docs.push({ id, label: `${relationship}, ${tone}, ${JSON.stringify(f)}, #${i}`, f, text: render(id, profile) });
          }
        }
      }
    }
  });

  test('no document makes a claim its profile does not support, over the matrix', () => {
    const problems = docs.flatMap((d) => unsupported(d.text, d.f).map((p) => `${d.id} (${d.label}): ${p}`));
    assert.ok(docs.length > 2000, `the matrix rendered ${docs.length} documents`);
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} unsupported claims in ${docs.length} documents`);
  });

  test('no keep-or-delete marker inside a line that is said or sent, over the matrix (a reader heard one read aloud)', () => {
    const problems = docs.flatMap((d) => markersInside(d.id, d.text).map((p) => `${d.id} (${d.label}): ${p}`));
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} markers inside spoken or sent text`);
    // Not vacuous: with the manager unsaid, the lines are given to add, outside what is said.
    const unsaid = docs.filter((d) => d.f.managerKnows === undefined && d.text.includes(ADD));
    assert.ok(new Set(unsaid.map((d) => d.id)).size >= 4, `notes to add in ${[...new Set(unsaid.map((d) => d.id))].join(', ')}`);
    assert.deepStrictEqual(markersInside('prep-doc', '> **You:** “[delete unless your manager already knows] I talked to my manager.”'), [
      'inside a quote: “[delete unless your manager already knows] I talked to my manager.”',
      'a keep-or-delete marker: > **You:** “[delete unless your manager already knows] I talked to my manager.”',
    ]);
  });

  test('the claims appear when their fact is given, so the check above is not vacuous', () => {
    const skip = (f: Fields) => exampleWith({ relationship: 'skip-level', tone: 'warm', culture: { communication: 'direct', hierarchy: 'flat' }, ...(f.managerKnows === undefined ? {} : { managerKnows: f.managerKnows }), ...(f.decision ? { leader: { decisionYouAdmire: f.decision } } : {}) });
    const knows = render('prep-doc', skip({ managerKnows: true }));
    assert.match(knows, /My manager knows I’m here, and why\./);
    assert.ok(!knows.includes(ADD), 'nothing is given to add when the profile says the manager knows');
    const unsaid = render('prep-doc', skip({}));
    assert.ok(unsaid.includes(`*${ADD} “My manager knows I’m here, and why.”`), 'unsaid: the line is given to add, in the opening’s note');
    assert.doesNotMatch(unsaid, /> \*\*You:\*\* “[^”]*my manager knows/i, 'unsaid: not said');
    const notYet = render('prep-doc', skip({ managerKnows: false }));
    assert.doesNotMatch(notYet, /talked this through with my manager|My manager knows I’m here/);
    assert.match(notYet, /I’ll make sure my manager knows first|I’ll make sure my manager knows before we start/);
    assert.match(render('request-meeting', skip({ managerKnows: true })), /My manager knows I’m (?:reaching out|writing to you)/);
    assert.doesNotMatch(render('request-meeting', skip({ managerKnows: false })), /My manager knows/);
    assert.match(render('prep-doc', skip({ decision: DECISION })), /One decision there really stuck with me: moving the ledger to per-region shards before the migration\./);
  });

  test('managerKnows is read from true/false, and from a form’s yes/no', () => {
    for (const [given, expected] of [[true, 'My manager knows I’m here'], ['yes', 'My manager knows I’m here'], [false, null], ['no', null]] as const) {
      const text = render('prep-doc', exampleWith({ relationship: 'skip-level', tone: 'warm', culture: { communication: 'direct', hierarchy: 'flat' }, managerKnows: given }));
      if (expected) assert.ok(text.includes(expected), String(given)); else assert.ok(!text.includes('My manager knows I’m here'), String(given));
    }
  });

  test('when your manager knows, no document tells you to tell them first, and the checklist has no such step', () => {
    for (const relationship of ['skip-level', 'executive', 'cross-team', 'former-manager'] as const) {
      for (const hierarchy of ['flat', 'hierarchical'] as const) {
        const input = { relationship, managerKnows: true, culture: { communication: 'direct', hierarchy } };
        const doc = render('prep-doc', exampleWith(input));
        assert.doesNotMatch(doc, /\b(?:Tell|Talk to) your (?:current )?manager before you (?:ask|book)|- \[ \] Talk to your manager first/, JSON.stringify(input));
        if (relationship !== 'skip-level') assert.match(doc, /Your manager knows: /, JSON.stringify(input));
        assert.doesNotMatch(doc, /Tell your (?:current )?manager first/, JSON.stringify(input));
        // Not known: the step and the advice stay.
        const before = render('prep-doc', exampleWith({ ...input, managerKnows: false }));
        if (relationship !== 'former-manager' || hierarchy === 'hierarchical') assert.match(before, /- \[ \] Talk to your manager first/, JSON.stringify(input));
      }
    }
  });
});
