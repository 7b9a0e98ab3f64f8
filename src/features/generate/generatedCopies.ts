import * as vscode from 'vscode';
import { generatedCopyPath } from '../../core/workspace/leaders';
import { hasConflictMarkers } from '../../core/merge/update';
import { exists, relativePath, writeText } from '../shared/files';
import { log } from '../shared/log';

const decoder = new TextDecoder('utf-8');

/** The last generated version of `document`, kept in `.mentorship/generated/` of its workspace
 *  folder; undefined for a document outside every folder (nothing is recorded for it). */
export function generatedCopyUri(document: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(document);
  const relative = folder && relativePath(folder.uri, document);
  const copy = relative === undefined ? undefined : generatedCopyPath(relative);
  return folder && copy ? vscode.Uri.joinPath(folder.uri, ...copy.split('/')) : undefined;
}

/** The text last generated for `document`, or undefined when none was recorded. */
export async function readGeneratedCopy(document: vscode.Uri): Promise<string | undefined> {
  const copy = generatedCopyUri(document);
  if (!copy || !(await exists(copy))) return undefined;
  return decoder.decode(await vscode.workspace.fs.readFile(copy));
}

/** Records `text` as the last generated version of `document`. A failure is logged, never thrown:
 *  the document itself was written, only a later update would miss its base. */
export async function recordGeneratedCopy(document: vscode.Uri, text: string): Promise<void> {
  const copy = generatedCopyUri(document);
  if (!copy) return;
  try {
    await writeText(copy, text);
  } catch (err) {
    log().warn(`could not record the generated version of ${document.toString()}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Updates waiting for the user to save: the new render becomes the base of the next update once the
 *  document is saved with no conflict left, not before (an update the user undoes changes nothing). */
const pending = new Map<string, string>();

export function recordWhenSaved(document: vscode.Uri, text: string): void {
  pending.set(document.toString(), text);
}

export function registerGeneratedCopies(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.onDidSaveTextDocument(async (doc) => {
    const key = doc.uri.toString();
    const text = pending.get(key);
    if (text === undefined || hasConflictMarkers(doc.getText())) return;
    pending.delete(key);
    await recordGeneratedCopy(doc.uri, text);
  }));
}
