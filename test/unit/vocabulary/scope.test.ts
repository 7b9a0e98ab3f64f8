import * as assert from 'assert';
import { builtinGlossary, findEntry } from '../../../src/core/vocabulary/glossary';
import { GlossaryScope, folderOf } from '../../../src/core/vocabulary/scope';
import { entry, teamGlossary } from './helpers';

const ROOT = 'file:///ws';
const OTHER_ROOT = 'file:///other';

/** Names of the entries that apply to a document, team entries only (built-ins disabled). */
function teamNames(scope: GlossaryScope, document: string | undefined): string[] {
  return scope.entriesFor(document).map((e) => e.name).sort();
}

/** The definition a document sees for a term. */
function definitionIn(scope: GlossaryScope, document: string | undefined, term: string): string | undefined {
  return findEntry(scope.entriesFor(document), term)?.definition;
}

suite('Vocabulary scope: folderOf', () => {
  test('is everything before the last slash', () => {
    assert.strictEqual(folderOf('file:///ws/docs/team.glossary.yml'), 'file:///ws/docs');
  });
  test('is empty for a bare file name', () => {
    assert.strictEqual(folderOf('team.glossary.yml'), '');
  });
});

suite('Vocabulary scope: which glossaries apply', () => {
  function scope(): GlossaryScope {
    const s = new GlossaryScope(false, [ROOT]);
    s.set(teamGlossary(`${ROOT}/team.glossary.yml`, [entry('Root Term')]));
    s.set(teamGlossary(`${ROOT}/docs/team.glossary.yml`, [entry('Docs Term')]));
    s.set(teamGlossary(`${ROOT}/docs/api/team.glossary.json`, [entry('Api Term')]));
    return s;
  }

  test('a glossary applies to documents in its own folder', () => {
    assert.deepStrictEqual(teamNames(scope(), `${ROOT}/docs/ask.md`), ['Docs Term', 'Root Term']);
  });
  test('a glossary applies to documents in folders below it', () => {
    assert.deepStrictEqual(teamNames(scope(), `${ROOT}/docs/api/deep/er/ask.md`), ['Api Term', 'Docs Term', 'Root Term']);
  });
  test('a glossary does not apply to a sibling folder', () => {
    assert.deepStrictEqual(teamNames(scope(), `${ROOT}/src/main.ts`), ['Root Term']);
  });
  test('a glossary does not apply to a sibling folder whose name starts the same (docs-old)', () => {
    assert.deepStrictEqual(teamNames(scope(), `${ROOT}/docs-old/ask.md`), ['Root Term']);
  });
  test('a glossary does not apply to the folder above it', () => {
    assert.deepStrictEqual(teamNames(scope(), `${ROOT}/readme.md`), ['Root Term']);
  });
  test('a glossary does not apply to another workspace folder', () => {
    assert.deepStrictEqual(teamNames(scope(), `${OTHER_ROOT}/ask.md`), []);
  });
  test('applicable() lists glossaries shallowest first', () => {
    assert.deepStrictEqual(scope().applicable(`${ROOT}/docs/api/x.md`).map((g) => g.file), [
      `${ROOT}/team.glossary.yml`,
      `${ROOT}/docs/team.glossary.yml`,
      `${ROOT}/docs/api/team.glossary.json`,
    ]);
  });
  test('an untitled document (no path) gets the glossaries at the workspace roots only', () => {
    assert.deepStrictEqual(teamNames(scope(), undefined), ['Root Term']);
  });
  test('an untitled document gets the root glossaries of every workspace folder', () => {
    const s = scope();
    s.configure(false, [ROOT, OTHER_ROOT]);
    s.set(teamGlossary(`${OTHER_ROOT}/team.glossary.yml`, [entry('Other Root Term')]));
    assert.deepStrictEqual(teamNames(s, undefined), ['Other Root Term', 'Root Term']);
  });
  test('an untitled document with no workspace folder gets no team glossary', () => {
    const s = scope();
    s.configure(false, []);
    assert.deepStrictEqual(teamNames(s, undefined), []);
  });
});

