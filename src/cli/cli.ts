import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkInCalendar, suggestedFirstCheckIn } from '../core/checklist/calendar';
import { parseCheckInTime } from '../core/checklist/dates';
import type { Profile } from '../core/profile/profile';
import { validateProfile, type ProfileIssue } from '../core/profile/validate';
import { doneOnceWritten, renderDocument } from '../core/render/document';
import { TemplateLibrary } from '../core/render/library';
import { mergeUpdate } from '../core/merge/update';
import { generatedCopyPath } from '../core/workspace/leaders';
import { toPlainText } from '../core/render/plainText';
import { TeamTemplateLibrary, type TeamTemplateFile } from '../core/render/team';
import { cliLayout, findGitRoot, findSettingsFile, findWorkspace, ignoreLayers, settingsIgnoreTerms, ignoreLayersAt, isIgnored, loadGlossaries, MAX_GLOSSARY_BYTES, PROFILE_PATH, scopeKey, TEMPLATES_PATH, workspaceFile, workspaceLeaders, type IgnoreLayer } from './workspace';
import { joinProfile, type AskState } from '../core/profile/leaderProfile';
import { LEADERS_FOLDER, SHARED_PROFILE_PATH } from '../core/workspace/leaders';
import { builtinGlossary, mergeGlossaries, type GlossaryEntry } from '../core/vocabulary/glossary';
import { parseGlossary } from '../core/vocabulary/loader';
import { withoutIgnored } from '../core/vocabulary/ignore';
import { TermMatcher } from '../core/vocabulary/matcher';
import { LineCursor } from '../core/vocabulary/positions';
import { decodeText, isBinary, ReadBuffer, readFileAtMostSync, type Unreadable } from './scanFiles';
import { escapeChar, UNSEEN } from '../core/text/printable';
import { checkWorkspaceFile } from './links';
import { parseOverrides, type PhraseOverrides } from '../core/phrases/overrides';
import type { PhraseProblem } from '../core/phrases/phrasebook';
import { describePhraseProblem, PHRASES_PATH } from '../core/phrases/phrasesFile';

/** Exit codes: 0 success; 1 a refusal or runtime error (unreadable file, output exists, write
 *  failed); 2 bad usage, an invalid profile, or a glossary that is malformed or unreadable (the vocab contract). */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface Io { out: (s: string) => void; err: (s: string) => void }

