import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Profile } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { chooseTerms, MAX_TERMS, SEED_TERMS, TERMS_TO_USE } from '../../../src/core/render/terms';
import { builtinGlossary, findEntry } from '../../../src/core/vocabulary/glossary';
import { rankTerms } from '../../../src/core/vocabulary/relevance';

interface Labelled { id: string; split: 'tune' | 'held-out' | 'fresh'; source: string; challenge: string; expertise?: string; goal?: string; decision?: string; terms: string[] }

const labelsIn = (file: string) => (JSON.parse(readFileSync(path.resolve(__dirname, '../../../test/fixtures', file), 'utf8')) as { items: Labelled[] }).items;
const labelled = labelsIn('vocabulary-labels.json');
/** Written after the tuning, to see how the ranking does on challenges it was not tuned on. */
const unseen = labelsIn('vocabulary-labels-unseen.json');

const profileOf = (input: unknown): Profile => {
  const result = validateProfile(input);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.profile;
};
const offeredFor = (item: { challenge: string; expertise?: string; goal?: string; decision?: string }) =>
  chooseTerms(profileOf({ leader: { name: 'Dana', expertise: item.expertise, decisionYouAdmire: item.decision }, challenge: item.challenge, goal: item.goal }), builtinGlossary()).map((e) => e.name);
/** The first 52 items, labelled before the cost-cut and reconciliation cases: their figures are printed apart, so a change for
 *  the new cases is seen not to cost the old ones. */
const EARLIER = 52;

/** Top-3 precision (labelled terms among the three marked "use these") and recall (labelled terms
 *  anywhere in the offered list), micro-averaged over the items. */
function measure(items: readonly Labelled[]) {
  let topHits = 0;
  let offeredHits = 0;
  let labels = 0;
  for (const item of items) {
    const offered = offeredFor(item);
    topHits += offered.slice(0, TERMS_TO_USE).filter((n) => item.terms.includes(n)).length;
    offeredHits += item.terms.filter((n) => offered.includes(n)).length;
    labels += item.terms.length;
  }
  return { precision: topHits / (items.length * TERMS_TO_USE), recall: offeredHits / labels, items: items.length };
}
const fixed = (n: number) => n.toFixed(3);

suite('Vocabulary ranking: the labelled set (test/fixtures/vocabulary-labels.json)', () => {
  test('the set has at least 40 items, each with a source and three terms the built-in glossary holds', () => {
    assert.ok(labelled.length >= 40, String(labelled.length));
    for (const item of labelled) {
      assert.ok(item.source.trim() !== '' && item.challenge.trim() !== '', item.id);
      assert.strictEqual(new Set(item.terms).size, 3, item.id);
      for (const n of item.terms) assert.strictEqual(findEntry(builtinGlossary(), n)?.name, n, `${item.id}: ${n} is not a built-in term`);
    }
  });

  test('top-3 precision is at least 0.7; recall of the offered list is printed', () => {
    const all = measure(labelled);
    const heldOut = measure(labelled.filter((i) => i.split === 'held-out'));
    console.log(`      all ${all.items} items: top-3 precision ${fixed(all.precision)}, recall in the offered list ${fixed(all.recall)}`);
    console.log(`      held-out ${heldOut.items} items: top-3 precision ${fixed(heldOut.precision)}, recall in the offered list ${fixed(heldOut.recall)}`);
    const earlier = measure(labelled.slice(0, EARLIER));
    console.log(`      the ${earlier.items} earlier items: top-3 precision ${fixed(earlier.precision)}, recall in the offered list ${fixed(earlier.recall)}`);
    assert.ok(all.precision >= 0.7, `top-3 precision ${fixed(all.precision)} < 0.7`);
    // Measured before the later cases were added: 131 of 156 in the top three (0.840), 151 of 156
    // labels offered (0.968). Not to drop.
    assert.ok(earlier.precision >= 131 / 156 - 1e-9 && earlier.recall >= 151 / 156 - 1e-9, `${fixed(earlier.precision)}, ${fixed(earlier.recall)}`);
  });

  test('the obvious term of a cost cut, a reconciliation and a leader’s parallel run is among "use these"', () => {
    // FinOps for a cloud or warehouse bill, Idempotency for reruns of a reconciliation, Parallel
    // Run when the decision you admire was one: each labelled case, in two phrasings.
    const key: Record<string, string> = { c53: 'FinOps', c54: 'FinOps', c55: 'Idempotency', c56: 'Idempotency', c57: 'Parallel Run', c58: 'Parallel Run' };
    for (const [id, term] of Object.entries(key)) {
      const item = labelled.find((i) => i.id === id)!;
      const use = offeredFor(item).slice(0, TERMS_TO_USE);
      assert.ok(use.includes(term), `${id}: ${term} not in ${use.join(', ')}`);
    }
  });

  test('on challenges written after the tuning: printed, and kept from falling below the first measurement', () => {
    const after = measure(unseen);
    console.log(`      unseen ${after.items} items: top-3 precision ${fixed(after.precision)}, recall in the offered list ${fixed(after.recall)}`);
    // The figures measured when the set was written (0.289 and 0.489 after three keyword fixes):
    // a floor against regressions, not a target.
    assert.ok(after.precision >= 0.28 && after.recall >= 0.48, `${fixed(after.precision)}, ${fixed(after.recall)}`);
  });

  test('every seed term a label names is offered', () => {
    const missing = labelled.flatMap((item) => {
      const offered = offeredFor(item);
      return item.terms.filter((n) => SEED_TERMS.includes(n) && !offered.includes(n)).map((n) => `${item.id}: ${n} (offered: ${offered.join(', ')})`);
    });
    assert.deepStrictEqual(missing, []);
  });

  test('8 to 10 terms for a conversation the glossary fits, never more than 10', () => {
    for (const item of labelled) {
      const n = offeredFor(item).length;
      assert.ok(n <= MAX_TERMS, `${item.id}: ${n}`);
    }
    const sizes = labelled.map((item) => offeredFor(item).length);
    const full = sizes.filter((n) => n >= 8).length;
    console.log(`      ${full} of ${sizes.length} items get 8 to 10 terms (sizes ${Math.min(...sizes)}–${Math.max(...sizes)})`);
    assert.ok(full >= labelled.length * 0.8, `${full} of ${labelled.length}`);
  });
});

