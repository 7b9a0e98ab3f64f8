/** What every command of the command line shares: exit codes, the usage text, errors and how they
 *  are told, reading a text file, and finding the workspace and the leader. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findWorkspace, workspaceLeaders } from './workspace';
import { LEADERS_FOLDER } from '../core/workspace/leaders';
import type { Unreadable } from './scanFiles';
import { escapeChar, UNSEEN } from '../core/text/printable';

/** Exit codes: 0 success; 1 a refusal or runtime error (unreadable file, output exists, write
 *  failed); 2 bad usage, an invalid profile, or a glossary that is malformed or unreadable (the vocab contract). */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface Io { out: (s: string) => void; err: (s: string) => void }

export const USAGE = `Usage: mentorship-prep <command> [options]

Commands:
  generate [--profile FILE] [--leader SLUG] [--template ID|PATH] [--format markdown|text]
           [--lang LANG] [--workspace DIR] [--show-ids] [--out FILE] [--force | --update]
      Render a prep doc (default template: prep-doc) from a profile JSON file.
      Inside a workspace (--workspace DIR; else the nearest folder with .mentorship/ up to
      the git repository's root or the home folder, never one another user owns or anyone
      can write; not with --profile alone) it works as the extension does: .mentorship/profile.json is the default profile, and
      .mentorship/templates/, the team glossaries in scope and mentorship/log.md are used.
      With several leaders (.mentorship/leaders/SLUG.json), the active leader's profile
      (or --leader SLUG's), joined with your answers in .mentorship/you.json, and
      mentorship/SLUG/log.md are used.
      --lang de writes the headings in German, and the meeting request, the reply to a
      no and the thank-you note entirely in German.
      --show-ids puts each message's ID before it as ⟦id⟧: the IDs .mentorship/phrases.json
      takes, to say a sentence your own way (see the README). A phrase that cannot apply is
      a warning on stderr naming its ID, and the built-in words are kept.
      Prints Markdown (or, with --format text, plain text for email and chat),
      or writes --out (never over an existing file without --force, never through a link).
      Inside a workspace, the text written to --out is also kept as its last generated
      version (.mentorship/generated/<path of FILE>). --update merges the new text into
      an edited FILE against that version, keeping your edits: exit 0 when it merges
      cleanly, 1 with conflict markers (<<<<<<< / >>>>>>>) written where both changed.
  calendar [--profile FILE] [--leader SLUG] [--workspace DIR] [--start DATE] [--out FILE] [--force]
      Write the check-in calendar (.ics) for the profile's cadence and session length,
      first check-in at --start (default: a week from today, 10:00 local time, on a weekday).
      Prints it, or writes --out (never over an existing file without --force).
  leaders [--workspace DIR] [--json]
      List the leaders of the workspace: slug, name, where the ask stands (preparing,
      asked, yes, no, no-reply); the active one is marked with *.
  templates [--workspace DIR] [--leader SLUG]
      List the templates generate can render: the built-ins and, inside a workspace,
      its team templates (.mentorship/templates/), marked (team).
  phrases [ID]... [--lang LANG]
      List the IDs of the built-in messages with the values each takes; with IDs (or the
      start of one: 'phrases request-meeting'), print those messages as their phrasebook
      file writes them, variants included: the text to start from in .mentorship/phrases.json.
  vocab [--glossary FILE]... [--ignore TERM]... [--json] [--workspace DIR] [--leader SLUG] PATH...
      Find architecture terms in files and folders (skips .git, node_modules and what
      .gitignore ignores). Inside a workspace, each file also gets the team glossaries
      (*.glossary.yml|yaml|json) of its folder and the folders above it, as a hover does.
      A file named here that cannot be read as text is an error; files skipped inside
      folders (binary, over 1 MB, unreadable) are counted on stderr.
      --ignore TERM leaves a term out (its name or an alias; repeat for more), as do the
      terms in mentorshipPrep.vocabulary.ignoreTerms of the workspace's .vscode/settings.json.
      --json prints one JSON array of {term, file, line, column, text}.
  help
      Show this message.

Exit codes: 0 success, 1 refused or failed (e.g. output exists, unreadable file, conflicts left by --update), 2 bad usage, invalid profile, unreadable or malformed glossary.
`;

