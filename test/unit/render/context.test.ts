import * as assert from 'assert';
import fc from 'fast-check';
import type { Profile } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { PHASE_TITLES, PREP_STEPS } from '../../../src/core/checklist/steps';
import { buildContext } from '../../../src/core/render/context';
import { chooseTerms, MAX_TERMS, MIN_TERMS, SEED_TERMS } from '../../../src/core/render/terms';
import { FLAG_NAMES } from '../../../src/core/render/facts';
import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { exampleProfile, exampleWith, TODAY } from './helpers';

const profileOf = (input: unknown): Profile => {
  const result = validateProfile(input);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.profile;
};
const names = (entries: readonly GlossaryEntry[]) => entries.map((e) => e.name);
const entry = (name: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ name, aliases: [], definition: `About ${name}.`, source: { kind: 'builtin' }, ...extra });

suite('chooseTerms', () => {
  const glossary = builtinGlossary();

  test('picks the terms the challenge and the bridge name first, in the order they appear, then the others', () => {
    const chosen = names(chooseTerms(profileOf(exampleProfile()), glossary));
    assert.deepStrictEqual(chosen.slice(0, 2), ['API Gateway', 'Bounded Context']);
    assert.ok(chosen.includes('Domain-Driven Design'), 'named in what the leader is known for');
  });

  test('does not pad with widely useful terms when few fit (review #20): only the named term and the terms related to it', () => {
    const chosen = chooseTerms(profileOf({ leader: { name: 'Dana' }, challenge: 'our API gateway' }), glossary);
    assert.strictEqual(names(chosen)[0], 'API Gateway');
    const related = glossary.find((e) => e.name === 'API Gateway')!.related ?? [];
    for (const n of names(chosen).slice(1)) assert.ok(related.includes(n), `${n} is not related to API Gateway`);
    // One generic keyword ("services", "reporting", "contract") is not a topic.
    for (const challenge of ['SSO for 40 municipal services has to go live before the OZG deadline and our IAM vendor contract ends in June.', 'p99 latency on the reporting API is over 2 s for our 3 largest tenants.']) {
      const picked = names(chooseTerms(profileOf({ leader: { name: 'Dana' }, challenge }), glossary));
      for (const off of ['Microservices', 'Contract Testing', 'API Versioning', 'Data Mesh', 'API Gateway']) assert.ok(!picked.includes(off), `${challenge}: ${off}`);
    }
  });

  test('picks terms by meaning: a challenge that never names them still gets the fitting ones', () => {
    const pick = (challenge: string) => names(chooseTerms(profileOf({ leader: { name: 'Dana' }, challenge }), glossary));
    const monolith = pick('breaking up the order monolith without a big-bang rewrite');
    for (const n of ['Strangler Fig', 'Modular Monolith', 'Microservices', 'Refactoring']) assert.ok(monolith.includes(n), `monolith: ${n} in ${monolith.join(', ')}`);
    assert.ok(!monolith.includes('Architectural Runway'), 'a monolith challenge is not padded with runway');
    const contracts = pick('three teams each built their own SAP integration and nobody owns the contracts between teams');
    for (const n of ['Contract Testing', 'Anti-Corruption Layer']) assert.ok(contracts.includes(n), `contracts: ${n} in ${contracts.join(', ')}`);
    const latency = pick('checkout latency: p99 above 300 ms at peak');
    for (const n of ['Latency Budget', 'Caching']) assert.ok(latency.includes(n), `latency: ${n} in ${latency.join(', ')}`);
    const cloud = pick('moving our on-prem services to the cloud');
    for (const n of ['Cloud Native']) assert.ok(cloud.includes(n), `cloud: ${n} in ${cloud.join(', ')}`);
    const sync = pick('keeping customer data in sync between billing and support');
    assert.ok(sync.includes('Eventual Consistency'), sync.join(', '));
  });

  test('each of the seed’s ten terms is offered when the challenge names it', () => {
    for (const n of SEED_TERMS) assert.ok(names(chooseTerms(profileOf({ leader: { name: 'Dana' }, challenge: `our approach to ${n.toLowerCase()}` }), glossary)).includes(n), n);
  });

  test('a profile that names no terms gets none rather than generic padding', () => {
    const chosen = chooseTerms(profileOf({ leader: { name: 'Dana' }, challenge: 'getting better at my job' }), glossary);
    assert.deepStrictEqual(names(chosen), []);
  });

  test('a profile that names many terms is capped at the maximum', () => {
    const many = 'API gateway, bounded contexts, technical debt, event sourcing, CQRS, microservices, service mesh, eventual consistency, observability, strangler fig, domain-driven design';
    const chosen = chooseTerms(profileOf({ leader: { name: 'Dana' }, challenge: many }), glossary);
    assert.strictEqual(chosen.length, MAX_TERMS);
  });

  test('a term mentioned twice is listed once', () => {
    const chosen = chooseTerms(profileOf({ leader: { name: 'Dana', expertise: 'API gateways' }, challenge: 'our API gateway' }), glossary);
    assert.strictEqual(names(chosen).filter((n) => n === 'API Gateway').length, 1);
  });

  test('reads the challenge, the bridge, the leader’s expertise and initiative and what you bring; not your own strengths', () => {
    const inputs = [
      { leader: { name: 'Dana' }, challenge: 'technical debt' },
      { leader: { name: 'Dana' }, challenge: 'x', expertiseApplied: 'technical debt' },
      { leader: { name: 'Dana', expertise: 'technical debt' }, challenge: 'x' },
      { leader: { name: 'Dana', initiative: 'technical debt' }, challenge: 'x' },
      { leader: { name: 'Dana' }, challenge: 'x', valueYouBring: 'technical debt' },
    ];
    for (const input of inputs) {
      assert.deepStrictEqual(names(chooseTerms(profileOf(input), [entry('Technical Debt'), entry('Filler')])), ['Technical Debt'], JSON.stringify(input));
    }
    // Your strengths are what you bring, not the topic (no Kubernetes in a decomposition talk).
    assert.deepStrictEqual(names(chooseTerms(profileOf({ leader: { name: 'Dana' }, challenge: 'x', you: { strengths: 'technical debt' } }), [entry('Technical Debt'), entry('Filler')])), []);
  });

  test('does not pick terms from the leader’s name or role', () => {
    const p = profileOf({ leader: { name: 'Widget Bus', role: 'Gizmo Store' }, challenge: 'x' });
    assert.deepStrictEqual(names(chooseTerms(p, [entry('Widget Bus'), entry('Gizmo Store')])), []);
  });

  test('with the built-in glossary, never more than the maximum (and no padding up to a minimum)', () => {
    const words = fc.constantFrom('API gateway', 'bounded context', 'technical debt', 'CQRS', 'event sourcing', 'microservices', 'the', 'team', 'scaling', 'latency', 'SLOs', 'idempotency');
    const text = fc.array(words, { maxLength: 20 }).map((w) => w.join(' '));
    fc.assert(fc.property(text, text, (challenge, expertise) => {
      const n = chooseTerms(profileOf({ leader: { name: 'Dana', expertise: expertise || undefined }, challenge: challenge || 'x' }), glossary).length;
      assert.ok(n >= 0 && n <= MAX_TERMS, String(n));
    }), { numRuns: 300 });
  });
});