const USAGE = `Usage: mentorship-prep <command> [options]

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


class CliError extends Error {
  constructor(message: string, readonly code: number, readonly why?: Unreadable) { super(message); }
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export async function runCli(argv: string[], rawIo: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  // Every message passes one guard: no raw control character reaches the terminal, and no line or
  // message is unbounded, whatever a library put in it.
  const io: Io = { out: rawIo.out, err: (s) => rawIo.err(bounded(s)) };
  try {
    switch (command) {
      case 'generate': return await generate(rest, io);
      case 'calendar': return await calendar(rest, io);
      case 'templates': return await templates(rest, io);
      case 'leaders': return await leaders(rest, io);
      case 'vocab': return await vocab(rest, io);
      case 'help': case '--help': case '-h': io.out(USAGE); return EXIT.ok;
      case undefined: io.err(USAGE); return EXIT.usage;
      default: io.err(`mentorship-prep: unknown command '${clip(command).text}'\n\n${USAGE}`); return EXIT.usage;
    }
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
const MAX_READ_BYTES = 32 * 1024 * 1024;

function errnoCode(err: unknown): string | undefined {
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
function clip(value: string): { text: string; changed: boolean } {
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
function escaped(value: string): string {
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
function parseArgsMessage(code: string, message: string): string {
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
async function readTextFile(file: string, what: string, options: { maxBytes?: number; latin1?: boolean } = {}): Promise<string> {
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
async function readAtMost(file: string, maxBytes = MAX_READ_BYTES): Promise<Buffer | undefined> {
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
    case 'ELOOP': return 'it became a symbolic link, which is never written through';
    default: return err instanceof Error ? err.message : String(err);
  }
}

/** File systems without hard links (FAT, some network and FUSE mounts) refuse link() with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV']);

/**
 * Writes `--out`. A regular file is written to a temporary file beside it, then moved into place, so
 * a failure never leaves a partial file: with `force` by a rename, without it by a hard link, which
 * fails if the file appeared meanwhile. A symbolic link to a file (or to nothing) is never written
 * through: it is refused (exit 2). A device or pipe (/dev/stdout, /dev/null) has nothing to
 * replace, so it is written in place, as the shell's noclobber allows.
 */
async function writeNew(file: string, text: string, force: boolean): Promise<void> {
  let existing: Stats | undefined;
  try {
    existing = await fs.stat(file);
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw new CliError(`could not write ${shown(file)}: ${writeFailure(err)}. Nothing was written.`, EXIT.refused);
  }
  if (existing?.isDirectory()) throw new CliError(`could not write ${shown(file)}: it is a directory. Nothing was written.`, EXIT.refused);
  const isLink = await fs.lstat(file).then((st) => st.isSymbolicLink(), () => false);
  if (isLink && (!existing || existing.isFile())) {
    throw new CliError(`--out ${shown(file)} is a symbolic link${existing ? '' : ' to a file that does not exist'}; mentorship-prep never writes through a link (it could lead anywhere). Remove the link or choose another name. Nothing was written.`, EXIT.usage);
  }
  if (existing && !existing.isFile()) {
    // Opened without creating or truncating, and checked after opening: a regular file put in its
    // place since the check above (directly, or behind a link) is refused, never written. A path
    // that was no link is opened with O_NOFOLLOW; a link to a device (/dev/stdout) is followed.
    let handle: Awaited<ReturnType<typeof fs.open>> | undefined;
    try {
      handle = await fs.open(file, fsConstants.O_WRONLY | (isLink ? 0 : fsConstants.O_NOFOLLOW ?? 0));
      if ((await handle.stat()).isFile()) throw new CliError(`could not write ${shown(file)}: it changed into a regular file while being written. Nothing was written.`, EXIT.refused);
      await handle.writeFile(text);
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(`could not write ${shown(file)}: ${writeFailure(err)}.`, EXIT.refused);
    } finally {
      await handle?.close();
    }
    return;
  }
  if (existing && !force) throw new CliError(`${shown(file)} already exists; pass --force to replace it.`, EXIT.refused);
  let tmp: string | undefined;
  try {
    const target = file;
    // A short name of its own: one built from the file's name could be longer than the longest
    // name the file system takes, and refuse a name that is itself fine (255 bytes of CJK).
    const name = `.mentorship-prep-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
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

