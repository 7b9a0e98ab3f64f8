import * as vscode from 'vscode';
import { toPlainText } from '../../core/render/plainText';
import { outputFolder, readText } from '../shared/files';
import type { Services } from '../../services/services';

export const COPY_AS_PLAIN_TEXT = 'mentorshipPrep.copyAsPlainText';
/** Context key: the output folders' paths, for the menus' `resourceDirname in …` clause. */
const OUTPUT_FOLDERS_KEY = 'mentorshipPrep.outputFolders';

/** Copy as Plain Text: the active (or given) Markdown document on the clipboard without Markdown
 *  syntax, for email and chat. Returns the copied text, or undefined when nothing was copied. */
export function registerPlainText(context: vscode.ExtensionContext, services: Services): void {
  const publish = () => void publishOutputFolders(services.leaders.list.map((l) => l.slug));
  context.subscriptions.push(
    vscode.commands.registerCommand(COPY_AS_PLAIN_TEXT, async (uri?: unknown) => copyAsPlainText(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.workspace.onDidChangeWorkspaceFolders(publish),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('mentorshipPrep.output.folder')) publish(); }),
    services.leaders.onDidChange(publish), // each leader's documents are in their own folder
  );
  // Right after activation rather than during it: reading and checking the output folder
  // settings is the first use of the path helpers (menus see the key a moment later).
  const first = setTimeout(publish, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
}

async function copyAsPlainText(uri: vscode.Uri | undefined): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const target = uri ?? editor?.document.uri;
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown document first, then copy it as plain text.'));
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (open && open.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Copy as Plain Text works on Markdown documents; {0} is not one.', vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  let markdown: string;
  try {
    markdown = await readText(target);
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read {0}: {1}', vscode.workspace.asRelativePath(target), err instanceof Error ? err.message : String(err)));
    return undefined;
  }
  const text = toPlainText(markdown);
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied as plain text: ready to paste into an email or a chat.'), 4000);
  return text;
}

/** Both forms of each output folder's path: `resourceDirname` is a file system path for file URIs
 *  and the URI's path for others (vscode.dev, remote file systems). */
async function publishOutputFolders(leaderSlugs: readonly string[]): Promise<void> {
  const paths = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const base = vscode.Uri.joinPath(folder.uri, ...outputFolder(folder).split('/'));
    for (const uri of [base, ...leaderSlugs.map((slug) => vscode.Uri.joinPath(base, slug))]) {
      paths.add(uri.path);
      if (uri.scheme === 'file') paths.add(uri.fsPath);
    }
  }
  await vscode.commands.executeCommand('setContext', OUTPUT_FOLDERS_KEY, [...paths]);
}
