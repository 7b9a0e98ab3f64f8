/** The Vocabulary view's matching thread in the Node host (a worker_threads worker, bundled as
 *  dist/matchWorker.js). A full scan's files are read here with Node's fs, synchronously (this
 *  thread has nothing else to do), decoded and matched: through vscode.workspace.fs each stat and
 *  read was a round trip through the workbench (its $ensureActivation), and the scan waited on
 *  thousands of them while the extension host's thread wrote and compressed the messages. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { TermMatcher } from '../../core/vocabulary/matcher';
import type { GlossaryEntry } from '../../core/vocabulary/glossary';
import { matchFileBytes } from './matchBytes';
import { compactMatches, type FileMatches, type MatchReply, type MatchRequest, type ScanFile, type ScannedFile } from './matchProtocol';

// The scan is background work. On Linux the nice value belongs to the thread, so this lowers only
// this one: when the cores are busy, the extension host's own thread (hovers) and the workbench go
// first. Where it is not allowed, the scan runs at normal priority.
try { os.setPriority(Math.min(19, os.getPriority() + 10)); } catch { /* normal priority */ }

const matchers = new Map<number, TermMatcher>();
/** Folders seen to be plain folders during this scan (the matchers' `forget` starts a scan). */
let plainFolders = new Set<string>();

function matcherOf(id: number): TermMatcher {
  const matcher = matchers.get(id);
  if (!matcher) throw new Error(`no matcher ${id}`);
  return matcher;
}

/** Whether a folder on the way is a symbolic link (or not a folder): nothing is read through one. */
function throughLink(file: ScanFile): boolean {
  if (file.root === undefined || !file.parts) return false;
  let dir = file.root;
  for (const part of file.parts.slice(0, -1)) {
    dir = path.join(dir, part);
    if (plainFolders.has(dir)) continue;
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return true; // a link, or gone: the read below would fail anyway
    plainFolders.add(dir);
  }
  return false;
}

/** One file read and matched as the host's scan does: not through a link, not a link itself, not
 *  over its size limit, not binary (a NUL in its first 1,024 bytes). */
function scanOne(file: ScanFile): ScannedFile {
  try {
    if (throughLink(file)) return { skipped: true };
    const stat = fs.lstatSync(file.path);
    if (!stat.isFile() || stat.size > file.maxBytes) return { skipped: true };
    const bytes = fs.readFileSync(file.path);
    if (bytes.length > file.maxBytes || bytes.subarray(0, 1024).includes(0)) return { skipped: true };
    return { skipped: false, matches: compactMatches(matchFileBytes(matcherOf(file.matcher), bytes)) };
  } catch {
    return { skipped: true };
  }
}

const buffersOf = (m: FileMatches) => [m.term.buffer as ArrayBuffer, m.start.buffer as ArrayBuffer, m.end.buffer as ArrayBuffer];

parentPort?.on('message', (request: MatchRequest) => {
  if (request.kind === 'forget') { matchers.clear(); plainFolders = new Set(); return; }
  if (request.kind === 'matcher') {
    // The matcher reads names, aliases and case only; the rest of an entry stays in the host.
    matchers.set(request.matcher, new TermMatcher(request.entries.map((e) => ({ ...e, definition: '', source: { kind: 'builtin' } }) satisfies GlossaryEntry)));
    return;
  }
  let reply: MatchReply;
  try {
    const files = request.files.map(scanOne);
    reply = { id: request.id, files };
    parentPort!.postMessage(reply, files.flatMap((f) => (f.skipped ? [] : buffersOf(f.matches))));
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
    parentPort!.postMessage(reply);
  }
});