/** Reads a JSON file (`what` names it in messages); not JSON is exit 2. */
async function readJson(file: string, what: string, root?: string): Promise<unknown> {
  const text = await readWorkspaceText(root, file, what);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${what.toLowerCase()} ${shown(file)} is not valid JSON: ${(err as Error).message}`, EXIT.usage);
  }
}

/** Reads and validates `--profile`: warnings go to stderr, an invalid profile is exit 2. */
async function readProfile(file: string, io: Io, root?: string): Promise<Profile> {
  return checkProfile(await readJson(file, 'Profile', root), file, io);
}

/** A leader's profile: `.mentorship/leaders/SLUG.json` joined with `.mentorship/you.json`. */
async function readLeader(root: string, slug: string, io: Io): Promise<{ profile: Profile; file: string; ask: AskState }> {
  const file = path.join(root, ...cliLayout(slug).profile.split('/'));
  const sharedFile = await workspaceFile(root, SHARED_PROFILE_PATH);
  const joined = joinProfile(sharedFile ? await readJson(sharedFile, 'Profile', root) : undefined, await readJson(file, 'Profile', root));
  for (const problem of joined.problems) io.err(`${shown(file)}: warning: ${problem}\n`);
  return { profile: checkProfile(joined.raw, file, io), file, ask: joined.ask };
}

/** `--leader SLUG` checked against the workspace's leaders, else the active leader; undefined in
 *  a single-profile workspace (or outside any workspace) when no --leader is given. */
async function chooseLeader(root: string | undefined, option: string | undefined): Promise<string | undefined> {
  if (option === undefined) return root ? (await workspaceLeaders(root)).active : undefined;
  if (!root) throw new CliError(`--leader ${shown(option)} needs a workspace (a folder with .mentorship/, or --workspace DIR).`, EXIT.usage);
  const { slugs } = await workspaceLeaders(root);
  if (!slugs.includes(option)) {
    throw new CliError(`there is no leader ${shown(option)} in ${LEADERS_FOLDER}/${slugs.length ? ` (there are: ${slugs.join(', ')})` : ' (this workspace has a single profile)'}.`, EXIT.usage);
  }
  return option;
}

function checkProfile(raw: unknown, file: string, io: Io): Profile {
  const checked = validateProfile(raw);
  // An issue's message names its field as typed (an unknown key): show that name safely.
  const tell = (i: ProfileIssue) => `${i.severity}: ${i.path ? i.message.split(i.path).join(shown(i.path)) : i.message}`;
  for (const w of checked.issues.filter((i) => i.severity === 'warning')) io.err(`${shown(file)}: ${tell(w)}\n`);
  if (!checked.ok) throw new CliError(`profile ${shown(file)} is not valid:\n${checked.issues.filter((i) => i.severity === 'error').map(tell).join('\n')}`, EXIT.usage);
  return checked.profile;
}

/** Writes `text` to `--out`, or prints it. */
/** A UTF-16 code unit with no partner: the file system would store it as U+FFFD, another name. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

async function emit(text: string, out: string | undefined, force: boolean, io: Io): Promise<void> {
  if (out) {
    // Writing to another name than the one given would be a surprise: refuse it (every command's --out comes here).
    if (LONE_SURROGATE.test(out)) throw new CliError(`--out ${shown(out)} holds a broken character (a lone surrogate); the file would be written under another name.`, EXIT.usage);
    // Bytes that are not UTF-8 reach us as U+FFFD: the name written would not be the one typed.
    if (out.includes('\ufffd')) throw new CliError(`--out ${shown(out)} is not valid UTF-8 (or holds U+FFFD); the file would be written under another name. Nothing was written.`, EXIT.usage);
    await writeNew(out, text, force);
    io.err(`wrote ${shown(out)}\n`);
  } else {
    io.out(text);
  }
}

/** `--workspace DIR`, else the workspace around the current folder (see findWorkspace), said on
 *  stderr; none when only `--profile` is given. */
async function workspaceRoot(option: string | undefined, io: Io, profileGiven = false): Promise<string | undefined> {
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

/** The built-ins, overridden by the workspace's `.mentorship/templates/` as in a trusted workspace.
 *  A broken team template is reported and the rest still load; so is a template or partial that is
 *  a symbolic link leading outside the workspace (it is not read). Linked folders are not entered,
 *  so a loop of links costs nothing. */
async function teamTemplates(root: string, io: Io): Promise<{ library: TemplateLibrary; refused: string[] }> {
  const dir = path.join(root, ...TEMPLATES_PATH.split('/'));
  const files: TeamTemplateFile[] = [];
  const refused: string[] = [];
  const visit = async (folder: string): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const file = path.join(folder, e.name);
      if (e.isDirectory()) { await visit(file); continue; }
      if (!e.name.endsWith('.hbs') || !(e.isFile() || e.isSymbolicLink())) continue;
      const relativePath = path.relative(dir, file).split(path.sep).join('/');
      if (e.isSymbolicLink()) {
        const why = await linkRefusal(root, file, 'read');
        const isFile = why === undefined && (await fs.stat(file).then((st) => st.isFile(), () => false));
        if (!isFile) {
          refused.push(relativePath);
          io.err(`mentorship-prep: ${why ?? `${shown(path.relative(root, file))} was not read: it is a symbolic link to a folder or to nothing.`}\n`);
          continue;
        }
      }
      files.push({ relativePath, file, text: await readTextFile(file, 'Template') });
    }
  };
  await visit(dir);
  if (files.length === 0) return { library: new TemplateLibrary(), refused };
  const library = new TeamTemplateLibrary(files);
  for (const p of library.problems) io.err(`${shown(p.file)}:${p.line}:${p.column}: ${escaped(p.message)}\n`);
  return { library, refused };
}

/** Why `file` in the workspace `root` may not be read or written because of a symbolic link, or
 *  undefined when it may. */
async function linkRefusal(root: string, file: string, purpose: 'read' | 'write'): Promise<string | undefined> {
  const check = await checkWorkspaceFile(root, file, purpose);
  if (check.ok) return undefined;
  const name = shown(path.relative(root, file).split(path.sep).join('/'));
  const link = check.at === path.relative(root, file).split(path.sep).join('/') ? 'it' : shown(check.at);
  return check.reason === 'outside'
    ? `${name} was not ${purpose === 'read' ? 'read' : 'written'}: ${link} is a symbolic link that leads outside the workspace ${shown(root)}.`
    : `${name} was not ${purpose === 'read' ? 'read' : 'written'}: ${link} is a symbolic link that points nowhere or cannot be followed.`;
}

/** A file of the workspace, read only when no symbolic link takes it outside the workspace. */
async function readWorkspaceText(root: string | undefined, file: string, what: string): Promise<string> {
  const why = root === undefined ? undefined : await linkRefusal(root, file, 'read');
  if (why) throw new CliError(`${what}: ${why}`, EXIT.refused);
  return readTextFile(file, what);
}

async function generate(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { profile: { type: 'string' }, leader: { type: 'string' }, template: { type: 'string' }, format: { type: 'string', default: 'markdown' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, update: { type: 'boolean', default: false }, workspace: { type: 'string' }, lang: { type: 'string' }, 'show-ids': { type: 'boolean', default: false } }, strict: true });
  if (values.format !== 'markdown' && values.format !== 'text') throw new CliError(`--format is 'markdown' or 'text', not '${clip(values.format ?? '').text}'.`, EXIT.usage);
  if (values.out === '') throw new CliError('--out needs a FILE.', EXIT.usage);
  if (values.update && !values.out) throw new CliError('--update needs --out FILE: the file to update.', EXIT.usage);
  if (values.update && values.force) throw new CliError('--update keeps your edits and --force replaces them: choose one.', EXIT.usage);
  const root = await workspaceRoot(values.workspace, io, values.profile !== undefined && values.leader === undefined);
  const leader = await chooseLeader(root, values.leader);
  const { profile, file: profileFile } = await workspaceProfile(root, leader, values.profile, 'generate', io);

  const team = root ? await teamTemplates(root, io) : undefined;
  let library: TemplateLibrary = team?.library ?? new TemplateLibrary();
  let id = values.template ?? 'prep-doc';
  if (values.template && /[\\/]|\.hbs$/i.test(values.template)) {
    // A path is always a template, whatever its name (`_intro.hbs` is not taken for a partial):
    // it is loaded under a fixed name; its folder's partials/ are its partials.
    const file = values.template;
    const partialsDir = path.join(path.dirname(file), 'partials');
    id = 'template';
    // Inside the workspace, a path through a link that leads out of it is refused like any other.
    const files: TeamTemplateFile[] = [{ relativePath: `${id}.hbs`, file, text: await readWorkspaceText(root, file, 'Template') }];
    const partials = await fs.readdir(partialsDir).catch(() => [] as string[]);
    for (const p of partials.filter((n) => n.endsWith('.hbs'))) {
      // A partial beside the template you named is read only when it stays in the template's folder.
      files.push({ relativePath: `partials/${p}`, file: path.join(partialsDir, p), text: await readWorkspaceText(path.dirname(file), path.join(partialsDir, p), 'Partial') });
    }
    const team = new TeamTemplateLibrary(files);
    if (team.problems.length) throw new CliError(team.problems.map((p) => `${shown(p.file)}:${p.line}:${p.column}: ${p.message}`).join('\n'), EXIT.refused);
    library = team;
  } else if (team?.refused.includes(`${id}.hbs`)) {
    throw new CliError(`the team template '${clip(id).text}' was not read (see above); nothing was written.`, EXIT.refused);
  } else if (!library.get(id)) {
    throw new CliError(`there is no template '${clip(id).text}'. Run 'mentorship-prep templates' to list them.`, EXIT.usage);
  } else if (library instanceof TeamTemplateLibrary && library.problems.some((p) => path.basename(p.file) === `${id}.hbs`)) {
    // As in the editor: a broken team template never falls back to the built-in it replaces.
    throw new CliError(`the team template '${clip(id).text}' could not be compiled (see above); nothing was written.`, EXIT.refused);
  }
  const glossaries = root ? await loadGlossaries(root) : undefined;
  for (const w of glossaries?.warnings ?? []) io.err(`${escaped(w)}\n`);
  const logFile = root && (await workspaceFile(root, cliLayout(leader).log));
  // A session log reached through a link out of the workspace is not read; the documents do without it.
  const logRefused = logFile ? await linkRefusal(root, logFile, 'read') : undefined;
  if (logRefused) io.err(`mentorship-prep: ${logRefused}\n`);
  const overrides = root ? await workspacePhrases(root, io) : undefined;
  const outcome = renderDocument(library, id, {
    profile,
    glossary: glossaries ? glossaries.scope.entriesFor(scopeKey(profileFile)) : builtinGlossary(),
    sessionLog: logFile && !logRefused ? await readTextFile(logFile, 'Session log') : undefined,
    // The checklist lives in the editor's workspace state, out of reach here: only the step this
    // document completes by being written is ticked, as the extension ticks it.
    done: doneOnceWritten(id, {}),
    language: values.lang,
    phrases: { overrides, showIds: values['show-ids'] },
  });
  // The document still renders: a message that could not be said as written keeps its built-in words.
  for (const p of outcome.ok ? outcome.phraseProblems : []) io.err(phraseWarning(p));
  if (!outcome.ok) throw new CliError(`${shown(outcome.problem.file)}:${outcome.problem.line}:${outcome.problem.column}: ${outcome.problem.message}`, EXIT.refused);
  const text = values.format === 'text' ? toPlainText(outcome.text) : outcome.text;
  if (values.out === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  const copy = await generatedCopyFile(values.out, root);
  if (values.update && (await fs.stat(values.out).then((s) => s.isFile(), () => false))) return update(values.out, copy, text, io);
  await emit(text, values.out, values.force ?? false, io);
  await recordGenerated(copy, text, io);
  return EXIT.ok;
}

/** `file:line: warning: …` for a problem in .mentorship/phrases.json (the message names the ID). */
function phraseWarning(p: PhraseProblem): string {
  return p.file ? `${escaped(p.file)}:${p.line ?? 1}: warning: ${escaped(p.message)}\n` : `mentorship-prep: warning: ${escaped(describePhraseProblem(p))}\n`;
}

/** The workspace's own wording (.mentorship/phrases.json), as the extension reads it in a trusted
 *  workspace; a file that cannot be read or is reached through a link leaving the workspace is
 *  reported and left out, and the document renders with the built-in words. */
async function workspacePhrases(root: string, io: Io): Promise<PhraseOverrides | undefined> {
  const file = path.join(root, ...PHRASES_PATH.split('/'));
  if (!(await fs.lstat(file).then(() => true, () => false))) return undefined;
  try {
    const why = await linkRefusal(root, file, 'read');
    if (why) throw new CliError(why, EXIT.refused);
    const { overrides, problems } = parseOverrides(await readTextFile(file, 'Phrases file'), file);
    // Only the file's own problems here; the messages that cannot apply come with the render.
    for (const p of problems) io.err(phraseWarning(p));
    return overrides;
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    io.err(`mentorship-prep: warning: ${err.message} The built-in wording is used.\n`);
    return undefined;
  }
}

/**
 * Where the last generated version of `out` is kept: `.mentorship/generated/<its path>` in the
 * workspace holding it (`--workspace`, or the nearest folder above it with `.mentorship/`).
 * Undefined for a file outside every workspace, or one that is not a regular file (`/dev/stdout`):
 * nothing is recorded for it.
 */
async function generatedCopyFile(out: string, root: string | undefined): Promise<GeneratedCopy | undefined> {
  const file = path.resolve(out);
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat && !stat.isFile()) return undefined;
  const inside = (dir: string) => { const rel = path.relative(dir, file); return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel); };
  const folder = root !== undefined && inside(root) ? root : (await findWorkspace(path.dirname(file))).root;
  const copy = folder === undefined ? undefined : generatedCopyPath(path.relative(folder, file).split(path.sep).join('/'));
  return folder === undefined || copy === undefined ? undefined : { folder, file: path.join(folder, ...copy.split('/')) };
}

/** The generated version of an output file, and the workspace folder it is kept in. */
interface GeneratedCopy { folder: string; file: string }

/** Keeps the generated version: never through a symbolic link (a committed
 *  `.mentorship/generated/… -> ~/.bashrc` would otherwise be overwritten). Written to a new
 *  temporary file (O_CREAT|O_EXCL: it never opens an existing entry, link or not) and renamed into
 *  place; rename replaces a link swapped in meanwhile instead of writing where it points. */
async function recordGenerated(copy: GeneratedCopy | undefined, text: string, io: Io): Promise<void> {
  if (copy === undefined) return;
  const { file } = copy;
  const why = await linkRefusal(copy.folder, file, 'write');
  if (why) { io.err(`warning: ${why} A later --update will not find the generated version.\n`); return; }
  const tmp = path.join(path.dirname(file), `.mentorship-prep-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const handle = await fs.open(tmp, 'wx', 0o666);
    try { await handle.writeFile(text); } finally { await handle.close(); }
    await fs.rename(tmp, file);
  } catch (err) {
    io.err(`warning: could not keep the generated version in ${shown(file)} (${writeFailure(err)}); a later --update will not find it.\n`);
  } finally {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

/** `--update`: merges the new text into the user's `out` against its last generated version. */
async function update(out: string, copy: GeneratedCopy | undefined, text: string, io: Io): Promise<number> {
  if (copy === undefined) throw new CliError(`${shown(out)} is not inside a workspace (a folder with .mentorship/), so no generated version of it is kept; nothing was written. Use --force to replace it.`, EXIT.refused);
  const why = await linkRefusal(copy.folder, copy.file, 'read');
  if (why) throw new CliError(`${why} Nothing was written.`, EXIT.refused);
  const base = await fs.readFile(copy.file, 'utf8').catch(() => undefined);
  if (base === undefined) throw new CliError(`no generated version of ${shown(out)} was kept (${shown(copy.file)}), so your edits cannot be told apart from the generated text; nothing was written. Use --force to replace it.`, EXIT.refused);
  const mine = await readTextFile(out, 'Output');
  const merged = mergeUpdate(base, mine, text, { mine: 'Your version', theirs: 'New version' });
  if (merged.text !== mine) await writeNew(out, merged.text, true);
  await recordGenerated(copy, text, io);
  if (merged.conflicts > 0) {
    io.err(`${shown(out)}: updated, keeping your edits, but ${merged.conflicts === 1 ? 'one passage' : `${merged.conflicts} passages`} changed both in the file and in the new version; they are marked between <<<<<<< (your version) and >>>>>>> (the new version). Keep what you want, delete the marker lines, and save.\n`);
    return EXIT.refused;
  }
  io.err(merged.text === mine ? `${shown(out)} already has everything the new version brings; it was left as it is.\n` : `updated ${shown(out)}, keeping your edits\n`);
  return EXIT.ok;
}

/** `calendar`: the check-in calendar, through the same core as the extension's Export Check-in Calendar. */
async function calendar(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { profile: { type: 'string' }, leader: { type: 'string' }, workspace: { type: 'string' }, start: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } }, strict: true });
  if (values.out === '') throw new CliError('--out needs a FILE.', EXIT.usage);
  // Without --profile or --leader, a workspace's profile is used only when asked for: as before.
  if (!values.profile && values.leader === undefined && values.workspace === undefined) throw new CliError('calendar needs --profile FILE.', EXIT.usage);
  const start = values.start === undefined ? suggestedFirstCheckIn(new Date()) : parseStart(values.start);
  if (!start) throw new CliError(`--start '${clip(values.start ?? '').text}' is not a date and time; use the form 2026-12-01 10:00 (local time) or 2026-12-01T09:00:00Z.`, EXIT.usage);
  const root = values.profile !== undefined && values.leader === undefined ? undefined : await workspaceRoot(values.workspace, io);
  const { profile } = await workspaceProfile(root, await chooseLeader(root, values.leader), values.profile, 'calendar', io);
  const result = checkInCalendar(profile, { start });
  if (!result.ok) throw new CliError(result.message, EXIT.usage);
  await emit(result.ics, values.out, values.force ?? false, io);
  return EXIT.ok;
}

