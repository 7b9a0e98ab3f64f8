import * as vscode from 'vscode';
import { changeMaySync, docCheckEdits, isLeadersDoc, mergeFromDoc, readDocChecks, unclosedFence } from '../../core/checklist/docSync';
import { guardLinks, outputFolder, primaryFolder, readText, relativePath } from '../shared/files';
import type { ChecklistStore } from '../../services/checklistStore';
import { onDidChangeSetting } from '../shared/config';
import { log } from '../shared/log';
import { watchFiles } from '../shared/watch';

/** How long typing in a prep doc pauses before the checklist reads it. */
const SYNC_DELAY_MS = 300;

/** Generated prep docs: `<output folder>/prep-*.md`. */
function isPrepDoc(uri: vscode.Uri): boolean {
  const folder = primaryFolder();
  const relative = folder && relativePath(folder.uri, uri);
  const output = folder && outputFolderOrUndefined(folder);
  if (!output || relative === undefined) return false;
  return relative.startsWith(output + '/') && /\/prep-[^/]*\.md$/i.test(uri.path);
}

/** The output folder, or undefined when its setting leaves the workspace (then nothing syncs). */
function outputFolderOrUndefined(folder: vscode.WorkspaceFolder): string | undefined {
  try { return outputFolder(folder); } catch { return undefined; }
}

/** Where prep docs can be: the output folder only, so a tick never searches the whole workspace. */
function prepDocs(folder: vscode.WorkspaceFolder): vscode.RelativePattern | undefined {
  const output = outputFolderOrUndefined(folder);
  return output === undefined ? undefined : new vscode.RelativePattern(vscode.Uri.joinPath(folder.uri, ...output.split('/')), '**/prep-*.md');
}

/** Which prep docs belong to the active checklist, asked once per sync: a predicate over their URIs,
 *  with the checklist key it was built for. Another leader's doc is left alone, so ticking in one
 *  leader's doc never edits or saves another's. */
export type ChecklistDocs = () => Promise<{ key: string; owns: (uri: vscode.Uri) => boolean }>;

/** The prep docs generated for one leader (`prep-<leader>.md`), or every prep doc while there is
 *  no leader yet (no profile). */
export function leadersDocs(leaderName: () => Promise<string | undefined>): () => Promise<(uri: vscode.Uri) => boolean> {
  return async () => {
    const leader = await leaderName().catch(() => undefined);
    return leader === undefined ? () => true : (uri) => isLeadersDoc(uri.path.split('/').pop() ?? '', leader);
  };
}

/**
 * Keeps the prep doc's `- [ ]` checklist and the sidebar in agreement: ticking in the editor ticks
 * the view; ticking in the view edits only the bracket characters of the doc, through a
 * WorkspaceEdit (so Undo works and the user's other edits are never touched).
 */
