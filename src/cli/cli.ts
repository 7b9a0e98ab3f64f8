import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssues, validateProfile } from '../core/profile/validate';
import { buildContext } from '../core/render/context';
import { TemplateLibrary } from '../core/render/library';
import { toPlainText } from '../core/render/plainText';
import { TeamTemplateLibrary, type TeamTemplateFile } from '../core/render/team';
import { builtinGlossary, mergeGlossaries } from '../core/vocabulary/glossary';
import { parseGlossary } from '../core/vocabulary/loader';
import { TermMatcher } from '../core/vocabulary/matcher';
import { lineStarts, positionAt } from '../core/vocabulary/positions';

/** Exit codes: 0 success; 1 a refusal or runtime error (unreadable file, output exists, write
 *  failed); 2 bad usage, an invalid profile, or a glossary that is malformed or unreadable (the vocab contract). */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface Io { out: (s: string) => void; err: (s: string) => void }

const USAGE = `Usage: mentorship-prep <command> [options]

Commands:
  generate --profile FILE [--template ID|PATH] [--format markdown|text] [--out FILE] [--force]
      Render a prep doc (default template: prep-doc) from a profile JSON file.
      Prints Markdown (or, with --format text, plain text for email and chat),
      or writes --out (never over an existing file without --force).
  templates
      List the built-in templates.
  vocab [--glossary FILE]... [--json] PATH...
      Find architecture terms in files and folders (skips .git and node_modules).
      --json prints one JSON array of {term, file, line, column, text}.
  help
      Show this message.

Exit codes: 0 success, 1 refused or failed (e.g. output exists, unreadable file), 2 bad usage, invalid profile, unreadable or malformed glossary.
`;

