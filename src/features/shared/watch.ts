import * as vscode from 'vscode';

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