export class ChecklistDocSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private applying = false;
  /** When the checklist last changed; a file on disk older than this is stale, not news. */
  private stateChangedAt = Date.now();
  /** Syncs run one at a time, so a late file event can never interleave with our own edit. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Per document, the sync waiting for typing to pause. */
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document, its reads queued and not started: with `pending`, the changes not read yet,
   *  which a sync queued before them must not undo. */
  private readonly queuedReads = new Map<string, number>();
  /** Changes of a prep doc read once typing paused (the progress command reports it for tests). */
  changesRead = 0;
  /** Unclosed fences already reported (document and line), so a warning is not repeated per sync. */
  private readonly warned = new Set<string>();

  /**
   * @param store the checklist this sync keeps in agreement with its documents.
   * @param docs which prep docs are that checklist's (see leadersDocs); the others are left alone.
   */
  constructor(private readonly store: ChecklistStore, private readonly docs: ChecklistDocs) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.applying || !e.contentChanges.length || !isPrepDoc(e.document.uri)) return;
        // A keystroke that touches no task box, heading, fence or comment cannot change the
        // checklist: only its own lines are read.
        const changes = e.contentChanges.map((c) => ({ startLine: c.range.start.line, endLine: c.range.end.line, text: c.text }));
        if (changeMaySync(changes, (l) => e.document.lineAt(l).text, e.document.lineCount)) this.schedule(e.document);
      }),
      store.onDidChange(() => { this.stateChangedAt = Date.now(); if (!this.applying) void this.enqueue(() => this.toDocs()); }),
      { dispose: () => { for (const t of this.pending.values()) clearTimeout(t); } },
    );
    // The watcher is set up right after activation (a file changed on disk in that instant is
    // still read by the next sync).
    const start = setTimeout(() => this.watchOutputFolder(), 0);
    this.disposables.push({ dispose: () => clearTimeout(start) });
    this.disposables.push(
      // The output folder can move (setting, or a new first folder): watch where docs are now.
      onDidChangeSetting(['output.folder'], () => this.watchOutputFolder()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchOutputFolder()),
      { dispose: () => this.watcher?.dispose() },
    );
  }

  /** Reads the document once typing pauses: the whole text is parsed once per pause, not per key. */
  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      if (document.isClosed) return;
      this.queuedReads.set(key, (this.queuedReads.get(key) ?? 0) + 1);
      void this.enqueue(async () => {
        const left = (this.queuedReads.get(key) ?? 1) - 1;
        if (left > 0) this.queuedReads.set(key, left); else this.queuedReads.delete(key);
        if (!document.isClosed) await this.fromChange(document);
      });
    }, SYNC_DELAY_MS));
  }

  /** Whether the user changed the doc at uri and the change was not read yet. */
  private unread(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.pending.has(key) || this.queuedReads.has(key);
  }

  /**
   * A change of an open prep doc, read once typing paused. A document with no unsaved change was
   * reloaded from disk (or saved since): the file is judged by its time, because the web host
   * reports reloads late (a file written before a tick, reloaded after it, unticked the step).
   * Otherwise the change is the user's edit, and wins.
   */
  private async fromChange(document: vscode.TextDocument): Promise<void> {
    this.changesRead++;
    if (!document.isDirty) await this.fromDisk(document.uri);
    else await this.fromDoc(document.uri, document.getText());
  }

  /** A prep doc as written on disk: it wins only if it is newer than the checklist's last change;
   *  otherwise it is an echo of an older write, and the checklist is written to it again. */
  private async fromDisk(uri: vscode.Uri): Promise<void> {
    const state = this.store.state;
    const stat = await vscode.workspace.fs.stat(uri).then((st) => st, () => undefined);
    const older = () => !stat || stat.mtime <= this.stateChangedAt || this.store.state !== state;
    if (older()) { await this.toDocs(); return; }
    // The checklist can change while the file is read (a tick in the view): then the file is the
    // older of the two after all, and merging it would take that tick back.
    await this.fromDoc(uri, await readText(uri), older);
  }

  /**
   * Which docs are the checklist's that `checklist` names, or undefined when the active leader has
   * moved on. The store follows the active leader a moment later (its reload), so a sync that read
   * the store's key before a switch and the docs after it would write one leader's ticks into the
   * other's doc, and the next read of that doc would merge them into the wrong checklist.
   */
  private async docsOf(checklist: string): Promise<((uri: vscode.Uri) => boolean) | undefined> {
    const { key, owns } = await this.docs();
    return key === checklist && this.store.activeKey === checklist ? owns : undefined;
  }

  /** Says once per document and line that a code fence is never closed (the lines after it are
   *  code to Markdown, so their boxes are not synced). */
  private reportUnclosedFence(uri: vscode.Uri, text: string): void {
    const line = unclosedFence(text);
    if (line === undefined) return;
    const key = `${uri.toString()}#${line}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const where = vscode.workspace.asRelativePath(uri);
    log().warn(`${where}:${line + 1}: a code fence is never closed; checklist lines after it are not synced`);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}, line {1}: this code fence is never closed, so the checklist lines after it are not synced. Close it with a line of ``` to sync them again.', where, line + 1));
  }

  private watcher: vscode.Disposable | undefined;

  private watchOutputFolder(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    const pattern = primaryFolder() && prepDocs(primaryFolder()!);
    if (!pattern) return;
    // A prep doc changed outside the editor (git pull, another tool); an open one is reported by
    // its document's change.
    const onDisk = (uri: vscode.Uri) => {
      if (!isPrepDoc(uri) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
      void this.enqueue(() => this.fromDisk(uri));
    };
    this.watcher = watchFiles(pattern, { create: onDisk, change: onDisk });
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T | undefined> {
    const next = this.queue.then(job, job).catch(() => undefined);
    this.queue = next;
    return next;
  }

  /** Runs after any sync in progress; for the `syncDocs` command. */
  sync(): Promise<number | undefined> {
    return this.enqueue(() => this.toDocs());
  }

  /** Merges a prep doc's ticks into the checklist; `stale` says, after the last wait, that the
   *  checklist has changed since the text was current, and the doc is brought in line instead. */
  private async fromDoc(uri: vscode.Uri, text: string, stale: () => boolean = () => false): Promise<void> {
    const checklist = this.store.activeKey;
    const owns = await this.docsOf(checklist);
    if (!owns?.(uri) || this.store.activeKey !== checklist) return;
    if (stale()) { await this.toDocs(); return; }
    this.reportUnclosedFence(uri, text);
    const checks = readDocChecks(text, undefined, this.store.state);
    if (checks.size === 0) return;
    this.applying = true;
    try {
      await this.store.replace(mergeFromDoc(this.store.state, checks));
    } finally {
      this.applying = false;
    }
    await this.toDocs(); // other prep docs follow
  }


  /** Brings this checklist's prep docs in the output folder in line with the state. */
  async toDocs(): Promise<number> {
    const pattern = primaryFolder() && prepDocs(primaryFolder()!);
    if (!pattern) return 0;
    const checklist = this.store.activeKey;
    const owns = await this.docsOf(checklist);
    if (!owns) return 0; // a switch of leader is under way: the reload's own sync follows
    const uris = (await vscode.workspace.findFiles(pattern, null, 50)).filter((uri) => isPrepDoc(uri) && owns(uri));
    let changed = 0;
    for (const uri of uris) {
      if (this.store.activeKey !== checklist) break; // another leader's checklist now: its own sync follows
      // The edits are computed from the document VS Code holds (opened now if it was not), and sent
      // with its version: if the file changes on disk or in the editor before the edit lands, VS
      // Code refuses the edit instead of ticking the wrong character.
      if (!(await guardLinks(uri, 'write').then(() => true, () => false))) continue; // never saved through a symbolic link
      const doc = await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined);
      if (!doc) continue;
      const version = doc.version;
      const wasDirty = doc.isDirty;
      if (wasDirty && this.unread(uri)) continue; // the user's edit is read first; its sync writes this doc after
      this.reportUnclosedFence(uri, doc.getText());
      const edits = docCheckEdits(doc.getText(), this.store.state);
      if (edits.length === 0) continue;
      const edit = new vscode.WorkspaceEdit();
      for (const e of edits) edit.replace(uri, new vscode.Range(e.line, e.character, e.line, e.character + 1), e.replacement);
      // A doc deleted since it was listed (the folder removed) may still be held in memory: an
      // edit and a save would write it back to disk. It stays deleted.
      if (!(await onDisk(uri))) continue;
      if (doc.version !== version) continue; // changed while the edits were made; the next sync redoes them
      this.applying = true;
      try {
        if (await vscode.workspace.applyEdit(edit)) {
          changed++;
          // Save what only we changed; a doc the user is editing stays theirs to save.
          if (!wasDirty && await onDisk(uri)) await doc.save();
        }
      } finally {
        this.applying = false;
      }
    }
    return changed;
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}

/** The file is still there (not deleted since it was listed). */
const onDisk = (uri: vscode.Uri): Thenable<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);
