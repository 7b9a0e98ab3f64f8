// A leader at another company (issue 21, item 2): `leader.organization: other` (with `leader.company`).
// No document speaks to them as an insider (the company's mentoring program, OKRs, "the team", your
// manager raising it with them, internal documents), and the prep doc, the script, the one-pager and the
// talk with your manager say what may be shared outside the company. The matrix renders every built-in
// document over relationships, tones, cultures and first answers.
import * as assert from 'assert';
import { FIRST_RESPONSES, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { exampleWith, render } from './helpers';

/** Words that belong inside your own company. `unless`: the situation in which it is theirs to have said
 *  (they pointed you to a program); `except`: documents where it is said among insiders (the talk with
 *  your own manager is about your team). */
const INSIDER: { name: string; pattern: RegExp; unless?: (firstResponse?: string) => boolean; except?: readonly string[] }[] = [
  { name: 'OKRs', pattern: /\bOKRs?\b/ },
  { name: 'running it through the program', pattern: /\brun it through the program/i },
  { name: 'a mentoring program of yours', pattern: /\bmentoring program(?:me)?\b|\bmentoring scheme\b|\bHave you signed up\b/i, unless: (f) => f === 'use-the-program' },
  { name: 'the team', pattern: /\bthe team\b|\bteam (?:matters|politics)\b/i, except: ['manager-first'] },
  { name: 'your manager taking it up with them', pattern: /\bmy manager\b[^.”]{0,40}\braise it\b|\bcoming from my \w+\b|\bcome from my \w+\b|\bmention(?:ed)? the idea\b|\bmention it to \S+ (?:yourself|first)\b|\bspeak to (?:him|her|them) first\b|\btalk to (?:him|her|them) first\b/i },
  { name: 'the chain of command', pattern: /\bin the chain\b|\bskips levels\b|\binformal reporting line\b/i },
  { name: 'internal documents', pattern: /\bdesign docs, ADRs or postmortems\b/ },
  // The objections an insider raises: your manager should be helping; your manager's or HR's blessing.
  { name: 'an objection about your manager helping', pattern: /\bShouldn[’']t your (?:current )?manager be helping\b|\badd(?:s)? to (?:my manager[’']s|what they do for me)\b|\bcomplement the support my manager\b/i },
  { name: 'an objection needing your manager’s or HR’s blessing', pattern: /\byour manager[’']s, or HR[’']s\b/i },
];

/** The example's own answers say "the team": the outside leader's profile says it without them. */
function outsideProfile(relationship: string, tone: string, i: number, firstResponse: string | undefined, organization: 'other' | 'same' = 'other'): Record<string, unknown> {
  return exampleWith({
    relationship, tone,
    culture: { communication: i % 2 ? 'indirect' : 'direct', hierarchy: Math.floor(i / 2) % 2 ? 'hierarchical' : 'flat' },
    leader: { organization, company: 'Lumen' },
    valueYouBring: 'a written summary of each session’s decisions',
    goal: 'choose a routing split for the gateway that I can defend in a design review',
    ...(firstResponse ? { firstResponse } : {}),
  });
}

/** A document's lines that speak as an insider (the vocabulary's suggested questions are the glossary's, not ours). */
function insiderLines(id: string, text: string, firstResponse: string | undefined): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes('*Try:*')) continue;
    for (const w of INSIDER) {
      if (w.except?.includes(id) || w.unless?.(firstResponse) || !w.pattern.test(line)) continue;
      found.push(`${w.name}: ${line.trim().slice(0, 200)}`);
    }
  }
  return found;
}

