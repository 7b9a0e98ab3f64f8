// Shared by the CLI tests: the built CLI as a real process, temporary folders, and what they hold.
import * as assert from 'assert';
import { spawn, type SpawnOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';

/** The repository root (the test bundles live in out/unit/cli/). */
export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const EXAMPLE_PROFILE = path.join(ROOT, 'test/fixtures/profiles/example.json');
export const FIXTURE_WORKSPACE = path.join(ROOT, 'test/fixtures/workspace');
export const IS_ROOT = process.getuid?.() === 0;
/** Who runs the CLI when a test needs file permissions enforced and the tests run as root. */
export const NOBODY = 65534;

/** An in-memory Io for runCli. */
export function capture() {
  const io = { stdout: '', stderr: '', out: (s: string) => { io.stdout += s; }, err: (s: string) => { io.stderr += s; } };
  return io;
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) assert.fail(`${CLI} does not exist: build it first with \`node scripts/build.mjs\` (npm run test:unit does).`);
}

export interface Run { code: number | null; stdout: string; stderr: string }
export type RunOptions = SpawnOptions & {
  /** Text for standard input (which Node connects through a socket). */
  input?: string;
  /** A file to `cat` into standard input through a real pipe, as a shell would (runs sh). */
  stdinPipeFrom?: string;
};

/** Runs `node dist/cli.js ...args` from the repository root. Never rejects: a process that cannot
 *  start or does not finish in time is a Run with a null code and the reason on stderr. */
export function runBuilt(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const { input, stdinPipeFrom, ...spawnOptions } = options;
  const [command, argv] = stdinPipeFrom === undefined
    ? [process.execPath, [CLI, ...args]]
    : ['sh', ['-c', 'cat "$0" | "$@"', stdinPipeFrom, process.execPath, CLI, ...args]];
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], ...spawnOptions });
    let stdout = '', stderr = '';
    child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
    const timer = setTimeout(() => { stderr += '\n[test: killed after 30 s]'; child.kill('SIGKILL'); }, 30_000);
    child.on('error', (err) => { clearTimeout(timer); resolve({ code: null, stdout, stderr: `${stderr}\n[test: could not start: ${err.message}]` }); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

/** Starts runs at most `limit` at a time. Node's start-up dominates a run (half a second on a busy
 *  machine), so a suite starts all its runs at once and each test awaits its own. */
export class Batch {
  private readonly queue: (() => void)[] = [];
  private active = 0;
  constructor(private readonly limit = Math.max(2, (os.availableParallelism?.() ?? os.cpus().length)) * 3) {}

  run(args: readonly string[], options: RunOptions = {}): Promise<Run> {
    return new Promise((resolve) => {
      this.queue.push(() => {
        this.active++;
        void runBuilt(args, options).then((r) => { this.active--; this.next(); resolve(r); });
      });
      this.next();
    });
  }

  private next(): void {
    while (this.active < this.limit && this.queue.length > 0) this.queue.shift()!();
  }
}

/** A fresh folder under the OS temp folder. */
export function tempDir(prefix = 'mp-cli-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every entry under `dir`, relative and sorted, folders marked with a trailing slash. */
export function listing(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) { out.push(`${p}/`); visit(p); } else out.push(p);
    }
  };
  visit('');
  return out.sort();
}

/** Asserts a failed run: the exit code, nothing on stdout, a message on stderr that contains or
 *  matches every pattern, and no stack trace. */
export function assertFailure(r: Run, code: number, ...patterns: (RegExp | string)[]): void {
  const show = `exit ${r.code}\nstdout: ${JSON.stringify(r.stdout.slice(0, 300))}\nstderr: ${JSON.stringify(r.stderr.slice(0, 1000))}`;
  assert.strictEqual(r.code, code, show);
  assert.strictEqual(r.stdout, '', `nothing on stdout on error\n${show}`);
  assert.match(r.stderr, /^(mentorship-prep: \S|Usage: mentorship-prep)/m, show);
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+\)?\n/, `no stack trace\n${show}`);
  for (const p of patterns) {
    if (typeof p === 'string') assert.ok(r.stderr.includes(p), `stderr should contain ${JSON.stringify(p)}\n${show}`);
    else assert.match(r.stderr, p, show);
  }
}

export type Prepared = string[] | { args: string[]; options: RunOptions };

export interface Case {
  name: string;
  /** Writes what the case needs into its own folder and returns the command line (and options). */
  prepare: (dir: string, shared: string) => Prepared | Promise<Prepared>;
  /** Assertions on the finished run; `dir` is the case's folder. */
  check: (r: Run, dir: string) => void;
  /** Options for the run (cwd, stdio, input). */
  options?: RunOptions;
  /** The case's folder may change; by default it must hold exactly the same entries afterwards
   *  (no partial or temporary file). */
  changesFolder?: boolean;
  /** Run the CLI where permissions are enforced: as root, as user nobody. */
  permissions?: boolean;
  /** Why the case cannot run here, if it cannot. */
  skip?: () => string | undefined;
}

/**
 * One test per case, all started together in suiteSetup. Each case has its own folder under a
 * temporary root; `setup(shared)` writes what several cases read, in `shared`.
 */
export function cases(list: readonly Case[], setup: (shared: string) => void | Promise<void> = () => undefined, teardown: () => void | Promise<void> = () => undefined): void {
  let root = '';
  const started = new Map<Case, { dir: string; before: string[]; result: Promise<Run> }>();
  let nobody: Promise<boolean> = Promise.resolve(false);
  const asNobody = IS_ROOT && list.some((c) => c.permissions && !c.skip?.());

  suiteSetup(async function () {
    this.timeout(60_000);
    assertBuilt();
    root = tempDir();
    const shared = path.join(root, 'shared');
    mkdirSync(shared);
    await setup(shared);
    const batch = new Batch();
    if (asNobody) {
      // nobody must reach the case folders (the root from mkdtemp is private) and run the CLI.
      chmodSync(root, 0o755);
      nobody = batch.run(['help'], { uid: NOBODY, gid: NOBODY }).then((r) => r.code === EXIT.ok);
    }
    for (const [i, c] of list.entries()) {
      if (c.skip?.()) continue;
      const dir = path.join(root, String(i));
      mkdirSync(dir, { mode: 0o755 });
      const prepared = await c.prepare(dir, shared);
      const [args, more] = Array.isArray(prepared) ? [prepared, {}] : [prepared.args, prepared.options];
      const options = { ...c.options, ...more, ...(c.permissions && asNobody ? { uid: NOBODY, gid: NOBODY } : {}) };
      started.set(c, { dir, before: listing(dir), result: batch.run(args, options) });
    }
  });
  suiteTeardown(async () => {
    await Promise.all([...started.values()].map((s) => s.result));
    await teardown();
    if (root) removeDir(root);
  });

  for (const c of list) {
    test(c.name, async function () {
      this.timeout(60_000);
      const why = c.skip?.();
      if (why) { this.test!.title += ` (skipped: ${why})`; this.skip(); }
      if (c.permissions && asNobody && !(await nobody)) {
        this.test!.title += ' (skipped: running as root, where permissions are not enforced, and user nobody cannot run dist/cli.js here)';
        this.skip();
      }
      const s = started.get(c)!;
      const r = await s.result;
      c.check(r, s.dir);
      if (!c.changesFolder) assert.deepStrictEqual(listing(s.dir), s.before, 'the folder holds the same entries as before (no partial or temporary file)');
    });
  }
}
