import * as assert from 'assert';
import fc from 'fast-check';
import { GLOSSARY_FILE, parseGlossary, type GlossaryProblem, type LoadedGlossary } from '../../../src/core/vocabulary/loader';
import { fuzzRuns } from './helpers';

const FILE = 'file:///ws/docs/team.glossary.yml';

function parse(text: string): LoadedGlossary {
  return parseGlossary(text, FILE);
}

/** Problems as "line:column severity message" strings, easy to compare. */
function problemsOf(text: string): string[] {
  return parse(text).problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);
}

function names(text: string): string[] {
  return parse(text).entries.map((e) => e.name);
}

const CONTEXTIVE = `# Contextive definitions
contexts:
  - name: Billing
    domainVisionStatement: Money in, money out.
    paths:
      - billing/**
    terms:
      - name: Invoice
        definition: A request for payment.
        examples:
          - Send the invoice on the first of the month.
        aliases:
          - bill
          - statement
      - name: Dunning
        definition: Reminding customers to pay.
  - name: Shipping
    terms:
      - name: Consignment
        definition: Goods sent together.
`;

suite('Vocabulary loader: Contextive format', () => {
  test('reads every term of every context', () => {
    assert.deepStrictEqual(names(CONTEXTIVE), ['Invoice', 'Dunning', 'Consignment']);
    assert.deepStrictEqual(parse(CONTEXTIVE).problems, []);
  });
  test('reads name, definition, examples and aliases', () => {
    const [invoice] = parse(CONTEXTIVE).entries;
    assert.deepStrictEqual(invoice, {
      name: 'Invoice',
      aliases: ['bill', 'statement'],
      definition: 'A request for payment.',
      examples: ['Send the invoice on the first of the month.'],
      source: { kind: 'team', file: FILE, context: 'Billing', line: 8 },
    });
  });
  test('records the context and the 1-based line of each term', () => {
    assert.deepStrictEqual(parse(CONTEXTIVE).entries.map((e) => e.source), [
      { kind: 'team', file: FILE, context: 'Billing', line: 8 },
      { kind: 'team', file: FILE, context: 'Billing', line: 15 },
      { kind: 'team', file: FILE, context: 'Shipping', line: 19 },
    ]);
  });
  test('a term without aliases gets an empty alias list and no examples', () => {
    const dunning = parse(CONTEXTIVE).entries[1]!;
    assert.deepStrictEqual(dunning.aliases, []);
    assert.strictEqual(dunning.examples, undefined);
  });
  test('a context without terms is a warning; the other contexts still load', () => {
    const text = 'contexts:\n  - name: Empty\n  - name: Full\n    terms:\n      - name: Ledger\n';
    assert.deepStrictEqual(names(text), ['Ledger']);
    assert.deepStrictEqual(problemsOf(text), ["2:5 warning context 'Empty' has no `terms`"]);
  });
  test('a context that is not a mapping is an error', () => {
    assert.deepStrictEqual(problemsOf('contexts:\n  - just text\n'), ['2:5 error each context must be a mapping with `name` and `terms`']);
  });
  test('`contexts` that is not a list is an error', () => {
    assert.deepStrictEqual(problemsOf('contexts: nope\n'), ['1:11 error `contexts` must be a list']);
  });
  test('a context without a name still loads its terms, without a context', () => {
    const [e] = parse('contexts:\n  - terms:\n      - name: Ledger\n').entries;
    assert.deepStrictEqual(e?.source, { kind: 'team', file: FILE, line: 3 });
  });
});

