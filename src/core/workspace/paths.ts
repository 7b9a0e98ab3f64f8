/**
 * Workspace-relative paths from settings (`mentorshipPrep.profile.path`, `…output.folder`) are
 * untrusted input: a repository's `.vscode/settings.json` chooses them. They are joined below the
 * folder's path after both separators are normalized (so `..\..\x` is the same on every OS) and are
 * refused when they are absolute or leave the workspace folder.
 */
import { WINDOWS_RESERVED } from './names';

export { WINDOWS_RESERVED };

/** What a folder's URI must offer (vscode.Uri and vscode-uri's URI both do): no URI library is
 *  bundled for this one join. */
export interface FolderUri<T> { readonly path: string; with(change: { path: string }): T }

export type InFolder<T> =
  | { ok: true; uri: T; /** `a/b.json`, below the folder, `/`-separated */ relative: string }
  | { ok: false; reason: 'absolute' | 'outside' | 'empty' | 'invalid' };


/** Joins `relative` to `folder`, or says why it is refused. Never throws. */
export function joinInFolder<T extends FolderUri<T>>(folder: T, relative: string): InFolder<T> {
  const normalized = relative.replace(/\\/g, '/').trim();
  if (!normalized) return { ok: false, reason: 'empty' };
  // NUL and other control characters.
  if (/\p{Cc}/u.test(normalized)) return { ok: false, reason: 'invalid' };
  // `/etc/x`, `C:x`, `C:/x`, `//server/share`, `~/x`, `file:///x`
  if (normalized.startsWith('/') || normalized.startsWith('~') || /^[a-z][a-z0-9+.-]*:/i.test(normalized)) return { ok: false, reason: 'absolute' };
  const segments = normalized.split('/').filter((s) => s && s !== '.');
  // A reserved device name, or a trailing dot or space that Windows drops (`profile.json.` is `profile.json`).
  if (segments.some((s) => WINDOWS_RESERVED.test(s) || /[. ]$/.test(s) && s !== '..')) return { ok: false, reason: 'invalid' };
  // Climbing above the folder at any point is leaving it, even where the join would clamp the path
  // (a folder at the root of its file system, as in vscode.dev: `/../x` is `/x`).
  let depth = 0;
  for (const segment of segments) {
    depth += segment === '..' ? -1 : 1;
    if (depth < 0) return { ok: false, reason: 'outside' };
  }
  // The join, as a POSIX join normalizes it: the depth check above keeps every `..` below the folder.
  const stack = folder.path.split('/').filter((s) => s !== '' && s !== '.');
  for (const segment of segments) { if (segment === '..') stack.pop(); else stack.push(segment); }
  const path = `/${stack.join('/')}`;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (path === folder.path || path === base) return { ok: false, reason: 'empty' };
  if (!path.startsWith(base)) return { ok: false, reason: 'outside' };
  const inside = path.slice(base.length).replace(/\/+$/, '');
  if (!inside) return { ok: false, reason: 'empty' };
  return { ok: true, uri: folder.with({ path }), relative: inside };
}

/**
 * A watcher glob for a workspace-relative file glob and every folder above it:
 * `.mentorship/leaders/*.json` becomes `{.mentorship,.mentorship/leaders,.mentorship/leaders/*.json}`.
 * A file watcher reports only the folder when a folder is deleted or moved (a git checkout, `rm -r`),
 * never the files in it, and can miss a file written right after its new folder was created.
 */
export function withParentFolders(relativeGlob: string): string {
  const segments = relativeGlob.split('/').filter(Boolean);
  if (segments.length < 2) return segments.join('/');
  const paths = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  return `{${paths.join(',')}}`;
}

/** Whether `relative` (as a watcher reports it) is one of the folders above `relativeGlob`. */
export function isParentFolderOf(relative: string, relativeGlob: string): boolean {
  const folder = relative.replace(/\/+$/, '');
  return folder !== '' && relativeGlob.startsWith(`${folder}/`);
}
