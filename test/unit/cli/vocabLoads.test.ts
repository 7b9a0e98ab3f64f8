// What a scan loads before its first file: Node's thread module (a few milliseconds of every start)
// only when helper threads will scan.
import * as assert from 'assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT } from '../../../src/cli/cli';
import { PARALLEL_MIN_FILES } from '../../../src/cli/vocabScan';
import { assertBuilt, runBuilt, tempDir } from './helpers';

suite('CLI vocab: node:worker_threads is loaded only for helper threads (built CLI)', () => {
  suiteSetup(assertBuilt);

  function hooked(): string {
    const hook = path.join(tempDir('mp-cli-hook-'), 'hook.js');
    writeFileSync(hook, "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (/worker_threads/.test(request)) process.stderr.write('LOADED worker_threads\\n'); return load.call(this, request, ...rest); };\n");
    return hook;
  }

  const folder = (files: number): string => {
    const dir = path.join(tempDir('mp-cli-loads-'), 'docs');
    mkdirSync(dir);
    for (let i = 0; i < files; i++) writeFileSync(path.join(dir, `${i}.md`), i % 7 === 0 ? 'We use CQRS and an API Gateway.\n' : 'Plain notes.\n');
    return dir;
  };

  for (const [files, threads] of [[3, '1'], [3, '2'], [PARALLEL_MIN_FILES + 4, '1'], [1, undefined]] as const) {
    test(`${files} files, ${threads ?? 'default'} thread(s): not loaded`, async () => {
      const env = { ...process.env, NODE_OPTIONS: `--require ${hooked()}`, MENTORSHIP_PREP_SCAN_THREADS: threads ?? '' };
      const run = await runBuilt(['vocab', folder(files)], { env });
      assert.strictEqual(run.code, EXIT.ok, run.stderr);
      assert.match(run.stdout, /CQRS/);
      assert.doesNotMatch(run.stderr, /LOADED worker_threads/);
    });
  }

  test('enough files and two threads: loaded, and the output is the same as on one', async () => {
    const dir = folder(PARALLEL_MIN_FILES + 4);
    const run = (threads: string) => runBuilt(['vocab', dir], { env: { ...process.env, NODE_OPTIONS: `--require ${hooked()}`, MENTORSHIP_PREP_SCAN_THREADS: threads } });
    const [two, one] = await Promise.all([run('2'), run('1')]);
    assert.strictEqual(two.code, EXIT.ok, two.stderr);
    assert.match(two.stderr, /LOADED worker_threads/);
    assert.strictEqual(two.stdout, one.stdout);
  });
});