suite('Vocabulary loader: flat terms and JSON', () => {
  test('reads a flat `terms:` list', () => {
    const r = parse('terms:\n  - name: Ledger\n    definition: Where money is recorded.\n');
    assert.deepStrictEqual(r.entries, [{ name: 'Ledger', aliases: [], definition: 'Where money is recorded.', source: { kind: 'team', file: FILE, line: 2 } }]);
    assert.deepStrictEqual(r.problems, []);
  });
  test('reads our optional fields: whyItMatters, howToSay, related, link', () => {
    const [e] = parse(`terms:
  - name: Ledger
    definition: Where money is recorded.
    whyItMatters: Finance audits it.
    howToSay: "The ledger is our source of truth."
    related: [Invoice, Dunning]
    link: https://example.com/ledger
`).entries;
    assert.ok(e);
    assert.strictEqual(e.whyItMatters, 'Finance audits it.');
    assert.strictEqual(e.howToSay, 'The ledger is our source of truth.');
    assert.deepStrictEqual(e.related, ['Invoice', 'Dunning']);
    assert.strictEqual(e.link, 'https://example.com/ledger');
  });
  test('accepts an http:// link', () => {
    assert.strictEqual(parse('terms:\n  - name: Alpha\n    link: http://example.com\n').entries[0]?.link, 'http://example.com');
  });
  test('trims text and list items; numbers in lists become text', () => {
    const [e] = parse('terms:\n  - name: "  Ledger  "\n    definition: "  spaced  "\n    aliases: [" led ", 42]\n').entries;
    assert.deepStrictEqual([e?.name, e?.definition, e?.aliases], ['Ledger', 'spaced', ['led', '42']]);
  });
  test('empty (null) optional fields are ignored without a problem', () => {
    const r = parse('terms:\n  - name: Ledger\n    definition:\n    aliases: ~\n    link: null\n');
    assert.deepStrictEqual([r.entries[0]?.definition, r.entries[0]?.aliases, r.entries[0]?.link], ['', [], undefined]);
    assert.deepStrictEqual(r.problems, []);
  });
  test('unknown fields are ignored', () => {
    const r = parse('terms:\n  - name: Ledger\n    owner: finance\n    meta: {a: 1}\n');
    assert.deepStrictEqual(r.entries.map((e) => e.name), ['Ledger']);
    assert.deepStrictEqual(r.problems, []);
  });
  test('reads both `terms:` and `contexts:` in one file', () => {
    assert.deepStrictEqual(names('terms:\n  - name: Flat\ncontexts:\n  - name: C\n    terms:\n      - name: Nested\n'), ['Flat', 'Nested']);
  });
  test('reads a JSON glossary indented with spaces, with lines', () => {
    const json = JSON.stringify({ terms: [{ name: 'Ledger', aliases: ['book'], definition: 'Money.' }, { name: 'Invoice' }] }, null, 2);
    const r = parseGlossary(json, 'file:///ws/team.glossary.json');
    assert.deepStrictEqual(r.entries.map((e) => [e.name, e.aliases, e.source.kind === 'team' && e.source.line]), [
      ['Ledger', ['book'], 3],
      ['Invoice', [], 10],
    ]);
    assert.deepStrictEqual(r.problems, []);
  });
  test('reads a JSON glossary indented with tabs', () => {
    const json = JSON.stringify({ terms: [{ name: 'Ledger', related: ['Invoice'] }] }, null, '\t');
    const r = parseGlossary(json, 'file:///ws/team.glossary.json');
    assert.deepStrictEqual(r.entries.map((e) => [e.name, e.related]), [['Ledger', ['Invoice']]]);
    assert.deepStrictEqual(r.problems, []);
  });
  test('reads a single-line JSON glossary', () => {
    assert.deepStrictEqual(names('{"terms":[{"name":"Alpha","aliases":["xy"]},{"name":"Beta"}]}'), ['Alpha', 'Beta']);
  });
  test('reads Contextive contexts written as JSON', () => {
    const json = JSON.stringify({ contexts: [{ name: 'Billing', terms: [{ name: 'Invoice', examples: ['Pay it.'] }] }] });
    const [e] = parseGlossary(json, 'file:///ws/team.glossary.json').entries;
    assert.deepStrictEqual([e?.name, e?.examples, e?.source], ['Invoice', ['Pay it.'], { kind: 'team', file: 'file:///ws/team.glossary.json', context: 'Billing', line: 1 }]);
  });
  test('a JSON syntax error is reported, and the terms before it still load', () => {
    const r = parse('{"terms": [{"name": "Alpha"}, {"name": "Beta"}');
    assert.deepStrictEqual(r.entries.map((e) => e.name), ['Alpha', 'Beta']);
    assert.ok(r.problems.length > 0 && r.problems.every((p) => p.severity === 'error' && p.line === 1), JSON.stringify(r.problems));
  });
});