suite('Vocabulary scope: which definition wins', () => {
  test('a deeper glossary wins over a shallower one', () => {
    const s = new GlossaryScope(false, [ROOT]);
    s.set(teamGlossary(`${ROOT}/docs/team.glossary.yml`, [entry('Billing', [], { definition: 'docs' })]));
    s.set(teamGlossary(`${ROOT}/team.glossary.yml`, [entry('Billing', [], { definition: 'root' })]));
    assert.strictEqual(definitionIn(s, `${ROOT}/docs/ask.md`, 'Billing'), 'docs');
    assert.strictEqual(definitionIn(s, `${ROOT}/ask.md`, 'Billing'), 'root');
  });
  test('a team term wins over the built-in term of the same name', () => {
    const s = new GlossaryScope(true, [ROOT]);
    s.set(teamGlossary(`${ROOT}/team.glossary.yml`, [entry('Technical Debt', [], { definition: 'ours' })]));
    const doc = `${ROOT}/ask.md`;
    assert.strictEqual(definitionIn(s, doc, 'Technical Debt'), 'ours');
    const [m] = s.matcherFor(doc).findAll('technical debt');
    assert.strictEqual(m?.entry.definition, 'ours');
    assert.deepStrictEqual(m?.entry.source, { kind: 'team', file: `${ROOT}/team.glossary.yml`, line: 1 });
  });
  test('built-ins still apply next to team terms', () => {
    const s = new GlossaryScope(true, [ROOT]);
    s.set(teamGlossary(`${ROOT}/team.glossary.yml`, [entry('Billing')]));
    assert.deepStrictEqual(s.matcherFor(`${ROOT}/a.md`).findAll('billing and DDD').map((m) => m.entry.name), ['Billing', 'Domain-Driven Design']);
  });
  test('without team glossaries a document gets exactly the built-ins', () => {
    assert.strictEqual(new GlossaryScope().entriesFor(`${ROOT}/a.md`).length, builtinGlossary().length);
  });
  test('disabling built-ins leaves only team terms', () => {
    const s = new GlossaryScope(false, [ROOT]);
    s.set(teamGlossary(`${ROOT}/team.glossary.yml`, [entry('Billing')]));
    assert.deepStrictEqual(teamNames(s, `${ROOT}/a.md`), ['Billing']);
    assert.deepStrictEqual(s.matcherFor(`${ROOT}/a.md`).findAll('DDD and technical debt'), []);
  });
  test('configure() switches built-ins off and on for existing matchers', () => {
    const s = new GlossaryScope(true, [ROOT]);
    const doc = `${ROOT}/a.md`;
    assert.strictEqual(s.matcherFor(doc).findAll('DDD').length, 1);
    s.configure(false, [ROOT]);
    assert.strictEqual(s.matcherFor(doc).findAll('DDD').length, 0);
    s.configure(true, [ROOT]);
    assert.strictEqual(s.matcherFor(doc).findAll('DDD').length, 1);
  });
});

suite('Vocabulary scope: updates and caching', () => {
  test('set() replaces a glossary loaded from the same file', () => {
    const s = new GlossaryScope(false, [ROOT]);
    const file = `${ROOT}/team.glossary.yml`;
    s.set(teamGlossary(file, [entry('Old Term')]));
    assert.deepStrictEqual(teamNames(s, `${ROOT}/a.md`), ['Old Term']);
    s.set(teamGlossary(file, [entry('New Term')]));
    assert.deepStrictEqual(teamNames(s, `${ROOT}/a.md`), ['New Term']);
    assert.strictEqual(s.all().length, 1);
  });
  test('delete() removes a glossary and its terms', () => {
    const s = new GlossaryScope(false, [ROOT]);
    s.set(teamGlossary(`${ROOT}/team.glossary.yml`, [entry('Billing')]));
    assert.deepStrictEqual(teamNames(s, `${ROOT}/a.md`), ['Billing']);
    s.delete(`${ROOT}/team.glossary.yml`);
    assert.deepStrictEqual(teamNames(s, `${ROOT}/a.md`), []);
    assert.deepStrictEqual(s.all(), []);
  });
  test('delete() of an unknown file changes nothing', () => {
    const s = new GlossaryScope(false, [ROOT]);
    s.set(teamGlossary(`${ROOT}/team.glossary.yml`, [entry('Billing')]));
    const before = s.matcherFor(`${ROOT}/a.md`);
    s.delete(`${ROOT}/nope.glossary.yml`);
    assert.strictEqual(s.matcherFor(`${ROOT}/a.md`), before);
  });
  test('documents under the same glossaries share one matcher', () => {
    const s = new GlossaryScope(true, [ROOT]);
    s.set(teamGlossary(`${ROOT}/docs/team.glossary.yml`, [entry('Billing')]));
    assert.strictEqual(s.matcherFor(`${ROOT}/docs/a.md`), s.matcherFor(`${ROOT}/docs/sub/b.md`));
    assert.notStrictEqual(s.matcherFor(`${ROOT}/docs/a.md`), s.matcherFor(`${ROOT}/src/c.ts`));
  });
  test('a matcher is rebuilt after a glossary changes', () => {
    const s = new GlossaryScope(false, [ROOT]);
    const file = `${ROOT}/team.glossary.yml`;
    s.set(teamGlossary(file, [entry('Billing')]));
    assert.strictEqual(s.matcherFor(`${ROOT}/a.md`).findAll('billing').length, 1);
    s.set(teamGlossary(file, [entry('Invoicing')]));
    assert.deepStrictEqual(s.matcherFor(`${ROOT}/a.md`).findAll('billing and invoicing').map((m) => m.text), ['invoicing']);
  });
  test('all() lists every loaded glossary', () => {
    const s = new GlossaryScope();
    s.set(teamGlossary(`${ROOT}/a.glossary.yml`, []));
    s.set(teamGlossary(`${ROOT}/docs/b.glossary.yml`, []));
    assert.deepStrictEqual(s.all().map((g) => g.file).sort(), [`${ROOT}/a.glossary.yml`, `${ROOT}/docs/b.glossary.yml`]);
  });
});
