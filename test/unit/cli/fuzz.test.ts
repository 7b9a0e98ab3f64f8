// runCli in-process with random arguments and random profile files: it always resolves to 0, 1 or 2,
// prints nothing on stdout when it fails, says why on stderr, and leaves no temporary file behind.
// FUZZ_RUNS=5000 npm run test:unit raises the run counts.
import * as assert from 'assert';
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT, runCli } from '../../../src/cli/cli';
import { CADENCES, COMMUNICATION, FORMATS, HIERARCHY, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { capture, EXAMPLE_PROFILE, listing, removeDir, tempDir } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS) || 0;
const ARGV_RUNS = RUNS || 300;
const PROFILE_RUNS = RUNS || 150;
const CODES = new Set<number>([EXIT.ok, EXIT.refused, EXIT.usage]);

/** One run's outcome must be one of the documented codes, with stdout empty and stderr saying why
 *  on failure. */
async function check(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  let code: number;
  try {
    code = await runCli(argv, io);
  } catch (err) {
    assert.fail(`runCli threw past its boundary for ${JSON.stringify(argv)}: ${String(err)}`);
  }
  const show = `argv ${JSON.stringify(argv)}\nexit ${code}\nstderr ${JSON.stringify(io.stderr.slice(0, 500))}`;
  assert.ok(CODES.has(code), show);
  if (code !== EXIT.ok) {
    assert.strictEqual(io.stdout, '', `nothing on stdout on error\n${show}`);
    assert.match(io.stderr, /^(mentorship-prep: \S|Usage: mentorship-prep)/m, show);
  }
  return { code, stdout: io.stdout, stderr: io.stderr };
}

suite('Fuzz: runCli with random arguments', function () {
  this.timeout(60_000 + RUNS * 50); // FUZZ_RUNS=100000 may take a while
  let dir: string;
  let cwd: string;

  suiteSetup(() => {
    dir = tempDir('mp-cli-fuzz-');
    writeFileSync(path.join(dir, 'profile.json'), readFileSync(EXAMPLE_PROFILE));
    writeFileSync(path.join(dir, 'invalid.json'), '{"leader": {"name": 5}}');
    writeFileSync(path.join(dir, 'broken.json'), '{"leader": ');
    writeFileSync(path.join(dir, 'binary.json'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'latin1.json'), Buffer.from('{"x": "\xe9"}', 'latin1'));
    writeFileSync(path.join(dir, 'team.glossary.yml'), 'terms:\n  - name: Runbook Drill\n    definition: A rehearsal.\n');
    writeFileSync(path.join(dir, 'broken.glossary.yml'), 'terms:\n  - name: "Unclosed\n');
    writeFileSync(path.join(dir, 'team.hbs'), 'Hello {{leader.name}}\n');
    writeFileSync(path.join(dir, 'broken.hbs'), 'Hello {{#if x}}\n');
    writeFileSync(path.join(dir, 'existing.md'), 'keep me\n');
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'notes.md'), 'We use CQRS behind an API gateway.\n');
    // Relative paths, and random strings taken as paths, land in the temporary folder.
    cwd = process.cwd();
    process.chdir(dir);
  });
  suiteTeardown(() => {
    process.chdir(cwd);
    removeDir(dir);
  });

  const PATHS = ['profile.json', 'invalid.json', 'broken.json', 'binary.json', 'latin1.json', 'missing.json', 'team.glossary.yml',
    'broken.glossary.yml', 'team.hbs', 'broken.hbs', 'missing.hbs', 'existing.md', 'docs', 'docs/notes.md', 'docs/missing/x.md',
    'out.md', 'docs/out.md', 'profile.json/x', '.', './docs/'];
  const WORDS = ['generate', 'templates', 'vocab', 'help', '--help', '-h', '--profile', '--template', '--out', '--force', '--glossary',
    '--json', '--', '-', '--profile=profile.json', '--out=out.md', '--force=yes', '--json=1', '-x', 'prep-doc', 'thank-you', ''];
  /** A random string that, taken as a path, stays inside the temporary folder. */
  const insideDir = (s: string) => {
    if (s.includes('\0')) return true; // Node refuses such paths before touching the disk
    const rel = path.relative(dir, path.resolve(dir, s));
    return !path.isAbsolute(s) && !s.startsWith('~') && rel !== '..' && !rel.startsWith(`..${path.sep}`);
  };
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...PATHS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }).filter(insideDir) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).filter(insideDir) },
  );
  const command = fc.constantFrom('generate', 'templates', 'vocab', 'help', 'frobnicate');
  const argv = fc.oneof(
    fc.array(token, { maxLength: 8 }),
    fc.tuple(command, fc.array(token, { maxLength: 8 })).map(([c, rest]) => [c, ...rest]),
  );

  test(`never throws, always 0, 1 or 2 (${ARGV_RUNS} runs)`, async () => {
    const seen = new Set<number>();
    await fc.assert(fc.asyncProperty(argv, async (args) => { seen.add((await check(args)).code); }), { numRuns: ARGV_RUNS });
    if (ARGV_RUNS >= 100) assert.deepStrictEqual([...seen].sort(), [0, 1, 2], 'the runs reach every exit code');
    assert.deepStrictEqual(listing(dir).filter((f) => /\.tmp$/.test(f)), [], 'no temporary file left behind');
  });

  test('an existing file is only ever replaced with --force', async () => {
    const args = fc.array(token, { maxLength: 6 }).filter((a) => !a.some((t) => t === '--force' || t.startsWith('--force=')));
    await fc.assert(fc.asyncProperty(args, async (rest) => {
      writeFileSync(path.join(dir, 'existing.md'), 'keep me\n');
      await check(['generate', '--profile', 'profile.json', '--out', 'existing.md', ...rest]);
      assert.strictEqual(readFileSync(path.join(dir, 'existing.md'), 'utf8'), 'keep me\n');
    }), { numRuns: Math.ceil(ARGV_RUNS / 3) });
  });
});

