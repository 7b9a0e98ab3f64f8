// The built CLI (dist/cli.js) as a real process: bad usage, team templates, and `vocab` and its JSON.
import * as assert from 'assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';
import { assertFailure, cases, EXAMPLE_PROFILE, FIXTURE_WORKSPACE, type Case, type Run } from './helpers';

const USAGE = /Usage: mentorship-prep <command>/;

/** Bad usage, run in the case's own (empty) folder: 2, the reason, and the usage text where the
 *  arguments could not be parsed. */
const usageCases: Case[] = ([
  ['no command', [], [USAGE]],
  ['an unknown command', ['frobnicate', '--profile', 'x'], ["mentorship-prep: unknown command 'frobnicate'", USAGE]],
  ['an unknown option to generate', ['generate', '--profile', EXAMPLE_PROFILE, '--bogus'], ["mentorship-prep: Unknown option '--bogus'", USAGE]],
  ['an unknown option to vocab', ['vocab', '--bogus', '.'], ["mentorship-prep: Unknown option '--bogus'", USAGE]],
  ['an unknown option to templates', ['templates', '-x'], ["mentorship-prep: Unknown option '-x'", USAGE]],
  ['generate without --profile', ['generate'], ['mentorship-prep: generate needs --profile FILE (or run it in a workspace with .mentorship/profile.json).']],
  ['generate with an empty --profile', ['generate', '--profile', ''], ['mentorship-prep: generate needs --profile FILE (or run it in a workspace with .mentorship/profile.json).']],
  ['--profile without its value', ['generate', '--profile'], ["mentorship-prep: Option '--profile <value>' argument missing", USAGE]],
  ['--force with a value', ['generate', '--profile', EXAMPLE_PROFILE, '--force=yes'], ["mentorship-prep: Option '--force' does not take an argument", USAGE]],
  ['a stray argument to generate', ['generate', '--profile', EXAMPLE_PROFILE, 'extra'], ["mentorship-prep: Unexpected argument 'extra'", USAGE]],
  ['--template with an unknown id', ['generate', '--profile', EXAMPLE_PROFILE, '--template', 'nope'], ["mentorship-prep: there is no template 'nope'. Run 'mentorship-prep templates' to list them."]],
  ['vocab without a path', ['vocab', '--json'], ['mentorship-prep: vocab needs at least one file or folder to scan.']],
  ['vocab with an empty path', ['vocab', '.', ''], ['mentorship-prep: vocab cannot scan an empty path; give a file or folder.']],
  ['vocab with an empty --glossary', ['vocab', '--glossary', '', '.'], ['mentorship-prep: --glossary needs a FILE.']],
  ['generate with an empty --out', ['generate', '--profile', EXAMPLE_PROFILE, '--out', ''], ['mentorship-prep: --out needs a FILE.']],
] as [string, string[], (string | RegExp)[]][]).map(([name, args, patterns]) => ({
  name: `usage: ${name} → ${EXIT.usage}`,
  prepare: (dir) => ({ args, options: { cwd: dir } }),
  check: (r) => assertFailure(r, EXIT.usage, ...patterns),
}));