/** The profile a command uses: `--profile FILE`, else the leader's (joined with you.json), else
 *  the workspace's single profile. */
async function workspaceProfile(root: string | undefined, leader: string | undefined, option: string | undefined, command: string, io: Io): Promise<{ profile: Profile; file: string }> {
  const needs = new CliError(`${command} needs --profile FILE (or run it in a workspace with ${PROFILE_PATH}).`, EXIT.usage);
  if (option !== undefined) {
    if (!option) throw needs;
    return { profile: await readProfile(option, io), file: option };
  }
  if (root && leader) return readLeader(root, leader, io);
  const file = root && (await workspaceFile(root, PROFILE_PATH));
  if (!file) throw needs;
  return { profile: await readProfile(file, io, root), file };
}

/** `leaders`: the workspace's leaders, where each ask stands, and which one is active. */
async function leaders(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { workspace: { type: 'string' }, json: { type: 'boolean', default: false } }, strict: true });
  const root = await workspaceRoot(values.workspace, io);
  if (!root) throw new CliError('leaders needs a workspace (a folder with .mentorship/, or --workspace DIR).', EXIT.usage);
  const { slugs, active } = await workspaceLeaders(root);
  const rows: { slug: string; name: string; ask: AskState | 'unreadable'; active: boolean }[] = [];
  for (const slug of slugs) {
    const file = path.join(root, ...cliLayout(slug).profile.split('/'));
    const read = await readJson(file, 'Profile', root).then((raw) => joinProfile(undefined, raw), (err: unknown) => { io.err(`${err instanceof Error ? err.message : String(err)}\n`); return undefined; });
    const name = (read?.raw as { leader?: { name?: unknown } } | undefined)?.leader?.name;
    rows.push({ slug, name: typeof name === 'string' && name.trim() ? name.trim() : slug, ask: read ? read.ask : 'unreadable', active: slug === active });
  }
  if (values.json) { io.out(`${JSON.stringify(rows)}\n`); return EXIT.ok; }
  if (rows.length === 0) {
    const single = await workspaceFile(root, PROFILE_PATH);
    io.out(single ? `No leaders yet: this workspace has a single profile (${PROFILE_PATH}).\n` : 'No leaders yet.\n');
    return EXIT.ok;
  }
  for (const r of rows) io.out(`${r.active ? '*' : ' '} ${escaped(r.slug)}\t${escaped(r.name)}\t${r.ask}\n`);
  return EXIT.ok;
}

