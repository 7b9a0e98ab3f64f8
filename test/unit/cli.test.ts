import * as assert from 'assert';
import { runCli, EXIT } from '../../src/cli/cli';

function capture() {
  const io = { stdout: '', stderr: '', out: (s: string) => { io.stdout += s; }, err: (s: string) => { io.stderr += s; } };
  return io;
}

suite('CLI usage', () => {
  test('no command prints usage and exits with the usage code', async () => {
    const io = capture();
    assert.strictEqual(await runCli([], io), EXIT.usage);
    assert.match(io.stderr, /Usage: mentorship-prep/);
  });
  test('an unknown command is named on stderr', async () => {
    const io = capture();
    assert.strictEqual(await runCli(['frobnicate'], io), EXIT.usage);
    assert.match(io.stderr, /unknown command 'frobnicate'/);
  });
});
