import * as vscode from 'vscode';
import type { TermMatch, TermMatcher } from '../../core/vocabulary/matcher';
import { lineStarts, positionAt } from '../../core/vocabulary/positions';
import type { GlossaryService } from '../../services/glossaryService';
import { setting } from '../shared/config';
import { guardLinks, relativePath } from '../shared/files';
import { isGeneratedCopyPath } from '../../core/workspace/leaders';
import type { EntryKind } from '../../core/workspace/links';
import { inOrder } from '../../core/scan/inOrder';
import { mapInPieces } from '../../core/scan/inPieces';
import { compactMatches, type FileMatches, type ScanFile, type ScannedFile } from './matchProtocol';
import { partsBelow } from '../../core/workspace/links';
import type { MatchThread } from './matchThread';
import { excludeKeys, ripgrepFiles, shippedRipgrep, untilCancelled } from './listing';

/** One use of a term, built only when the user expands that term in the view. */
export interface Occurrence {
  uri: vscode.Uri;
  range: vscode.Range;
  text: string;
  preview: string;
  term: string;
}

export interface ScanSummary {
  files: number;
  skipped: number;
  occurrences: number;
  terms: Record<string, number>;
  cancelled: boolean;
}

/** A file's matches, kept compact: a workspace can hold millions of them. */
interface FileHits extends FileMatches {
  uri: vscode.Uri;
}

const decoder = new TextDecoder('utf-8', { fatal: false });
/** Hands the event loop back so hovers and typing stay responsive: after the messages and I/O
 *  already waiting (setImmediate, in the Node host), not after a timer's 1 ms floor, which every
 *  4 ms slice would pay; the web worker has only the timer. */
const later: (done: () => void) => unknown = typeof setImmediate === 'function' ? setImmediate : (done) => setTimeout(done, 0);
const breathe = () => new Promise<void>((r) => later(r));

/** How long the scan may hold the extension host before it lets a hover or a keystroke in. */
const SLICE_MS = 4;
/** Large files are matched in pieces of about this many characters, cut at blank lines (which no
 *  phrase crosses), so one file cannot hold the host for long either. */
const PIECE = 64 * 1024;

/** Yields to the event loop once the scan has run for SLICE_MS since the last yield. */
class TimeSlice {
  private last = performance.now();
  async check(): Promise<void> {
    if (performance.now() - this.last < SLICE_MS) return;
    await breathe();
    this.last = performance.now();
  }
}

/** A last generated version kept under `.mentorship/generated/`: the user's document is counted,
 *  its copy would count every term a second time. */
export function isGeneratedCopy(uri: vscode.Uri, folders: FolderLookup = hostLookup): boolean {
  const folder = folders(uri);
  const relative = folder && relativePath(folder.uri, uri);
  return relative !== undefined && isGeneratedCopyPath(relative);
}

type FolderLookup = (uri: vscode.Uri) => vscode.WorkspaceFolder | undefined;
const hostLookup: FolderLookup = (uri) => vscode.workspace.getWorkspaceFolder(uri);

/**
 * The workspace folder of each file during one scan, looked up once per directory: every file in a
 * directory has its directory's folder (getWorkspaceFolder counts a folder's own root as in it).
 * Looked up per file, three times, it was the longest slice of the scan on the extension host.
 */
function folderPerDirectory(): FolderLookup {
  const byDirectory = new Map<string, vscode.WorkspaceFolder | undefined>();
  return (uri) => {
    const slash = uri.path.lastIndexOf('/');
    if (slash <= 0) return vscode.workspace.getWorkspaceFolder(uri);
    const directory = uri.with({ path: uri.path.slice(0, slash), query: '', fragment: '' });
    const key = directory.toString();
    if (byDirectory.has(key)) return byDirectory.get(key);
    const folder = vscode.workspace.getWorkspaceFolder(directory);
    byDirectory.set(key, folder);
    return folder;
  };
}

const MAX_FILES = 20000;

/** Files given to the matching thread at once: enough to keep it busy between two messages, few
 *  enough that Stop leaves little work behind and results stream into the view. */
const THREAD_BATCH = 32;

/** Files read at once: enough to hide the reads' latency behind matching, few enough that a hover
 *  is not queued behind many reads. */
