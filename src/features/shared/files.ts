import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file as UTF-8, preferring an open document's (possibly unsaved) text. */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

/** The first workspace folder, where profile, templates and generated docs live. */
export function primaryFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

/** Path of a URI relative to its workspace folder, for messages. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** `uri`'s path below `folder`, or undefined when it is not inside it (works for a root folder "/"). */
export function relativePath(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

/** The folder generated documents go to (setting `mentorshipPrep.output.folder`), relative to the
 *  workspace folder, as clean path segments: no `..`, never empty. */
export function outputFolder(folder: vscode.WorkspaceFolder): string {
  const setting = vscode.workspace.getConfiguration('mentorshipPrep', folder.uri).get<string>('output.folder') ?? 'mentorship';
  return setting.split(/[\\/]/).filter((p) => p && p !== '..' && p !== '.').join('/') || 'mentorship';
}

/** A file in the output folder of the first workspace folder; undefined with no folder open. */
export function outputUri(name: string): vscode.Uri | undefined {
  const folder = primaryFolder();
  return folder ? vscode.Uri.joinPath(folder.uri, ...outputFolder(folder).split('/'), name) : undefined;
}
