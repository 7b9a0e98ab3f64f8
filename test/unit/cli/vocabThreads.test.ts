// `vocab` over a folder splits the files between threads (vocabScan.ts): whatever the number of
// threads, it prints the same bytes in the same order, skips the same files and says so alike.
import * as assert from 'assert';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';
import { assertBuilt, FIXTURE_WORKSPACE, runBuilt, tempDir } from './helpers';

/** 400 files (and 5 team glossaries) in 20 folders, some under a team glossary, a binary and an oversized file among them. */
function bigWorkspace(): string {
  const root = tempDir('mp-cli-threads-');
  const docs = [path.join(FIXTURE_WORKSPACE, 'docs/design.md'), path.join(FIXTURE_WORKSPACE, 'docs/payments/notes.md'), path.join(FIXTURE_WORKSPACE, 'src/gateway.ts')];
  for (let f = 0; f < 20; f++) {
    const dir = path.join(root, f % 4 === 0 ? `payments-${f}` : `folder-${f}`);
    mkdirSync(dir, { recursive: true });
    if (f % 4 === 0) copyFileSync(path.join(FIXTURE_WORKSPACE, 'docs/payments/team.glossary.yml'), path.join(dir, 'team.glossary.yml'));
    for (let i = 0; i < 20; i++) {
      const source = docs[(f + i) % docs.length]!;
      writeFileSync(path.join(dir, `doc-${i}${path.extname(source)}`), `# File ${f}/${i}\n\n${readFileSync(source, 'utf8')}`);
    }
  }
  writeFileSync(path.join(root, 'folder-7', 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(path.join(root, 'folder-11', 'huge.md'), 'Technical Debt\n'.repeat(80_000));
  return root;
}

suite('CLI vocab: threads (built CLI)', () => {
  suiteSetup(assertBuilt);
  let root: string;
  suiteSetup(() => { root = bigWorkspace(); });

  for (const json of [false, true]) {
    test(`one thread and three print the same${json ? ' (--json)' : ''}`, async () => {
      const args = ['vocab', ...(json ? ['--json'] : []), '--workspace', root, root];
      const run = (threads: number, own = true) => runBuilt(args, { env: { ...process.env, MENTORSHIP_PREP_SCAN_THREADS: String(threads), MENTORSHIP_PREP_SCAN_REPORT: '1', MENTORSHIP_PREP_SCAN_OWN_THREAD: own ? '1' : '0' } });
      const [one, three, helpersOnly] = await Promise.all([run(1), run(3), run(3, false)]);
      assert.strictEqual(one.code, EXIT.ok, one.stderr);
      assert.strictEqual(three.code, EXIT.ok, three.stderr);
      const hits = json ? (JSON.parse(one.stdout) as unknown[]).length : one.stdout.split('\n').length - 1;
      assert.ok(hits > 1000, `the workspace has hits to compare: ${hits}`);
      assert.strictEqual(three.stdout, one.stdout);
      // 407 files (and 5 glossaries) are 13 batches; left to the helpers, they scan them all.
      assert.match(one.stderr, /407 files in 13 batches, 1 threads; helper threads scanned 0\n/);
      assert.match(helpersOnly.stderr, /407 files in 13 batches, 3 threads; helper threads scanned 13\n/);
      assert.strictEqual(helpersOnly.stdout, one.stdout);
      const skips = (s: string) => s.split('\n').filter((l) => /skipped/.test(l));
      assert.deepStrictEqual(skips(three.stderr), skips(one.stderr));
      assert.deepStrictEqual(skips(helpersOnly.stderr), skips(one.stderr));
      assert.match(skips(one.stderr).join(), /skipped 2 files: 1 binary, 1 over 1 MB/);
    });
  }
});