const READ_AHEAD = 12;

/**
 * The workspace's files, folder by folder. In the Node host, the ripgrep VS Code ships lists them
 * and they are handed over as it prints them, so matching starts at once: through findFiles, the
 * scan waited for the whole list (a round trip through the workbench, which ran the same ripgrep
 * in this host) before reading a file, about a third of a scan of 2,000 files. Elsewhere, or when
 * ripgrep cannot start, findFiles lists them: one search per workspace folder (one per top-level
 * folder, as before, cost 100 round trips on the large-workspace fixture).
 * MENTORSHIP_PREP_SCAN_LIST_WITH_FINDFILES=1 lists with findFiles (the large-workspace tier
 * measures both in one run). `pause` is the scan's time slice, awaited between pieces of a long list.
 */
async function* workspaceFiles(token: vscode.CancellationToken, folderOf: FolderLookup, pause: () => Promise<void>): AsyncGenerator<vscode.Uri[]> {
  const excludes = excludeKeys();
  const viaFindFiles = typeof process === 'object' && process.env?.MENTORSHIP_PREP_SCAN_LIST_WITH_FINDFILES === '1';
  const rg = viaFindFiles ? undefined : await shippedRipgrep();
  let left = MAX_FILES;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (token.isCancellationRequested || left <= 0) return;
    if (rg && folder.uri.scheme === 'file') {
      let listed = 0;
      try {
        for await (const uris of ripgrepFiles(rg, folder.uri, excludes, left, token, pause)) {
          listed += uris.length;
          left -= uris.length;
          const kept = await mapInPieces(uris, (uri) => (isGeneratedCopy(uri, folderOf) ? undefined : uri), pause);
          if (kept.length) yield kept;
        }
        continue;
      } catch {
        if (listed > 0 || token.isCancellationRequested) continue;
        // ripgrep did not start: findFiles below.
      }
    }
    const listed = await untilCancelled(vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), `{${excludes.join(',')}}`, left, token), token, []);
    const uris = await mapInPieces(listed, (uri) => (isGeneratedCopy(uri, folderOf) ? undefined : uri), pause);
    left -= uris.length;
    if (uris.length) yield uris;
  }
}

/** Finds glossary terms in workspace files; keeps per-file results so a change rescans one file. */
export class VocabularyScanner {
  private readonly results = new Map<string, FileHits>();
  /** term → [uses, files], maintained as files come and go. */
  private readonly totals = new Map<string, [number, number]>();
  private readonly slice = new TimeSlice();

  /** `matchThread` starts the thread full scans match on, where the host has one (else undefined). */
  constructor(private readonly glossaries: GlossaryService, private readonly matchThread: () => Promise<MatchThread | undefined> = async () => undefined) {}

  /** Folders' kinds seen during one scan, so each folder on the way to a file is checked for
   *  symbolic links once, not once per file. */
  private folderKinds = new Map<string, EntryKind | undefined>();
  private maxKBByFolder = new Map<string, number>();
  private folderOf: FolderLookup = hostLookup;

