import * as vscode from 'vscode';
import type { TermMatcher } from '../../core/vocabulary/matcher';
import type { MatchReply, MatchRequest, ScanFile, ScannedFile } from './matchProtocol';

/** The part of worker_threads' Worker this uses (the web worker host has no worker_threads). */
interface NodeWorker {
  postMessage(message: MatchRequest): void;
  on(event: 'message', listener: (reply: MatchReply) => void): void;
  on(event: 'error' | 'exit', listener: (reason: unknown) => void): void;
  unref(): void;
  terminate(): Promise<number>;
}

/**
 * A thread of its own for the Vocabulary view's full scan, in the Node extension host: it reads
 * the files from disk, decodes and matches them (see matchWorker.ts), so a hover no longer waits
 * behind the scan, nor the scan behind a round trip per file. The web worker host keeps matching in
 * slices on its thread, through vscode.workspace.fs.
 */
export class MatchThread implements vscode.Disposable {
  private readonly pending = new Map<number, { resolve: (reply: MatchReply) => void; reject: (e: Error) => void }>();
  private ids = new WeakMap<TermMatcher, number>();
  private nextId = 1;
  private broken: Error | undefined;

  private constructor(private readonly worker: NodeWorker) {
    worker.on('message', (reply) => {
      const call = this.pending.get(reply.id);
      if (!call) return;
      this.pending.delete(reply.id);
      if ('error' in reply) call.reject(new Error(reply.error));
      else call.resolve(reply);
    });
    const fail = (reason: unknown) => {
      this.broken ??= reason instanceof Error ? reason : new Error(`the matching thread stopped (${String(reason)})`);
      for (const call of this.pending.values()) call.reject(this.broken);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    // An idle thread never keeps the extension host alive.
    worker.unref();
  }

  /** A matching thread running `dist/matchWorker.js`, or undefined where there is none to start
   *  (the web worker host, an extension not on disk). */
  static async start(extensionUri: vscode.Uri): Promise<MatchThread | undefined> {
    if (extensionUri.scheme !== 'file' || typeof process !== 'object' || typeof process.versions?.node !== 'string') return undefined;
    try {
      const { Worker } = await import('node:worker_threads');
      return new MatchThread(new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'matchWorker.js').fsPath) as NodeWorker);
    } catch {
      return undefined;
    }
  }

  /** Whether the thread still answers; after a failure the scan matches on its own thread. */
  get usable(): boolean { return this.broken === undefined; }

  /** The thread's id for `matcher`, sent to it the first time. */
  matcherId(matcher: TermMatcher): number {
    let id = this.ids.get(matcher);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(matcher, id);
      this.worker.postMessage({ kind: 'matcher', matcher: id, entries: matcher.entries.map((e) => ({ name: e.name, aliases: e.aliases, caseSensitive: e.caseSensitive })) });
    }
    return id;
  }

  private call(request: (id: number) => MatchRequest): Promise<MatchReply> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise<MatchReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request(id));
    });
  }

  /** Reads and matches `files` on the thread, in one go; their results in the same order. */
  async scan(files: ScanFile[]): Promise<ScannedFile[]> {
    const reply = await this.call((id) => ({ kind: 'scan', id, files }));
    if (!('files' in reply) || reply.files.length !== files.length) throw new Error('the matching thread answered another question');
    return reply.files;
  }

  /** Drops the matchers sent so far (a new scan sends those it uses again). */
  forgetMatchers(): void {
    if (this.broken) return;
    this.worker.postMessage({ kind: 'forget' });
    this.ids = new WeakMap();
  }

  dispose(): void {
    this.broken ??= new Error('the matching thread was closed');
    for (const call of this.pending.values()) call.reject(this.broken);
    this.pending.clear();
    void this.worker.terminate();
  }
}