/** The same reading as the extension's prompt: local time, whole date and time or nothing. */
function parseStart(value: string): Date | undefined {
  const parsed = parseCheckInTime(value);
  return parsed.ok ? parsed.date : undefined;
}

/** `templates`: every id `generate --template` takes here, as the extension's Generate from Template lists them. */
async function templates(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { workspace: { type: 'string' }, leader: { type: 'string' } }, strict: true });
  const root = await workspaceRoot(values.workspace, io);
  await chooseLeader(root, values.leader); // templates are the workspace's, whoever the leader: the slug is only checked
  const list = (root ? (await teamTemplates(root, io)).library : new TemplateLibrary()).list();
  const width = Math.max(...list.map((t) => t.id.length));
  for (const t of list) io.out(`${escaped(t.id.padEnd(width))}  ${escaped(t.name)} — ${escaped(t.description)}${t.origin === 'team' ? ' (team)' : ''}\n`);
  return EXIT.ok;
}

interface VocabHit { term: string; file: string; line: number; column: number; text: string }

/** Files larger than this are not scanned, as in the editor (`mentorshipPrep.vocabulary.maxFileSizeKB`). */
const VOCAB_MAX_BYTES = 1024 * 1024;

const SKIP_WORDS: Record<Unreadable, string> = { binary: 'binary', large: 'over 1 MB', unreadable: 'unreadable', encoding: 'not text' };

