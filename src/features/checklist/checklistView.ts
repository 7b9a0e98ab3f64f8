import * as vscode from 'vscode';
import { progress } from '../../core/checklist/state';
import { prepDocParses } from '../../core/checklist/docSync';
import { PHASES, phaseTitles, PREP_STEPS, stepsFor, type Phase } from '../../core/checklist/steps';
import type { Services } from '../../services/services';
import { ChecklistDocSync, leadersDocs } from './docSync';
import { exportCalendar, logCheckIn } from '../followUp/followUpCommands';
import type { ChecklistStore } from '../../services/checklistStore';
import { ChecklistTree, type ChecklistNode } from './tree';
import { primaryFolder, relativePath } from '../shared/files';
import { markWalkthroughStep } from '../gettingStarted/walkthroughProgress';

export const CHECKLIST_VIEW = 'mentorshipPrep.checklist';

export function registerChecklist(context: vscode.ExtensionContext, services: Services): void {
  const store = services.checklist;
  const tree = new ChecklistTree(store);
  const view = vscode.window.createTreeView<ChecklistNode>(CHECKLIST_VIEW, { treeDataProvider: tree, manageCheckboxStateManually: true });
  // Shown at start (a sidebar restored open) or later: VS Code's onView misses the first.
  if (view.visible) markWalkthroughStep('open', 'view');
  context.subscriptions.push(view.onDidChangeVisibility((e) => { if (e.visible) markWalkthroughStep('open', 'view'); }));
  // Sync ties this checklist to its leader's prep docs only: with several leaders, the docs in the
  // active leader's folder; with one profile, the docs named for its leader.
  const profileLeader = leadersDocs(async () => {
    const loaded = await services.profiles.load().catch(() => undefined);
    return loaded?.result.ok ? loaded.result.profile.leader.name : undefined;
  });
  const sync = new ChecklistDocSync(store, async () => {
    await services.leaders.ready;
    // The key is read with the leader the predicate is built for: the sync skips a predicate whose
    // leader is no longer the checklist's.
    const key = store.leadersKey;
    if (services.leaders.active === undefined) return { key, owns: await profileLeader() };
    const folder = primaryFolder();
    let output: string | undefined;
    try { output = services.leaders.layout()?.output; } catch { output = undefined; } // a path setting that leaves the workspace: nothing syncs
    return { key, owns: (uri) => !!folder && output !== undefined && relativePath(folder.uri, uri)?.replace(/\/[^/]*$/, '') === output };
  });

  const showProgress = () => {
    const p = progress(store.state, tree.steps);
    view.description = p.label;
    const left = p.total - p.done;
    view.badge = left > 0 && p.done > 0 ? { value: left, tooltip: vscode.l10n.t('{0} of {1} prep steps left', left, p.total) } : undefined;
    view.message = p.done === p.total ? vscode.l10n.t('Every step is done. Keep the rhythm: log each check-in.') : undefined;
  };
  // Steps that depend on the profile (talking to your manager first) follow the saved answers.
  // Reads can finish out of order (a hand edit fires create and change; the first read may see the
  // file half written): only the latest read sets the steps, or a stale one would stick.
  let reads = 0;
  const applyProfile = async () => {
    const read = ++reads;
    const loaded = await services.profiles.load().catch(() => undefined);
    await services.shipped.ready().catch(() => undefined); // the steps read the calendar tables shipped beside the code
    if (read !== reads) return;
    tree.steps = stepsFor(loaded?.result.ok ? loaded.result.profile : undefined, vscode.l10n);
    tree.refresh();
    showProgress();
  };
  // The first progress, the profile read and the menu context come right after activation, not
  // during it: activate() only registers (the view's description and badge follow a moment later).
  let first: ReturnType<typeof setTimeout> | undefined;
  const started = new Promise<void>((resolve) => {
    first = setTimeout(() => {
      void vscode.commands.executeCommand('setContext', 'mentorshipPrep.checklist.hidingCompleted', store.hideCompleted);
      void applyProfile().finally(resolve);
    }, 0);
  });
  context.subscriptions.push({ dispose: () => clearTimeout(first) });

  const setStep = async (id: unknown, done: unknown) => {
    if (typeof id !== 'string' || !PREP_STEPS.some((s) => s.id === id)) throw new Error(`Unknown prep step: ${String(id)}`);
    await store.set(id, done !== false);
  };

  context.subscriptions.push(
    view, sync,
    store.onDidChange(() => { tree.refresh(); showProgress(); }),
    services.profiles.onDidChange(() => void applyProfile()),
    view.onDidChangeCheckboxState((e) => {
      void (async () => {
        for (const [node, state] of e.items) {
          if (node.kind === 'step') await store.set(node.step.id, state === vscode.TreeItemCheckboxState.Checked);
        }
      })();
    }),
    vscode.commands.registerCommand('mentorshipPrep.checklist.setStep', setStep),
    vscode.commands.registerCommand('mentorshipPrep.checklist.markDone', (node?: ChecklistNode) => node?.kind === 'step' && store.set(node.step.id, true)),
    vscode.commands.registerCommand('mentorshipPrep.checklist.markNotDone', (node?: ChecklistNode) => node?.kind === 'step' && store.set(node.step.id, false)),
    vscode.commands.registerCommand('mentorshipPrep.checklist.progress', async () => {
      await started;
      return { ...progress(store.state, tree.steps), steps: { ...store.state.done }, docSync: { changesRead: sync.changesRead, parses: prepDocParses.count } };
    }),
    vscode.commands.registerCommand('mentorshipPrep.checklist.reset', async (phaseArg?: Phase | 'all' | ChecklistNode) => {
      let phase: Phase | 'all' | undefined = typeof phaseArg === 'string' ? phaseArg : phaseArg?.kind === 'phase' ? phaseArg.phase : undefined;
      if (!phase) {
        const picked = await vscode.window.showQuickPick(
          [{ label: vscode.l10n.t('All steps'), phase: 'all' as const }, ...PHASES.map((p) => ({ label: phaseTitles(vscode.l10n)[p], phase: p }))],
          { title: vscode.l10n.t('Mentorship Prep: Reset Checklist'), placeHolder: vscode.l10n.t('Untick which steps? You can undo this.') });
        if (!picked) return false;
        phase = picked.phase;
      }
      const undo = await store.reset(phase === 'all' ? undefined : phase);
      const undoLabel = vscode.l10n.t('Undo');
      void vscode.window.showInformationMessage(phase === 'all' ? vscode.l10n.t('The checklist was reset.') : vscode.l10n.t('{0} was reset.', phaseTitles(vscode.l10n)[phase]), undoLabel)
        .then(async (choice) => { if (choice === undoLabel) await store.replace(undo); });
      lastUndo = undo;
      return true;
    }),
    vscode.commands.registerCommand('mentorshipPrep.checklist.undoReset', async () => {
      if (!lastUndo) return false;
      await store.replace(lastUndo);
      lastUndo = undefined;
      return true;
    }),
    vscode.commands.registerCommand('mentorshipPrep.checklist.hideCompleted', () => store.setHideCompleted(true)),
    vscode.commands.registerCommand('mentorshipPrep.checklist.showCompleted', () => store.setHideCompleted(false)),
    vscode.commands.registerCommand('mentorshipPrep.checklist.syncDocs', () => sync.sync()),
    vscode.commands.registerCommand('mentorshipPrep.logCheckIn', (args?: Parameters<typeof logCheckIn>[1]) => { markWalkthroughStep('follow-up', 'logCheckIn'); return logCheckIn(services, args); }),
    vscode.commands.registerCommand('mentorshipPrep.exportCalendar', (args?: Parameters<typeof exportCalendar>[1]) => { markWalkthroughStep('follow-up', 'exportCalendar'); return exportCalendar(services, args); }),
  );
  let lastUndo: Awaited<ReturnType<ChecklistStore['reset']>> | undefined;
}
