// The bundles carry yaml's reader only (scripts/build.mjs, yamlReadOnly): a glossary written for
// YAML 1.1 is read with the core schema, and what only 1.1 gives is reported, never a crash.
import * as assert from 'assert';
import { parseGlossary } from '../../../src/core/vocabulary/loader';

suite('glossary loader: YAML 1.1 documents', () => {
  test('a %YAML 1.1 directive still loads every term', () => {
    const g = parseGlossary('%YAML 1.1\n---\nterms:\n  - name: Saga\n    definition: A long transaction in steps.\n  - name: Outbox\n', 'team.glossary.yml');
    assert.deepStrictEqual(g.entries.map((e) => e.name), ['Saga', 'Outbox']);
    assert.deepStrictEqual(g.problems.filter((p) => p.severity === 'error'), []);
  });

  test('a 1.1 boolean (`yes`) is text under the core schema: caseSensitive says so, on its line, and the term loads', () => {
    const g = parseGlossary('%YAML 1.1\n---\nterms:\n  - name: SLA\n    caseSensitive: yes\n', 'team.glossary.yml');
    assert.deepStrictEqual(g.entries.map((e) => e.name), ['SLA']);
    const p = g.problems.find((x) => /caseSensitive/.test(x.message));
    assert.ok(p, JSON.stringify(g.problems));
    assert.strictEqual(p.line, 5);
  });

  for (const tag of ['!!set', '!!omap', '!!binary', '!!timestamp']) {
    test(`a ${tag} value is reported where it is, and the other terms load`, () => {
      const g = parseGlossary(`terms:\n  - name: Saga\n  - name: Odd\n    aliases: ${tag} [a, b]\n  - name: Outbox\n`, 'team.glossary.yml');
      assert.deepStrictEqual(g.entries.map((e) => e.name).filter((n) => n !== 'Odd'), ['Saga', 'Outbox']);
      assert.ok(g.problems.some((p) => p.line === 4), JSON.stringify(g.problems));
    });
  }
});
