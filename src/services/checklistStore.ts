import * as vscode from 'vscode';
import { normalizeState, reset as resetState, setDone, type ChecklistState } from '../core/checklist/state';
import type { Phase } from '../core/checklist/steps';

const HIDE_KEY = 'mentorshipPrep.checklist.hideCompleted';

/** The checklist's state, kept per workspace (also in a window with no folder open) and, with
 *  several leaders, per leader: `key()` names the active leader's (see leaderLayout). */
export class ChecklistStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ChecklistState>();
  readonly onDidChange = this.changed.event;
  private current: ChecklistState;
  private currentKey: string;

  constructor(private readonly memento: vscode.Memento, private readonly key: () => string) {
    this.currentKey = key();
    this.current = normalizeState(memento.get(this.currentKey));
  }

  /** Follows the active leader: reads that leader's state and tells the views. */
  reload(): void {
    const key = this.key();
    if (key === this.currentKey) return;
    this.currentKey = key;
    this.current = normalizeState(this.memento.get(key));
    this.changed.fire(this.current);
  }

  /** The stored state of any checklist key (another leader's), without switching to it. */
  stateOf(key: string): ChecklistState { return key === this.currentKey ? this.current : normalizeState(this.memento.get(key)); }

  /** Moves a stored state from one key to another (migrating a single-profile workspace, and its Undo). */
  async move(from: string, to: string): Promise<void> {
    const value = this.memento.get(from);
    if (value === undefined) return; // nothing kept there: what `to` holds stays
    await this.memento.update(to, value);
    await this.memento.update(from, undefined);
    // The active leader may already have switched to `to` (a watcher saw the leader's file): the
    // state shown must be the one just moved there, or the next tick would write an empty one over it.
    if (this.currentKey === to) {
      this.current = normalizeState(this.memento.get(this.currentKey));
      this.changed.fire(this.current);
    }
  }

  get state(): ChecklistState { return this.current; }
  /** Whose checklist this is now (the active leader's key). */
  get activeKey(): string { return this.currentKey; }
  /** The key the active leader names right now; it differs from activeKey only until reload(). */
  get leadersKey(): string { return this.key(); }
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
    await this.memento.update(this.currentKey, state);
    this.changed.fire(state);
  }

  dispose(): void { this.changed.dispose(); }
}
