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
import { unreadWordsOf, type WordsScript } from '../core/render/wordsScript';
import { TeamTemplateLibrary, type TeamTemplateFile } from '../core/render/team';
import { cliLayout, findWorkspace, loadGlossaries, PROFILE_PATH, scopeKey, TEMPLATES_PATH, workspaceFile, workspaceLeaders } from './workspace';
import { builtinGlossary } from '../core/vocabulary/glossary';
import { joinProfile, type AskState } from '../core/profile/leaderProfile';
import { SHARED_PROFILE_PATH } from '../core/workspace/leaders';
import { checkWorkspaceFile } from './links';
import { parseOverrides, type PhraseOverrides } from '../core/phrases/overrides';
import type { PhraseProblem } from '../core/phrases/phrasebook';
import { describePhraseProblem, PHRASES_PATH } from '../core/phrases/phrasesFile';

import { chooseLeader, CliError, clip, errnoCode, escaped, EXIT, readTextFile, runCommands, shown, workspaceRoot, type Io } from './common';
import { vocab } from './vocab';
import { phrases } from './phrases';

export { bounded, EXIT, shown, type Io } from './common';

/** Every command, run as `runCommands` tells failures; `vocab` is also its own small entry point
 *  (vocabMain.ts), so a scan does not load the templates. */
export async function runCli(argv: string[], rawIo?: Io): Promise<number> {
  return runCommands({ generate, calendar, templates, leaders, phrases, vocab }, argv, rawIo);
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


function checkProfile(raw: unknown, file: string, io: Io): Profile {
  const checked = validateProfile(raw);
  // An issue's message names its field as typed (an unknown key): show that name safely.
  const tell = (i: ProfileIssue) => `${i.severity}: ${i.path ? i.message.split(i.path).join(shown(i.path)) : i.message}`;
  for (const w of checked.issues.filter((i) => i.severity === 'warning')) io.err(`${shown(file)}: ${tell(w)}\n`);
  if (!checked.ok) throw new CliError(`profile ${shown(file)} is not valid:\n${checked.issues.filter((i) => i.severity === 'error').map(tell).join('\n')}`, EXIT.usage);
  return checked.profile;
}

/** The script of words the tool cannot read, as the warning names it. */
const UNREAD_SCRIPT: Readonly<Record<WordsScript, string>> = {
  greek: 'Greek', hebrew: 'Hebrew', arabic: 'Arabic', thai: 'Thai', japanese: 'Japanese', chinese: 'Chinese', korean: 'Korean',
  cyrillic: 'Cyrillic script', devanagari: 'Devanagari script', other: 'the script their words are in',
};

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
  // Their words are in a script the tool cannot read: said here and in the prep doc, not above a message to send.
  const unread = unreadWordsOf(profile);
  if (unread) io.err(`${shown(profileFile)}: warning: this tool cannot read ${UNREAD_SCRIPT[unread]}, so no document is built on their answer (firstResponseWords); set firstResponse to what they meant, and what they offered or ruled out in your own words, in any language.\n`);

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
