import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, readWorkspaceFile, restoreFixture, testProfile } from './helpers';

const PROFILE = testProfile({ culture: { communication: 'direct', hierarchy: 'flat' }, tone: 'warm' });
type Result = { ok: boolean; action?: string; uri?: string; message?: string };
const fromTemplate = (template: string, show = true) =>
  vscode.commands.executeCommand<Result>('mentorshipPrep.generateFromTemplate', { profile: PROFILE, template, ifExists: 'replace', show });

/** Markdown syntax that must not reach an email. */
function assertPlain(text: string): void {
  assert.doesNotMatch(text, /^#{1,6} /m, 'a heading marker');
  assert.doesNotMatch(text, /^\s*>/m, 'a quote marker');
  assert.ok(!text.includes('**'), 'bold markers');
  assert.doesNotMatch(text, /\[[ x]\]|\]\(/, 'a task box or link syntax');
}

suite('Copy as Plain Text', () => {
  const written: string[] = [];
  suiteSetup(async () => { await activateExtension(); });
  teardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });
  suiteTeardown(async () => {
    for (const uri of written) await vscode.workspace.fs.delete(vscode.Uri.parse(uri)).then(undefined, () => undefined);
    await restoreFixture(); // and the profile Generate saved
  });

  test('copies the active generated doc to the clipboard without Markdown', async () => {
    const result = await fromTemplate('brief');
    assert.strictEqual(result.ok, true, result.message);
    written.push(result.uri!);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), result.uri);
    await vscode.env.clipboard.writeText('');
    const returned = await vscode.commands.executeCommand<string | undefined>('mentorshipPrep.copyAsPlainText');
    const clipboard = await vscode.env.clipboard.readText();
    assert.strictEqual(clipboard, returned);
    assert.match(clipboard, /^Night-before brief: Dana Okafor$/m);
    assert.match(clipboard, /^Opening line: “Thanks for fitting me in, Dana\./m); // the script’s opening, warm tone, the leader named
    assert.match(clipboard, /^1\. “I’d like to help, but my calendar is impossible right now\.”/m); // the prep doc's first card
    assertPlain(clipboard);
  });

  test('copies a doc passed by a menu (its URI) and keeps the Subject line', async () => {
    const result = await fromTemplate('request-meeting', false);
    assert.strictEqual(result.ok, true, result.message);
    written.push(result.uri!);
    const markdown = await readWorkspaceFile('mentorship/request-meeting-dana-okafor.md');
    assert.match(markdown, /^\*\*Subject:\*\* /m);
    await vscode.commands.executeCommand('mentorshipPrep.copyAsPlainText', vscode.Uri.parse(result.uri!));
    const clipboard = await vscode.env.clipboard.readText();
    assert.match(clipboard, /^Subject: \S/m);
    assert.match(clipboard, /^Hi Dana,$/m); // the greeting names the leader
    assertPlain(clipboard);
  });

  test('every new document is listed for Generate from Template', async () => {
    for (const template of ['request-meeting', 'manager-first', 'one-pager', 'brief', 'no-reply']) {
      const result = await fromTemplate(template, false);
      assert.strictEqual(result.ok, true, `${template}: ${result.message}`);
      written.push(result.uri!);
    }
  });
});
