/** `vocab`: architecture terms in files and folders, as the editor finds them. Its own module (and,
 *  through vocabMain.ts, its own bundle) so a scan loads only what it needs. */
import fsSync, { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findGitRoot, findSettingsFile, ignoreLayers, ignoreLayersAt, isIgnored, loadGlossaries, MAX_GLOSSARY_BYTES, scopeKey, settingsIgnoreTerms, type IgnoreLayer } from './workspace';
import { builtinGlossary, mergeGlossaries, type GlossaryEntry } from '../core/vocabulary/glossary';
import { parseGlossary } from '../core/vocabulary/loader';
import { withoutIgnored } from '../core/vocabulary/ignore';
import { GENERATED_FOLDER } from '../core/workspace/leaders';
import type { Unreadable } from './scanFiles';
import { cpuSample, FileScanner, freeCores, matcherOf, scanInThreads, scanThreads, VOCAB_MAX_BYTES, type MatchEntry } from './vocabScan';
import { chooseLeader, CliError, errnoCode, escaped, EXIT, readTextFile, shown, workspaceRoot, type Io } from './common';


const SKIP_WORDS: Record<Unreadable, string> = { binary: 'binary', large: 'over 1 MB', unreadable: 'unreadable', encoding: 'not text' };

export async function vocab(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { glossary: { type: 'string', multiple: true }, ignore: { type: 'string', multiple: true }, json: { type: 'boolean', default: false }, workspace: { type: 'string' }, leader: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new CliError('vocab needs at least one file or folder to scan.', EXIT.usage);
  if (values.ignore?.some((t) => t.trim() === '')) throw new CliError('--ignore needs a TERM.', EXIT.usage);
  if (positionals.includes('')) throw new CliError('vocab cannot scan an empty path; give a file or folder.', EXIT.usage);
  if (values.glossary?.includes('')) throw new CliError('--glossary needs a FILE.', EXIT.usage);
  // The cores other processes leave free while glossaries load and files are listed: how many threads scan.
  const cpusBefore = cpuSample();
  const team: GlossaryEntry[][] = [];
  for (const g of values.glossary ?? []) {
    // The vocab contract: an unreadable glossary is exit 2, like a malformed one.
    const text = await readTextFile(g, 'Glossary', { maxBytes: MAX_GLOSSARY_BYTES }).catch((err: unknown) => { throw err instanceof CliError ? new CliError(err.message, EXIT.usage) : err; });
    const loaded = parseGlossary(text, g);
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    for (const w of loaded.problems.filter((p) => p.severity === 'warning')) io.err(`${shown(g)}:${w.line}:${w.column}: warning: ${w.message}\n`);
    if (errors.length) throw new CliError(errors.map((p) => `${shown(g)}:${p.line}:${p.column}: ${p.message}`).join('\n'), EXIT.usage);
    team.push(loaded.entries);
  }
  // Inside a workspace, each file gets the team glossaries that apply to its folder, as a hover
  // does; --glossary files apply everywhere, over them.
  const root = await workspaceRoot(values.workspace, io);
  await chooseLeader(root, values.leader); // glossaries are the workspace's, whoever the leader: the slug is only checked
  const glossaries = root ? await loadGlossaries(root) : undefined;
  for (const w of glossaries?.warnings ?? []) io.err(`${escaped(w)}\n`);
  // Muted terms: --ignore, and the workspace's settings as the editor has them (the settings file
  // of the workspace root, and the nearest one above each path scanned).
  const ignored = [...(values.ignore ?? [])];
  const settingsFiles = new Set<string>();
  for (const start of root ? [root, ...positionals] : positionals) {
    const file = await findSettingsFile(start).catch(() => undefined);
    if (file) settingsFiles.add(file);
  }
  for (const file of settingsFiles) {
    const { terms, warning } = await settingsIgnoreTerms(file);
    if (warning) io.err(`mentorship-prep: ${escaped(warning)}\n`);
    ignored.push(...terms);
  }
  // One matcher per set of glossaries that applies somewhere (a folder's team glossaries), by index.
  const matcherIndex = new Map<string, number>();
  const entriesByMatcher: MatchEntry[][] = [];
  const matcherFor = (file: string): number => {
    const layers = glossaries?.scope.applicable(scopeKey(file)) ?? [];
    const key = layers.map((g) => g.file).join('\n');
    let index = matcherIndex.get(key);
    if (index === undefined) {
      matcherIndex.set(key, (index = entriesByMatcher.length));
      entriesByMatcher.push(withoutIgnored(mergeGlossaries(builtinGlossary(), ...layers.map((g) => g.entries), ...team), ignored).map((e) => ({ name: e.name, aliases: e.aliases, caseSensitive: e.caseSensitive })));
    }
    return index;
  };
  const skipped = new Map<Unreadable, number>();
  const files: Found[] = [];
  const seen = new Set<string>();
  for (const start of positionals) {
    for (const found of await walk(start, skipped)) {
      if (seen.has(found.resolved)) continue; // `vocab docs docs/a.md` lists a.md once
      seen.add(found.resolved);
      files.push(found);
    }
  }
  const items = files.map((f) => ({ file: f.file, matcher: matcherFor(f.file) }));
  const parts: string[] = [];
  const count = (why: Unreadable, n = 1) => skipped.set(why, (skipped.get(why) ?? 0) + n);
  if (files.some((f) => f.named)) {
    // A file named on the command line that cannot be read is an error (readTextFile says why); one
    // found in a folder is counted.
    const scanner = new FileScanner(entriesByMatcher.map(matcherOf), values.json);
    for (const [i, item] of items.entries()) {
      let out: string | { skipped: Unreadable };
      if (files[i]!.named) {
        const text = await readTextFile(item.file, 'File', { maxBytes: VOCAB_MAX_BYTES, latin1: true }).catch((err: unknown) => { throw err instanceof CliError ? err : new CliError(String(err), EXIT.refused); });
        out = scanner.format(item, text);
      } else out = scanner.scanFile(item);
      if (typeof out !== 'string') count(out.skipped);
      else if (out) parts.push(out);
    }
  } else {
    // Folders only: the files are split between threads, in batches.
    const free = freeCores(cpusBefore, cpuSample());
    const threads = scanThreads(process.env, undefined, undefined, free);
    if (process.env.MENTORSHIP_PREP_SCAN_REPORT) io.err(`mentorship-prep: ${free === undefined ? 'no reading of free cores' : `${free.toFixed(2)} cores free of other processes`} while listing files\n`);
    for (const r of await scanInThreads(items, entriesByMatcher, values.json, threads, process.env.MENTORSHIP_PREP_SCAN_REPORT ? io.err : undefined)) {
      if (r.out) parts.push(r.out);
      for (const [why, n] of Object.entries(r.skipped) as [Unreadable, number][]) count(why, n);
    }
  }
  // One write at the end: line by line, writing took longer than matching.
  io.out(values.json ? `[${parts.join(',')}]\n` : parts.join(''));
  const total = [...skipped.values()].reduce((a, b) => a + b, 0);
  if (total) {
    const parts = (Object.keys(SKIP_WORDS) as Unreadable[]).filter((k) => skipped.get(k)).map((k) => `${skipped.get(k)} ${SKIP_WORDS[k]}`);
    io.err(`mentorship-prep: skipped ${total} ${total === 1 ? 'file' : 'files'}: ${parts.join(', ')}\n`);
  }
  return EXIT.ok;
}

/** A file to scan: as shown (`file`), its absolute path, and whether it was named on the command line. */
interface Found { file: string; resolved: string; named: boolean }

/** The files under `start` (or `start` itself), in the order they are shown. Synchronous reads of
 *  the folders: an async call and a generator step per file cost a 10,000-file walk 0.2 s of CPU. */
async function walk(start: string, skipped: Map<Unreadable, number>): Promise<Found[]> {
  let stat;
  try {
    stat = await fs.stat(start);
  } catch (err) {
    const code = errnoCode(err);
    throw new CliError(code === 'ENOENT' || code === 'ENOTDIR' ? `${shown(start)} does not exist.` : `${shown(start)} cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(err)}).`, EXIT.refused);
  }
  const resolved = path.resolve(start);
  if (!stat.isDirectory()) return [{ file: start, resolved, named: true }];
  // What git ignores is skipped, as the editor's search skips it: the folder's own .gitignore and
  // those above it up to the repository's root.
  const root = await findGitRoot(start);
  const own = root ? await ignoreLayersAt(root, resolved) : await ignoreLayers(resolved, []);
  const out: Found[] = [];
  await walkFolder(start, resolved, true, own, out, skipped, true);
  return out;
}

const [GENERATED_PARENT, GENERATED_NAME] = GENERATED_FOLDER.split('/') as [string, string];

/** The order `localeCompare` gives, with one collator for the whole walk instead of one a call. */
const byName = new Intl.Collator();

/** `child(folder, name)` as `path.join` writes it, for a folder `path.join` wrote (normalized, not
 *  ending in a separator unless it is the root). */
function child(folder: string, name: string): string {
  return folder.endsWith(path.sep) ? folder + name : folder + path.sep + name;
}

/** Appends the files in `folder` (`resolved` absolute) to `out`. `layers` are those in force in
 *  `folder`'s parent, or with `ownRead` in `folder` itself. */
async function walkFolder(folder: string, resolved: string, named: boolean, layers: readonly IgnoreLayer[], out: Found[], skipped: Map<Unreadable, number>, ownRead = false): Promise<void> {
  let entries;
  try {
    entries = fsSync.readdirSync(folder, { withFileTypes: true });
  } catch (err) {
    const code = errnoCode(err);
    if (named) throw new CliError(`${shown(folder)} cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(err)}).`, EXIT.refused);
    skipped.set('unreadable', (skipped.get('unreadable') ?? 0) + 1);
    return;
  }
  // Only a folder that lists a .gitignore has one to read.
  if (!ownRead && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) layers = await ignoreLayers(resolved, layers);
  const isGeneratedParent = path.basename(folder) === GENERATED_PARENT;
  for (const e of entries.sort((a, b) => byName.compare(a.name, b.name))) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    // The last generated versions kept for `generate --update` (.mentorship/generated/): the
    // user's documents are counted, their copies would count every term twice. Found in a
    // folder, that is; named on the command line, the folder is scanned.
    if (isGeneratedParent && e.name === GENERATED_NAME && e.isDirectory()) continue;
    // The folder named on the command line is written as the user wrote it, joined as path.join does.
    const p = named ? path.join(folder, e.name) : child(folder, e.name);
    const r = child(resolved, e.name);
    if (layers.length > 0 && isIgnored(r, e.isDirectory(), layers)) continue;
    if (e.isDirectory()) await walkFolder(p, r, false, layers, out, skipped);
    else if (e.isFile()) out.push({ file: p, resolved: r, named: false });
  }
}