/** `generate --template PATH`, a team template written into the case's folder. */
function template(name: string, text: string, check: (r: Run, file: string) => void, partial?: Buffer): Case {
  return {
    name: `--template PATH: ${name}`,
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'team.hbs'), text);
      if (partial) { mkdirSync(path.join(dir, 'partials')); writeFileSync(path.join(dir, 'partials', 'bad.hbs'), partial); }
      return ['generate', '--profile', EXAMPLE_PROFILE, '--template', path.join(dir, 'team.hbs')];
    },
    check: (r, dir) => check(r, path.join(dir, 'team.hbs')),
  };
}
const templateCases: Case[] = [
  template(`an unclosed block → ${EXIT.refused}, file:line:column`, '# Prep for {{leader.name}}\n\n{{#if challenge}}\nOur challenge: {{challenge}}\n',
    (r, f) => assertFailure(r, EXIT.refused, `mentorship-prep: ${f}:3:4: The "if" block is never closed with {{/if}}.`)),
  template(`an unclosed mustache → ${EXIT.refused}, file:line:column of the "{{"`, 'Line one\nLine two {{leader.name\nLine three\n',
    (r, f) => assertFailure(r, EXIT.refused, `mentorship-prep: ${f}:2:10: "{{" is never closed with "}}".`)),
  template(`a binary partial beside it → ${EXIT.refused}, names the partial`, 'Hello {{leader.name}}\n',
    (r, f) => assertFailure(r, EXIT.refused, `mentorship-prep: Partial ${path.join(path.dirname(f), 'partials', 'bad.hbs')} is a binary file, not text.`), Buffer.from([0, 1, 2])),
  template(`a valid team template → ${EXIT.ok}, rendered on stdout`, 'Hello {{leader.name}}, about {{challenge}}.\n', (r) => {
    assert.strictEqual(r.code, EXIT.ok, r.stderr);
    assert.strictEqual(r.stdout, 'Hello Dana Okafor, about scaling our API gateway for 10x user load.\n');
  }),
  {
    name: `--template PATH: a missing template file → ${EXIT.refused}`,
    prepare: (dir) => ['generate', '--profile', EXAMPLE_PROFILE, '--template', path.join(dir, 'missing.hbs')],
    check: (r, dir) => assertFailure(r, EXIT.refused, `mentorship-prep: Template ${path.join(dir, 'missing.hbs')} does not exist.`),
  },
];

/** Files for `vocab` to scan: BOM, CRLF, emoji, tabs, a term across lines, and what to skip. */
const SCAN: Record<string, string | Buffer> = {
  'first.md': 'DDD first, then an API gateway.\n',
  'crlf-bom.md': '\ufeffCQRS at the very start\r\nWe use an API gateway\tand CQRS.\r\n\r\nEventual consistency, last.',
  'emoji.md': '😀👩‍💻 emoji then event-driven architecture\n  > our bounded\n  > contexts span lines\n',
  'nested/deeper/notes.txt': '\t\tIndented: technical debt and NFRs.\n',
  'node_modules/skip.md': 'CQRS must not be listed\n',
  '.git/skip.md': 'CQRS must not be listed\n',
  'binary.bin': Buffer.concat([Buffer.from('CQRS '), Buffer.from([0, 1, 2])]),
};
let scan = '';
let jsonHits: Record<string, unknown>[] | undefined;

