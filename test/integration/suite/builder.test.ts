import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, waitFor } from './helpers';

function builderTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('mentorshipPrep.builder'));
}

suite('Prep Builder', () => {
  suiteSetup(async () => { await activateExtension(); });
  suiteTeardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  test('opens one panel, and opening it again reveals it instead of duplicating it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.strictEqual(await vscode.commands.executeCommand('mentorshipPrep.openBuilder'), true);
    await waitFor(() => builderTabs().length, (n) => n === 1);
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    await vscode.commands.executeCommand('mentorshipPrep.openBuilder');
    const tabs = await waitFor(() => builderTabs(), (t) => t.length === 1 && t[0]!.isActive);
    assert.strictEqual(tabs.length, 1);
    assert.ok(tabs[0]!.isActive, 'the existing panel is revealed');
    assert.match(tabs[0]!.label, /^Prep Builder/);
  });

  test('closing and reopening gives a fresh panel', async () => {
    const [tab] = builderTabs();
    assert.ok(tab);
    await vscode.window.tabGroups.close(tab);
    await waitFor(() => builderTabs().length, (n) => n === 0);
    await vscode.commands.executeCommand('mentorshipPrep.openBuilder');
    assert.strictEqual((await waitFor(() => builderTabs(), (t) => t.length === 1)).length, 1);
  });
});
