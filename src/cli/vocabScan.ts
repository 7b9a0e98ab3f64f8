/** The per-file work of `vocab` (read, decode, match, print), shared by the command's own thread
 *  and its helper threads (vocabWorker.ts), and the split of a folder's files between them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { GlossaryEntry } from '../core/vocabulary/glossary';
import { TermMatcher, type TermMatch } from '../core/vocabulary/matcher';
import { LineCursor } from '../core/vocabulary/positions';
import { escaped } from './common';
import { decodeAs, isBinary, isUtf8Text, ReadBuffer, readFileAtMostSync, type Unreadable } from './scanFiles';

/** Files larger than this are not scanned, as in the editor (`mentorshipPrep.vocabulary.maxFileSizeKB`). */
export const VOCAB_MAX_BYTES = 1024 * 1024;

/** A file found in a folder, as shown, and which of the scan's matchers applies to it. */
export interface ScanItem { file: string; matcher: number }

/** What the matcher reads of an entry: a helper thread gets these, not the definitions. */
export type MatchEntry = Pick<GlossaryEntry, 'name' | 'aliases' | 'caseSensitive'>;

export function matcherOf(entries: readonly MatchEntry[]): TermMatcher {
  return new TermMatcher(entries.map((e) => ({ ...e, definition: '', source: { kind: 'builtin' } }) as GlossaryEntry));
}

export type Skipped = Partial<Record<Unreadable, number>>;

/** One batch of files: what they printed, in order (JSON: items joined by commas), and what was skipped. */
export interface BatchResult { out: string; skipped: Skipped }

/** Matches files and formats every hit as `vocab` prints it: `file:line:column: "text" → Term`,
 *  or one JSON object per hit. */
export class FileScanner {
  private readonly buffer = new ReadBuffer();
  private readonly termShown = new Map<string, string>();
  constructor(private readonly matchers: readonly TermMatcher[], private readonly json: boolean) {}

  /** The hits of one file's text ('' when none). */
  format(item: ScanItem, content: string): string {
    return this.formatMatches(item, content, this.matchers[item.matcher]!.findAll(content));
  }

  private formatMatches(item: ScanItem, content: string, matches: readonly TermMatch[]): string {
    if (matches.length === 0) return '';
    const lines = new LineCursor(content);
    const parts: string[] = [];
    if (this.json) {
      for (const m of matches) {
        const at = lines.at(m.start);
        parts.push(JSON.stringify({ term: m.entry.name, file: item.file, line: at.line + 1, column: at.character + 1, text: m.text }));
      }
      return parts.join(',');
    }
    const fileShown = escaped(item.file);
    for (const m of matches) {
      const at = lines.at(m.start);
      let term = this.termShown.get(m.entry.name);
      if (term === undefined) this.termShown.set(m.entry.name, (term = escaped(m.entry.name)));
      parts.push(`${fileShown}:${at.line + 1}:${at.character + 1}: ${JSON.stringify(m.text)} → ${term}\n`);
    }
    return parts.join('');
  }

  /** A file found in a folder, read from disk and matched, or why it was skipped. */
  scanFile(item: ScanItem): string | { skipped: Unreadable } {
    const bytes = readFileAtMostSync(item.file, VOCAB_MAX_BYTES, this.buffer);
    if (typeof bytes === 'string') return { skipped: bytes };
    if (isBinary(bytes)) return { skipped: 'binary' };
    // Matched on the bytes: the text is decoded only when a word in it may start a term.
    const utf8 = isUtf8Text(bytes);
    let content = '';
    const matches = this.matchers[item.matcher]!.findAllInBytes(bytes, utf8, () => (content = decodeAs(bytes, utf8)));
    return this.formatMatches(item, content, matches);
  }

  batch(items: readonly ScanItem[], from: number, to: number): BatchResult {
    const outs: string[] = [];
    const skipped: Skipped = {};
    for (let i = from; i < to; i++) {
      const r = this.scanFile(items[i]!);
      if (typeof r === 'string') { if (r) outs.push(r); } else skipped[r.skipped] = (skipped[r.skipped] ?? 0) + 1;
    }
    return { out: outs.join(this.json ? ',' : ''), skipped };
  }
}

/** Files per batch: small enough that the threads finish together, large enough that a message per batch is cheap. */
export const SCAN_BATCH = 32;
/** Below this many files a second thread costs more to start (about 40 ms) than it saves. */
export const PARALLEL_MIN_FILES = 256;

/** What a helper thread is given (worker_threads workerData). */
export interface ScanWorkerData { items: ScanItem[]; entries: MatchEntry[][]; json: boolean; next: SharedArrayBuffer; batch: number }
export type ScanWorkerMessage = { batch: number; result: BatchResult } | { done: true };

/** CPU time counters of every core at one moment (os.cpus()'s `times`, in milliseconds), and this
 *  process's own CPU time (all its threads, libuv's included) at the same moment. */