suite('Vocabulary loader: file names', () => {
  test('recognises Contextive, YAML and JSON glossary files', () => {
    for (const f of ['team.glossary.yml', 'x/definitions.glossary.yaml', 'team.glossary.json', 'TEAM.GLOSSARY.YML']) assert.match(f, GLOSSARY_FILE);
  });
  test('ignores other files', () => {
    for (const f of ['glossary.yml', 'team.glossary.yml.bak', 'team.glossary.txt', 'team-glossary.yml']) assert.doesNotMatch(f, GLOSSARY_FILE);
  });
});

suite('Vocabulary loader: malformed files', () => {
  test('a YAML syntax error is reported at its 1-based line and column', () => {
    const text = 'terms:\n  - name: Alpha\n    definition: first\n  - name: Beta\n    definition: a: b\n  - name: Gamma\n';
    const syntax = parse(text).problems.find((p) => /compact mappings/.test(p.message));
    assert.ok(syntax, JSON.stringify(parse(text).problems));
    assert.deepStrictEqual([syntax.line, syntax.column, syntax.severity], [5, 17, 'error']);
  });
  test('valid terms in a file with a YAML syntax error still load', () => {
    assert.deepStrictEqual(names('terms:\n  - name: Alpha\n    definition: first\n  - name: Beta\n    definition: a: b\n  - name: Gamma\n'), ['Alpha', 'Beta', 'Gamma']);
  });
  test('a tab used as indentation is reported on its line', () => {
    const problems = parse('terms:\n  - name: Alpha\n\tdefinition: x\n').problems;
    assert.ok(problems.some((p) => p.line === 3 && p.column === 1 && /Tabs/.test(p.message)), JSON.stringify(problems));
  });
  test('a term without a name is skipped with an error on its line', () => {
    const text = 'terms:\n  - name: Alpha\n  - definition: no name here\n  - name: Gamma\n';
    assert.deepStrictEqual(names(text), ['Alpha', 'Gamma']);
    assert.deepStrictEqual(problemsOf(text), ['3:5 error term has no `name` (a non-empty string); it is skipped']);
  });
  test('a term with an empty, blank or non-text name is skipped with an error on its line', () => {
    const text = 'terms:\n  - name:\n  - name: "  "\n  - name: 42\n  - name: [a]\n  - name: Ok\n';
    assert.deepStrictEqual(names(text), ['Ok']);
    assert.deepStrictEqual(parse(text).problems.map((p) => p.line), [2, 3, 4, 5]);
  });
  test('a term that is not a mapping is an error', () => {
    assert.deepStrictEqual(problemsOf('terms:\n  - Ledger\n'), ['2:5 error each term must be a mapping with at least a `name`']);
  });
  test('`terms` that is not a list is an error', () => {
    assert.deepStrictEqual(problemsOf('terms:\n  name: Ledger\n'), ['2:3 error `terms` must be a list of terms']);
  });
  test('text fields of the wrong type are errors and are left out', () => {
    const r = parse('terms:\n  - name: Alpha\n    definition: [1, 2]\n    howToSay: {x: 1}\n    whyItMatters: 3\n');
    assert.deepStrictEqual(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`), [
      "3:17 `definition` of 'Alpha' must be text",
      "4:15 `howToSay` of 'Alpha' must be text",
      "5:19 `whyItMatters` of 'Alpha' must be text",
    ]);
    assert.deepStrictEqual([r.entries[0]?.definition, r.entries[0]?.howToSay, r.entries[0]?.whyItMatters], ['', undefined, undefined]);
  });
  test('list fields of the wrong type are errors and are left out', () => {
    const r = parse('terms:\n  - name: Alpha\n    aliases: just one\n    related: 3\n');
    assert.deepStrictEqual(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`), [
      "3:14 `aliases` of 'Alpha' must be a list of text",
      "4:14 `related` of 'Alpha' must be a list of text",
    ]);
    assert.deepStrictEqual([r.entries[0]?.aliases, r.entries[0]?.related], [[], undefined]);
  });
  test('a list item of the wrong type is an error; the other items are kept', () => {
    const r = parse('terms:\n  - name: Alpha\n    examples: [ok, {a: 1}, "", also ok]\n');
    assert.deepStrictEqual(r.entries[0]?.examples, ['ok', 'also ok']);
    assert.deepStrictEqual(r.problems.map((p) => `${p.line}:${p.column}`), ['3:20', '3:28']);
  });
  test('a link that is not http(s) is a warning and is left out', () => {
    const r = parse('terms:\n  - name: Alpha\n    link: ftp://example.com\n');
    assert.strictEqual(r.entries[0]?.link, undefined);
    assert.deepStrictEqual(r.problems.map((p) => `${p.line}:${p.column} ${p.severity}`), ['3:11 warning']);
  });
  test('a YAML alias used as a term is an error', () => {
    const r = parse('shared: &t {name: Shared}\nterms:\n  - *t\n  - name: Beta\n');
    assert.deepStrictEqual(r.entries.map((e) => e.name), ['Beta']);
    assert.deepStrictEqual(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`), ['3:5 YAML aliases are not supported in glossary terms']);
  });
  test('an empty file is a warning', () => {
    for (const text of ['', '\n\n', '# only a comment\n']) {
      assert.deepStrictEqual(problemsOf(text), ['1:1 warning is empty: expected `contexts:` (Contextive) or `terms:`'], JSON.stringify(text));
    }
  });
  test('a file that is not a mapping is an error', () => {
    assert.deepStrictEqual(problemsOf('- name: Alpha\n'), ['1:1 error must be a mapping with `contexts:` (Contextive) or `terms:`']);
    assert.deepStrictEqual(problemsOf('just text'), ['1:1 error must be a mapping with `contexts:` (Contextive) or `terms:`']);
  });
  test('a mapping without `contexts:` or `terms:` is an error', () => {
    assert.deepStrictEqual(problemsOf('glossary:\n  - name: Alpha\n'), ['1:1 error has neither `contexts:` (Contextive) nor `terms:`']);
  });
  test('duplicate keys do not stop the file from loading', () => {
    assert.deepStrictEqual(names('terms:\n  - name: Alpha\n    definition: one\n    definition: two\n'), ['Alpha']);
  });
  test('a duplicate key is an error at its line; the first value wins for every key; the rest still loads', () => {
    const text = 'terms:\n  - name: First\n    definition: one\n    name: Second\n    definition: two\n  - name: Beta\n    definition: fine\n';
    const r = parse(text);
    assert.deepStrictEqual(problemsOf(text), [
      '4:5 error duplicate key `name`: only the first one is used',
      '5:5 error duplicate key `definition`: only the first one is used',
    ]);
    assert.deepStrictEqual(r.entries.map((e) => [e.name, e.definition]), [['First', 'one'], ['Beta', 'fine']]);
    // Duplicates anywhere: the root, a context.
    assert.deepStrictEqual(problemsOf('terms:\n  - name: Alpha\nterms:\n  - name: Beta\n'), ['3:1 error duplicate key `terms`: only the first one is used']);
    assert.deepStrictEqual(names('terms:\n  - name: Alpha\nterms:\n  - name: Beta\n'), ['Alpha']);
    assert.deepStrictEqual(problemsOf('contexts:\n  - name: X\n    name: Y\n    terms:\n      - name: Alpha\n'), ['3:5 error duplicate key `name`: only the first one is used']);
    // A long key is cut in the message.
    const long = 'k'.repeat(500);
    assert.ok(problemsOf(`terms: []\n${long}: 1\n${long}: 2\n`)[0]!.length < 200);
  });
  test('a second YAML document is reported; the first still loads', () => {
    const r = parse('terms:\n  - name: Alpha\n---\nterms:\n  - name: Beta\n');
    assert.deepStrictEqual(r.entries.map((e) => e.name), ['Alpha']);
    assert.ok(r.problems.some((p) => p.line === 3), JSON.stringify(r.problems));
  });
  test('deeply nested flow collections are an error, not a stack overflow', () => {
    const r = parse('['.repeat(5_000));
    assert.deepStrictEqual(r.entries, []);
    assert.deepStrictEqual(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`), ['1:65 nests deeper than 64 levels; a glossary needs only a few']);
  });
  test('deeply nested block sequences are an error, not a stack overflow', () => {
    const r = parse('terms:\n  - name: Alpha\nextra:\n' + '  - '.repeat(3_000) + 'x\n');
    assert.deepStrictEqual(r.entries, []);
    assert.deepStrictEqual(r.problems.map((p) => [p.line, p.severity]), [[4, 'error']]);
  });
  test('nesting deeper than a glossary needs, but not excessively, still loads', () => {
    const deep = '['.repeat(40) + ']'.repeat(40);
    assert.deepStrictEqual(names(`terms:\n  - name: Alpha\n    extra: ${deep}\n`), ['Alpha']);
  });
});

