// Issue 14, the command line under attack (the built CLI as real processes): terminal escapes and
// huge strings in what it echoes, files it used to skip silently, duplicate glossary keys, a
// dangling symlink with --force, a template whose name looks like a partial, and the `calendar`
// command with generate's exit codes.
import * as assert from 'assert';
import { readFileSync, readlinkSync, symlinkSync, writeFileSync, mkdirSync, lstatSync } from 'node:fs';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { EXIT, runCli } from '../../../src/cli/cli';
import { assertFailure, capture, cases, EXAMPLE_PROFILE, listing, removeDir, tempDir, type Case, type Run } from './helpers';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ESC = '\u001b';
const example = () => JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Record<string, unknown>;

/** stderr is short and a terminal would show it as it is. */
function assertSafeStderr(r: Run, max = 4096): void {
  assert.ok(r.stderr.length <= max, `stderr is ${r.stderr.length} characters: ${JSON.stringify(r.stderr.slice(0, 300))}`);
  assert.doesNotMatch(r.stderr, RAW_CONTROL, `a raw control character on stderr: ${JSON.stringify(r.stderr.slice(0, 500))}`);
}

const messageCases: Case[] = [
  {
    name: 'a profile key with terminal escapes, 10 MB long: the warning shows it escaped and cut to 80 characters',
    changesFolder: true,
    prepare: (dir) => {
      const p = example();
      p[`${ESC}[2J${ESC}]0;owned${'\u0007'}${'k'.repeat(10 * 1024 * 1024)}`] = 1;
      (p.leader as Record<string, unknown>)[`${ESC}[31mred\u202e`] = 2;
      writeFileSync(path.join(dir, 'p.json'), JSON.stringify(p));
      return ['generate', '--profile', path.join(dir, 'p.json'), '--out', path.join(dir, 'doc.md')];
    },
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr.slice(0, 500));
      assertSafeStderr(r);
      assert.ok(r.stderr.includes(`warning: "\\x1b[2J\\x1b]0;owned\\x07${'k'.repeat(80 - 14)}…" is not a profile field; it is ignored.`), r.stderr);
      assert.ok(r.stderr.includes('warning: "leader.\\x1b[31mred\\u202e" is not a profile field'), r.stderr);
    },
  },
  {
    name: `an unknown command, option or argument with escapes, 100 KB long → ${EXIT.usage}, escaped and cut`,
    prepare: () => ['generate', `--${ESC}[2J${'x'.repeat(100_000)}`],
    check: (r) => {
      assertFailure(r, EXIT.usage, `mentorship-prep: Unknown option '--\\x1b[2J${'x'.repeat(74)}…'`);
      assertSafeStderr(r);
    },
  },
  {
    name: `an unknown command with escapes → ${EXIT.usage}, escaped`,
    prepare: () => [`${ESC}]0;title\u0007${'y'.repeat(100_000)}`],
    check: (r) => { assertFailure(r, EXIT.usage, "mentorship-prep: unknown command '\\x1b]0;title\\x07y"); assertSafeStderr(r); },
  },
  {
    name: `a stray argument with escapes → ${EXIT.usage}, escaped`,
    prepare: () => ['templates', `${ESC}[6n`],
    check: (r) => { assertFailure(r, EXIT.usage, "mentorship-prep: Unexpected argument '\\x1b[6n'"); assertSafeStderr(r); },
  },
  {
    name: `a missing profile whose name holds escapes → ${EXIT.refused}, escaped`,
    prepare: (dir) => ['generate', '--profile', path.join(dir, `${ESC}[2Jp\u009b.json`)],
    check: (r) => { assertFailure(r, EXIT.refused, '\\x1b[2Jp\\x9b.json" does not exist.'); assertSafeStderr(r); },
  },
  {
    name: `--template with an unknown id holding escapes → ${EXIT.usage}, escaped`,
    prepare: () => ['generate', '--profile', EXAMPLE_PROFILE, '--template', `x${ESC}[2J`],
    check: (r) => { assertFailure(r, EXIT.usage, "there is no template 'x\\x1b[2J'"); assertSafeStderr(r); },
  },
  {
    name: 'glossary names with escapes: vocab prints them escaped on stdout, and its warnings on stderr',
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'team.glossary.yml'), `terms:\n  - name: "Drill${ESC}[31m Run"\n    aliases: [drill run]\n    link: "javascript:${ESC}[2J"\n`);
      writeFileSync(path.join(dir, `notes${ESC}[2J.md`), 'We do a drill run every week.\n');
      return ['vocab', '--glossary', path.join(dir, 'team.glossary.yml'), path.join(dir, `notes${ESC}[2J.md`)];
    },
    check: (r, dir) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assertSafeStderr(r);
      assert.doesNotMatch(r.stdout, RAW_CONTROL, r.stdout);
      assert.strictEqual(r.stdout, `${path.join(dir, 'notes\\x1b[2J.md')}:1:9: "drill run" → Drill\\x1b[31m Run\n`);
      assert.match(r.stderr, /team\.glossary\.yml:4:11: warning: `link` of 'Drill\\x1b\[31m Run' must start with https:\/\//);
    },
  },
];

