/** Messages between the Vocabulary view's full scan and its thread (matchWorker.ts); both sides
 *  import these, and neither imports 'vscode'. */
import type { GlossaryEntry } from '../../core/vocabulary/glossary';

/** What the matcher reads of an entry. */
export type MatchEntry = Pick<GlossaryEntry, 'name' | 'aliases' | 'caseSensitive'>;

export type MatchRequest =
  /** A matcher for later `match` requests: its terms, without the muted ones. */
  | { kind: 'matcher'; matcher: number; entries: MatchEntry[] }
  /** The matchers sent so far are no longer used. */
  | { kind: 'forget' }
  /** Files to read from disk, decode (UTF-8, as the editor does) and match: a full scan's batch. */
  | { kind: 'scan'; id: number; files: ScanFile[] };

/** A file the thread reads itself: its path, where its workspace folder is, and its limits. */
export interface ScanFile {
  path: string;
  /** The workspace folder's path and the segments below it to the file: no segment may be a
   *  symbolic link (as guardLinks decides for vscode.workspace.fs, which follows none). */
  root?: string;
  parts?: string[];
  maxBytes: number;
  matcher: number;
}

/** A file read and matched, or skipped (too large, binary, a link, unreadable). */
export type ScannedFile = { skipped: true } | { skipped: false; matches: FileMatches };

/** A file's matches, kept compact: per match an index into `terms` and [start, end) offsets. */
export interface FileMatches { terms: string[]; term: Uint16Array; start: Uint32Array; end: Uint32Array }

export type MatchReply = { id: number; files: ScannedFile[] } | { id: number; error: string };

/** The compact form of a file's matches. */
export function compactMatches(matches: readonly { start: number; end: number; entry: { name: string } }[]): FileMatches {
  const terms: string[] = [];
  const index = new Map<string, number>();
  const result: FileMatches = { terms, term: new Uint16Array(matches.length), start: new Uint32Array(matches.length), end: new Uint32Array(matches.length) };
  matches.forEach((m, i) => {
    let t = index.get(m.entry.name);
    if (t === undefined) { t = terms.push(m.entry.name) - 1; index.set(m.entry.name, t); }
    result.term[i] = t;
    result.start[i] = m.start;
    result.end[i] = m.end;
  });
  return result;
}
