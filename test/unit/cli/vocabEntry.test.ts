// `vocab` runs from a bundle of its own (dist/cli.js loads the other commands' bundle only for
// them): it must print exactly what the whole command line prints, and never load the rest.
import * as assert from 'assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT, runCli } from '../../../src/cli/cli';
import { assertBuilt, capture, FIXTURE_WORKSPACE, runBuilt, tempDir } from './helpers';

/** The whole command line in this process: the path every command took before the split. */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

suite('CLI vocab: its own entry point (built CLI)', () => {
  suiteSetup(assertBuilt);

  for (const json of [false, true]) {
    test(`prints what the whole command line prints on the fixture workspace${json ? ' (--json)' : ''}`, async () => {
      const args = ['vocab', ...(json ? ['--json'] : []), '--workspace', FIXTURE_WORKSPACE, FIXTURE_WORKSPACE];
      const [built, whole] = await Promise.all([runBuilt(args), inProcess(args)]);
      assert.strictEqual(built.code, EXIT.ok, built.stderr);
      assert.ok(whole.stdout.split('Technical Debt').length > 3, `the fixture has hits to compare: ${whole.stdout}`);
      assert.strictEqual(built.stdout, whole.stdout);
      assert.strictEqual(built.stderr, whole.stderr); // the broken glossary's warnings, the same words
      assert.strictEqual(built.code, whole.code);
    });
  }

  test('a usage error reads the same from both', async () => {
    const args = ['vocab', '--nope', FIXTURE_WORKSPACE];
    const [built, whole] = await Promise.all([runBuilt(args), inProcess(args)]);
    assert.strictEqual(built.code, EXIT.usage);
    assert.strictEqual(built.stderr, whole.stderr);
  });

  test('vocab does not load the other commands (templates, Handlebars); templates does', async () => {
    const hook = path.join(tempDir('mp-cli-hook-'), 'hook.js');
    writeFileSync(hook, "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (/cli-commands/.test(request)) process.stderr.write('LOADED cli-commands\\n'); return load.call(this, request, ...rest); };\n");
    const vocab = await runBuilt(['vocab', path.join(FIXTURE_WORKSPACE, 'docs')], { env: { ...process.env, NODE_OPTIONS: `--require ${hook}` } });
    assert.strictEqual(vocab.code, EXIT.ok, vocab.stderr);
    assert.doesNotMatch(vocab.stderr, /LOADED cli-commands/);
    const templates = await runBuilt(['templates'], { env: { ...process.env, NODE_OPTIONS: `--require ${hook}` } });
    assert.strictEqual(templates.code, EXIT.ok, templates.stderr);
    assert.match(templates.stderr, /LOADED cli-commands/);
  });
});
