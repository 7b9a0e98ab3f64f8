// The built CLI writing `generate --out FILE` and standard output: refusals, replacements, missing
// folders and a full disk (/dev/full), each leaving no partial or temporary file behind.
import * as assert from 'assert';
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';
import { assertBuilt, assertFailure, cases, CLI, EXAMPLE_PROFILE, FIXTURE_WORKSPACE, listing, ROOT, type Case } from './helpers';

const DEV_FULL = '/dev/full';
const noDevFull = () => (existsSync(DEV_FULL) ? undefined : 'this system has no /dev/full');
const generate = (...more: string[]) => ['generate', '--profile', EXAMPLE_PROFILE, ...more];
/** The prep doc for the example profile, as printed on stdout (read by the first case). */
let doc = '';

const outCases: Case[] = [
  {
    name: `no --out → ${EXIT.ok}, the doc on stdout`,
    prepare: () => generate(),
    check: (r) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(r.stderr, '');
      assert.match(r.stdout, /^# Mentorship prep: Dana Okafor/);
      doc = r.stdout;
    },
  },
  {
    name: `--out to a new file → ${EXIT.ok}, exactly the doc, nothing else`,
    changesFolder: true,
    prepare: (dir) => generate('--out', path.join(dir, 'new.md')),
    check: (r, dir) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.stderr, `wrote ${path.join(dir, 'new.md')}\n`);
      assert.strictEqual(readFileSync(path.join(dir, 'new.md'), 'utf8'), doc);
      assert.deepStrictEqual(listing(dir), ['new.md']);
    },
  },
  {
    name: `--out to an existing file without --force → ${EXIT.refused}, refused, file untouched`,
    prepare: (dir) => { writeFileSync(path.join(dir, 'existing.md'), 'my own notes\n'); return generate('--out', path.join(dir, 'existing.md')); },
    check: (r, dir) => {
      assertFailure(r, EXIT.refused, `mentorship-prep: ${path.join(dir, 'existing.md')} already exists; pass --force to replace it.`);
      assert.strictEqual(readFileSync(path.join(dir, 'existing.md'), 'utf8'), 'my own notes\n');
    },
  },
  {
    name: `--out to an existing file with --force → ${EXIT.ok}, replaced, its permissions kept`,
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'replace.md'), 'old text\n');
      chmodSync(path.join(dir, 'replace.md'), 0o600);
      return generate('--out', path.join(dir, 'replace.md'), '--force');
    },
    check: (r, dir) => {
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(readFileSync(path.join(dir, 'replace.md'), 'utf8'), doc);
      assert.strictEqual(statSync(path.join(dir, 'replace.md')).mode & 0o777, 0o600);
    },
  },
  {
    // Issue 26: a write never follows a link, --force or not.
    name: `--out through a symbolic link with --force → ${EXIT.usage}, the link and its target are untouched`,
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'target.md'), 'old text\n');
      symlinkSync('target.md', path.join(dir, 'link.md'));
      return generate('--out', path.join(dir, 'link.md'), '--force');
    },
    check: (r, dir) => {
      assertFailure(r, EXIT.usage, 'is a symbolic link; mentorship-prep never writes through a link');
      assert.strictEqual(readlinkSync(path.join(dir, 'link.md')), 'target.md');
      assert.strictEqual(readFileSync(path.join(dir, 'target.md'), 'utf8'), 'old text\n');
    },
  },
  {
    name: `--out into a folder that does not exist → ${EXIT.refused}, nothing created`,
    prepare: (dir) => generate('--out', path.join(dir, 'no-such-folder', 'doc.md')),
    check: (r, dir) => assertFailure(r, EXIT.refused, `mentorship-prep: could not write ${path.join(dir, 'no-such-folder', 'doc.md')}: its folder does not exist. Nothing was written.`),
  },
  {
    name: `--out under a path that is a file → ${EXIT.refused}`,
    prepare: (dir) => { writeFileSync(path.join(dir, 'plain.txt'), 'x'); return generate('--out', path.join(dir, 'plain.txt', 'doc.md'), '--force'); },
    check: (r, dir) => assertFailure(r, EXIT.refused, `mentorship-prep: could not write ${path.join(dir, 'plain.txt', 'doc.md')}: a part of its path is not a folder. Nothing was written.`),
  },
  ...['', '--force'].map((force): Case => ({
    name: `--out to a folder ${force || 'without --force'} → ${EXIT.refused}, folder untouched`,
    prepare: (dir) => {
      mkdirSync(path.join(dir, 'a-folder'));
      writeFileSync(path.join(dir, 'a-folder', 'keep.md'), 'keep');
      return generate('--out', path.join(dir, 'a-folder'), ...(force ? [force] : []));
    },
    check: (r, dir) => assertFailure(r, EXIT.refused, `mentorship-prep: could not write ${path.join(dir, 'a-folder')}: it is a directory. Nothing was written.`),
  })),
  {
    name: `--out into a folder without write permission → ${EXIT.refused}, "permission denied"`,
    permissions: true,
    prepare: (dir) => { mkdirSync(path.join(dir, 'locked')); chmodSync(path.join(dir, 'locked'), 0o555); return generate('--out', path.join(dir, 'locked', 'doc.md')); },
    check: (r, dir) => assertFailure(r, EXIT.refused, `mentorship-prep: could not write ${path.join(dir, 'locked', 'doc.md')}: permission denied. Nothing was written.`),
  },
  ...['', '--force'].map((force): Case => ({
    name: `--out /dev/full ${force} → ${EXIT.refused}, "the disk is full", /dev/full still the device`,
    skip: noDevFull,
    prepare: () => generate('--out', DEV_FULL, ...(force ? [force] : [])),
    check: (r) => {
      assertFailure(r, EXIT.refused, `mentorship-prep: could not write ${DEV_FULL}: the disk is full.`);
      assert.ok(statSync(DEV_FULL).isCharacterDevice());
    },
  })),
  ...['', '--force'].map((force): Case => ({
    name: `--out to a symbolic link to /dev/full ${force} → ${EXIT.refused}, "the disk is full", the link stays`,
    skip: noDevFull,
    prepare: (dir) => { symlinkSync(DEV_FULL, path.join(dir, 'full.md')); return generate('--out', path.join(dir, 'full.md'), ...(force ? [force] : [])); },
    check: (r, dir) => {
      assertFailure(r, EXIT.refused, `mentorship-prep: could not write ${path.join(dir, 'full.md')}: the disk is full.`);
      assert.ok(lstatSync(path.join(dir, 'full.md')).isSymbolicLink());
      assert.strictEqual(readlinkSync(path.join(dir, 'full.md')), DEV_FULL);
    },
  })),
  ...[generate(), ['vocab', FIXTURE_WORKSPACE]].map((args): Case => {
    let fd: number | undefined;
    return {
      name: `${args[0]} with standard output on /dev/full → ${EXIT.refused}, "could not write to standard output"`,
      skip: noDevFull,
      prepare: () => { fd = openSync(DEV_FULL, 'w'); return { args, options: { stdio: ['ignore', fd, 'pipe'] } }; },
      check: (r) => {
        closeSync(fd!);
        assertFailure(r, EXIT.refused, 'mentorship-prep: could not write to standard output: the disk is full.');
      },
    };
  }),
];

suite('CLI output files and streams (built CLI)', () => {
  let devBefore: string[] = [];
  suiteSetup(() => { if (existsSync('/dev')) devBefore = readdirSync('/dev').sort(); });
  cases(outCases);
  test('nothing was left in /dev', function () {
    if (noDevFull()) this.skip();
    assert.deepStrictEqual(readdirSync('/dev').sort(), devBefore);
  });

  test('a reader that closes standard output early (`| head`) → no stack trace, exit 0', async () => {
    assertBuilt();
    const child = spawn(process.execPath, [CLI, 'vocab', path.join(ROOT, 'test/fixtures')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away before the first byte
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, EXIT.ok);
  });
});
