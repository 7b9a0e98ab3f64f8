// runCli in-process: the usage text and the commands that need no files.
import * as assert from 'assert';
import { runCli, EXIT } from '../../../src/cli/cli';
import { capture } from './helpers';

suite('CLI usage', () => {
  test('no command prints usage and exits with the usage code', async () => {
    const io = capture();
    assert.strictEqual(await runCli([], io), EXIT.usage);
    assert.match(io.stderr, /Usage: mentorship-prep/);
    assert.strictEqual(io.stdout, '');
  });
  test('an unknown command is named on stderr', async () => {
    const io = capture();
    assert.strictEqual(await runCli(['frobnicate'], io), EXIT.usage);
    assert.match(io.stderr, /unknown command 'frobnicate'/);
    assert.strictEqual(io.stdout, '');
  });
  for (const flag of ['help', '--help', '-h']) {
    test(`${flag} prints usage, with the exit codes, on stdout`, async () => {
      const io = capture();
      assert.strictEqual(await runCli([flag], io), EXIT.ok);
      assert.match(io.stdout, /Usage: mentorship-prep/);
      assert.match(io.stdout, /Exit codes: 0 success, 1 refused or failed .*, 2 bad usage/);
      assert.strictEqual(io.stderr, '');
    });
  }
  test('templates lists the built-in templates', async () => {
    const io = capture();
    assert.strictEqual(await runCli(['templates'], io), EXIT.ok);
    assert.match(io.stdout, /^prep-doc\s/m);
  });
  test('templates takes no arguments', async () => {
    const io = capture();
    assert.strictEqual(await runCli(['templates', 'extra'], io), EXIT.usage);
    assert.match(io.stderr, /Unexpected argument 'extra'/);
    assert.strictEqual(io.stdout, '');
  });
});
