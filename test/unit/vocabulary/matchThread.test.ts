// The Vocabulary view's matching thread (dist/matchWorker.js, a worker_threads worker in the Node
// host) reads a full scan's files itself: it finds exactly what the host's path finds (the matcher
// on the text vscode.workspace.fs would give), and skips what the host's path skips.
import * as assert from 'assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { TermMatcher } from '../../../src/core/vocabulary/matcher';
import { compactMatches, type FileMatches, type MatchReply, type MatchRequest, type ScanFile, type ScannedFile } from '../../../src/features/vocabularyView/matchProtocol';

const ROOT = path.resolve(__dirname, '../../..');
const WORKER = path.join(ROOT, 'dist/matchWorker.js');
const MB = 1024 * 1024;

const entriesOf = (g: readonly GlossaryEntry[]) => g.map((e) => ({ name: e.name, aliases: e.aliases, caseSensitive: e.caseSensitive }));
/** What the host's path finds in a file: vscode.workspace.fs's bytes, decoded and matched there. */
const expected = (entries: readonly GlossaryEntry[], file: string): FileMatches =>
  compactMatches(new TermMatcher(entries).findAll(new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(file))));

suite('Vocabulary view: the matching thread', () => {
  let worker: Worker;
  let nextId = 0;
  const replies = new Map<number, (r: MatchReply) => void>();
  const send = (request: MatchRequest) => worker.postMessage(request);
  const scan = async (files: ScanFile[]): Promise<ScannedFile[]> => {
    const id = ++nextId;
    const reply = await new Promise<MatchReply>((resolve) => { replies.set(id, resolve); send({ kind: 'scan', id, files }); });
    assert.ok('files' in reply, JSON.stringify(reply));
    return reply.files;
  };
  let dir: string;
  const file = (name: string, content: string | Uint8Array) => { const p = path.join(dir, name); mkdirSync(path.dirname(p), { recursive: true }); writeFileSync(p, content); return p; };
  const inFolder = (p: string, matcher: number, maxBytes = MB): ScanFile => ({ path: p, root: dir, parts: path.relative(dir, p).split(path.sep), maxBytes, matcher });

  suiteSetup(() => {
    if (!existsSync(WORKER)) assert.fail(`${WORKER} does not exist: build it first with \`node scripts/build.mjs\`.`);
    worker = new Worker(WORKER);
    worker.on('message', (r: MatchReply) => { replies.get(r.id)?.(r); replies.delete(r.id); });
    dir = mkdtempSync(path.join(os.tmpdir(), 'mp-thread-'));
  });
  suiteTeardown(async () => { await worker.terminate(); });

  test('finds what the host finds, file by file: the fixture workspace and texts the decoder must agree on', async () => {
    const entries = builtinGlossary();
    send({ kind: 'matcher', matcher: 1, entries: entriesOf(entries) });
    const paths: string[] = [];
    const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) (e.isDirectory() ? walk : (p: string) => paths.push(p))(path.join(d, e.name)); };
    walk(path.join(ROOT, 'test/fixtures/workspace'));
    paths.push(
      file('crlf.md', 'Our API gateway keeps eventual\r\n> consistency; the TechnicalDebt of NFRs.'),
      file('mixed.md', 'Ereignis: Domänenmodell und Domain-Driven Design, 我们使用API Gateway。'),
      file('bom.md', '\ufeffA byte order mark, then CQRS and Build vs. buy.'),
      file('empty.md', ''),
      file('latin1.md', Uint8Array.from([0x41, 0x50, 0x49, 0x20, 0xff, 0xfe, 0x20, 0x67, 0x61, 0x74, 0x65, 0x77, 0x61, 0x79])),
    );
    const results = await scan(paths.map((p) => ({ path: p, maxBytes: MB, matcher: 1 })));
    let found = 0;
    results.forEach((r, i) => {
      assert.ok(!r.skipped, paths[i]);
      const want = expected(entries, paths[i]!);
      assert.deepStrictEqual(r.matches, want, paths[i]);
      found += want.term.length;
    });
    assert.ok(found > 20, `the files hold terms to compare (${found})`);
  });

  test('skips what the host skips: over the size limit, binary, a link, a file through a linked folder, a folder, a missing file', async () => {
    const plain = file('docs/plain.md', 'An API gateway.');
    const big = file('docs/big.md', 'API gateway '.repeat(100));
    const binary = file('docs/binary.bin', Uint8Array.from([0x41, 0x50, 0x49, 0, 0x67]));
    const link = path.join(dir, 'docs/link.md');
    symlinkSync(plain, link);
    const linkedFolder = path.join(dir, 'linked');
    symlinkSync(path.join(dir, 'docs'), linkedFolder);
    const [p, b, bin, l, throughLink, folder, missing] = await scan([
      inFolder(plain, 1), inFolder(big, 1, 200), inFolder(binary, 1), inFolder(link, 1),
      inFolder(path.join(linkedFolder, 'plain.md'), 1), inFolder(path.join(dir, 'docs'), 1), inFolder(path.join(dir, 'gone.md'), 1),
    ]);
    assert.ok(!p!.skipped && p!.matches.terms[0] === 'API Gateway', 'the plain file is read (the checks below can fail)');
    for (const [name, r] of Object.entries({ b, bin, l, throughLink, folder, missing })) assert.deepStrictEqual(r, { skipped: true }, name);
  });

  test('matchers are kept apart; a file for a forgotten matcher is skipped, not a crash, and the thread goes on', async () => {
    const team: GlossaryEntry[] = [
      { name: 'Settlement Window', aliases: ['cut-off'], definition: '', source: { kind: 'builtin' } },
      { name: 'Go', aliases: [], definition: '', caseSensitive: true, source: { kind: 'builtin' } },
    ];
    send({ kind: 'matcher', matcher: 2, entries: entriesOf(team) });
    const doc = file('team.md', 'We go with Go before the settlement\nwindow and the cut-off; API gateway is not ours.');
    const [withTeam, withBuiltins] = await scan([{ path: doc, maxBytes: MB, matcher: 2 }, { path: doc, maxBytes: MB, matcher: 1 }]);
    assert.ok(!withTeam!.skipped && !withBuiltins!.skipped);
    assert.deepStrictEqual(withTeam.matches, expected(team, doc));
    assert.deepStrictEqual(withTeam.matches.terms, ['Go', 'Settlement Window']);
    assert.ok(withBuiltins.matches.terms.includes('API Gateway') && !withBuiltins.matches.terms.includes('Go'));
    send({ kind: 'forget' });
    const [forgotten] = await scan([{ path: doc, maxBytes: MB, matcher: 1 }]);
    assert.deepStrictEqual(forgotten, { skipped: true });
    send({ kind: 'matcher', matcher: 3, entries: [{ name: 'API Gateway', aliases: [] }] });
    const [again] = await scan([{ path: doc, maxBytes: MB, matcher: 3 }]);
    assert.ok(!again!.skipped && again.matches.terms[0] === 'API Gateway');
  });

  // Linux keeps a nice value per thread (/proc/self/task/<id>/stat, field 19): the scan's thread is
  // lowered, the extension host's own thread (hovers) is not.
  test('the thread runs below the host’s priority, and only it', async function () {
    if (process.platform !== 'linux') this.skip();
    await scan([]); // the thread has started and set its priority
    const niceOf = (task: string) => { const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8'); return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]); };
    const main = niceOf(String(process.pid));
    const others = readdirSync('/proc/self/task').filter((t) => t !== String(process.pid)).map(niceOf);
    assert.strictEqual(main, os.getPriority(), 'the host’s own thread keeps its priority');
    assert.ok(others.includes(Math.min(19, main + 10)), `no thread at nice ${main + 10}: ${others.join(', ')}`);
  });
});

