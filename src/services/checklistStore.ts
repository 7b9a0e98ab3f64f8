import * as vscode from 'vscode';
import { normalizeState, reset as resetState, setDone, type ChecklistState } from '../core/checklist/state';
import type { Phase } from '../core/checklist/steps';

const STATE_KEY = 'mentorshipPrep.checklist';
const HIDE_KEY = 'mentorshipPrep.checklist.hideCompleted';

/** The checklist's state, kept per workspace (also in a window with no folder open). */
export class ChecklistStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ChecklistState>();
  readonly onDidChange = this.changed.event;
  private current: ChecklistState;

  constructor(private readonly memento: vscode.Memento) {
    this.current = normalizeState(memento.get(STATE_KEY));
  }

  get state(): ChecklistState { return this.current; }
  get hideCompleted(): boolean { return this.memento.get<boolean>(HIDE_KEY, false); }

  async setHideCompleted(hide: boolean): Promise<void> {
    await this.memento.update(HIDE_KEY, hide);
    await vscode.commands.executeCommand('setContext', 'mentorshipPrep.checklist.hidingCompleted', hide);
    this.changed.fire(this.current);
  }

  async set(id: string, done: boolean): Promise<void> {
    await this.replace(setDone(this.current, id, done));
  }

  /** Resets all steps or one phase; returns the state to restore for Undo. */
  async reset(phase?: Phase): Promise<ChecklistState> {
    const { state, undo } = resetState(this.current, phase);
    await this.replace(state);
    return undo;
  }

  async replace(state: ChecklistState): Promise<void> {
    if (state === this.current) return;
    this.current = state;
    await this.memento.update(STATE_KEY, state);
    this.changed.fire(state);
  }

  dispose(): void { this.changed.dispose(); }
}
