/**
 * Workspace-relative paths from settings (`mentorshipPrep.profile.path`, `…output.folder`) are
 * untrusted input: a repository's `.vscode/settings.json` chooses them. They are joined with
 * vscode-uri after both separators are normalized (so `..\..\x` is the same on every OS) and are
 * refused when they are absolute or leave the workspace folder.
 */
import { URI, Utils } from 'vscode-uri';
import { WINDOWS_RESERVED } from './names';

export { WINDOWS_RESERVED };

export type InFolder =
  | { ok: true; uri: URI; /** `a/b.json`, below the folder, `/`-separated */ relative: string }
  | { ok: false; reason: 'absolute' | 'outside' | 'empty' | 'invalid' };


/** Joins `relative` to `folder`, or says why it is refused. Never throws. */
export function joinInFolder(folder: URI, relative: string): InFolder {
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
  const uri = Utils.joinPath(folder, ...segments);
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (uri.path === folder.path || uri.path === base) return { ok: false, reason: 'empty' };
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority || !uri.path.startsWith(base)) return { ok: false, reason: 'outside' };
  const inside = uri.path.slice(base.length).replace(/\/+$/, '');
  if (!inside) return { ok: false, reason: 'empty' };
  return { ok: true, uri, relative: inside };
}