const vocabCases: Case[] = [
  ...([
    ['binary', Buffer.from([0x43, 0x51, 0x52, 0x53, 0, 1, 2]), 'is a binary file, not text.'],
    ['over 1 MB', Buffer.alloc(1024 * 1024 + 1, 'a'), 'is too large (over 1 MB).'],
  ] as const).map(([what, bytes, message]): Case => ({
    name: `vocab: a ${what} file named on the command line → ${EXIT.refused}, named (it was skipped with exit 0)`,
    prepare: (dir) => { writeFileSync(path.join(dir, 'named.md'), bytes); return ['vocab', path.join(dir, 'named.md')]; },
    check: (r, dir) => assertFailure(r, EXIT.refused, `mentorship-prep: File ${path.join(dir, 'named.md')} ${message}`),
  })),
  {
    name: 'vocab: a Latin-1 file is read (named or in a folder), not silently empty',
    prepare: (dir) => {
      mkdirSync(path.join(dir, 'docs'));
      writeFileSync(path.join(dir, 'docs', 'latin1.md'), Buffer.from('Caf\xe9 notes: our API gateway and CQRS.\n', 'latin1'));
      return ['vocab', '--json', path.join(dir, 'docs'), path.join(dir, 'docs', 'latin1.md')];
    },
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(r.stderr, '');
      assert.deepStrictEqual((JSON.parse(r.stdout) as { term: string; column: number }[]).map((h) => `${h.column} ${h.term}`), ['17 API Gateway', '33 CQRS']);
    },
  },
  {
    name: 'vocab: files skipped inside a folder are counted in one summary line on stderr; exit 0',
    prepare: (dir) => {
      mkdirSync(path.join(dir, 'docs', 'deep'), { recursive: true });
      writeFileSync(path.join(dir, 'docs', 'a.bin'), Buffer.from([0, 1, 2]));
      writeFileSync(path.join(dir, 'docs', 'deep', 'b.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
      writeFileSync(path.join(dir, 'docs', 'big.md'), Buffer.alloc(1024 * 1024 + 10, 'CQRS '));
      writeFileSync(path.join(dir, 'docs', 'ok.md'), 'CQRS\n');
      return ['vocab', path.join(dir, 'docs')];
    },
    check: (r, dir) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(r.stdout, `${path.join(dir, 'docs', 'ok.md')}:1:1: "CQRS" → CQRS\n`);
      assert.strictEqual(r.stderr, 'mentorship-prep: skipped 3 files: 2 binary, 1 over 1 MB\n');
    },
  },
  {
    name: `vocab: a glossary with a duplicate key → ${EXIT.usage}, at its line`,
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'team.glossary.yml'), 'terms:\n  - name: Runbook Drill\n    definition: one\n    definition: two\n');
      writeFileSync(path.join(dir, 'notes.md'), 'x\n');
      return ['vocab', '--glossary', path.join(dir, 'team.glossary.yml'), path.join(dir, 'notes.md')];
    },
    check: (r, dir) => assertFailure(r, EXIT.usage, `mentorship-prep: ${path.join(dir, 'team.glossary.yml')}:4:5: duplicate key \`definition\`: only the first one is used`),
  },
];

const fileCases: Case[] = [
  {
    // Issue 26: a write never follows a link; the link's target is never created.
    name: `--force onto a dangling symlink → ${EXIT.usage}, the link is not followed and nothing is created`,
    prepare: (dir) => { symlinkSync('target.md', path.join(dir, 'link.md')); return ['generate', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, 'link.md'), '--force']; },
    check: (r, dir) => {
      assertFailure(r, EXIT.usage, 'is a symbolic link to a file that does not exist; mentorship-prep never writes through a link');
      assert.ok(lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
      assert.strictEqual(readlinkSync(path.join(dir, 'link.md')), 'target.md');
    },
  },
  {
    name: `a dangling symlink without --force → ${EXIT.usage}, nothing written`,
    prepare: (dir) => { symlinkSync('target.md', path.join(dir, 'link.md')); return ['generate', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, 'link.md')]; },
    check: (r) => assertFailure(r, EXIT.usage, 'never writes through a link'),
  },
  ...['_x.hbs', 'partials-like.txt'].map((name): Case => ({
    name: `--template ${name} (a path) is loaded as a template, whatever its name`,
    prepare: (dir) => {
      mkdirSync(path.join(dir, 'partials'));
      writeFileSync(path.join(dir, 'partials', 'sig.hbs'), '-- {{you.name}}');
      writeFileSync(path.join(dir, name), 'Hello {{leader.name}}\n{{> sig}}\n');
      return ['generate', '--profile', EXAMPLE_PROFILE, '--template', path.join(dir, name)];
    },
    check: (r) => { assert.strictEqual(r.code, EXIT.ok, r.stderr); assert.strictEqual(r.stdout, 'Hello Dana Okafor\n-- Sam Rivera\n'); },
  })),
];

