// `generate --out FILE` keeps the generated version in the workspace; `--update` merges a new render
// into the edited FILE against it (the core merge: test/unit/merge/update.test.ts).
import * as assert from 'assert';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT, runCli } from '../../../src/cli/cli';
import { exampleWith } from '../render/helpers';
import { lineTokens } from '../../../src/core/merge/update';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (s) => { stdout += s; }, err: (s) => { stderr += s; } });
  return { code, stdout, stderr };
}

suite('CLI: generate --out records the generated version; --update keeps the edits', () => {
  let dir = '';
  let doc = '';
  let copy = '';
  const setTone = (tone: string) => writeFileSync(path.join(dir, '.mentorship/profile.json'), JSON.stringify(exampleWith({ tone })));
  const render = async () => (await cli('generate', '--workspace', dir)).stdout;

  setup(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mentorship-update-'));
    mkdirSync(path.join(dir, '.mentorship'));
    mkdirSync(path.join(dir, 'mentorship'));
    setTone('formal');
    doc = path.join(dir, 'mentorship', 'prep.md');
    copy = path.join(dir, '.mentorship', 'generated', 'mentorship', 'prep.md');
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('--out inside a workspace keeps the same text under .mentorship/generated/', async () => {
    const r = await cli('generate', '--workspace', dir, '--out', doc);
    assert.strictEqual(r.code, EXIT.ok, r.stderr);
    assert.strictEqual(readFileSync(copy, 'utf8'), readFileSync(doc, 'utf8'));
    assert.strictEqual(readFileSync(doc, 'utf8'), await render());
  });

  test('--update after two edits and a new tone: exit 0, both edits kept, the rest in the new tone', async () => {
    await cli('generate', '--workspace', dir, '--out', doc);
    const formal = readFileSync(doc, 'utf8');
    setTone('warm');
    const warm = await render();
    const [a, b] = [lineTokens(formal), lineTokens(warm)];
    const unchanged = a.map((_, i) => i).filter((i) => a[i] === b[i] && a[i]!.length > 80);
    const edited = [...a];
    edited[unchanged[1]!] = 'A paragraph in my own words.\n';
    edited[unchanged[7]!] = 'Another one I rewrote.\n';
    writeFileSync(doc, edited.join(''));

    const r = await cli('generate', '--workspace', dir, '--out', doc, '--update');
    assert.strictEqual(r.code, EXIT.ok, r.stderr);
    const expected = [...b];
    expected[unchanged[1]!] = edited[unchanged[1]!]!;
    expected[unchanged[7]!] = edited[unchanged[7]!]!;
    assert.strictEqual(readFileSync(doc, 'utf8'), expected.join(''));
    assert.strictEqual(readFileSync(copy, 'utf8'), warm, 'the new render is the base of the next update');
    assert.match(r.stderr, /updated .*prep\.md, keeping your edits/);
  });

  test('--update where the edit and the new tone touch the same sentence: exit 1, markers written, a message', async () => {
    await cli('generate', '--workspace', dir, '--out', doc);
    const formal = readFileSync(doc, 'utf8');
    setTone('warm');
    const warm = await render();
    const [a, b] = [lineTokens(formal), lineTokens(warm)];
    const changed = a.findIndex((line, i) => line !== b[i] && line.startsWith('> **You:**'));
    const edited = [...a];
    edited[changed] = '> **You:** “Something I would rather say myself.”\n';
    writeFileSync(doc, edited.join(''));

    const r = await cli('generate', '--workspace', dir, '--out', doc, '--update');
    assert.strictEqual(r.code, EXIT.refused);
    const text = readFileSync(doc, 'utf8');
    assert.ok(text.includes(`<<<<<<< Your version\n${edited[changed]}=======\n${b[changed]}>>>>>>> New version\n`), 'both versions between markers');
    assert.match(r.stderr, /one passage changed both in the file and in the new version/);
  });

  test('--update with no kept version refuses and writes nothing; --update on a missing file creates it', async () => {
    writeFileSync(doc, 'my own notes\n');
    const r = await cli('generate', '--workspace', dir, '--out', doc, '--update');
    assert.strictEqual(r.code, EXIT.refused);
    assert.match(r.stderr, /no generated version of .*prep\.md was kept/);
    assert.strictEqual(readFileSync(doc, 'utf8'), 'my own notes\n');
    assert.ok(!existsSync(copy));

    const fresh = path.join(dir, 'mentorship', 'fresh.md');
    const created = await cli('generate', '--workspace', dir, '--out', fresh, '--update');
    assert.strictEqual(created.code, EXIT.ok, created.stderr);
    assert.strictEqual(readFileSync(path.join(dir, '.mentorship/generated/mentorship/fresh.md'), 'utf8'), readFileSync(fresh, 'utf8'));
  });

  test('--update needs --out and cannot go with --force; outside a workspace nothing is recorded', async () => {
    assert.strictEqual((await cli('generate', '--workspace', dir, '--update')).code, EXIT.usage);
    assert.strictEqual((await cli('generate', '--workspace', dir, '--out', doc, '--update', '--force')).code, EXIT.usage);
    const outside = mkdtempSync(path.join(os.tmpdir(), 'mentorship-outside-'));
    try {
      const file = path.join(outside, 'doc.md');
      const r = await cli('generate', '--profile', path.join(dir, '.mentorship/profile.json'), '--out', file);
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.ok(!existsSync(path.join(outside, '.mentorship')), 'no workspace is made beside the file');
      assert.strictEqual((await cli('generate', '--profile', path.join(dir, '.mentorship/profile.json'), '--out', file, '--update')).code, EXIT.refused);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  suite('never through a symbolic link (issue 26)', () => {
    let outside = '';
    setup(() => { outside = mkdtempSync(path.join(os.tmpdir(), 'mentorship-outside-')); });
    teardown(() => rmSync(outside, { recursive: true, force: true }));

    test('a committed link at the generated copy\'s path is not written through: the document is written, the link and its target are untouched', async () => {
      const secret = path.join(outside, 'notes.txt');
      writeFileSync(secret, 'my own notes\n');
      mkdirSync(path.dirname(copy), { recursive: true });
      symlinkSync(secret, copy);
      const r = await cli('generate', '--workspace', dir, '--out', doc);
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.match(r.stderr, /warning: .*prep\.md was not written: it is a symbolic link/);
      assert.strictEqual(readFileSync(secret, 'utf8'), 'my own notes\n');
      assert.ok(lstatSync(copy).isSymbolicLink());
      assert.strictEqual(readFileSync(doc, 'utf8'), await render());
    });

    test('a committed .mentorship/generated linked to a folder outside: nothing is created there', async () => {
      symlinkSync(outside, path.join(dir, '.mentorship', 'generated'));
      const r = await cli('generate', '--workspace', dir, '--out', doc);
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.match(r.stderr, /warning: .*generated.* is a symbolic link that leads outside the workspace/);
      assert.deepStrictEqual(readdirSync(outside), []);
    });

    test('--update does not read a generated copy linked outside as its base: refused, the document untouched', async () => {
      await cli('generate', '--workspace', dir, '--out', doc);
      const mine = `${readFileSync(doc, 'utf8')}My own line.\n`;
      writeFileSync(doc, mine);
      const secret = path.join(outside, 'secret.md');
      writeFileSync(secret, 'SECRET FROM OUTSIDE\n');
      rmSync(copy);
      symlinkSync(secret, copy);
      const r = await cli('generate', '--workspace', dir, '--out', doc, '--update');
      assert.strictEqual(r.code, EXIT.refused, r.stderr);
      assert.match(r.stderr, /prep\.md was not read: it is a symbolic link that leads outside the workspace/);
      assert.strictEqual(readFileSync(doc, 'utf8'), mine);
      assert.strictEqual(readFileSync(secret, 'utf8'), 'SECRET FROM OUTSIDE\n');
    });

    test('the copy is written by a rename: no temporary file is left beside it', async () => {
      const r = await cli('generate', '--workspace', dir, '--out', doc);
      assert.strictEqual(r.code, EXIT.ok, r.stderr);
      assert.deepStrictEqual(readdirSync(path.dirname(copy)), ['prep.md']);
      assert.ok(lstatSync(copy).isFile());
    });
  });
});