export class CliError extends Error {
  constructor(message: string, readonly code: number, readonly why?: Unreadable) { super(message); }
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export type Command = (argv: string[], io: Io) => Promise<number>;

/** Runs `argv` with one of `commands` (by the first argument), telling every failure as a message
 *  and an exit code. */
export async function runCommands(commands: Readonly<Record<string, Command>>, argv: string[], rawIo: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  // Every message passes one guard: no raw control character reaches the terminal, and no line or
  // message is unbounded, whatever a library put in it.
  const io: Io = { out: rawIo.out, err: (s) => rawIo.err(bounded(s)) };
  try {
    switch (command) {
      case 'help': case '--help': case '-h': io.out(USAGE); return EXIT.ok;
      case undefined: io.err(USAGE); return EXIT.usage;
    }
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (run) return await run(rest, io);
    io.err(`mentorship-prep: unknown command '${clip(command).text}'\n\n${USAGE}`);
    return EXIT.usage;
  } catch (err) {
    if (err instanceof CliError) { io.err(`mentorship-prep: ${err.message}\n`); return err.code; }
    const e = err as { code?: string; message?: string };
    if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.err(`mentorship-prep: ${parseArgsMessage(e.code, e.message ?? '')}\n\n${USAGE}`);
      return EXIT.usage;
    }
    io.err(`mentorship-prep: ${e?.message ?? String(err)}\n`);
    return EXIT.refused;
  }
}

/** Far larger than any profile, template, glossary or document; stops `--profile /dev/zero` from
 *  reading until memory runs out. */
export const MAX_READ_BYTES = 32 * 1024 * 1024;

export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

const MAX_SHOWN = 80;

/**
 * A user-supplied string (a file name, a key, an option) as a message shows it: at most 80
 * characters (then `…`), control characters as `\x1b`-style escapes, and quoted when it is empty,
 * starts or ends with a space, or had to be escaped or cut, so "Profile   does not exist." and a
 * terminal escape sequence cannot happen.
 */
export function shown(value: string): string {
  const { text, changed } = clip(value);
  return changed || text === '' || /^\s|\s$/.test(text) ? `"${text}"` : text;
}

/** `value` cut to 80 characters and escaped, for a message that quotes it itself. */
export function clip(value: string): { text: string; changed: boolean } {
  let text = '';
  let count = 0;
  let changed = false;
  for (const ch of value) {
    if (count === MAX_SHOWN) { text += '…'; changed = true; break; }
    count++;
    if (UNSEEN.test(ch)) { text += escapeChar(ch); changed = true; } else text += ch;
  }
  return { text, changed };
}

/** Control characters escaped, nothing cut: for file names and terms in vocab's listing. */
export function escaped(value: string): string {
  let out = '';
  for (const ch of value) out += UNSEEN.test(ch) ? escapeChar(ch) : ch;
  return out;
}

const MAX_LINE = 400;
const MAX_LINES = 60;

/** The last guard before stderr: control characters other than the line break escaped; each line
 *  at most MAX_LINE characters and each message at most MAX_LINES lines. */
export function bounded(message: string): string {
  const lines = message.split('\n');
  const kept = lines.slice(0, MAX_LINES).map((line) => {
    let out = '';
    let count = 0;
    for (const ch of line) {
      if (count++ === MAX_LINE) { out += '…'; break; }
      out += UNSEEN.test(ch) ? escapeChar(ch) : ch;
    }
    return out;
  });
  if (lines.length > MAX_LINES) kept.push(`… and ${lines.length - MAX_LINES} more lines`, '');
  return kept.join('\n');
}

