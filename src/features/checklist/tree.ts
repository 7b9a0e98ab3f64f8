import * as vscode from 'vscode';
import { isDone, progress } from '../../core/checklist/state';
import { PHASES, phaseTitles, prepSteps, type Phase, type PrepStep } from '../../core/checklist/steps';
import type { ChecklistStore } from '../../services/checklistStore';

export type ChecklistNode = { kind: 'phase'; phase: Phase } | { kind: 'step'; step: PrepStep };

/** Phases with their steps as native tree checkboxes. */
export class ChecklistTree implements vscode.TreeDataProvider<ChecklistNode> {
  private readonly changed = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** The steps that apply to the saved profile (see stepsFor), in the display language. Built on
   *  first use, not in activate(): translating them is most of the checklist's start-up cost. */
  private shown: readonly PrepStep[] | undefined;
  get steps(): readonly PrepStep[] { return (this.shown ??= prepSteps(vscode.l10n)); }
  set steps(steps: readonly PrepStep[]) { this.shown = steps; }

  constructor(private readonly store: ChecklistStore) {}

  refresh(): void { this.changed.fire(undefined); }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    if (!node) return PHASES.map((phase): ChecklistNode => ({ kind: 'phase', phase }));
    if (node.kind === 'step') return [];
    return this.steps.filter((s) => s.phase === node.phase && !(this.store.hideCompleted && isDone(this.store.state, s.id)))
      .map((step) => ({ kind: 'step', step }));
  }

  getParent(node: ChecklistNode): ChecklistNode | undefined {
    return node.kind === 'step' ? { kind: 'phase', phase: node.step.phase } : undefined;
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    const state = this.store.state;
    if (node.kind === 'phase') {
      const p = progress(state, this.steps).byPhase[node.phase];
      const title = phaseTitles(vscode.l10n)[node.phase];
      const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `phase:${node.phase}`;
      item.description = `${p.done}/${p.total}`;
      item.iconPath = new vscode.ThemeIcon(p.done === p.total ? 'pass-filled' : 'circle-large-outline');
      item.contextValue = 'phase';
      item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1} of {2} done', title, p.done, p.total) };
      return item;
    }
    const { step } = node;
    const done = isDone(state, step.id);
    const item = new vscode.TreeItem(step.title, vscode.TreeItemCollapsibleState.None);
    item.id = `step:${step.id}`;
    item.checkboxState = { state: done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked, tooltip: done ? vscode.l10n.t('Mark as not done') : vscode.l10n.t('Mark as done') };
    item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${step.title}**\n\n`).appendText(step.description)
      .appendMarkdown(done ? `\n\n_${vscode.l10n.t('Done on {0}', state.done[step.id]!.slice(0, 10))}_` : '');
    item.description = step.description;
    if (step.command) {
      item.command = { command: step.command, title: step.title, arguments: step.args ? [...step.args] : undefined };
      // The reply to a no also offers "Ask Someone Else" (a new leader with your answers copied).
      item.contextValue = step.id === 'reply-to-no' ? 'step.action.replyToNo' : 'step.action';
    } else {
      item.contextValue = 'step';
    }
    return item;
  }
}