suite('Vocabulary loader: arbitrary input never throws', function () {
  const RUNS = fuzzRuns(3_000);
  // The default runs take a few seconds; FUZZ_RUNS may ask for many more.
  this.timeout(Math.max(20_000, RUNS * 10));

  /** Positions are 1-based, and the end is not before the start. */
  function wellFormed(p: GlossaryProblem): boolean {
    return p.line >= 1 && p.column >= 1 && (p.endLine > p.line || (p.endLine === p.line && p.endColumn >= p.column)) && p.message.length > 0;
  }
  function check(text: string): void {
    const r = parseGlossary(text, FILE);
    assert.ok(r.problems.every(wellFormed), JSON.stringify(r.problems));
    assert.ok(r.entries.every((e) => e.name.trim() !== '' && e.name === e.name.trim() && Array.isArray(e.aliases)));
  }

  test('random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: RUNS });
  });
  test('random bytes decoded as UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check(new TextDecoder().decode(bytes))), { numRuns: RUNS });
  });
  test('every truncation of a valid glossary', () => {
    const full = CONTEXTIVE + 'terms:\n  - {name: "Flow", aliases: [a, b], related: ["x"]}\n';
    for (let i = 0; i <= full.length; i++) check(full.slice(0, i));
  });
  test('a valid glossary with random characters inserted or deleted', () => {
    fc.assert(fc.property(fc.nat(CONTEXTIVE.length), fc.nat(8), fc.string({ maxLength: 6, unit: fc.constantFrom(...':-[]{}"\'#&*!|>\n\t ,?%@`') }), (at, cut, insert) => {
      check(CONTEXTIVE.slice(0, at) + insert + CONTEXTIVE.slice(at + cut));
    }), { numRuns: Math.ceil(RUNS / 5) });
  });
  test('random YAML-ish token soup, including deep nesting', () => {
    const token = fc.constantFrom('[', ']', '{', '}', '- ', '? ', ': ', ', ', '\n', '  ', '"', "'", '&a ', '*a', '!!str ', '|\n', '>\n', '#', 'name', 'terms', 'contexts', 'x', '42', '---\n', '...\n', '\t');
    fc.assert(fc.property(fc.array(token, { maxLength: 120 }), fc.nat(200), (tokens, depth) => {
      check(tokens.join(''));
      check('terms:\n  - ' + '['.repeat(depth) + tokens.join(''));
      check('- '.repeat(depth) + tokens.join(''));
    }), { numRuns: Math.ceil(RUNS / 6) });
  });
  test('arbitrary JSON values in the places of a glossary', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 4 }), (terms, field) => {
      check(JSON.stringify({ terms }));
      check(JSON.stringify({ contexts: [{ name: 'C', terms: [{ name: 'T', aliases: field, definition: field, examples: [field] }] }] }, null, 2));
      check(JSON.stringify(terms));
    }), { numRuns: Math.ceil(RUNS / 3) });
  });
});

suite('Vocabulary loader: names broken by a syntax error', () => {
  test('an unclosed quote that swallows the next lines does not become a term', () => {
    const r = parse('terms:\n  - name: Runbook Drill\n    definition: ok\n  - name: "Unclosed\n    definition: broken quoting\n');
    assert.deepStrictEqual(r.entries.map((e) => e.name), ['Runbook Drill']);
    assert.ok(r.problems.some((p) => p.severity === 'warning' && p.line === 4 && /name contains the syntax error/.test(p.message)), JSON.stringify(r.problems));
  });
});