async function vocab(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { glossary: { type: 'string', multiple: true }, ignore: { type: 'string', multiple: true }, json: { type: 'boolean', default: false }, workspace: { type: 'string' }, leader: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new CliError('vocab needs at least one file or folder to scan.', EXIT.usage);
  if (values.ignore?.some((t) => t.trim() === '')) throw new CliError('--ignore needs a TERM.', EXIT.usage);
  if (positionals.includes('')) throw new CliError('vocab cannot scan an empty path; give a file or folder.', EXIT.usage);
  if (values.glossary?.includes('')) throw new CliError('--glossary needs a FILE.', EXIT.usage);
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
  const matchers = new Map<string, TermMatcher>();
  const matcherFor = (file: string): TermMatcher => {
    const layers = glossaries?.scope.applicable(scopeKey(file)) ?? [];
    const key = layers.map((g) => g.file).join('\n');
    let matcher = matchers.get(key);
    if (!matcher) matchers.set(key, (matcher = new TermMatcher(withoutIgnored(mergeGlossaries(builtinGlossary(), ...layers.map((g) => g.entries), ...team), ignored))));
    return matcher;
  };
  const skipped = new Map<Unreadable, number>();
  const files: { file: string; named: boolean }[] = [];
  const seen = new Set<string>();
  for (const start of positionals) {
    for await (const found of walk(start, skipped)) {
      const resolved = path.resolve(found.file);
      if (seen.has(resolved)) continue; // `vocab docs docs/a.md` lists a.md once
      seen.add(resolved);
      files.push(found);
    }
  }
  // A file named on the command line that cannot be read is an error (readTextFile says why); one
  // found in a folder is counted.
  const buffer = new ReadBuffer();
  const read = async ({ file, named }: { file: string; named: boolean }): Promise<{ text: string } | Unreadable> => {
    if (named) return { text: await readTextFile(file, 'File', { maxBytes: VOCAB_MAX_BYTES, latin1: true }).catch((err: unknown) => { throw err instanceof CliError ? err : new CliError(String(err), EXIT.refused); }) };
    const bytes = readFileAtMostSync(file, VOCAB_MAX_BYTES, buffer);
    return typeof bytes === 'string' ? bytes : isBinary(bytes) ? 'binary' : { text: decodeText(bytes) };
  };
  const json: VocabHit[] = [];
  const text: string[] = [];
  const termShown = new Map<GlossaryEntry, string>();
  for (const item of files) {
    const result = await read(item);
    if (typeof result === 'string') { skipped.set(result, (skipped.get(result) ?? 0) + 1); continue; }
    const content = result.text;
    const matches = matcherFor(item.file).findAll(content);
    if (matches.length === 0) continue;
    const lines = new LineCursor(content);
    const fileShown = escaped(item.file);
    for (const m of matches) {
      const at = lines.at(m.start);
      if (values.json) { json.push({ term: m.entry.name, file: item.file, line: at.line + 1, column: at.character + 1, text: m.text }); continue; }
      let term = termShown.get(m.entry);
      if (term === undefined) termShown.set(m.entry, (term = escaped(m.entry.name)));
      text.push(`${fileShown}:${at.line + 1}:${at.character + 1}: ${JSON.stringify(m.text)} → ${term}\n`);
    }
  }
  // One write at the end: line by line, writing took longer than matching.
  io.out(values.json ? JSON.stringify(json) + '\n' : text.join(''));
  const total = [...skipped.values()].reduce((a, b) => a + b, 0);
  if (total) {
    const parts = (Object.keys(SKIP_WORDS) as Unreadable[]).filter((k) => skipped.get(k)).map((k) => `${skipped.get(k)} ${SKIP_WORDS[k]}`);
    io.err(`mentorship-prep: skipped ${total} ${total === 1 ? 'file' : 'files'}: ${parts.join(', ')}\n`);
  }
  return EXIT.ok;
}

async function* walk(start: string, skipped: Map<Unreadable, number>): AsyncGenerator<{ file: string; named: boolean }> {
  let stat;
  try {
    stat = await fs.stat(start);
  } catch (err) {
    const code = errnoCode(err);
    throw new CliError(code === 'ENOENT' || code === 'ENOTDIR' ? `${shown(start)} does not exist.` : `${shown(start)} cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(err)}).`, EXIT.refused);
  }
  if (!stat.isDirectory()) { yield { file: start, named: true }; return; }
  // What git ignores is skipped, as the editor's search skips it: the folder's own .gitignore and
  // those above it up to the repository's root.
  const root = await findGitRoot(start);
  const own = root ? await ignoreLayersAt(root, path.resolve(start)) : await ignoreLayers(path.resolve(start), []);
  yield* walkFolder(start, skipped, true, own, true);
}

/** The order `localeCompare` gives, with one collator for the whole walk instead of one a call. */
const byName = new Intl.Collator();

/** `layers` are those in force in `folder`'s parent, or with `ownRead` in `folder` itself. */
async function* walkFolder(folder: string, skipped: Map<Unreadable, number>, named: boolean, layers: readonly IgnoreLayer[], ownRead = false): AsyncGenerator<{ file: string; named: boolean }> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (err) {
    const code = errnoCode(err);
    if (named) throw new CliError(`${shown(folder)} cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(err)}).`, EXIT.refused);
    skipped.set('unreadable', (skipped.get('unreadable') ?? 0) + 1);
    return;
  }
  // Only a folder that lists a .gitignore has one to read.
  if (!ownRead && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) layers = await ignoreLayers(path.resolve(folder), layers);
  for (const e of entries.sort((a, b) => byName.compare(a.name, b.name))) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(folder, e.name);
    if (layers.length > 0 && isIgnored(path.resolve(p), e.isDirectory(), layers)) continue;
    if (e.isDirectory()) yield* walkFolder(p, skipped, false, layers);
    else if (e.isFile()) yield { file: p, named: false };
  }
}