/** parseArgs's messages quote the argument as typed; say the same with the argument shown safely. */
export function parseArgsMessage(code: string, message: string): string {
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const body = message.slice("Unknown option '".length);
    const end = body.indexOf("'. To specify a positional argument");
    const option = end >= 0 ? body.slice(0, end) : body.replace(/'$/, '');
    return `Unknown option '${clip(option).text}'`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const found = /^Unexpected argument '([\s\S]*)'\. This command does not take positional arguments$/.exec(message);
    return `Unexpected argument '${found ? clip(found[1]!).text : '?'}'. This command does not take positional arguments`;
  }
  return message; // "Option '--out <value>' argument missing": our own option names
}

/** Reads a UTF-8 text file, turning every way that can fail into one clear sentence. With `latin1`,
 *  a file that is not UTF-8 is read as ISO-8859-1 (every byte is a character) instead. */
export async function readTextFile(file: string, what: string, options: { maxBytes?: number; latin1?: boolean } = {}): Promise<string> {
  const name = `${what} ${shown(file)}`;
  const maxBytes = options.maxBytes ?? MAX_READ_BYTES;
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(`${name} is a directory, not a file.`, EXIT.refused, 'unreadable');
    if (stat.isSocket()) throw new CliError(`${name} is a socket, not a file.`, EXIT.refused, 'unreadable');
    const tooLarge = new CliError(`${name} is too large (over ${maxBytes / 1024 / 1024} MB).`, EXIT.refused, 'large');
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge;
    const read = stat.isFile() ? await fs.readFile(file) : await readAtMost(file, maxBytes);
    if (!read) throw tooLarge;
    bytes = read;
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = errnoCode(err);
    const why = code === 'ENOENT' ? 'does not exist'
      : code === 'ENOTDIR' ? 'does not exist (a part of its path is not a folder)'
        : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
          : `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
    throw new CliError(`${name} ${why}.`, EXIT.refused, 'unreadable');
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new CliError(`${name} is a binary file, not text.`, EXIT.refused, 'binary');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (options.latin1) return bytes.toString('latin1');
    throw new CliError(`${name} is not valid UTF-8 text.`, EXIT.refused, 'encoding');
  }
}

/** Reads a pipe or a device (`--profile /dev/stdin`, `<(…)`) to its end, or far enough to see it is
 *  binary; undefined past MAX_READ_BYTES. */
export async function readAtMost(file: string, maxBytes = MAX_READ_BYTES): Promise<Buffer | undefined> {
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
      if (total > maxBytes) return undefined;
    }
  } finally {
    await handle.close();
  }
}

/** `--leader SLUG` checked against the workspace's leaders, else the active leader; undefined in
 *  a single-profile workspace (or outside any workspace) when no --leader is given. */
export async function chooseLeader(root: string | undefined, option: string | undefined): Promise<string | undefined> {
  if (option === undefined) return root ? (await workspaceLeaders(root)).active : undefined;
  if (!root) throw new CliError(`--leader ${shown(option)} needs a workspace (a folder with .mentorship/, or --workspace DIR).`, EXIT.usage);
  const { slugs } = await workspaceLeaders(root);
  if (!slugs.includes(option)) {
    throw new CliError(`there is no leader ${shown(option)} in ${LEADERS_FOLDER}/${slugs.length ? ` (there are: ${slugs.join(', ')})` : ' (this workspace has a single profile)'}.`, EXIT.usage);
  }
  return option;
}

/** `--workspace DIR`, else the workspace around the current folder (see findWorkspace), said on
 *  stderr; none when only `--profile` is given. */
export async function workspaceRoot(option: string | undefined, io: Io, profileGiven = false): Promise<string | undefined> {
  if (option === undefined) {
    if (profileGiven) return undefined;
    const found = await findWorkspace(process.cwd());
    if (found.root !== undefined) io.err(`mentorship-prep: using the workspace ${shown(found.root)} (the nearest folder with .mentorship/)\n`);
    else if (found.refused) io.err(`mentorship-prep: not using ${shown(found.refused.dir)} as the workspace: ${found.refused.why}. Pass --workspace DIR to use a folder you trust.\n`);
    return found.root;
  }
  const stat = await fs.stat(option).catch(() => undefined);
  if (!stat?.isDirectory()) throw new CliError(`--workspace ${shown(option)} is not a folder.`, EXIT.usage);
  return path.resolve(option);
}
