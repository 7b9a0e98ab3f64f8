import * as vscode from 'vscode';
import { URI } from 'vscode-uri';
import { joinInFolder } from '../../core/workspace/paths';
import { setting } from './config';
import { settingDefault } from '../../core/config/settings';

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

/** Reads a file as UTF-8, preferring an open document's unsaved text. A clean document is read
 *  from disk: its model can lag a file replaced behind it (a session log deleted and written again
 *  while its closed editor's document lingered was read stale, and the doc missed the new log). */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return open.getText();
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

/** A setting that chooses where we read or write leaves the workspace folder (or is unusable). */
export class PathSettingError extends Error {}

/**
 * The workspace-relative path in setting `mentorshipPrep.<key>`, joined below `folder` with
 * vscode-uri after normalizing `\` and `/`. An empty setting means the default from package.json; a path that is
 * absolute, leaves the folder or is not a usable name throws a PathSettingError saying so. (In an
 * untrusted workspace VS Code ignores the workspace's value: the settings are listed in
 * `capabilities.untrustedWorkspaces.restrictedConfigurations`.)
 */
export function settingPath(folder: vscode.WorkspaceFolder, key: 'profile.path' | 'output.folder'): { uri: vscode.Uri; relative: string } {
  const fallback = settingDefault(key);
  const value = setting(key, folder.uri);
  const chosen = value.trim() ? value : fallback;
  const base = URI.from({ scheme: folder.uri.scheme, authority: folder.uri.authority, path: folder.uri.path });
  let joined = joinInFolder(base, chosen);
  if (!joined.ok && joined.reason === 'empty') joined = joinInFolder(base, fallback); // "." means the default, as before
  if (joined.ok) return { uri: vscode.Uri.from({ scheme: joined.uri.scheme, authority: joined.uri.authority, path: joined.uri.path }), relative: joined.relative };
  const shown = JSON.stringify(chosen.length > 80 ? `${chosen.slice(0, 80)}…` : chosen);
  throw new PathSettingError(joined.reason === 'invalid' || joined.reason === 'empty'
    ? vscode.l10n.t('The setting mentorshipPrep.{0} ({1}) is not a usable file or folder name; nothing was read or written. Change it in the settings.', key, shown)
    : vscode.l10n.t('The setting mentorshipPrep.{0} ({1}) points outside the workspace folder {2}; nothing was read or written there. Use a path inside the folder.', key, shown, folder.name));
}

/** The folder generated documents go to (setting `mentorshipPrep.output.folder`), relative to the
 *  workspace folder, `/`-separated, never empty; throws a PathSettingError when it leaves the folder. */
export function outputFolder(folder: vscode.WorkspaceFolder): string {
  return settingPath(folder, 'output.folder').relative;
}

/** A file in the output folder of the first workspace folder; undefined with no folder open. */
export function outputUri(name: string): vscode.Uri | undefined {
  const folder = primaryFolder();
  return folder ? vscode.Uri.joinPath(settingPath(folder, 'output.folder').uri, name) : undefined;
}
