/** The symbolic-link rule (src/core/workspace/links.ts) on node:fs, for the command line: links
 *  are resolved with realpath and followed only when they stay inside the workspace. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkLinks, type EntryKind, type LinkCheck, type LinkProbe } from '../core/workspace/links';

export function nodeProbe(root: string): LinkProbe {
  let rootReal: Promise<string> | undefined;
  const at = (parts: readonly string[]) => path.join(root, ...parts);
  return {
    kind: async (parts) => {
      const stat = await fs.lstat(at(parts)).catch(() => undefined);
      if (!stat) return undefined;
      const kind: EntryKind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
      return kind;
    },
    resolvesInside: async (parts) => {
      rootReal ??= fs.realpath(root).catch(() => path.resolve(root));
      const real = await fs.realpath(at(parts)).catch(() => undefined); // dangling, a loop, unreadable
      if (real === undefined) return undefined;
      return isInside(await rootReal, real);
    },
  };
}

export function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** Checks `file` against the workspace `root`; a file outside the root is not the workspace's to judge. */
export async function checkWorkspaceFile(root: string, file: string, purpose: 'read' | 'write'): Promise<LinkCheck> {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  if (!rel || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { ok: true };
  return checkLinks(rel.split(path.sep), nodeProbe(root), purpose);
}