suite('Vocabulary ranking: what an architect expects', () => {
  const top = (challenge: string, n = TERMS_TO_USE) => offeredFor({ challenge }).slice(0, n);

  test('a p99 latency target gets Non-Functional Requirements', () => {
    assert.ok(offeredFor({ challenge: 'Our p99 latency target for the quote API is 250 ms and we are at 700 ms.' }).includes('Non-Functional Requirements'));
  });

  test('two teams fighting over who owns a shared service get Domain-Driven Design terms at the top', () => {
    const picked = top('Two teams keep fighting over who owns the shared notification service.');
    assert.ok(picked.some((n) => ['Bounded Context', 'Context Map', 'Domain-Driven Design'].includes(n)), picked.join(', '));
  });

  test('"without losing a single update" gets Idempotency or the Transactional Outbox at the top', () => {
    const picked = top('Syncing stock levels from the stores to the web shop without losing a single update.');
    assert.ok(picked.some((n) => ['Idempotency', 'Transactional Outbox'].includes(n)), picked.join(', '));
  });

  test('poor fits are never offered', () => {
    const batch = offeredFor({ challenge: 'Migrating ten million customer records from the old billing database in a nightly batch, with an audit of every record moved.' });
    assert.ok(!batch.includes('Threat Modeling'), batch.join(', '));
    const council = offeredFor({ challenge: 'Writing the business case for the council to replace its housing repairs system within budget.' });
    assert.ok(!council.includes('FinOps'), council.join(', '));
  });
});

