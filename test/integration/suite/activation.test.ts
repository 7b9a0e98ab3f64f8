import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, waitFor } from './helpers';

suite('Activation and getting started', () => {
  // The walkthrough and the sidebar it opens are not left for the next suite.
  suiteTeardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });
  test('the extension is installed and activates', async () => {
    const ext = await activateExtension();
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(ext.id, EXTENSION_ID);
  });

  test('runs in the host the bundle was built for', () => {
    const inWorker = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';
    if (vscode.env.uiKind === vscode.UIKind.Web && inWorker) {
      assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'web worker host should have no Node process');
    } else {
      assert.strictEqual(typeof process.versions.node, 'string', 'Node host should expose process.versions.node');
    }
  });

  test('contributes its commands, view container and walkthrough', async () => {
    const ext = await activateExtension();
    const contributes = ext.packageJSON.contributes;
    assert.ok(contributes.viewsContainers.activitybar.some((c: { id: string }) => c.id === 'mentorshipPrep'));
    assert.ok(contributes.walkthroughs.some((w: { id: string }) => w.id === 'mentorshipPrep.gettingStarted'));
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('mentorshipPrep.showGettingStarted'), 'Show Getting Started is registered');
  });

  test('Show Getting Started opens the walkthrough', async () => {
    const id = await vscode.commands.executeCommand<string>('mentorshipPrep.showGettingStarted');
    assert.strictEqual(id, `${EXTENSION_ID}#mentorshipPrep.gettingStarted`);
    const label = await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label, (l) => !!l && /welcome|walkthrough|mentorship/i.test(l));
    assert.match(label ?? '', /welcome|walkthrough|mentorship/i);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the sidebar view opens', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.mentorshipPrep');
    await vscode.commands.executeCommand('mentorshipPrep.checklist.focus');
  });
});