const vocabCases: Case[] = [
  {
    name: `vocab: a path that does not exist → ${EXIT.refused}, named, nothing on stdout`,
    prepare: (dir) => ['vocab', '--json', FIXTURE_WORKSPACE, path.join(dir, 'no-such-folder')],
    check: (r, dir) => assertFailure(r, EXIT.refused, `mentorship-prep: ${path.join(dir, 'no-such-folder')} does not exist.`),
  },
  {
    name: `vocab: a path of spaces or control characters → ${EXIT.refused}, quoted in the message`,
    prepare: (dir) => ({ args: ['vocab', ' '], options: { cwd: dir } }),
    check: (r) => assertFailure(r, EXIT.refused, 'mentorship-prep: " " does not exist.'),
  },
  {
    name: `generate: a profile name with a line break → ${EXIT.refused}, quoted in the message`,
    prepare: (dir) => ({ args: ['generate', '--profile', 'my\nprofile.json'], options: { cwd: dir } }),
    check: (r) => assertFailure(r, EXIT.refused, 'mentorship-prep: Profile "my\\nprofile.json" does not exist.'),
  },
  {
    name: 'vocab --json: one JSON array of {term, file, line, column, text}; 1-based positions that hold `text`',
    prepare: () => ['vocab', '--json', scan, FIXTURE_WORKSPACE],
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      // The binary file the scan folder holds is skipped and counted (issue 14: nothing is skipped silently).
      assert.strictEqual(r.stderr, 'mentorship-prep: skipped 1 file: 1 binary\n');
      assert.ok(r.stdout.endsWith('\n') && r.stdout.indexOf('\n') === r.stdout.length - 1, 'one line');
      const hits = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.ok(Array.isArray(hits) && hits.length > 10, `many hits, got ${hits.length}`);
      const texts = new Map<string, string>();
      for (const h of hits) {
        assert.deepStrictEqual(Object.keys(h).sort(), ['column', 'file', 'line', 'term', 'text'], JSON.stringify(h));
        const { term, file, line, column, text } = h as { term: string; file: string; line: number; column: number; text: string };
        assert.ok(typeof term === 'string' && term.length > 0, JSON.stringify(h));
        assert.ok(typeof text === 'string' && text.length > 0, JSON.stringify(h));
        assert.ok(Number.isInteger(line) && line >= 1 && Number.isInteger(column) && column >= 1, JSON.stringify(h));
        assert.doesNotMatch(file, /node_modules|\.git|binary\.bin/);
        // Columns count UTF-16 code units, as VS Code does; a byte order mark is not part of line 1.
        if (!texts.has(file)) texts.set(file, readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
        const lines = texts.get(file)!.split('\n');
        assert.ok(line <= lines.length, JSON.stringify(h));
        const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
        assert.strictEqual(texts.get(file)!.slice(offset, offset + text.length), text, JSON.stringify(h));
      }
      const at = (name: string) => hits.filter((h) => h.file === path.join(scan, name)).map((h) => `${h.line}:${h.column} ${h.text} → ${h.term}`);
      assert.deepStrictEqual(at('first.md'), ['1:1 DDD → Domain-Driven Design', '1:20 API gateway → API Gateway']);
      assert.deepStrictEqual(at('crlf-bom.md'), ['1:1 CQRS → CQRS', '2:11 API gateway → API Gateway', '2:27 CQRS → CQRS', '4:1 Eventual consistency → Eventual Consistency']);
      assert.ok(at('emoji.md').some((h) => h.startsWith('1:') && h.endsWith('event-driven architecture → Event-Driven Architecture')), at('emoji.md').join('\n'));
      assert.ok(at('emoji.md').some((h) => h.startsWith('2:9 bounded\n  > contexts')), at('emoji.md').join('\n'));
      assert.ok(at('nested/deeper/notes.txt').includes('1:13 technical debt → Technical Debt'), at('nested/deeper/notes.txt').join('\n'));
      jsonHits = hits;
    },
  },
  {
    name: 'vocab (plain): the same hits, one `file:line:column: "text" → term` line each',
    prepare: () => ['vocab', scan, FIXTURE_WORKSPACE],
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.ok(jsonHits, 'the --json case ran first');
      assert.deepStrictEqual(r.stdout.trimEnd().split('\n'), jsonHits.map((h) => `${h.file}:${h.line}:${h.column}: ${JSON.stringify(h.text)} → ${h.term}`));
    },
  },
  {
    name: 'vocab: a file named twice (directly and inside its folder) is listed once',
    prepare: (dir) => { writeFileSync(path.join(dir, 'a.md'), 'CQRS\n'); return ['vocab', '--json', dir, path.join(dir, 'a.md')]; },
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.strictEqual((JSON.parse(r.stdout) as unknown[]).length, 1); },
  },
  {
    name: `vocab --json: no hits → ${EXIT.ok} and an empty array`,
    prepare: (dir) => { writeFileSync(path.join(dir, 'plain.md'), 'Nothing to see here.\n'); return ['vocab', '--json', path.join(dir, 'plain.md')]; },
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.strictEqual(r.stdout, '[]\n'); },
  },
  {
    name: `templates → ${EXIT.ok}, lists the built-ins`,
    prepare: () => ['templates'],
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.match(r.stdout, /^prep-doc\s+\S/m); assert.strictEqual(r.stderr, ''); },
  },
];

suite('CLI commands and usage errors (built CLI)', () => {
  cases([...usageCases, ...templateCases, ...vocabCases], (shared) => {
    scan = path.join(shared, 'scan');
    for (const [name, content] of Object.entries(SCAN)) {
      mkdirSync(path.dirname(path.join(scan, name)), { recursive: true });
      writeFileSync(path.join(scan, name), content);
    }
  });
});