suite('rankTerms', () => {
  const entry = (name: string, extra: object = {}) => ({ name, aliases: [], definition: '', source: { kind: 'builtin' as const }, ...extra });

  test('a name beats a keyword, a keyword beats nothing, and nothing is offered for no reason', () => {
    const glossary = [entry('Widget Bus', { keywords: ['queue'] }), entry('Gizmo Store', { keywords: ['storage'] }), entry('Filler')];
    const ranked = rankTerms([{ text: 'our queue and the gizmo store', weight: 1 }], glossary, { max: 10 });
    assert.deepStrictEqual(ranked.map((r) => r.entry.name), ['Gizmo Store', 'Widget Bus']);
  });

  test('a keyword shared by several terms counts less for each; a plural matches its singular', () => {
    const glossary = [entry('A', { keywords: ['retry', 'monolith'] }), entry('B', { keywords: ['monolith'] }), entry('C', { keywords: ['monolith'] })];
    const ranked = rankTerms([{ text: 'Retries against the monoliths', weight: 1 }], glossary, { max: 10 });
    assert.deepStrictEqual(ranked.map((r) => r.entry.name), ['A']);
    const forms = [entry('Splitter', { keywords: ['split up'] }), entry('Migrator', { keywords: ['migrate'] })];
    assert.deepStrictEqual(rankTerms([{ text: 'Splitting up what we migrated', weight: 1 }], forms, { max: 10 }).map((r) => r.entry.name), ['Splitter', 'Migrator']);
  });

  test('a strong term brings its related terms; a weak one does not', () => {
    const glossary = [entry('Alpha', { related: ['Beta'] }), entry('Beta'), entry('Gamma', { keywords: ['cache'], related: ['Delta'] }), entry('Delta')];
    assert.deepStrictEqual(rankTerms([{ text: 'about alpha', weight: 1 }], glossary, { max: 10 }).map((r) => r.entry.name), ['Alpha', 'Beta']);
    assert.deepStrictEqual(rankTerms([{ text: 'a cache', weight: 1 }], glossary, { max: 10 }).map((r) => r.entry.name), ['Gamma']);
  });

  test('the list is filled up with the related terms of the best three the answers touch, and of others only when a strong term points at them too', () => {
    const glossary = [entry('Alpha'), entry('Beta'), entry('Gamma'), entry('Delta', { keywords: ['queue'], related: ['Epsilon'] }), entry('Epsilon', { related: ['Zeta'] }), entry('Zeta')];
    const fill = (text: string, fillTo = 8) => rankTerms([{ text, weight: 1 }], glossary, { max: 10, fillTo }).map((r) => r.entry.name);
    assert.deepStrictEqual(fill('alpha beta gamma and a queue'), ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon']);
    // Epsilon came in through a link, so its own links (Zeta) do not.
    assert.deepStrictEqual(fill('a queue'), ['Delta', 'Epsilon']);
    assert.deepStrictEqual(fill('a queue', 1), ['Delta']);
  });

  test('a context-bound term is offered only on the answers’ own evidence, never through a link', () => {
    const glossary = [entry('Alpha', { related: ['Bound', 'Beta'] }), entry('Bound', { contextBound: true, keywords: ['cloud'] }), entry('Beta')];
    const fill = (text: string) => rankTerms([{ text, weight: 1 }], glossary, { max: 10, fillTo: 8 }).map((r) => r.entry.name);
    assert.deepStrictEqual(fill('alpha'), ['Alpha', 'Beta']);
    assert.deepStrictEqual(fill('alpha in the cloud'), ['Alpha', 'Bound', 'Beta']);
  });

  test('a term the challenge touches and that must be kept displaces the weakest other term', () => {
    const glossary = [entry('X', { keywords: ['alpha', 'beta'] }), entry('Y', { keywords: ['alpha', 'gamma'] }), entry('Seed', { keywords: ['delta'] })];
    const ranked = rankTerms([{ text: 'alpha beta gamma delta', weight: 1 }], glossary, { max: 2, alwaysWhenTouched: ['Seed'] });
    assert.deepStrictEqual(ranked.map((r) => r.entry.name).sort(), ['Seed', 'X']);
  });

  test('an empty glossary or empty answers give nothing', () => {
    assert.deepStrictEqual(rankTerms([{ text: 'anything', weight: 1 }], [], { max: 10 }), []);
    assert.deepStrictEqual(rankTerms([{ text: '', weight: 1 }, { text: undefined, weight: 1 }], [entry('A')], { max: 10 }), []);
  });

  test('the steps grow linearly with the text, whatever its words (keyword first words repeated)', () => {
    const glossary = builtinGlossary();
    const firstWords = [...new Set(glossary.flatMap((e) => e.keywords ?? []).map((k) => k.split(' ')[0]!))];
    const steps = (words: number) => {
      const counter = { steps: 0 };
      const text = Array.from({ length: words }, (_, i) => firstWords[i % firstWords.length]).join(' ');
      rankTerms([{ text, weight: 1 }, { text, weight: 0.5 }], glossary, { max: 10, counter });
      return counter.steps;
    };
    const small = steps(2000);
    const large = steps(20000);
    assert.ok(large <= small * 10.5, `x10 text: ${small} → ${large} steps`);
  });
});
