import * as assert from 'assert';
import { builtinGlossary, findEntry, mergeGlossaries, termKey } from '../../../src/core/vocabulary/glossary';
import { builtins, entry } from './helpers';

const BRIEF_TERMS = [
  'Architectural Runway', 'Technical Debt', 'Microservices', 'Eventual Consistency', 'API Gateway',
  'Domain-Driven Design', 'Cloud Native', 'Non-Functional Requirements', 'Refactoring', 'Design Patterns',
];

suite('Vocabulary: built-in glossary', () => {
  const glossary = builtinGlossary();

  test('has at least 60 terms', () => {
    assert.ok(glossary.length >= 60, `only ${glossary.length} terms`);
  });
  test('holds the ten terms of the brief', () => {
    for (const name of BRIEF_TERMS) assert.strictEqual(findEntry(glossary, name)?.name, name);
  });
  test('every term has a definition, why it matters and how to say it', () => {
    for (const e of glossary) {
      for (const field of ['definition', 'whyItMatters', 'howToSay'] as const) {
        assert.ok(typeof e[field] === 'string' && e[field]!.trim().length > 0, `${e.name} has no ${field}`);
      }
    }
  });
  test('every term is marked as built-in', () => {
    for (const e of glossary) assert.deepStrictEqual(e.source, { kind: 'builtin' }, e.name);
  });
  test('every related name resolves to another term', () => {
    for (const e of glossary) {
      for (const r of e.related ?? []) {
        const target = findEntry(glossary, r);
        assert.ok(target, `${e.name} → ${r} does not resolve`);
        assert.notStrictEqual(target, e, `${e.name} is related to itself`);
      }
    }
  });
  test('no name or alias collides with another term', () => {
    const owner = new Map<string, string>();
    for (const e of glossary) {
      for (const spelling of [e.name, ...e.aliases]) {
        const k = termKey(spelling);
        const previous = owner.get(k);
        assert.ok(previous === undefined || previous === e.name, `'${spelling}' of ${e.name} collides with ${previous}`);
        owner.set(k, e.name);
      }
    }
  });
  test('merging the glossary with nothing keeps every term', () => {
    assert.strictEqual(mergeGlossaries(glossary).length, glossary.length);
  });
  test('links are http(s) addresses', () => {
    for (const e of glossary) if (e.link !== undefined) assert.match(e.link, /^https?:\/\/\S+$/, e.name);
  });
  test('every name and alias, written as is, is found as one whole match of its own term', () => {
    for (const e of glossary) {
      for (const spelling of [e.name, ...e.aliases]) {
        const matches = builtins().findAll(spelling);
        assert.deepStrictEqual(matches.map((m) => [m.text, m.entry.name]), [[spelling, e.name]], spelling);
      }
    }
  });
  test('is built once and shared', () => {
    assert.strictEqual(builtinGlossary(), glossary);
  });
});

suite('Vocabulary: termKey', () => {
  test('ignores case, hyphens, underscores and spacing', () => {
    assert.strictEqual(termKey('Domain-Driven  Design'), 'domain driven design');
    assert.strictEqual(termKey(' domain_driven\tdesign '), 'domain driven design');
  });
  test('keeps other punctuation', () => {
    assert.notStrictEqual(termKey("Conway's Law"), termKey('Conways Law'));
  });
});

suite('Vocabulary: findEntry', () => {
  const entries = [entry('Technical Debt', ['tech debt']), entry('Domain-Driven Design', ['DDD'])];

  test('finds an entry by its name', () => {
    assert.strictEqual(findEntry(entries, 'Technical Debt'), entries[0]);
  });
  test('finds an entry by one of its aliases', () => {
    assert.strictEqual(findEntry(entries, 'DDD'), entries[1]);
  });
  test('ignores case, hyphens and spacing', () => {
    assert.strictEqual(findEntry(entries, 'domain driven design'), entries[1]);
    assert.strictEqual(findEntry(entries, 'TECH-DEBT'), entries[0]);
  });
  test('returns undefined for an unknown name', () => {
    assert.strictEqual(findEntry(entries, 'Technical'), undefined);
    assert.strictEqual(findEntry([], 'DDD'), undefined);
  });
});

suite('Vocabulary: mergeGlossaries', () => {
  test('keeps entries of every layer that do not collide', () => {
    const merged = mergeGlossaries([entry('A')], [entry('B')], [entry('C')]);
    assert.deepStrictEqual(merged.map((e) => e.name).sort(), ['A', 'B', 'C']);
  });
  test('a later entry with the same name replaces the earlier one', () => {
    const team = entry('Technical Debt', [], { definition: 'ours' });
    const merged = mergeGlossaries(builtinGlossary(), [team]);
    assert.strictEqual(findEntry(merged, 'Technical Debt'), team);
    assert.strictEqual(merged.length, builtinGlossary().length);
  });
  test('the same name in another spelling (case, hyphen) still replaces', () => {
    const team = entry('domain driven design');
    const merged = mergeGlossaries([entry('Domain-Driven Design', ['DDD'])], [team]);
    assert.deepStrictEqual(merged, [team]);
  });
  test('an entry replaces an earlier one whose name is one of its aliases', () => {
    const team = entry('Debt Ledger', ['Technical Debt']);
    const merged = mergeGlossaries([entry('Technical Debt', ['tech debt']), entry('Other')], [team]);
    assert.deepStrictEqual(merged.map((e) => e.name).sort(), ['Debt Ledger', 'Other']);
  });
  test('a replaced entry is replaced entirely: its other aliases go with it', () => {
    const merged = mergeGlossaries([entry('Technical Debt', ['tech debt'])], [entry('Technical Debt')]);
    assert.strictEqual(findEntry(merged, 'tech debt'), undefined);
  });
  test('within one layer, the later of two same-named entries wins', () => {
    const second = entry('Cache', [], { definition: 'second' });
    assert.deepStrictEqual(mergeGlossaries([entry('Cache'), second]), [second]);
  });
  test('the same layer merged twice gives no duplicates', () => {
    const layer = [entry('A', ['a1']), entry('B')];
    assert.strictEqual(mergeGlossaries(layer, layer).length, 2);
  });
  test('an entry listing one alias twice is kept once', () => {
    assert.strictEqual(mergeGlossaries([entry('A', ['x', 'X', 'x'])]).length, 1);
  });
  test('with no layers, the result is empty', () => {
    assert.deepStrictEqual(mergeGlossaries(), []);
  });
  test('does not modify its inputs', () => {
    const builtinCount = builtinGlossary().length;
    mergeGlossaries(builtinGlossary(), [entry('Technical Debt')]);
    assert.strictEqual(builtinGlossary().length, builtinCount);
    assert.ok(findEntry(builtinGlossary(), 'tech debt'));
  });
});
