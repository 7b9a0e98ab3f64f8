import * as vscode from 'vscode';
import type { PhraseOverrides } from '../core/phrases/overrides';
import type { PhraseProblem } from '../core/phrases/phrasebook';
import { checkPhrasesFile, PHRASES_PATH } from '../core/phrases/phrasesFile';
import { printable } from '../core/text/printable';
import { exists, primaryFolder, readText } from '../features/shared/files';
import { log } from '../features/shared/log';
import { watchFileAndFolders } from '../features/shared/watch';
import type { ShippedFiles } from './shipped';

/**
 * The workspace's own wording, `.mentorship/phrases.json`: read in trusted workspaces only (an
 * untrusted one ignores it, as it ignores team templates), read again before every render (so a
 * change counts even before the file watcher reports it) and when the file changes, with its
 * problems in the Problems view at their line.
 */
export class PhraseService implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('mentorship-prep-phrases');
  private readonly changed = new vscode.EventEmitter<void>();
  /** The file was created, changed or deleted, or trust was granted: previews render again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];

  constructor(private readonly shipped: ShippedFiles) {
    const reload = () => void this.load().then(() => this.changed.fire(), (err: unknown) => log().warn(`cannot read ${PHRASES_PATH}: ${String(err)}`));
    // The file in the first folder, and the folders above it: a `.mentorship` checked out or created
    // with the file already in it reports only the folder.
    let watcher = this.watch(reload);
    this.disposables.push({ dispose: () => watcher.dispose() },
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { watcher.dispose(); watcher = this.watch(reload); reload(); }),
      vscode.workspace.onDidSaveTextDocument((d) => { if (this.uri()?.toString() === d.uri.toString()) reload(); }));
  }

  private watch(reload: () => void): vscode.Disposable {
    return watchFileAndFolders(() => { const folder = primaryFolder(); return folder && { base: folder, relative: PHRASES_PATH }; }, reload);
  }

  /** Where the file is for this workspace (the first folder, as the profile and team templates). */
  uri(): vscode.Uri | undefined {
    const folder = primaryFolder();
    return folder ? vscode.Uri.joinPath(folder.uri, ...PHRASES_PATH.split('/')) : undefined;
  }

  /** The overrides that apply now (undefined when there are none), after publishing the file's problems. */
  async load(): Promise<PhraseOverrides | undefined> {
    await this.shipped.ready(); // the overrides are checked against the built-in messages
    const uri = this.uri();
    if (!uri || !vscode.workspace.isTrusted || !(await exists(uri))) {
      this.diagnostics.clear();
      return undefined;
    }
    let text: string;
    try {
      text = await readText(uri);
    } catch (err) {
      // A link leading out of the workspace, a file that cannot be read: the built-in words are used.
      const message = err instanceof Error ? err.message : String(err);
      log().warn(`cannot read ${uri.toString()}: ${message}`);
      this.publish(uri, '', [{ id: '', message, line: 1 }]);
      return undefined;
    }
    const { overrides, problems } = checkPhrasesFile(text, uri.toString());
    this.publish(uri, text, problems);
    return overrides.entries.length > 0 ? overrides : undefined;
  }

  private publish(uri: vscode.Uri, text: string, problems: readonly PhraseProblem[]): void {
    const lines = text.split('\n');
    this.diagnostics.set(uri, problems.map((p) => {
      const line = Math.max(0, Math.min((p.line ?? 1) - 1, lines.length - 1));
      const content = lines[line] ?? '';
      const start = content.length - content.trimStart().length;
      const d = new vscode.Diagnostic(new vscode.Range(line, start, line, Math.max(start + 1, content.trimEnd().length)),
        printable(p.message, { keepLineBreaks: true }), vscode.DiagnosticSeverity.Warning);
      d.source = 'Mentorship Prep phrases';
      if (p.id) d.code = p.id;
      return d;
    }));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
