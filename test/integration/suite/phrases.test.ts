import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, readWorkspaceFile, restoreFixture, testProfile, workspaceRoot } from './helpers';

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
});
