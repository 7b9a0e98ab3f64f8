import * as vscode from 'vscode';
import { isParentFolderOf, withParentFolders } from '../../core/workspace/paths';

export interface FileEvents {
  create?: (uri: vscode.Uri) => unknown;
  change?: (uri: vscode.Uri) => unknown;
  delete?: (uri: vscode.Uri) => unknown;
}

/**
 * A file system watcher that starts right after the current task, not inside it. Creating the
 * first watcher took 12–35 ms of activate() in the web extension host (measured with the bench's
 * phases), and nothing needs a watcher before activate() returns: what is on disk then is read by
 * the loads that start after activation too. A pattern that depends on settings can be given as a
 * function, so reading them waits too (undefined: nothing to watch).
 */
export function watchFiles(pattern: vscode.GlobPattern | (() => vscode.GlobPattern | undefined), on: FileEvents): vscode.Disposable {
  let parts: vscode.Disposable[] = [];
  const timer = setTimeout(() => {
    const glob = typeof pattern === 'function' ? pattern() : pattern;
    if (glob === undefined) return;
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    parts = [watcher];
    if (on.create) parts.push(watcher.onDidCreate(on.create));
    if (on.change) parts.push(watcher.onDidChange(on.change));
    if (on.delete) parts.push(watcher.onDidDelete(on.delete));
  }, 0);
  return { dispose: () => { clearTimeout(timer); for (const part of parts) part.dispose(); parts = []; } };
}

/** How long after a folder above a watched file appears or goes the file is read once more. */
export const FOLDER_EVENT_REREAD_MS = 500;

/**
 * Watches a workspace-relative file glob and every folder above it (`.mentorship`,
 * `.mentorship/leaders`…), calling `changed` on every event. A watcher reports only the folder when
 * a folder is deleted (a checkout, `rm -r`), and starts watching a new folder a moment after it
 * appears, so a file written into it at once never reports: after a folder event `changed` runs once
 * more, FOLDER_EVENT_REREAD_MS later. `target` is read when watching starts (undefined: nothing).
 */
export function watchFileAndFolders(target: () => { base: vscode.WorkspaceFolder; relative: string } | undefined, changed: () => void): vscode.Disposable {
  let relative: string | undefined;
  let again: ReturnType<typeof setTimeout> | undefined;
  const onEvent = (uri: vscode.Uri) => {
    changed();
    if (relative !== undefined && isParentFolderOf(vscode.workspace.asRelativePath(uri, false), relative)) {
      clearTimeout(again);
      again = setTimeout(changed, FOLDER_EVENT_REREAD_MS);
    }
  };
  const pattern = () => {
    const t = target();
    relative = t?.relative;
    return t && new vscode.RelativePattern(t.base, withParentFolders(t.relative));
  };
  const files = watchFiles(pattern, { create: onEvent, change: onEvent, delete: onEvent });
  return { dispose: () => { clearTimeout(again); files.dispose(); } };
}