suite('buildContext', () => {
  const ctx = buildContext(profileOf(exampleProfile()), builtinGlossary(), TODAY);

  test('carries the profile’s text', () => {
    assert.strictEqual(ctx.leader.name, 'Dana Okafor');
    assert.strictEqual(ctx.leader.role, 'VP Engineering');
    assert.strictEqual(ctx.you.name, 'Sam Rivera');
    assert.strictEqual(ctx.challenge, 'scaling our API gateway for 10x user load');
  });

  test('turns the choices into readable labels', () => {
    assert.deepStrictEqual(ctx.cadence, { id: 'biweekly', label: 'every two weeks' });
    assert.deepStrictEqual(ctx.format, { id: 'mixed', label: 'a mix of short meetings and async updates' });
    assert.deepStrictEqual(ctx.relationship, { id: 'skip-level', label: 'a skip-level leader' });
    assert.strictEqual(ctx.sessionMinutes, 30);
  });

  test('sets an `is` flag for the tone, culture, format and relationship (camel-cased)', () => {
    // The example profile answers goal and successLooksLike (test/fixtures/profiles/example.json).
    const situation = { declined: false, closedDoor: false, doubtsFit: false, askedBefore: false, hasGoal: true, hasSuccess: true, hasInitiative: true, hasStrengths: true, hasBridge: true, shortSession: false, askInWriting: false, theConversation: false, valueClause: false, strengthsClause: false, expertiseClause: false, managerUnsaid: true };
    // Every flag is present (typed), true only for the choices made.
    const allFalse = Object.fromEntries(FLAG_NAMES.map((f) => [f, false]));
    assert.deepStrictEqual({ ...ctx.is }, { ...allFalse, formal: true, indirect: true, hierarchical: true, mixed: true, biweekly: true, skipLevel: true, recurring: true, live: true, critiqueUnsaid: true, ...situation });
    const other = buildContext(profileOf(exampleWith({ relationship: 'former-manager', tone: 'concise', format: 'async', culture: { communication: 'direct', hierarchy: 'flat' } })), builtinGlossary(), TODAY);
    assert.deepStrictEqual({ ...other.is }, { ...allFalse, concise: true, direct: true, flat: true, async: true, biweekly: true, formerManager: true, recurring: true, live: false, ...situation,
      // Async with no first answer yet: the ask is the first note itself, written (askMode ownNote).
      askInWriting: true, ownNote: true });
  });

  test('every choice has a label', () => {
    for (const cadence of ['weekly', 'biweekly', 'monthly', 'as-needed']) {
      for (const relationship of ['skip-level', 'cross-team', 'executive', 'former-manager']) {
        for (const format of ['meetings', 'async', 'mixed']) {
          const c = buildContext(profileOf(exampleWith({ cadence, relationship, format })), builtinGlossary(), TODAY);
          assert.ok(c.cadence.label && c.relationship.label && c.format.label, `${cadence} ${relationship} ${format}`);
        }
      }
    }
  });

  test('user text arrives Markdown-safe', () => {
    const c = buildContext(profileOf(exampleWith({ leader: { name: '# *Dana* <b>' }, challenge: 'R&D\nwith | pipes' })), builtinGlossary(), TODAY);
    assert.strictEqual(c.leader.name, '\\# \\*Dana\\* \\<b>');
    assert.strictEqual(c.challenge, 'R&D with | pipes', 'a pipe outside a table needs no escape');
  });

  test('a missing optional answer arrives as a visible fill-in prompt', () => {
    const c = buildContext(profileOf({ leader: { name: 'Dana' }, challenge: 'x' }), builtinGlossary(), TODAY);
    assert.strictEqual(c.you.name, '**[fill in: your name]**');
    assert.strictEqual(c.leader.initiative, '**[fill in: a project or initiative they led]**');
    assert.strictEqual(c.expertiseApplied, '**[fill in: how their expertise applies to your challenge]**');
    assert.strictEqual(c.valueYouBring, '**[fill in: what you bring back to them and the team]**');
  });

  test('the default role is used when you give none', () => {
    const c = buildContext(profileOf({ leader: { name: 'Dana' }, challenge: 'x' }), builtinGlossary(), TODAY);
    assert.strictEqual(c.you.role, 'Software Architect');
  });

  test('an answer made only of control characters counts as missing', () => {
    const c = buildContext(profileOf({ leader: { name: 'Dana', role: '\u0001\u0002' }, challenge: 'x' }), builtinGlossary(), TODAY);
    assert.strictEqual(c.leader.role, '**[fill in: the leader’s role]**');
  });

  test('today is the local calendar date, as YYYY-MM-DD', () => {
    assert.strictEqual(ctx.today, '2024-05-01');
    assert.strictEqual(buildContext(profileOf(exampleProfile()), builtinGlossary(), new Date(2024, 11, 31, 23, 59)).today, '2024-12-31');
    assert.strictEqual(buildContext(profileOf(exampleProfile()), builtinGlossary(), new Date(2025, 0, 1, 0, 1)).today, '2025-01-01');
  });

  test('the checklist is every prep step, in order, with its phase title', () => {
    // Every step but the one for a referral (the example names nobody to write to).
    assert.deepStrictEqual(ctx.checklist, PREP_STEPS.filter((s) => s.id !== 'write-to-referral').map((s) => ({ id: s.id, phase: s.phase, phaseTitle: PHASE_TITLES[s.phase], title: s.title, done: false })));
  });

  test('terms come with a definition and a sentence to try', () => {
    assert.deepStrictEqual(ctx.terms.map((t) => t.name).slice(0, 2), ['API Gateway', 'Bounded Context']);
    assert.ok(ctx.terms.length >= MIN_TERMS && ctx.terms.length <= MAX_TERMS);
    for (const t of ctx.terms) {
      assert.ok(t.definition.length > 20, t.name);
      assert.ok(t.howToSay.length > 20, t.name);
    }
  });

  test('a team term without a definition or a sentence still gets both', () => {
    const c = buildContext(profileOf({ leader: { name: 'Dana' }, challenge: 'our Widget Bus' }), [entry('Widget Bus', { definition: '' })], TODAY);
    assert.deepStrictEqual(c.terms, [{ name: 'Widget Bus', use: true, definition: 'No definition yet.', howToSay: 'I would value your view on widget bus in our context.' }]);
  });

  test('a team term’s first example is used as the sentence to try', () => {
    const c = buildContext(profileOf({ leader: { name: 'Dana' }, challenge: 'our Widget Bus' }), [entry('Widget Bus', { examples: ['We route *all* events via the Widget Bus.'] })], TODAY);
    assert.strictEqual(c.terms[0]!.howToSay, 'We route \\*all\\* events via the Widget Bus.');
  });

  test('glossary text is made Markdown-safe too', () => {
    const c = buildContext(profileOf({ leader: { name: 'Dana' }, challenge: 'our <Widget> Bus' }), [entry('<Widget> Bus', { definition: 'Line one\n# not a heading' })], TODAY);
    assert.strictEqual(c.terms[0]!.name, '\\<Widget> Bus');
    assert.strictEqual(c.terms[0]!.definition, 'Line one # not a heading');
  });
});

suite('tryLine: no question that assumes a fact (review #20)', () => {
  test('"Did you…" and "who negotiated…" are not put in the user\'s mouth', async () => {
    const { tryLine } = await import('../../../src/core/render/terms');
    for (const howToSay of ['Did contract testing actually let you retire your shared staging environment, or did it just add another layer?', 'How long did you commit to supporting old versions under your API versioning policy, and who negotiated that with customers?']) {
      const line = tryLine({ name: 'Contract Testing', definition: 'x', howToSay } as never, 'our SSO rollout');
      assert.doesNotMatch(line, /^Did |who negotiated/, line);
    }
  });
});