export interface CpuSample { cores: readonly { idle: number; user: number; nice: number; sys: number; irq: number }[]; ownMs: number }

export function cpuSample(): CpuSample {
  const own = process.cpuUsage();
  return { cores: os.cpus().map((c) => c.times), ownMs: (own.user + own.system) / 1000 };
}

/** Below this much CPU time (all cores together) between two samples, the counters (10 ms ticks) say too little. */
const MIN_SAMPLE_MS = 40;

/**
 * How many cores other processes left free between two samples: the share of all the cores' time that
 * was idle or this process's own, times the number of cores; undefined when the window is too short to
 * tell. This process's own time counts as free: listing files keeps its main thread and libuv's
 * threads busy, and those are the cores the scan will use.
 */
export function freeCores(before: CpuSample, after: CpuSample): number | undefined {
  if (before.cores.length === 0 || before.cores.length !== after.cores.length) return undefined;
  let idle = 0;
  let total = 0;
  for (const [i, a] of after.cores.entries()) {
    const b = before.cores[i]!;
    idle += a.idle - b.idle;
    total += a.idle - b.idle + a.user - b.user + a.nice - b.nice + a.sys - b.sys + a.irq - b.irq;
  }
  if (total < MIN_SAMPLE_MS || idle < 0) return undefined;
  const own = Math.max(0, after.ownMs - before.ownMs);
  return Math.min(after.cores.length, (after.cores.length * (idle + own)) / total);
}

/**
 * How many threads scan: MENTORSHIP_PREP_SCAN_THREADS, else one per core other processes left free
 * while the files were listed (`free`, from freeCores, rounded), at most four. Without that measure,
 * the load average of the last minute stands in: the cores less the load, rounded down.
 * The load average trails by a minute (a scan just finished still counts as a busy core), so what
 * other processes use of the cores at the moment decides where it can be read. On cores other processes keep busy,
 * a second thread only adds its start-up and competes with the first: the 60 MB bench scan took
 * 2.98 s in two threads and 1.94 s in one, on two cores at load 10.
 */
export function scanThreads(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0, free?: number): number {
  const asked = Number(env.MENTORSHIP_PREP_SCAN_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 8);
  if (free !== undefined) return Math.max(1, Math.min(4, cores, Math.floor(free + 0.5)));
  return Math.max(1, Math.min(4, cores - Math.floor(load)));
}

/**
 * Scans `items` on this thread and `threads - 1` helper threads, which take batches of files in turn
 * from a shared counter, so a thread that meets large files takes fewer. The results come back in
 * the files' order, as one thread would print them. A batch a helper took and never returned (it
 * failed) is scanned here at the end.
 */
export async function scanInThreads(items: readonly ScanItem[], entries: MatchEntry[][], json: boolean, threads: number, report?: (s: string) => void): Promise<BatchResult[]> {
  const batches = Math.ceil(items.length / SCAN_BATCH);
  const results: (BatchResult | undefined)[] = new Array<BatchResult | undefined>(batches);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const workerFile = path.join(__dirname, 'vocabWorker.js');
  const helpers: Promise<void>[] = [];
  let byHelpers = 0;
  if (threads > 1 && items.length >= PARALLEL_MIN_FILES && fs.existsSync(workerFile)) {
    // Loaded here, not with the module: Node's thread module costs every start a few milliseconds.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built-in module, loaded when needed
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const data: ScanWorkerData = { items: [...items], entries, json, next, batch: SCAN_BATCH };
    for (let t = 1; t < threads; t++) {
      helpers.push(new Promise<void>((resolve) => {
        let worker: Worker;
        try { worker = new Worker(workerFile, { workerData: data }); } catch { resolve(); return; }
        worker.on('message', (m: ScanWorkerMessage) => {
          if ('done' in m) { void worker.terminate(); resolve(); } else { results[m.batch] = m.result; byHelpers++; }
        });
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      }));
    }
  }
  const scanner = new FileScanner(entries.map(matcherOf), json);
  const scan = (b: number) => { results[b] = scanner.batch(items, b * SCAN_BATCH, Math.min(items.length, (b + 1) * SCAN_BATCH)); };
  // MENTORSHIP_PREP_SCAN_OWN_THREAD=0 leaves every batch to the helpers (for the tests: a run where
  // they certainly take part), this thread scanning only what they did not return.
  if (process.env.MENTORSHIP_PREP_SCAN_OWN_THREAD !== '0' || helpers.length === 0) {
    for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1)) scan(b);
  }
  await Promise.all(helpers);
  for (let b = 0; b < batches; b++) if (!results[b]) scan(b);
  report?.(`mentorship-prep: ${items.length} files in ${batches} batches, ${helpers.length + 1} threads; helper threads scanned ${byHelpers}\n`);
  return results as BatchResult[];
}
