import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, restoreFixture, testProfile, waitFor, workspaceRoot } from './helpers';
import type { WalkthroughProgress } from '../../../src/features/gettingStarted/walkthroughProgress';

// Each walkthrough step ticks when the user does the thing by any route it offers. VS Code gives
// an extension no way to read a step's completion, so these read the trigger: which routes marked
// which step (the extension's diagnostics); the Node-host UI tier checks the tick itself.
const progress = async () => (await vscode.commands.executeCommand<{ walkthrough: WalkthroughProgress }>('mentorshipPrep.diagnostics')).walkthrough;

suite('Walkthrough steps tick by every route', () => {
  suiteSetup(async () => { await activateExtension(); await restoreFixture(); });
  suiteTeardown(restoreFixture);

  test('"Speak the leader’s language": a hover on a term marks it, not only Explain Term', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'docs', 'design.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = doc.getText().indexOf('API gateway');
    assert.ok(at >= 0, 'the fixture doc names the API gateway');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(at + 1));
    assert.ok(hovers.length > 0, 'the term has a hover');
    const p = await waitFor(progress, (w) => w.vocabulary.routes.includes('hover'));
    assert.ok(p.vocabulary.routes.includes('hover'), JSON.stringify(p.vocabulary));
    assert.strictEqual(p.vocabulary.remembered, true, 'remembered, so a walkthrough opened later ticks it');
  });

  test('"Speak the leader’s language": opening the Vocabulary view marks it', async () => {
    await vscode.commands.executeCommand('mentorshipPrep.vocabulary.focus');
    const p = await waitFor(progress, (w) => w.vocabulary.routes.includes('view'));
    assert.ok(p.vocabulary.routes.includes('view'), JSON.stringify(p.vocabulary));
  });

  test('"Generate your prep doc": the route the Builder and the checklist take (generate with a profile) marks it', async () => {
    const before = (await progress()).generate.marks;
    const result = await vscode.commands.executeCommand<{ ok: boolean; message?: string }>('mentorshipPrep.generate', { profile: testProfile(), ifExists: 'replace', show: false });
    assert.strictEqual(result.ok, true, result.message);
    const p = await progress();
    assert.strictEqual(p.generate.marks, before + 1, 'each doc written marks it (regenerating too)');
    const again = await vscode.commands.executeCommand<{ ok: boolean; message?: string }>('mentorshipPrep.generate', { profile: testProfile(), ifExists: 'replace', show: false });
    assert.strictEqual(again.ok, true, again.message);
    assert.strictEqual((await progress()).generate.marks, before + 2, 'regenerating marks it again');
  });

  test('"Generate your prep doc": another template does not mark it', async () => {
    const before = (await progress()).generate.marks;
    const result = await vscode.commands.executeCommand<{ ok: boolean; message?: string }>('mentorshipPrep.generate', { profile: testProfile(), template: 'one-pager', ifExists: 'replace', show: false });
    assert.strictEqual(result.ok, true, result.message);
    assert.strictEqual((await progress()).generate.marks, before);
  });

  test('"Open your prep checklist": the checklist shown marks it', async () => {
    await vscode.commands.executeCommand('mentorshipPrep.checklist.focus');
    const p = await waitFor(progress, (w) => w.open.routes.includes('view'));
    assert.ok(p.open.routes.includes('view'), JSON.stringify(p.open));
  });

  test('"Refine it and rehearse": the Builder opened (by any route) marks it', async () => {
    await vscode.commands.executeCommand('mentorshipPrep.openBuilder');
    const p = await waitFor(progress, (w) => w.builder.routes.includes('panel'));
    assert.ok(p.builder.routes.includes('panel'), JSON.stringify(p.builder));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