suite('Fuzz: generate with random profile files', function () {
  this.timeout(60_000 + RUNS * 50); // FUZZ_RUNS=100000 may take a while
  let dir: string;
  let n = 0;
  suiteSetup(() => { dir = tempDir('mp-cli-fuzz-profile-'); });
  suiteTeardown(() => removeDir(dir));

  const example = readFileSync(EXAMPLE_PROFILE, 'utf8');
  const write = (content: string | Uint8Array) => {
    const f = path.join(dir, `p${n++}.json`);
    writeFileSync(f, content);
    return f;
  };
  const json = (v: unknown) => JSON.stringify(v) ?? 'undefined';

  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(undefined, null, '', '   ', 0, -1, 1e308, true, [], {}));
  const choice = (values: readonly string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: anyValue });
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }).map((k) => 'x'.repeat(k)) },
    { weight: 1, arbitrary: anyValue },
  );
  const profileLike = fc.record({
    you: fc.oneof(fc.record({ name: text, role: text, strengths: text }, { requiredKeys: [] }), anyValue),
    leader: fc.oneof({ weight: 4, arbitrary: fc.record({ name: text, role: text, initiative: text, expertise: text }, { requiredKeys: [] }) }, { weight: 1, arbitrary: anyValue }),
    challenge: text,
    expertiseApplied: text,
    valueYouBring: text,
    cadence: choice(CADENCES),
    sessionMinutes: fc.oneof(fc.integer({ min: -10, max: 200 }), anyValue),
    format: choice(FORMATS),
    culture: fc.oneof(fc.record({ communication: choice(COMMUNICATION), hierarchy: choice(HIERARCHY) }, { requiredKeys: [] }), anyValue),
    relationship: choice(RELATIONSHIPS),
    tone: choice(TONES),
  }, { requiredKeys: [] }).map(json);
  /** `[[[…]]]` or `{"a":{"a":…}}`, alone or as the value of a real field. */
  const deep = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'), fc.constantFrom('top', 'leader', 'challenge', 'unknown')).map(([depth, open, where]) => {
    const close = open === '[' ? ']' : '}';
    const nested = `${open.repeat(depth)}${open === '[' ? '1' : '1'}${close.repeat(depth)}`;
    if (where === 'top') return nested;
    const p = JSON.parse(example) as Record<string, unknown>;
    const body = json(p).slice(0, -1);
    return where === 'leader' ? json({ ...p, leader: '§' }).replace('"§"', nested) : `${body},"${where}":${nested}}`;
  });
  const truncated = fc.integer({ min: 0, max: example.length - 1 }).map((k) => example.slice(0, k));
  const huge = fc.tuple(fc.constantFrom('leader.name', 'challenge', 'unknownField', 'you.role'), fc.integer({ min: 400, max: 3_000_000 })).map(([field, size]) => {
    const p = JSON.parse(example) as Record<string, Record<string, unknown>>;
    const [a, b] = field.split('.') as [string, string | undefined];
    if (b) p[a]![b] = 'y'.repeat(size); else (p as Record<string, unknown>)[a] = 'y'.repeat(size);
    return json(p);
  });
  const mutated = fc.tuple(fc.integer({ min: 0, max: example.length - 1 }), fc.string({ unit: 'binary', maxLength: 4 })).map(([k, s]) => example.slice(0, k) + s + example.slice(k + 1));
  const content: fc.Arbitrary<string | Uint8Array> = fc.oneof(
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    { weight: 2, arbitrary: truncated },
    { weight: 2, arbitrary: mutated },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: huge },
    { weight: 4, arbitrary: profileLike },
    { weight: 1, arbitrary: fc.jsonValue().map(json) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
    { weight: 1, arbitrary: fc.constantFrom(
      '{"__proto__": {"leader": {"name": "P"}}, "constructor": 1, "toString": 2, "leader": {"name": "D", "__proto__": null, "hasOwnProperty": 3}, "challenge": "c"}',
      '\ufeff{"leader": {"name": "D"}, "challenge": "c"}', '{"leader": {"name": "D"}, "challenge": "c"}\u0000', '{"leader": {"name": "\\ud800"}, "challenge": "\\udfff"}',
    ) },
  );

  test(`random bytes, truncated, deep and huge JSON: 0, 2, or 1 only for unreadable text (${PROFILE_RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(content, async (c) => {
      const f = write(c);
      const { code, stdout, stderr } = await check(['generate', '--profile', f]);
      if (code === EXIT.ok) assert.match(stdout, /^# Mentorship prep: /);
      else if (code === EXIT.usage) assert.match(stderr, new RegExp(`profile ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid( JSON: |:\\nerror: )`));
      else assert.match(stderr, /is a binary file, not text\.|is not valid UTF-8 text\./);
    }), { numRuns: PROFILE_RUNS });
  });

  test('a profile with one field made invalid → 2, naming that field', async () => {
    const base = JSON.parse(example) as Record<string, Record<string, unknown>>;
    const fields = ['you.name', 'leader.name', 'leader.role', 'challenge', 'valueYouBring', 'cadence', 'format', 'culture.hierarchy', 'relationship', 'tone', 'sessionMinutes'];
    const bad = fc.oneof(fc.integer({ min: 121, max: 1e9 }), fc.constantFrom(true, false, [], ['x'], { x: 1 }, 3.5, 'not-a-choice'));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...fields), bad, async (field, value) => {
      const isText = !['cadence', 'format', 'culture.hierarchy', 'relationship', 'tone', 'sessionMinutes'].includes(field);
      fc.pre(!(isText && typeof value === 'string')); // any string is valid text
      const p = JSON.parse(JSON.stringify(base)) as Record<string, Record<string, unknown>>;
      const [a, b] = field.split('.') as [string, string | undefined];
      if (b) p[a]![b] = value; else (p as Record<string, unknown>)[a] = value;
      const f = write(json(p));
      const { code, stderr } = await check(['generate', '--profile', f]);
      assert.strictEqual(code, EXIT.usage, stderr);
      assert.ok(stderr.includes(`error: ${field} `), `${field} named in ${stderr}`);
    }), { numRuns: PROFILE_RUNS });
  });
});

// Issue 14: random bytes, control characters and huge strings to every option of every command.
suite('Fuzz: hostile strings to every option (stderr bounded and escaped, nothing written but --out)', function () {
  this.timeout(60_000 + RUNS * 50);
  let dir: string;
  let cwd: string;
  const ESC = '\u001b';
  // eslint-disable-next-line no-control-regex
  const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const MAX_STDERR = 64 * 1024;

  suiteSetup(() => {
    dir = tempDir('mp-cli-fuzz-hostile-');
    const p = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'profile.json'), JSON.stringify(p));
    writeFileSync(path.join(dir, 'hostile.json'), JSON.stringify({ ...p, [`${ESC}[2J${'k'.repeat(200_000)}`]: 1, leader: { name: `D${ESC}]0;x\u0007`, [`${ESC}[31m`]: 1 } }));
    writeFileSync(path.join(dir, 'team.glossary.yml'), `terms:\n  - name: "Drill${ESC}[31m"\n    link: "x${ESC}"\n  - name: A\n    name: B\n`);
    writeFileSync(path.join(dir, 'ok.glossary.yml'), 'terms:\n  - name: Runbook Drill\n');
    writeFileSync(path.join(dir, '_x.hbs'), 'Hi {{leader.name}}\n');
    writeFileSync(path.join(dir, 'existing.md'), 'keep me\n');
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'notes.md'), 'We use CQRS behind an API gateway.\n');
    writeFileSync(path.join(dir, 'docs', 'bin.dat'), Buffer.from([0, 1, 2]));
    writeFileSync(path.join(dir, 'docs', 'latin1.md'), Buffer.from('caf\xe9 CQRS\n', 'latin1'));
    cwd = process.cwd();
    process.chdir(dir);
  });
  suiteTeardown(() => {
    process.chdir(cwd);
    removeDir(dir);
  });

  /** Every file under the folder with its content, to see what a run wrote. */
  const snapshot = () => new Map(listing(dir).map((f) => [f, f.endsWith('/') ? '' : readFileSync(path.join(dir, f)).toString('base64')]));
  const insideDir = (s: string) => {
    if (s.includes('\0')) return true;
    const rel = path.relative(dir, path.resolve(dir, s));
    return !path.isAbsolute(s) && !s.startsWith('~') && rel !== '..' && !rel.startsWith(`..${path.sep}`);
  };
  const controls = fc.constantFrom(ESC, '\u0000', '\r', '\n', '\u0007', '\u0008', '\u007f', '\u009b', '\u0085', '\u202e', '\u2066', '\u2028', '\ud800', `${ESC}[2J`, `${ESC}]0;t\u0007`, `${ESC}[6n`);
  const hostile = fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.oneof(controls, fc.constantFrom('a', '.', '-', '--', '=', ' ', 'é', '😀')), { maxLength: 12 }).map((a) => a.join('')) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 81, max: 300_000 }), controls).map(([n, c]) => `${c}${'h'.repeat(n)}${c}`) },
  );
  const value = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom('profile.json', 'hostile.json', 'team.glossary.yml', 'ok.glossary.yml', '_x.hbs', 'existing.md', 'docs', 'docs/notes.md', 'out.md', 'out.ics', '2026-12-01', 'prep-doc', '') },
    { weight: 3, arbitrary: hostile.filter(insideDir) },
  );
  const OPTIONS = ['--profile', '--template', '--out', '--start', '--glossary'];
  const part = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...OPTIONS), value).map(([o, v]) => [o, v]) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...OPTIONS), value).map(([o, v]) => [`${o}=${v}`]) },
    { weight: 1, arbitrary: fc.constantFrom(['--force'], ['--json'], ['docs'], ['docs/notes.md']) },
    { weight: 1, arbitrary: hostile.filter(insideDir).map((h) => [h]) },
  );
  const argv = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom('generate', 'calendar', 'vocab', 'templates', 'help') }, { weight: 1, arbitrary: hostile }),
    fc.array(part, { maxLength: 6 }),
  ).map(([c, parts]) => [c, ...parts.flat()]);

  test(`exit 0, 1 or 2; stderr bounded and free of raw control characters; only --out is written (${ARGV_RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(argv, async (args) => {
      writeFileSync(path.join(dir, 'existing.md'), 'keep me\n');
      const before = snapshot();
      const io = capture();
      const code = await runCli(args, io);
      const show = `argv ${JSON.stringify(args).slice(0, 300)}\nexit ${code}\nstderr ${JSON.stringify(io.stderr.slice(0, 300))}`;
      assert.ok(CODES.has(code), show);
      assert.ok(io.stderr.length <= MAX_STDERR, `stderr is ${io.stderr.length} characters\n${show}`);
      assert.doesNotMatch(io.stderr, RAW_CONTROL, show);
      // What changed: at most the file --out names (the last one given), and only with exit 0.
      let out: string | undefined;
      for (let i = 0; i < args.length; i++) {
        if (args[i] === '--out') out = args[i + 1];
        else if (args[i]!.startsWith('--out=')) out = args[i]!.slice('--out='.length);
      }
      const after = snapshot();
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
      const allowed = code === EXIT.ok && out ? path.relative(dir, path.resolve(dir, out)).split(path.sep).join('/') : undefined;
      assert.deepStrictEqual(changed.filter((f) => f !== allowed), [], show);
      for (const f of changed) if (f !== 'existing.md' || !before.has(f)) removeDir(path.join(dir, f));
    }), { numRuns: ARGV_RUNS });
    assert.deepStrictEqual(listing(dir).filter((f) => /\.tmp$/.test(f)), [], 'no temporary file left behind');
  });

  test('a 10 MB hostile key, option or file name: stderr stays under 64 KB with no escape sequence', async () => {
    writeFileSync(path.join(dir, 'huge.json'), JSON.stringify({ ...JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')), [`${ESC}[2J${'k'.repeat(10 * 1024 * 1024)}`]: 1 }));
    for (const args of [['generate', '--profile', 'huge.json'], ['calendar', '--profile', 'huge.json', '--start', `${ESC}[2J${'s'.repeat(1_000_000)}`],
      ['generate', `--${ESC}${'o'.repeat(1_000_000)}`], [`${ESC}${'c'.repeat(1_000_000)}`], ['vocab', `${ESC}[2J${'p'.repeat(200)}`]]) {
      const io = capture();
      const code = await runCli(args, io);
      assert.ok(CODES.has(code));
      assert.ok(io.stderr.length < 8 * 1024, `${args[0]} ${String(args[1]).slice(0, 20)}: stderr is ${io.stderr.length} characters`);
      assert.doesNotMatch(io.stderr, RAW_CONTROL);
    }
  });
});