suite('A leader at another company: no insider words, and what may be shared', () => {
  test('over the matrix of relationships, tones, cultures and first answers, no document speaks as an insider', function () {
    this.timeout(600_000);
    const problems: string[] = [];
    let renders = 0, i = 0;
    for (const relationship of RELATIONSHIPS) {
      for (const tone of TONES) {
        for (const firstResponse of [...FIRST_RESPONSES, undefined]) {
          const profile = outsideProfile(relationship, tone, i++, firstResponse);
          for (const id of Object.keys(BUILTIN_TEMPLATES)) {
            renders++;
            for (const p of insiderLines(id, render(id, profile), firstResponse)) problems.push(`${id} (${relationship}, ${tone}, ${firstResponse ?? 'none'}): ${p}`);
          }
        }
      }
    }
    assert.ok(renders >= 1700, `the matrix rendered ${renders} documents`);
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} insider lines in ${renders} documents`);
  });

  test('the same profiles at your own company do use those words, so the check above can fail', () => {
    const insider = new Set<string>();
    let i = 0;
    for (const relationship of RELATIONSHIPS) {
      for (const firstResponse of [undefined, 'noncommittal', 'not-now']) {
        // An enterprise has a mentoring program: the short deck names it there.
        for (const organization of [undefined, 'enterprise']) {
          const profile = { ...outsideProfile(relationship, 'warm', i++, firstResponse, 'same'), ...(organization ? { organization } : {}) };
          for (const id of Object.keys(BUILTIN_TEMPLATES)) for (const p of insiderLines(id, render(id, profile), firstResponse)) insider.add(p.split(':')[0]!);
        }
      }
    }
    for (const name of ['a mentoring program of yours', 'the team', 'your manager taking it up with them', 'the chain of command', 'internal documents', 'an objection about your manager helping', 'an objection needing your manager’s or HR’s blessing']) assert.ok(insider.has(name), `no "${name}" at the same company`);
  });

  test('what may be shared outside the company is said in the prep doc, the script, the one-pager and the talk with your manager', () => {
    for (const relationship of RELATIONSHIPS) {
      const profile = outsideProfile(relationship, 'formal', 0, undefined);
      const prep = render('prep-doc', profile);
      assert.match(prep, /\*\*Leader at Lumen\.\*\*/, relationship);
      assert.match(prep, /Share the problem, not the confidential details: .* keep what they tell you about Lumen to yourself\./, relationship);
      assert.match(prep, /Read or watch what they have made public/, relationship);
      assert.match(render('script', profile), /nothing confidential from my (?:company|organization), and anything you tell me about yours stays with me\./, relationship);
      assert.match(render('one-pager', profile), /\*\*What stays private:\*\* I bring the problem in general terms and nothing confidential from my (?:company|organization)/, relationship);
      const manager = render('manager-first', profile);
      assert.match(manager, /works at Lumen, not here\./, relationship);
      assert.match(manager, /Is there anything you would rather I did not share outside the (?:company|organization)\?/, relationship);
    }
    const unnamed = exampleWith({ leader: { organization: 'other' }, relationship: 'cross-team' });
    // Where they work is not said: their side is an organization, not assumed a company (issue 21).
    assert.match(render('prep-doc', unnamed), /\*\*Leader at another organization\.\*\* .*\n\n- Share the problem, .*about their organization to yourself\./);
    assert.match(render('manager-first', unnamed), /Are you thinking of moving to their organization\?/);
    const business = exampleWith({ leader: { organization: 'other', sector: 'enterprise' }, relationship: 'cross-team' });
    assert.match(render('prep-doc', business), /\*\*Leader at another company\.\*\* .*\n\n- Share the problem, .*about their company to yourself\./);
    for (const id of Object.keys(BUILTIN_TEMPLATES)) {
      const same = render(id, exampleWith({ leader: { company: 'Lumen' } }));
      assert.doesNotMatch(same, /Lumen|nothing confidential from|outside the (?:company|organization)/, `${id}: a leader at your company`);
    }
  });

  test('leader.organization is same or other; a skip-level leader at another company is a warning', () => {
    const bad = validateProfile(exampleWith({ leader: { organization: 'elsewhere' } }));
    assert.ok(!bad.ok);
    assert.ok(bad.issues.some((x) => x.path === 'leader.organization' && /same, other/.test(x.message)), JSON.stringify(bad.issues));
    const other = validateProfile(exampleWith({ leader: { organization: 'other', company: '  Lumen ' }, relationship: 'skip-level' }));
    assert.ok(other.ok);
    assert.strictEqual(other.profile.leader.organization, 'other');
    assert.strictEqual(other.profile.leader.company, 'Lumen');
    assert.ok(other.issues.some((x) => x.path === 'relationship' && x.severity === 'warning'));
    const plain = validateProfile(exampleWith({}));
    assert.strictEqual(plain.profile.leader.organization, undefined);
    assert.ok(!plain.issues.some((x) => x.path.startsWith('leader.')), 'the defaults raise nothing');
  });
});

suite('A leader at another company raises an outsider’s objections', () => {
  /** The objection cards' headings of a document. */
  const cardTitles = (doc: string) => doc.split('\n').filter((l) => l.startsWith('### “')).map((l) => l.slice(4));
  const OUTSIDER = [
    { name: 'why not someone inside your company', pattern: /Isn’t there someone at your own (?:company|organization)|or someone at your own (?:company|organization), be helping/ },
    { name: 'a conflict of interest', pattern: /conflict of interest/ },
    { name: 'what either side may share', pattern: /can’t talk about our internals/ },
  ];
  test('over relationships, tones, cultures and first answers, the cards raise what an outsider would, and the same profiles at your company do not', () => {
    let i = 0;
    for (const relationship of RELATIONSHIPS) {
      for (const tone of TONES) {
        for (const firstResponse of [undefined, 'ask-your-manager', 'noncommittal', 'doubts-fit', 'no-time']) {
          for (const organization of ['other', 'same'] as const) {
            const profile = outsideProfile(relationship, tone, i++, firstResponse, organization);
            const titles = cardTitles(render('objections', profile)).join('\n');
            for (const o of OUTSIDER) {
              if (organization === 'other') assert.match(titles, o.pattern, `${relationship}, ${tone}, ${firstResponse ?? 'none'}: no card on ${o.name}`);
              else assert.doesNotMatch(titles, o.pattern, `${relationship}, ${tone}, ${firstResponse ?? 'none'}: ${o.name} at your own company`);
            }
          }
        }
      }
    }
  });

  test('“have you asked your manager?” from another company is answered as “why not someone inside”, and your manager is named only when the profile says they know', () => {
    const base = { leader: { organization: 'other', company: 'Lumen' }, firstResponse: 'ask-your-manager', firstResponseWords: 'Have you talked to your manager about this?' };
    for (const tone of TONES) {
      const first = cardTitles(render('objections', exampleWith({ ...base, tone })))[0];
      assert.match(first ?? '', /someone at your own (?:company|organization)/, tone);
      assert.match(cardTitles(render('objections', exampleWith({ ...base, tone, relationship: 'former-manager' })))[0] ?? '', /your current manager, or someone at your own (?:company|organization)/, tone);
      const known = render('objections', exampleWith({ ...base, tone, managerKnows: true }));
      assert.match(known, /My manager knows I(?:’m| am) asking you\./, tone);
      for (const managerKnows of [false, undefined]) {
        assert.doesNotMatch(render('objections', exampleWith({ ...base, tone, ...(managerKnows === undefined ? {} : { managerKnows }) })), /My manager knows/, `${tone}, managerKnows ${String(managerKnows)}`);
      }
    }
  });
});

suite('The header names where the leader works', () => {
  test('a leader at another company is not "a leader in another team"', () => {
    for (const relationship of ['cross-team', 'skip-level', 'executive']) {
      const doc = render('prep-doc', exampleWith({ relationship, leader: { organization: 'other', company: 'Tidewater Bank' } }));
      const header = doc.split('\n').find((l) => l.startsWith('*Prepared on'))!;
      assert.match(header, /a leader at another company/, relationship);
      assert.doesNotMatch(header, /in another team/, relationship);
    }
  });
});