  async scanAll(token: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<ScanSummary> {
    await untilCancelled(this.glossaries.ready(), token, undefined);
    this.folderKinds = new Map();
    this.maxKBByFolder = new Map();
    // Folders can be added and removed between scans: the lookup is cached for this scan only.
    const folderOf = (this.folderOf = folderPerDirectory());
    try {
      return await this.scanEveryFile(token, progress);
    } finally {
      if (this.folderOf === folderOf) this.folderOf = hostLookup;
    }
  }

  private async scanEveryFile(token: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<ScanSummary> {
    this.results.clear();
    this.totals.clear();
    const thread = await this.matchThread();
    thread?.forgetMatchers(); // the glossaries may have changed since the last scan
    let skipped = 0, done = 0, found = 0, reported = 0;
    const tell = () => {
      // At most ten progress updates a second: each one is a message to the workbench.
      if (performance.now() - reported >= 100) { progress?.(done, found); reported = performance.now(); }
    };
    for await (const uris of workspaceFiles(token, this.folderOf, () => this.slice.check())) {
      found += uris.length;
      // Files on disk go to the matching thread, in batches, two in flight: it reads and matches
      // one while this thread takes in the other's results. What it cannot do is done here.
      const onThread = thread?.usable ? uris.filter((u) => u.scheme === 'file') : [];
      const batches: vscode.Uri[][] = [];
      for (let i = 0; i < onThread.length; i += THREAD_BATCH) batches.push(onThread.slice(i, i + THREAD_BATCH));
      const here: vscode.Uri[] = onThread.length ? uris.filter((u) => u.scheme !== 'file') : uris;
      for await (const { item: batch, result } of inOrder(batches, 2, (b) => untilCancelled(this.scanOnThread(b, thread!), token, undefined))) {
        if (token.isCancellationRequested) return { ...this.summary(), skipped, cancelled: true };
        if (!result) { here.push(...batch); continue; } // the thread failed: read these here
        batch.forEach((uri, i) => {
          const scanned = result[i]!;
          if (scanned.skipped) skipped++;
          else if (scanned.matches.term.length) this.add({ uri, ...scanned.matches });
          done++;
        });
        tell();
        await this.slice.check();
      }
      // A pool, not batches: a slow file holds one slot, not the seven files read beside it.
      // A read in flight when Stop comes is not waited for (it adds nothing to a cancelled scan).
      for await (const { result } of inOrder(here, READ_AHEAD, (u) => untilCancelled(this.scanFile(u, token), token, false))) {
        if (token.isCancellationRequested) return { ...this.summary(), skipped, cancelled: true };
        if (!result) skipped++;
        done++;
        tell();
      }
    }
    progress?.(done, found);
    return { ...this.summary(), skipped, cancelled: token.isCancellationRequested };
  }

  /** Reads and matches files on the matching thread; undefined when the thread failed. The thread
   *  applies the checks scanFile makes: no symbolic link on the way or at the file, the size limit,
   *  no binary file. */
  private async scanOnThread(uris: vscode.Uri[], thread: MatchThread): Promise<ScannedFile[] | undefined> {
    const files = uris.map((uri): ScanFile => {
      const folder = this.folderOf(uri);
      const parts = folder && partsBelow(folder.uri.path, uri.path);
      return {
        path: uri.fsPath, root: parts ? folder.uri.fsPath : undefined, parts, maxBytes: this.maxKB(uri) * 1024,
        matcher: thread.matcherId(this.glossaries.scope.matcherFor(uri.toString())),
      };
    });
    return thread.scan(files).catch(() => undefined);
  }

  /** The size limit for a file: a folder setting, looked up once per folder during a scan (a
   *  settings lookup per file cost more than its stat). */
  private maxKB(uri: vscode.Uri): number {
    const folder = this.folderOf(uri);
    if (!folder) return setting('vocabulary.maxFileSizeKB', uri);
    const key = folder.uri.toString();
    let kb = this.maxKBByFolder.get(key);
    if (kb === undefined) this.maxKBByFolder.set(key, (kb = setting('vocabulary.maxFileSizeKB', folder.uri)));
    return kb;
  }

  /** Scans one file; false when it was skipped (too large, binary, unreadable). A cancelled scan
   *  leaves the file as it was and stops at its next pause. */
  async scanFile(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<boolean> {
    const maxKB = this.maxKB(uri);
    const stopped = () => token?.isCancellationRequested === true;
    try {
      // Nothing is read through a symbolic link: not the file's own, not a folder's on the way.
      await guardLinks(vscode.Uri.joinPath(uri, '..'), 'read', this.folderKinds);
      const stat = await vscode.workspace.fs.stat(uri);
      if (stopped()) return true;
      if (stat.type & (vscode.FileType.Directory | vscode.FileType.SymbolicLink) || stat.size > maxKB * 1024) { this.forget(uri); return false; }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (stopped()) return true;
      if (bytes.subarray(0, 1024).includes(0)) { this.forget(uri); return false; }
      const hits = await this.matchHere(this.glossaries.scope.matcherFor(uri.toString()), bytes, stopped);
      if (!hits) return true;
      await this.slice.check();
      // Checked last, with nothing awaited after it: a scan cancelled by a newer one never adds
      // this file to the newer one's results.
      if (stopped()) return true;
      this.forget(uri);
      if (hits.term.length) this.add({ uri, ...hits });
      return true;
    } catch {
      this.forget(uri);
      return false;
    }
  }

  /** Decodes and matches a file on this thread, in slices; undefined when the scan was stopped. */
  private async matchHere(matcher: TermMatcher, bytes: Uint8Array, stopped: () => boolean): Promise<FileMatches | undefined> {
    await this.slice.check();
    const text = decoder.decode(bytes);
    const matches: TermMatch[] = [];
    for (let from = 0; from < text.length;) {
      const cut = text.length - from > PIECE * 2 ? text.indexOf('\n\n', from + PIECE) : -1;
      const to = cut < 0 ? text.length : cut + 1;
      for (const m of matcher.findAll(text, from, to)) matches.push(m);
      from = to;
      if (from < text.length) await this.slice.check();
      if (stopped()) return undefined;
    }
    return compactMatches(matches);
  }

  /** Takes the uses of these terms out (they were muted), without reading any file again. */
  drop(names: ReadonlySet<string>): void {
    for (const hits of [...this.results.values()]) {
      if (!hits.terms.some((t) => names.has(t))) continue;
      this.forget(hits.uri);
      const keep: number[] = [];
      for (let i = 0; i < hits.term.length; i++) if (!names.has(hits.terms[hits.term[i]!]!)) keep.push(i);
      if (keep.length) this.add({ uri: hits.uri, terms: hits.terms, term: Uint16Array.from(keep, (i) => hits.term[i]!), start: Uint32Array.from(keep, (i) => hits.start[i]!), end: Uint32Array.from(keep, (i) => hits.end[i]!) });
    }
  }

  forget(uri: vscode.Uri): void {
    const old = this.results.get(uri.toString());
    if (!old) return;
    this.results.delete(uri.toString());
    this.count(old, -1);
  }

  private add(hits: FileHits): void {
    this.results.set(hits.uri.toString(), hits);
    this.count(hits, 1);
  }

  private count(hits: FileHits, sign: 1 | -1): void {
    const uses = new Array<number>(hits.terms.length).fill(0);
    for (const t of hits.term) uses[t]!++;
    hits.terms.forEach((name, t) => {
      const [n, f] = this.totals.get(name) ?? [0, 0];
      if (n + sign * uses[t]! <= 0) this.totals.delete(name);
      else this.totals.set(name, [n + sign * uses[t]!, f + sign]);
    });
  }

  /** Terms with their number of uses and files, most used first. */
  terms(): { term: string; uses: number; files: number }[] {
    return [...this.totals].map(([term, [uses, files]]) => ({ term, uses, files }))
      .sort((a, b) => b.uses - a.uses || a.term.localeCompare(b.term));
  }

  /** The uses of one term, with line and preview, read back from the files (up to `limit`). */
  async occurrences(term: string, limit: number): Promise<Occurrence[]> {
    const out: Occurrence[] = [];
    const files = [...this.results.values()].filter((h) => h.terms.includes(term))
      .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    for (const hits of files) {
      if (out.length >= limit) break;
      const t = hits.terms.indexOf(term);
      let text: string;
      try {
        await guardLinks(hits.uri, 'read', this.folderKinds);
        text = decoder.decode(await vscode.workspace.fs.readFile(hits.uri));
      } catch { continue; }
      const lines = lineStarts(text);
      for (let i = 0; i < hits.term.length && out.length < limit; i++) {
        if (hits.term[i] !== t) continue;
        const start = position(lines, hits.start[i]!);
        const lineEnd = text.indexOf('\n', lines[start.line]!);
        const line = text.slice(lines[start.line]!, lineEnd < 0 ? undefined : lineEnd);
        out.push({ uri: hits.uri, term, range: new vscode.Range(start, position(lines, hits.end[i]!)), text: text.slice(hits.start[i]!, hits.end[i]!), preview: line.trim().slice(0, 160) });
      }
    }
    return out;
  }

  summary(): Omit<ScanSummary, 'skipped' | 'cancelled'> {
    const terms: Record<string, number> = {};
    let occurrences = 0;
    for (const [name, [uses]] of this.totals) { terms[name] = uses; occurrences += uses; }
    return { files: this.results.size, occurrences, terms };
  }
}

function position(starts: number[], offset: number): vscode.Position {
  const p = positionAt(starts, offset);
  return new vscode.Position(p.line, p.character);
}