const calendarCases: Case[] = [
  {
    name: `calendar --profile → ${EXIT.ok}, a valid .ics on stdout with the cadence and start`,
    prepare: () => ['calendar', '--profile', EXAMPLE_PROFILE, '--start', '2026-12-01T09:30:00Z'],
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(r.stderr, '');
      const vevent = new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      assert.strictEqual(event.summary, 'Mentorship check-in with Dana Okafor');
      assert.strictEqual(event.startDate.toJSDate().toISOString(), '2026-12-01T09:30:00.000Z');
      assert.match(r.stdout, /\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6\r\n/);
    },
  },
  {
    name: `calendar without --start → ${EXIT.ok}, the extension's default (a weekday, 10:00 local time)`,
    prepare: () => ['calendar', '--profile', EXAMPLE_PROFILE],
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      const start = new ICAL.Event(new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vevent')!).startDate.toJSDate();
      assert.ok(start.getDay() !== 0 && start.getDay() !== 6 && start.getHours() === 10, start.toString());
    },
  },
  {
    name: `calendar --out FILE → ${EXIT.ok}; again without --force → ${EXIT.refused}, untouched`,
    changesFolder: true,
    prepare: (dir) => { writeFileSync(path.join(dir, 'existing.ics'), 'keep'); return ['calendar', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, 'existing.ics')]; },
    check: (r, dir) => {
      assertFailure(r, EXIT.refused, `${path.join(dir, 'existing.ics')} already exists; pass --force to replace it.`);
      assert.strictEqual(readFileSync(path.join(dir, 'existing.ics'), 'utf8'), 'keep');
    },
  },
  {
    name: `calendar --out FILE --force → ${EXIT.ok}, written`,
    changesFolder: true,
    prepare: (dir) => { writeFileSync(path.join(dir, 'c.ics'), 'old'); return ['calendar', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, 'c.ics'), '--force', '--start', '2026-12-01 10:00']; },
    check: (r, dir) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(r.stderr, `wrote ${path.join(dir, 'c.ics')}\n`);
      assert.match(readFileSync(path.join(dir, 'c.ics'), 'utf8'), /^BEGIN:VCALENDAR\r\n/);
    },
  },
  {
    name: `calendar: an invalid profile → ${EXIT.usage}; no --profile → ${EXIT.usage}`,
    prepare: (dir) => { writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ ...example(), cadence: 'daily' })); return ['calendar', '--profile', path.join(dir, 'p.json')]; },
    check: (r) => assertFailure(r, EXIT.usage, 'is not valid:', 'cadence must be one of'),
  },
  {
    name: `calendar without --profile → ${EXIT.usage}`,
    prepare: () => ['calendar'],
    check: (r) => assertFailure(r, EXIT.usage, 'mentorship-prep: calendar needs --profile FILE.'),
  },
  {
    name: `calendar --start that is not a date → ${EXIT.usage}, escaped`,
    prepare: () => ['calendar', '--profile', EXAMPLE_PROFILE, '--start', `tomorrow${ESC}[2J`],
    check: (r) => { assertFailure(r, EXIT.usage, "--start 'tomorrow\\x1b[2J' is not a date and time"); assertSafeStderr(r); },
  },
  {
    name: `calendar: a missing profile → ${EXIT.refused}`,
    prepare: (dir) => ['calendar', '--profile', path.join(dir, 'missing.json')],
    check: (r, dir) => assertFailure(r, EXIT.refused, `Profile ${path.join(dir, 'missing.json')} does not exist.`),
  },
  {
    name: 'calendar: control characters in the profile never reach the file; lines fold at 75 octets',
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ ...example(), leader: { name: `Dana\r${ESC}[2J\u0000 Okafor ${'😀'.repeat(40)}` } }));
      return ['calendar', '--profile', path.join(dir, 'p.json'), '--start', '2026-12-01T09:30:00Z'];
    },
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.doesNotMatch(r.stdout.replace(/\r\n/g, ''), RAW_CONTROL);
      for (const line of r.stdout.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    },
  },
];

suite('CLI hardening (issue 14): messages', () => cases(messageCases));
suite('CLI hardening (issue 14): vocab reports what it skips', () => cases(vocabCases));
suite('CLI hardening (issue 14): --force and --template paths', () => cases(fileCases));
suite('CLI hardening (issue 14): calendar', () => cases(calendarCases));

suite('CLI hardening: --out names that cannot be stored as given', () => {
  // Found by the fuzz test (in-process runCli; a real argv turns a lone surrogate into U+FFFD before
  // the CLI sees it): the file system stored "--out doc\ud800.md" as "doc\ufffd.md", another name.
  test(`a lone surrogate in --out → ${EXIT.usage}, nothing written`, async () => {
    const dir = tempDir();
    try {
      const io = capture();
      const code = await runCli(['generate', '--profile', EXAMPLE_PROFILE, '--out', path.join(dir, 'doc\ud800.md')], io);
      assert.strictEqual(code, EXIT.usage, io.stderr);
      assert.match(io.stderr, /holds a broken character \(a lone surrogate\)/);
      assert.deepStrictEqual(listing(dir), []);
    } finally {
      removeDir(dir);
    }
  });
});
