import * as vscode from 'vscode';
import { joinInFolder } from '../../core/workspace/paths';
import { checkLinks, partsBelow, type EntryKind, type LinkCheck, type LinkProbe } from '../../core/workspace/links';
import { setting } from './config';
import { settingDefault } from '../../core/config/settings';
import { printable } from '../../core/text/printable';

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
 *  while its closed editor's document lingered was read stale, and the doc missed the new log).
 *  A file of the workspace reached through a symbolic link is refused (LinkRefusedError). */
export async function readText(uri: vscode.Uri): Promise<string> {
  await guardLinks(uri, 'read');
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return open.getText();
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes a file, creating its folder. Never through a symbolic link: a link on the way is refused
 *  (LinkRefusedError); a link at `uri` itself is replaced by the file only with `replaceLink`
 *  (after the user agreed, see ensureWritable). */
export async function writeText(uri: vscode.Uri, text: string, options: { replaceLink?: boolean } = {}): Promise<void> {
  await ensureWritable(uri, { replaceLink: options.replaceLink ?? false });
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

/** A read or write refused because a symbolic link in the workspace is on the path. */
export class LinkRefusedError extends Error {
  constructor(message: string, readonly uri: vscode.Uri, readonly check: Exclude<LinkCheck, { ok: true }>) { super(message); }
}

function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.SymbolicLink) return 'link';
  if (type & vscode.FileType.Directory) return 'directory';
  return type & vscode.FileType.File ? 'file' : 'other';
}

/** vscode.workspace.fs reports a link in a stat's type (Node host) but cannot resolve one, so no
 *  link is followed. `kinds` caches folders' kinds for one scan over many files. */
function workspaceProbe(folder: vscode.Uri, kinds?: Map<string, EntryKind | undefined>): LinkProbe {
  return {
    kind: async (parts) => {
      const key = parts.join('/');
      if (kinds?.has(key)) return kinds.get(key);
      const kind = await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, ...parts))).then((s) => kindOf(s.type), () => undefined);
      if (kinds && kind === 'directory') kinds.set(key, kind);
      return kind;
    },
  };
}

/** Checks `uri` (when it is in a workspace folder) for symbolic links; throws a LinkRefusedError
 *  naming the file and the link. */
export async function guardLinks(uri: vscode.Uri, purpose: 'read' | 'write', kinds?: Map<string, EntryKind | undefined>): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const parts = folder && partsBelow(folder.uri.path, uri.path);
  if (!folder || !parts) return;
  const check = await checkLinks(parts, workspaceProbe(folder.uri, kinds), purpose);
  if (check.ok) return;
  const file = displayPath(uri);
  const link = printable(check.at);
  throw new LinkRefusedError(purpose === 'read'
    ? check.reason === 'outside'
      ? vscode.l10n.t('{0} was not read: {1} is a symbolic link that leads outside the workspace folder.', file, link)
      : vscode.l10n.t('{0} was not read: {1} is a symbolic link, and Mentorship Prep does not follow links in a workspace (one could lead outside it).', file, link)
    : check.replaceable
      ? vscode.l10n.t('{0} is a symbolic link, and Mentorship Prep never writes through a link (it could lead outside the workspace). Nothing was written.', file)
      : vscode.l10n.t('{0} was not written: {1} is a symbolic link, and Mentorship Prep never writes through a link (it could lead outside the workspace).', file, link),
  uri, check);
}

/**
 * Makes sure `uri` can be written without following a link. A link at `uri` itself is removed
 * (the link, never the file it points to) when `replaceLink` is true, or when `ask` is set and the
 * user agrees in a modal dialog; otherwise a LinkRefusedError is thrown.
 */
export async function ensureWritable(uri: vscode.Uri, options: { ask?: boolean; replaceLink?: boolean }): Promise<void> {
  try {
    await guardLinks(uri, 'write');
  } catch (err) {
    if (!(err instanceof LinkRefusedError) || !err.check.replaceable) throw err;
    let replace = options.replaceLink ?? false;
    if (!replace && options.ask) {
      const replaceLink = vscode.l10n.t('Replace the Link');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} is a symbolic link. Replace the link itself with a regular file? The file it points to is not touched.', displayPath(uri)),
        { modal: true }, replaceLink);
      replace = choice === replaceLink;
    }
    if (!replace) throw err;
    await vscode.workspace.fs.delete(uri, { recursive: false, useTrash: false });
  }
}

/** The first workspace folder, where profile, templates and generated docs live. */
export function primaryFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

/** Path of a URI relative to its workspace folder, for messages (control characters escaped). */
export function displayPath(uri: vscode.Uri): string {
  return printable(vscode.workspace.asRelativePath(uri, false));
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
 * joinInFolder after normalizing `\` and `/`. An empty setting means the default from package.json; a path that is
 * absolute, leaves the folder or is not a usable name throws a PathSettingError saying so. (In an
 * untrusted workspace VS Code ignores the workspace's value: the settings are listed in
 * `capabilities.untrustedWorkspaces.restrictedConfigurations`.)
 */
export function settingPath(folder: vscode.WorkspaceFolder, key: 'profile.path' | 'output.folder'): { uri: vscode.Uri; relative: string } {
  const fallback = settingDefault(key);
  const value = setting(key, folder.uri);
  const chosen = value.trim() ? value : fallback;
  const base = folder.uri.with({ query: '', fragment: '' });
  let joined = joinInFolder(base, chosen);
  if (!joined.ok && joined.reason === 'empty') joined = joinInFolder(base, fallback); // "." means the default, as before
  if (joined.ok) return { uri: joined.uri, relative: joined.relative };
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

