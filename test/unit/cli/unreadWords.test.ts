// `generate` with their words in a script the tool cannot read: every document is still written, and
// stderr says once that their answer was not read (the sendable documents no longer carry the note).
import * as assert from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT, runCli } from '../../../src/cli/cli';
import { capture, EXAMPLE_PROFILE } from './helpers';
import example from '../../fixtures/profiles/example.json';

suite('CLI: words it cannot read', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-unread-'));
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  for (const [script, words] of [['Cyrillic', 'Интересно предложение. Ще помисля и ще ти кажа.'], ['Greek', 'Ευχαρίστως, αλλά όχι αυτόν τον μήνα.']]) {
    for (const template of ['request-meeting', 'prep-doc']) {
      test(`${script}, ${template}: a warning on stderr, exit ${EXIT.ok}`, async () => {
        const file = path.join(dir, `${script}.json`);
        writeFileSync(file, JSON.stringify({ ...example, firstResponseWords: words }));
        const io = capture();
        assert.strictEqual(await runCli(['generate', '--profile', file, '--template', template], io), EXIT.ok, io.stderr);
        assert.match(io.stderr, new RegExp(`warning: this tool cannot read ${script}`));
        assert.strictEqual(io.stderr.split('cannot read').length, 2, io.stderr);
      });
    }
  }

  test('words it reads: no such warning', async () => {
    const io = capture();
    assert.strictEqual(await runCli(['generate', '--profile', EXAMPLE_PROFILE, '--template', 'request-meeting'], io), EXIT.ok, io.stderr);
    assert.doesNotMatch(io.stderr, /cannot read/);
  });
});
