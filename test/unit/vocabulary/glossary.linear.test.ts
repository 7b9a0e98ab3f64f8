import * as assert from 'assert';
import fc from 'fast-check';
import { mergeGlossaries, termKey, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { TermMatcher } from '../../../src/core/vocabulary/matcher';
import { assertLinearTime } from '../doubling';
import { fuzzRuns } from './helpers';

/** One team term defined in n contexts of one glossary (the 1 MB glossary of ~28,000 contexts). */
function oneTermInContexts(n: number): GlossaryEntry[] {
  return Array.from({ length: n }, (_, i) => ({ name: 'Ledger', aliases: ['ledgers', `Ledger ${i}`], definition: `In context ${i}`, source: { kind: 'team', file: 'g.yml', line: i, context: `C${i}` } }));
}

/** The merge as it was (copying lists), kept as the reference for what the result must be. */
function referenceMerge(...layers: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const byKey = new Map<string, GlossaryEntry[]>();
  const layerOf = new Map<GlossaryEntry, number>();
  const kept = new Set<GlossaryEntry>();
  const keys = (e: GlossaryEntry) => [...new Set([e.name, ...e.aliases].map(termKey))];
  const remove = (e: GlossaryEntry) => {
    kept.delete(e);
    for (const k of keys(e)) {
      const list = byKey.get(k)?.filter((x) => x !== e);
      if (list?.length) byKey.set(k, list); else byKey.delete(k);
    }
  };
  layers.forEach((layer, index) => {
    for (const entry of layer) {
      const context = entry.source.kind === 'team' ? entry.source.context : undefined;
      for (const k of keys(entry)) {
        for (const previous of byKey.get(k) ?? []) {
          if (previous === entry) continue;
          const sameLayer = layerOf.get(previous) === index;
          const previousContext = previous.source.kind === 'team' ? previous.source.context : undefined;
          if (!sameLayer || previousContext === context) remove(previous);
        }
      }
      kept.add(entry);
      layerOf.set(entry, index);
      for (const k of keys(entry)) byKey.set(k, [...(byKey.get(k) ?? []).filter((x) => x !== entry), entry]);
    }
  });
  return [...kept];
}

suite('Vocabulary: merging glossaries is linear in the entries', function () {
  this.timeout(60_000);

  test('one term in n contexts: merging takes ~2x the time at 2n', () => {
    assertLinearTime('merge, one term in n contexts', 20_000, oneTermInContexts, (entries) => mergeGlossaries([], entries));
  });

  test('one term in n contexts: building the matcher takes ~2x the time at 2n', () => {
    assertLinearTime('matcher, one term in n contexts', 8_000, (n) => mergeGlossaries([], oneTermInContexts(n)), (entries) => new TermMatcher(entries));
  });

  test('every context keeps its definition, and a match carries them all', () => {
    const merged = mergeGlossaries([], oneTermInContexts(1_000));
    assert.strictEqual(merged.length, 1_000);
    assert.strictEqual(new TermMatcher(merged).findAll('the ledger')[0]?.entries.length, 1_000);
  });

  test(`the same result as the list-copying merge on random layers (${fuzzRuns(300)} runs)`, () => {
    const names = ['A', 'a', 'B b', 'b-b', 'C'];
    const entryArb = fc.record({
      name: fc.constantFrom(...names),
      aliases: fc.array(fc.constantFrom(...names), { maxLength: 2 }),
      context: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(fc.array(entryArb, { maxLength: 6 }), { maxLength: 4 }), (layers) => {
      let line = 0;
      const built = layers.map((layer) => layer.map((e): GlossaryEntry => ({
        name: e.name, aliases: e.aliases, definition: String(++line),
        source: e.context === undefined && line % 2 ? { kind: 'builtin' } : { kind: 'team', file: 'f', line, ...(e.context ? { context: e.context } : {}) },
      })));
      assert.deepStrictEqual(mergeGlossaries(...built).map((e) => e.definition), referenceMerge(...built).map((e) => e.definition));
    }), { numRuns: fuzzRuns(300) });
  });
});
