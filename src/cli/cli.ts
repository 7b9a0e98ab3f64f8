import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssues, validateProfile } from '../core/profile/validate';
import { buildContext } from '../core/render/context';
import { TemplateLibrary } from '../core/render/library';
import { TeamTemplateLibrary, type TeamTemplateFile } from '../core/render/team';
import { builtinGlossary, mergeGlossaries } from '../core/vocabulary/glossary';
import { parseGlossary } from '../core/vocabulary/loader';
import { TermMatcher } from '../core/vocabulary/matcher';

/** Exit codes: 0 success; 1 a refusal or runtime error (unreadable file, output exists, write
 *  failed); 2 bad usage, an invalid profile, or a malformed glossary. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface Io { out: (s: string) => void; err: (s: string) => void }

const USAGE = `Usage: mentorship-prep <command> [options]

Commands:
  generate --profile FILE [--template ID|PATH] [--out FILE] [--force]
      Render a prep doc (default template: prep-doc) from a profile JSON file.
      Prints Markdown, or writes --out (never over an existing file without --force).
  templates
      List the built-in templates.
  vocab [--glossary FILE]... [--json] PATH...
      Find architecture terms in files and folders (skips .git and node_modules).
      --json prints one JSON array of {term, file, line, column, text}.
  help
      Show this message.

Exit codes: 0 success, 1 refused or failed (e.g. output exists), 2 bad usage, invalid profile or glossary.
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

/** Reads a UTF-8 text file, turning every way that can fail into one clear sentence. */
async function readTextFile(file: string, what: string): Promise<string> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(`${what} ${file} is a directory, not a file.`, EXIT.refused);
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(err)})`;
    throw new CliError(`${what} ${file} ${why}.`, EXIT.refused);
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new CliError(`${what} ${file} is a binary file, not text.`, EXIT.refused);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${what} ${file} is not valid UTF-8 text.`, EXIT.refused);
  }
}

/** Writes through a temporary file and a rename, so a failure never leaves a partial file. */
async function writeNew(file: string, text: string, force: boolean): Promise<void> {
  if (!force) {
    const exists = await fs.stat(file).then(() => true, () => false);
    if (exists) throw new CliError(`${file} already exists; pass --force to replace it.`, EXIT.refused);
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, text, { flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (err as { code?: string }).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'its folder does not exist' : (err as Error).message;
    throw new CliError(`could not write ${file}: ${why}. Nothing was written.`, EXIT.refused);
  }
}

async function generate(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { profile: { type: 'string' }, template: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } }, strict: true });
  if (!values.profile) throw new CliError('generate needs --profile FILE.', EXIT.usage);
  const text = await readTextFile(values.profile, 'Profile');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CliError(`profile ${values.profile} is not valid JSON: ${(err as Error).message}`, EXIT.usage);
  }
  const checked = validateProfile(raw);
  for (const w of checked.issues.filter((i) => i.severity === 'warning')) io.err(`${values.profile}: warning: ${w.message}\n`);
  if (!checked.ok) throw new CliError(`profile ${values.profile} is not valid:\n${formatIssues(checked.issues.filter((i) => i.severity === 'error'))}`, EXIT.usage);

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
    if (team.problems.length) throw new CliError(team.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'), EXIT.refused);
    library = team;
    id = path.basename(file).replace(/\.hbs$/i, '');
  } else if (!library.get(id)) {
    throw new CliError(`there is no template '${id}'. Run 'mentorship-prep templates' to list them.`, EXIT.usage);
  }
  const outcome = library.render(id, buildContext(checked.profile, builtinGlossary()));
  if (!outcome.ok) throw new CliError(`${outcome.problem.file}:${outcome.problem.line}:${outcome.problem.column}: ${outcome.problem.message}`, EXIT.refused);
  if (values.out) {
    await writeNew(values.out, outcome.text, values.force ?? false);
    io.err(`wrote ${values.out}\n`);
  } else {
    io.out(outcome.text);
  }
  return EXIT.ok;
}

function templates(argv: string[], io: Io): number {
  parseArgs({ args: argv, options: {}, strict: true });
  for (const t of new TemplateLibrary().list()) io.out(`${t.id.padEnd(14)} ${t.name} — ${t.description}\n`);
  return EXIT.ok;
}

interface VocabHit { term: string; file: string; line: number; column: number; text: string }

async function vocab(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { glossary: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new CliError('vocab needs at least one file or folder to scan.', EXIT.usage);
  const team = [];
  for (const g of values.glossary ?? []) {
    const loaded = parseGlossary(await readTextFile(g, 'Glossary').catch((e: CliError) => { throw new CliError(e.message, EXIT.usage); }), g);
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new CliError(errors.map((p) => `${g}:${p.line}:${p.column}: ${p.message}`).join('\n'), EXIT.usage);
    team.push(loaded.entries);
  }
  const matcher = new TermMatcher(mergeGlossaries(builtinGlossary(), ...team));
  const hits: VocabHit[] = [];
  for (const start of positionals) {
    for await (const file of walk(start)) {
      let text: string;
      try { text = await readTextFile(file, 'File'); } catch { continue; }
      let line = 1, lineStart = 0, next = text.indexOf('\n');
      for (const m of matcher.findAll(text)) {
        while (next >= 0 && next < m.start) { line++; lineStart = next + 1; next = text.indexOf('\n', lineStart); }
        hits.push({ term: m.entry.name, file, line, column: m.start - lineStart + 1, text: m.text });
      }
    }
  }
  if (values.json) io.out(JSON.stringify(hits) + '\n');
  else for (const h of hits) io.out(`${h.file}:${h.line}:${h.column}: ${JSON.stringify(h.text)} → ${h.term}\n`);
  return EXIT.ok;
}

async function* walk(start: string): AsyncGenerator<string> {
  let stat;
  try { stat = await fs.stat(start); } catch { throw new CliError(`${start} does not exist.`, EXIT.usage); }
  if (!stat.isDirectory()) { yield start; return; }
  const entries = await fs.readdir(start, { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(start, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}