class CliError extends Error {
  constructor(message: string, readonly code: number) { super(message); }
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'generate': return await generate(rest, io);
      case 'templates': return templates(rest, io);
      case 'vocab': return await vocab(rest, io);
      case 'help': case '--help': case '-h': io.out(USAGE); return EXIT.ok;
      case undefined: io.err(USAGE); return EXIT.usage;
      default: io.err(`mentorship-prep: unknown command '${command}'\n\n${USAGE}`); return EXIT.usage;
    }
  } catch (err) {
    if (err instanceof CliError) { io.err(`mentorship-prep: ${err.message}\n`); return err.code; }
    const e = err as { code?: string; message?: string };
    if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.err(`mentorship-prep: ${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    io.err(`mentorship-prep: ${e?.message ?? String(err)}\n`);
    return EXIT.refused;
  }
}

/** Far larger than any profile, template, glossary or document; stops `--profile /dev/zero` from
 *  reading until memory runs out. */
const MAX_READ_BYTES = 32 * 1024 * 1024;

function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A file name as messages show it: as typed, or quoted when it is empty, starts or ends with a
 *  space, or holds a control character, so "Profile   does not exist." cannot happen. */
const UNSEEN = /[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
function shown(file: string): string {
  return file === '' || /^\s|\s$/.test(file) || UNSEEN.test(file) ? JSON.stringify(file) : file;
}

/** Reads a UTF-8 text file, turning every way that can fail into one clear sentence. */
async function readTextFile(file: string, what: string): Promise<string> {
  const name = `${what} ${shown(file)}`;
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(`${name} is a directory, not a file.`, EXIT.refused);
    if (stat.isSocket()) throw new CliError(`${name} is a socket, not a file.`, EXIT.refused);
    const tooLarge = new CliError(`${name} is too large (over ${MAX_READ_BYTES / 1024 / 1024} MB).`, EXIT.refused);
    if (stat.isFile() && stat.size > MAX_READ_BYTES) throw tooLarge;
    const read = stat.isFile() ? await fs.readFile(file) : await readAtMost(file);
    if (!read) throw tooLarge;
    bytes = read;
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = errnoCode(err);
    const why = code === 'ENOENT' ? 'does not exist'
      : code === 'ENOTDIR' ? 'does not exist (a part of its path is not a folder)'
        : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
          : `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
    throw new CliError(`${name} ${why}.`, EXIT.refused);
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new CliError(`${name} is a binary file, not text.`, EXIT.refused);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text.`, EXIT.refused);
  }
}

/** Reads a pipe or a device (`--profile /dev/stdin`, `<(…)`) to its end, or far enough to see it is
 *  binary; undefined past MAX_READ_BYTES. */
async function readAtMost(file: string): Promise<Buffer | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (chunks.length === 1 && chunk.subarray(0, Math.min(bytesRead, 8000)).includes(0)) return chunks[0]; // /dev/zero: binary, stop here
      if (total > MAX_READ_BYTES) return undefined;
    }
  } finally {
    await handle.close();
  }
}

/** Why a write failed, in words. */
function writeFailure(err: unknown): string {
  const code = errnoCode(err);
  switch (code) {
    case 'ENOSPC': return 'the disk is full';
    case 'EDQUOT': return 'the disk quota is exceeded';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOENT': return 'its folder does not exist';
    case 'ENOTDIR': return 'a part of its path is not a folder';
    case 'EROFS': return 'the file system is read-only';
    case 'ENAMETOOLONG': return 'the name is too long';
    default: return err instanceof Error ? err.message : String(err);
  }
}

/** File systems without hard links (FAT, some network and FUSE mounts) refuse link() with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV']);

/**
 * Writes `--out`. A regular file is written to a temporary file beside it, then moved into place, so
 * a failure never leaves a partial file: with `force` by a rename (through a symbolic link, whose
 * target is replaced and keeps its permissions), without it by a hard link, which fails if the file
 * appeared meanwhile. A device or pipe (/dev/stdout, /dev/null) has nothing to replace, so it is
 * written in place, as the shell's noclobber allows.
 */
async function writeNew(file: string, text: string, force: boolean): Promise<void> {
  let existing: Stats | undefined;
  try {
    existing = await fs.stat(file);
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw new CliError(`could not write ${shown(file)}: ${writeFailure(err)}. Nothing was written.`, EXIT.refused);
  }
  if (existing?.isDirectory()) throw new CliError(`could not write ${shown(file)}: it is a directory. Nothing was written.`, EXIT.refused);
  if (existing && !existing.isFile()) {
    try { await fs.writeFile(file, text); } catch (err) { throw new CliError(`could not write ${shown(file)}: ${writeFailure(err)}.`, EXIT.refused); }
    return;
  }
  if (existing && !force) throw new CliError(`${shown(file)} already exists; pass --force to replace it.`, EXIT.refused);
  let tmp: string | undefined;
  try {
    const target = existing ? await fs.realpath(file) : file;
    const name = `.${path.basename(target).slice(0, 100)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    const handle = await fs.open(path.join(path.dirname(target), name), 'wx', 0o666);
    tmp = path.join(path.dirname(target), name);
    try {
      await handle.writeFile(text);
      if (existing) await handle.chmod(existing.mode & 0o7777).catch(() => undefined);
      await handle.sync().catch((err: unknown) => { if (!['EINVAL', 'ENOTSUP', 'EOPNOTSUPP'].includes(errnoCode(err) ?? '')) throw err; }); // some file systems cannot sync
    } finally {
      await handle.close();
    }
    if (existing) {
      await fs.rename(tmp, target);
    } else {
      await fs.link(tmp, target).catch(async (err: unknown) => {
        if (!NO_HARD_LINKS.has(errnoCode(err) ?? '')) throw err;
        await fs.rename(tmp!, target);
      });
    }
  } catch (err) {
    if (errnoCode(err) === 'EEXIST' && tmp) throw new CliError(`${shown(file)} already exists; pass --force to replace it.`, EXIT.refused);
    throw new CliError(`could not write ${shown(file)}: ${writeFailure(err)}. Nothing was written.`, EXIT.refused);
  } finally {
    if (tmp) await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

async function generate(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { profile: { type: 'string' }, template: { type: 'string' }, format: { type: 'string', default: 'markdown' }, out: { type: 'string' }, force: { type: 'boolean', default: false } }, strict: true });
  if (values.format !== 'markdown' && values.format !== 'text') throw new CliError(`--format is 'markdown' or 'text', not ${JSON.stringify(values.format)}.`, EXIT.usage);
  if (!values.profile) throw new CliError('generate needs --profile FILE.', EXIT.usage);
  if (values.out === '') throw new CliError('--out needs a FILE.', EXIT.usage);
  const text = await readTextFile(values.profile, 'Profile');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CliError(`profile ${shown(values.profile)} is not valid JSON: ${(err as Error).message}`, EXIT.usage);
  }
  const checked = validateProfile(raw);
  for (const w of checked.issues.filter((i) => i.severity === 'warning')) io.err(`${shown(values.profile)}: warning: ${w.message}\n`);
  if (!checked.ok) throw new CliError(`profile ${shown(values.profile)} is not valid:\n${formatIssues(checked.issues.filter((i) => i.severity === 'error'))}`, EXIT.usage);

  let library: TemplateLibrary = new TemplateLibrary();
  let id = values.template ?? 'prep-doc';
  if (values.template && /[\\/]|\.hbs$/i.test(values.template)) {
    const file = values.template;
    const partialsDir = path.join(path.dirname(file), 'partials');
    const files: TeamTemplateFile[] = [{ relativePath: path.basename(file), file, text: await readTextFile(file, 'Template') }];
    const partials = await fs.readdir(partialsDir).catch(() => [] as string[]);
    for (const p of partials.filter((n) => n.endsWith('.hbs'))) {
      files.push({ relativePath: `partials/${p}`, file: path.join(partialsDir, p), text: await readTextFile(path.join(partialsDir, p), 'Partial') });
    }
    const team = new TeamTemplateLibrary(files);
    if (team.problems.length) throw new CliError(team.problems.map((p) => `${shown(p.file)}:${p.line}:${p.column}: ${p.message}`).join('\n'), EXIT.refused);
    library = team;
    id = path.basename(file).replace(/\.hbs$/i, '');
  } else if (!library.get(id)) {
    throw new CliError(`there is no template '${id}'. Run 'mentorship-prep templates' to list them.`, EXIT.usage);
  }
  const outcome = library.render(id, buildContext(checked.profile, builtinGlossary()));
  if (!outcome.ok) throw new CliError(`${shown(outcome.problem.file)}:${outcome.problem.line}:${outcome.problem.column}: ${outcome.problem.message}`, EXIT.refused);
  const output = values.format === 'text' ? toPlainText(outcome.text) : outcome.text;
  if (values.out) {
    await writeNew(values.out, output, values.force ?? false);
    io.err(`wrote ${shown(values.out)}\n`);
  } else {
    io.out(output);
  }
  return EXIT.ok;
}

