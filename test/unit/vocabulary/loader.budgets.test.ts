import * as assert from 'assert';
import { yaml } from '../../../src/core/libraries';
import { MAX_GLOSSARY_CONTEXTS, MAX_GLOSSARY_TERMS, parseGlossary, tooDeep } from '../../../src/core/vocabulary/loader';
import { TermMatcher } from '../../../src/core/vocabulary/matcher';
import { stepsDoubling } from '../doubling';

const FILE = 'file:///ws/docs/team.glossary.yml';
const problems = (text: string) => parseGlossary(text, FILE).problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);
const names = (text: string) => parseGlossary(text, FILE).entries.map((e) => e.name);

/** Deeply nested glossaries of about `bytes` characters, one per way YAML nests. */
const NESTED: Record<string, (bytes: number) => string> = {
  'flow sequences `[[[…`': (bytes) => `terms: ${'['.repeat(bytes)}`,
  'flow mappings `{a: {a: …`': (bytes) => `terms: ${'{a: '.repeat(bytes / 4)}`,
  'block sequences `- - - …`': (bytes) => `terms:\n${'- '.repeat(bytes / 2)}x\n`,
  'indented block mappings': (bytes) => {
    const lines = ['terms:'];
    let size = 0;
    for (let d = 0; size < bytes; d++) { const line = `${' '.repeat(d % 2_000)}k:`; lines.push(line); size += line.length + 1; }
    return lines.join('\n');
  },
};

suite('Glossary budgets: depth while parsing, contexts and terms counted, one-letter terms', function () {
  this.timeout(60_000);

  for (const [family, make] of Object.entries(NESTED)) {
    test(`${family}: refused after the same few tokens at 1 MB and 2 MB (the limit is checked while parsing)`, () => {
      const d = stepsDoubling(1_000_000, (n, counter) => { tooDeep(make(n), new (yaml().LineCounter)(), counter); });
      console.log(`      ${family}: ${d.small} tokens read at 1 MB, ${d.large} at 2 MB`);
      assert.strictEqual(d.large, d.small);
      assert.ok(d.small < 1_000, `${d.small} tokens`);
      const r = parseGlossary(make(1_000_000), FILE);
      assert.deepStrictEqual(r.entries, []);
      assert.match(r.problems[0]!.message, /nests deeper than 64 levels/);
    });
  }

  test(`more than ${MAX_GLOSSARY_CONTEXTS.toLocaleString('en-US')} contexts: refused, naming the limit, at the first context over it`, () => {
    const glossary = (n: number) => `contexts:\n${Array.from({ length: n }, (_, i) => `  - name: C${i}\n    terms:\n      - name: Ledger\n`).join('')}`;
    assert.strictEqual(names(glossary(MAX_GLOSSARY_CONTEXTS)).length, MAX_GLOSSARY_CONTEXTS);
    const over = parseGlossary(glossary(MAX_GLOSSARY_CONTEXTS + 1), FILE);
    assert.deepStrictEqual(over.entries, []);
    assert.deepStrictEqual(problems(glossary(MAX_GLOSSARY_CONTEXTS + 1)), [`${2 + 3 * MAX_GLOSSARY_CONTEXTS}:5 error has 1,001 contexts, more than the limit of 1,000; the glossary is not loaded`]);
  });

  test(`more than ${MAX_GLOSSARY_TERMS.toLocaleString('en-US')} terms, counted over the flat list and every context: refused at the first term over the limit`, () => {
    const glossary = (flat: number, perContext: number, contexts: number) =>
      `terms:\n${Array.from({ length: flat }, (_, i) => `  - name: Flat ${i}\n`).join('')}contexts:\n` +
      Array.from({ length: contexts }, (_, c) => `  - name: C${c}\n    terms:\n${Array.from({ length: perContext }, (_, i) => `      - name: Term ${c} ${i}\n`).join('')}`).join('');
    assert.strictEqual(names(glossary(1_000, 800, 5)).length, MAX_GLOSSARY_TERMS);
    const over = parseGlossary(glossary(1_000, 800, 5) + '      - name: One too many\n', FILE);
    assert.deepStrictEqual(over.entries, []);
    assert.deepStrictEqual(over.problems.map((p) => `${p.line} ${p.message}`), [`${2 + 1_000 + 1 + 5 * 802} has 5,001 terms, more than the limit of 5,000; the glossary is not loaded`]);
  });

  test('a one-letter name is refused at its line, naming caseSensitive; other terms still load', () => {
    const text = 'terms:\n  - name: Ledger\n  - name: I\n    definition: me\n  - name: " a "\n  - name: é\n  - name: Settlement\n';
    assert.deepStrictEqual(names(text), ['Ledger', 'Settlement']);
    const p = problems(text);
    assert.strictEqual(p.length, 3, p.join('\n'));
    assert.match(p[0]!, /^3:11 error 'I' is a single letter and would match in nearly every sentence; it is skipped\. If it is an acronym written exactly so, add `caseSensitive: true` to the term$/);
    assert.match(p[1]!, /^5:11 error 'a' is a single letter/);
    assert.match(p[2]!, /^6:11 error 'é' is a single letter/);
  });

  test('a one-letter term marked caseSensitive loads and matches only as written; a one-letter alias is skipped with a warning', () => {
    const r = parseGlossary('terms:\n  - name: R\n    caseSensitive: true\n    aliases: [R lang, r]\n  - name: Ledger\n    aliases: [L, ledgers]\n', FILE);
    assert.deepStrictEqual(r.entries.map((e) => [e.name, e.aliases, e.caseSensitive]), [['R', ['R lang', 'r'], true], ['Ledger', ['ledgers'], undefined]]);
    assert.deepStrictEqual(r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`), ["6:15 warning alias 'L' of 'Ledger' is a single letter and would match in nearly every sentence; it is skipped (or add `caseSensitive: true` to the term)"]);
    const matcher = new TermMatcher(r.entries);
    assert.deepStrictEqual(matcher.findAll('We wrote it in R, not in r or a R-ish tool. In Rs too.').map((m) => m.text), ['R', 'r', 'R', 'Rs']);
    assert.deepStrictEqual(matcher.findAll('a rare RR reading').map((m) => m.text), []);
  });

  test('caseSensitive must be true or false', () => {
    assert.deepStrictEqual(problems('terms:\n  - name: Go\n    caseSensitive: yes please\n'), ["3:20 error `caseSensitive` of 'Go' must be true or false"]);
    const go = parseGlossary('terms:\n  - name: Go\n    caseSensitive: true\n', FILE).entries;
    assert.deepStrictEqual(new TermMatcher(go).findAll('Go is fine; go away; GO').map((m) => m.text), ['Go']);
  });

  test('"C++" and "C#" are kept whole: found as written, never in a bare "C"', () => {
    const entries = parseGlossary('terms:\n  - name: C++\n  - name: C#\n  - name: Notepad++\n', FILE).entries;
    assert.deepStrictEqual(entries.map((e) => e.name), ['C++', 'C#', 'Notepad++']);
    const matcher = new TermMatcher(entries);
    const found = (text: string) => matcher.findAll(text).map((m) => m.text);
    assert.deepStrictEqual(found('Plan C, vitamin C and C. Elegans; C+ grades; C+++ is not a language.'), []);
    assert.deepStrictEqual(found('We port C++ code to C#, edit it in Notepad++ (c++ too).'), ['C++', 'C#', 'Notepad++', 'c++']);
  });
});
