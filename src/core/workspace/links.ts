/**
 * Symbolic links in a workspace someone else controls: one rule for the extension (both hosts)
 * and the CLI. A committed `.mentorship/templates/prep-doc.hbs -> ~/secret.txt` must not be read
 * into a document, and `.mentorship/profile.json -> ~/.docker/config.json` must not be written.
 *
 * - Reading: every part of the path below the workspace folder is checked; a link is followed only
 *   when the host can resolve it and it resolves inside the folder. A host that cannot resolve
 *   links (`vscode.workspace.fs` has no readlink) follows none.
 * - Writing: the same, and a link at the written path itself is never followed (the caller may ask
 *   to replace the link; it never writes the file it points to).
 */

export type EntryKind = 'file' | 'directory' | 'link' | 'other';

/** The small file-system surface the rule needs; `parts` are path segments below the folder. */
export interface LinkProbe {
  /** The kind of the entry itself (a link is 'link', not followed); undefined when nothing is there. */
  kind(parts: readonly string[]): Promise<EntryKind | undefined>;
  /** Whether the entry, every link followed, lands inside the folder: undefined when it cannot
   *  be told (a dangling link, a loop, a host without readlink). */
  resolvesInside?(parts: readonly string[]): Promise<boolean | undefined>;
}

export type LinkCheck =
  | { ok: true }
  | {
      ok: false;
      /** 'link': a link not followed; 'outside': a link that resolves outside the folder. */
      reason: 'link' | 'outside';
      /** The link's path below the folder, `/`-separated. */
      at: string;
      /** The link is the written path itself: replacing the link (not its target) would do. */
      replaceable: boolean;
    };

/** Checks `parts` (below the folder) for reading or writing. Never throws for a missing entry:
 *  what does not exist cannot lead anywhere, and a write creates plain folders inside. */
export async function checkLinks(parts: readonly string[], probe: LinkProbe, purpose: 'read' | 'write'): Promise<LinkCheck> {
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i);
    const kind = await probe.kind(prefix);
    if (kind === undefined) return { ok: true };
    if (kind !== 'link') continue;
    const at = prefix.join('/');
    const last = i === parts.length;
    if (last && purpose === 'write') return { ok: false, reason: 'link', at, replaceable: true };
    const inside = probe.resolvesInside ? await probe.resolvesInside(prefix) : undefined;
    if (inside === true) continue;
    return { ok: false, reason: inside === false ? 'outside' : 'link', at, replaceable: false };
  }
  return { ok: true };
}

/** Path segments of `path` below `folder` (both `/`-separated), or undefined when it is not below it. */
export function partsBelow(folder: string, path: string): string[] | undefined {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  if (!path.startsWith(base)) return undefined;
  const parts = path.slice(base.length).split('/').filter((s) => s && s !== '.');
  return parts.length && !parts.includes('..') ? parts : undefined;
}
