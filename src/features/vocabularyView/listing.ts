/** The files a full scan of the Vocabulary view reads: the workspace's files, as
 *  vscode.workspace.findFiles lists them, or, in the Node host, as the ripgrep VS Code ships lists
 *  them with the same rules, streamed so matching starts at once. */
import * as vscode from 'vscode';
import { mapInPieces } from '../../core/scan/inPieces';

/** Globs VS Code users already maintain to keep files out of searches, and our own two. */
export function excludeKeys(): string[] {
  const keys = new Set<string>(['**/node_modules/**', '**/.git/**']);
  for (const section of ['files.exclude', 'search.exclude']) {
    const value = vscode.workspace.getConfiguration().get<Record<string, unknown>>(section) ?? {};
    for (const [glob, on] of Object.entries(value)) if (on === true) keys.add(glob);
  }
  return [...keys];
}

/** `work`'s result, or `fallback` as soon as the token is cancelled: a call that crosses to the
 *  workbench (findFiles) answers a cancellation only after a round trip, which on a busy machine
 *  took seconds. */
export function untilCancelled<T>(work: Thenable<T>, token: vscode.CancellationToken, fallback: T): Promise<T> {
  if (token.isCancellationRequested) return Promise.resolve(fallback);
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => { listener.dispose(); resolve(fallback); });
    work.then((value) => { listener.dispose(); resolve(value); }, (err: unknown) => { listener.dispose(); reject(err); });
  });
}

let shipped: Promise<string | undefined> | undefined;

/**
 * The ripgrep executable VS Code ships beside the workbench (as Todo Tree finds it), where the
 * extension host runs on Node; undefined in the web worker host or when it is not where expected.
 */
export function shippedRipgrep(): Promise<string | undefined> {
  return (shipped ??= (async () => {
    if (typeof process !== 'object' || typeof process.versions?.node !== 'string') return undefined;
    try {
      const { existsSync } = await import('node:fs');
      const exe = process.platform === 'win32' ? 'rg.exe' : 'rg';
      const app = vscode.env.appRoot;
      return ['node_modules', 'node_modules.asar.unpacked'].flatMap((modules) => [
        `${app}/${modules}/@vscode/ripgrep/bin/${exe}`,
        `${app}/${modules}/@vscode/ripgrep-universal/bin/${process.platform}-${process.arch}/${exe}`,
      ]).find((p) => existsSync(p));
    } catch {
      return undefined;
    }
  })());
}

/** At most this many files handed over at once, so matching starts before the listing ends. */
const MOST_AT_ONCE = 512;

/**
 * A workspace folder's files as findFiles lists them for the view (VS Code runs ripgrep with these
 * arguments for it: hidden files listed, .gitignore not honoured, the exclude globs anchored at the
 * folder), with one difference: no symbolic link is followed, where findFiles follows them and the
 * scan then skips what it listed through one. Yields the files as ripgrep prints them, whatever has
 * arrived since the last yield; stops at `limit` files or when the token is cancelled (ripgrep is
 * stopped). Throws when ripgrep could not be started, or failed, and listed nothing. The names
 * become URIs a few at a time, with `pause` (the scan's time slice) between, so a hover is not
 * queued behind 512 of them.
 */
export async function* ripgrepFiles(rg: string, folder: vscode.Uri, excludes: readonly string[], limit: number, token: vscode.CancellationToken, pause: () => Promise<void> = async () => undefined): AsyncGenerator<vscode.Uri[]> {
  const { spawn } = await import('node:child_process');
  const args = ['--files', '--hidden', '--case-sensitive', '--no-require-git', '--no-ignore', '--no-config', '--null'];
  // As VS Code anchors them: a glob not starting with ** or / is relative to the folder.
  for (const glob of excludes) args.push('-g', `!${glob.startsWith('**') || glob.startsWith('/') ? glob : `/${glob}`}`);
  const child = spawn(rg, args, { cwd: folder.fsPath, stdio: ['ignore', 'pipe', 'ignore'] });
  const queue: string[] = [];
  let partial = '';
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const names = (partial + chunk).split('\0');
    partial = names.pop()!;
    for (const name of names) queue.push(name);
    notify();
  });
  child.on('error', (err) => { failure = err; ended = true; notify(); });
  child.on('close', (code) => {
    // 2: an error, such as a glob ripgrep refused; also when a folder inside could not be read,
    // after listing the rest.
    if (code === 2) failure ??= new Error('ripgrep could not list the folder');
    ended = true;
    notify();
  });
  const cancelled = token.onCancellationRequested(() => { ended = true; notify(); });
  const split = process.platform === 'win32' ? (name: string) => name.split('\\') : (name: string) => [name];
  let listed = 0;
  try {
    while (listed < limit && !token.isCancellationRequested) {
      if (queue.length === 0) {
        if (ended) break;
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      const names = queue.splice(0, Math.min(queue.length, limit - listed, MOST_AT_ONCE));
      listed += names.length;
      yield await mapInPieces(names, (name) => vscode.Uri.joinPath(folder, ...split(name)), pause);
    }
    if (failure && listed === 0) throw failure;
  } finally {
    cancelled.dispose();
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