function templates(argv: string[], io: Io): number {
  parseArgs({ args: argv, options: {}, strict: true });
  const list = new TemplateLibrary().list();
  const width = Math.max(...list.map((t) => t.id.length));
  for (const t of list) io.out(`${t.id.padEnd(width)}  ${t.name} — ${t.description}\n`);
  return EXIT.ok;
}

interface VocabHit { term: string; file: string; line: number; column: number; text: string }

async function vocab(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { glossary: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new CliError('vocab needs at least one file or folder to scan.', EXIT.usage);
  if (positionals.includes('')) throw new CliError('vocab cannot scan an empty path; give a file or folder.', EXIT.usage);
  if (values.glossary?.includes('')) throw new CliError('--glossary needs a FILE.', EXIT.usage);
  const team = [];
  for (const g of values.glossary ?? []) {
    // The vocab contract: an unreadable glossary is exit 2, like a malformed one.
    const text = await readTextFile(g, 'Glossary').catch((err: unknown) => { throw err instanceof CliError ? new CliError(err.message, EXIT.usage) : err; });
    const loaded = parseGlossary(text, g);
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    for (const w of loaded.problems.filter((p) => p.severity === 'warning')) io.err(`${shown(g)}:${w.line}:${w.column}: warning: ${w.message}\n`);
    if (errors.length) throw new CliError(errors.map((p) => `${shown(g)}:${p.line}:${p.column}: ${p.message}`).join('\n'), EXIT.usage);
    team.push(loaded.entries);
  }
  const matcher = new TermMatcher(mergeGlossaries(builtinGlossary(), ...team));
  const hits: VocabHit[] = [];
  const seen = new Set<string>();
  for (const start of positionals) {
    for await (const file of walk(start)) {
      if (seen.has(path.resolve(file))) continue; // `vocab docs docs/a.md` lists a.md once
      seen.add(path.resolve(file));
      let text: string;
      try { text = await readTextFile(file, 'File'); } catch { continue; }
      const starts = lineStarts(text);
      for (const m of matcher.findAll(text)) {
        const at = positionAt(starts, m.start);
        hits.push({ term: m.entry.name, file, line: at.line + 1, column: at.character + 1, text: m.text });
      }
    }
  }
  if (values.json) io.out(JSON.stringify(hits) + '\n');
  else for (const h of hits) io.out(`${h.file}:${h.line}:${h.column}: ${JSON.stringify(h.text)} → ${h.term}\n`);
  return EXIT.ok;
}

async function* walk(start: string): AsyncGenerator<string> {
  let stat;
  try {
    stat = await fs.stat(start);
  } catch (err) {
    const code = errnoCode(err);
    throw new CliError(code === 'ENOENT' || code === 'ENOTDIR' ? `${shown(start)} does not exist.` : `${shown(start)} cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(err)}).`, EXIT.refused);
  }
  if (!stat.isDirectory()) { yield start; return; }
  const entries = await fs.readdir(start, { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(start, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}
