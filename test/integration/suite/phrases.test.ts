import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, readWorkspaceFile, restoreFixture, testProfile, waitFor, workspaceRoot } from './helpers';

type Result = { ok: boolean; uri?: string; message?: string };
// The profile has no form of address: every message to the leader opens with greeting-named.
const OWN_GREETING = 'Good day, from our phrases file,';

suite('The workspace’s own wording (.mentorship/phrases.json)', () => {
  const uri = () => vscode.Uri.joinPath(workspaceRoot(), '.mentorship', 'phrases.json');
  const write = (text: string) => vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(text));
  const generate = (template: string) => vscode.commands.executeCommand<Result>('mentorshipPrep.generate', { profile: testProfile(), template, ifExists: 'replace', show: false });
  suiteSetup(async () => { await activateExtension(); await restoreFixture(); });
  suiteTeardown(restoreFixture);

  test('an override is said in the generated document; an unknown ID is a diagnostic at its line, and the rest still applies', async () => {
    // Line 3 holds the unknown ID. Generating reads the file itself: no waiting for the file watcher.
    await write(`{\n  "greeting-named": "${OWN_GREETING}",\n  "no-such-message": "Hello"\n}\n`);
    const result = await generate('request-meeting');
    assert.ok(result.ok, result.message);
    const text = await readWorkspaceFile(vscode.workspace.asRelativePath(vscode.Uri.parse(result.uri!), false));
    assert.ok(text.includes(OWN_GREETING), `the override in the request:\n${text}`);
    assert.doesNotMatch(text, /⟦/, 'no message IDs unless asked for');
    const diagnostics = vscode.languages.getDiagnostics(uri());
    assert.strictEqual(diagnostics.length, 1, diagnostics.map((d) => d.message).join('\n'));
    assert.strictEqual(diagnostics[0]!.range.start.line, 2);
    assert.match(diagnostics[0]!.message, /no-such-message/);
    assert.strictEqual(diagnostics[0]!.code, 'no-such-message');

    // Fixed: the next render reads the file again and the Problems view empties.
    await write(`{\n  "greeting-named": "${OWN_GREETING}"\n}\n`);
    const thanks = await generate('thank-you');
    assert.ok(thanks.ok, thanks.message);
    assert.ok((await readWorkspaceFile(vscode.workspace.asRelativePath(vscode.Uri.parse(thanks.uri!), false))).includes(OWN_GREETING), 'the same message in the thank-you note');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri()).map((d) => d.message), []);
  });

  test('a file that is not JSON is a diagnostic at its line, and the document renders with the built-in words', async () => {
    await write('{\n  "signoff": "Bye",\n  oops\n}\n');
    const result = await generate('request-meeting');
    assert.ok(result.ok, result.message);
    const diagnostics = vscode.languages.getDiagnostics(uri());
    assert.strictEqual(diagnostics.length, 1);
    assert.strictEqual(diagnostics[0]!.range.start.line, 2);
    assert.match(diagnostics[0]!.message, /JSON/);
    await vscode.workspace.fs.delete(uri());
    await generate('request-meeting');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri()), [], 'no file, no problems');
  });

  // `rm -r .mentorship` or a checkout without it reports only the folder: its problems must go too.
  // A script that creates .mentorship with phrases.json in it: the watcher starts watching the new
  // folder a moment after it appears, so the file's own event can be missed.
  test('deleting .mentorship clears the problems of its phrases.json; one written into a new .mentorship gets its own, every time', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), '.mentorship');
    const lines = () => vscode.languages.getDiagnostics(uri()).map((d) => d.range.start.line);
    for (let round = 0; round < 6; round++) {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      if (round > 0) assert.deepStrictEqual(await waitFor(lines, (l) => l.length === 0, 3000), [], `round ${round + 1}: the deleted file's problems stayed`);
      // The unknown ID on line 2 or line 3, so each round's problem is its own.
      const padding = round % 2 ? '  "greeting-named": "Hello there",\n' : '';
      await write(`{\n${padding}  "no-such-message-${round}": "Hello"\n}\n`);
      const line = round % 2 ? 2 : 1;
      assert.deepStrictEqual(await waitFor(lines, (l) => l.length === 1 && l[0] === line), [line], `round ${round + 1}: the new file was not read`);
    }
  });
});
