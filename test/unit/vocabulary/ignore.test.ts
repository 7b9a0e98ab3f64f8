import * as assert from 'assert';
import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { ignoredKeys, isIgnored, termList, withIgnored, withoutIgnored } from '../../../src/core/vocabulary/ignore';
import { parseGlossary } from '../../../src/core/vocabulary/loader';
import { GlossaryScope } from '../../../src/core/vocabulary/scope';

const entry = (name: string, aliases: string[] = []): GlossaryEntry => ({ name, aliases, definition: 'd', source: { kind: 'builtin' } });

suite('Muted terms (vocabulary.ignoreTerms)', () => {
  test('a name or an alias mutes the entry, in any case and spacing', () => {
    const entries = [entry('Kubernetes', ['k8s']), entry('Event-Driven Architecture', ['EDA']), entry('CQRS')];
    assert.deepStrictEqual(withoutIgnored(entries, ['kubernetes']).map((e) => e.name), ['Event-Driven Architecture', 'CQRS']);
    assert.deepStrictEqual(withoutIgnored(entries, ['K8S', 'event driven  architecture']).map((e) => e.name), ['CQRS']);
    assert.deepStrictEqual(withoutIgnored(entries, ['eda']).map((e) => e.name), ['Kubernetes', 'CQRS']);
    assert.deepStrictEqual(withoutIgnored(entries, []).map((e) => e.name), ['Kubernetes', 'Event-Driven Architecture', 'CQRS']);
    assert.strictEqual(isIgnored(entries[2]!, ignoredKeys(['cqrs '])), true);
    assert.strictEqual(isIgnored(entries[2]!, ignoredKeys(['', '  '])), false);
  });

  test('adding a term already on the list (in another spelling) leaves the list as it was', () => {
    assert.deepStrictEqual(withIgnored(['Kubernetes'], 'kubernetes'), ['Kubernetes']);
    assert.deepStrictEqual(withIgnored(['Kubernetes'], 'CQRS'), ['Kubernetes', 'CQRS']);
  });

  test('a hand-edited setting keeps only its strings', () => {
    assert.deepStrictEqual(termList(['a', 3, null, '', ' ', 'b']), ['a', 'b']);
    assert.deepStrictEqual(termList('Kubernetes'), []);
    assert.deepStrictEqual(termList({ 0: 'x' }), []);
  });

  test('the scope\'s matchers leave muted terms out; entriesFor (documents, Explain Term) keeps them', () => {
    const scope = new GlossaryScope(true, ['file:///ws']);
    scope.set(parseGlossary('contexts:\n  - terms:\n      - name: Settlement Window\n        definition: When payments are batched.\n', 'file:///ws/team.glossary.yml'));
    const text = 'Kubernetes runs the settlement window job.';
    const found = () => scope.matcherFor('file:///ws/a.md').findAll(text).map((m) => m.entry.name);
    assert.deepStrictEqual(found(), ['Kubernetes', 'Settlement Window']);
    scope.ignore(['kubernetes', 'settlement window']);
    assert.deepStrictEqual(found(), []);
    assert.ok(scope.entriesFor('file:///ws/a.md').some((e) => e.name === 'Kubernetes'));
    scope.ignore([]);
    assert.deepStrictEqual(found(), ['Kubernetes', 'Settlement Window']);
    assert.ok(builtinGlossary().some((e) => e.name === 'Kubernetes'), 'the built-in glossary has Kubernetes');
  });

  test('terms offered while typing leave muted terms out, by name or alias, and come back when unmuted', () => {
    const scope = new GlossaryScope(true, ['file:///ws']);
    scope.set(parseGlossary('contexts:\n  - terms:\n      - name: Settlement Window\n        aliases: [batch window]\n        definition: When payments are batched.\n', 'file:///ws/team.glossary.yml'));
    const offered = () => scope.offeredFor('file:///ws/a.md').map((e) => e.name);
    assert.ok(offered().includes('Kubernetes') && offered().includes('Settlement Window'));
    scope.ignore(['KUBERNETES', 'batch-window']);
    assert.ok(!offered().includes('Kubernetes'), 'muted by name');
    assert.ok(!offered().includes('Settlement Window'), 'muted by alias');
    assert.ok(offered().includes('Technical Debt'), 'the rest still offered');
    assert.ok(scope.entriesFor('file:///ws/a.md').some((e) => e.name === 'Settlement Window'), 'documents still know it');
    scope.ignore([]);
    assert.ok(offered().includes('Kubernetes') && offered().includes('Settlement Window'));
  });
});
