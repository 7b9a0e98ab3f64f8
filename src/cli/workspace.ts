/** The command line inside a workspace behaves like the extension: the same profile, team
 *  templates, team glossaries in scope, session log and ignored files. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { settingDefault } from '../core/config/settings';
import { ACTIVE_LEADER_PATH, LEADERS_FOLDER, leaderLayout, parseActiveLeader, slugsOfFileNames, type LeaderLayout } from '../core/workspace/leaders';
import { GLOSSARY_FILE, parseGlossary } from '../core/vocabulary/loader';
import { GlossaryScope } from '../core/vocabulary/scope';
import { parseJsonc } from '../core/config/jsonc';
import { termList } from '../core/vocabulary/ignore';

/** Where the extension keeps things, relative to the workspace folder. */
export const PROFILE_PATH = settingDefault('profile.path');
export const TEMPLATES_PATH = '.mentorship/templates';
export const LOG_PATH = `${settingDefault('output.folder')}/log.md`;

/** The leaders of the workspace (`.mentorship/leaders/*.json`), sorted, and the active one as the
 *  extension last recorded it (else the first); none in a single-profile workspace. */
export async function workspaceLeaders(root: string): Promise<{ slugs: string[]; active: string | undefined }> {
  const names = await fs.readdir(path.join(root, ...LEADERS_FOLDER.split('/'))).catch(() => [] as string[]);
  const slugs = slugsOfFileNames(names);
  const recorded = parseActiveLeader(await fs.readFile(path.join(root, ...ACTIVE_LEADER_PATH.split('/')), 'utf8').catch(() => undefined));
  return { slugs, active: recorded && slugs.includes(recorded) ? recorded : slugs[0] };
}

/** Where a leader's things are, with the extension's default settings (`slug` undefined: the single-profile layout). */
export function cliLayout(slug: string | undefined): LeaderLayout {
  return leaderLayout(slug, { profilePath: PROFILE_PATH, outputFolder: settingDefault('output.folder') });
}

/** Glossary files past these bounds are skipped, as in the editor's default limit. */
const MAX_GLOSSARIES = 500;
export const MAX_GLOSSARY_BYTES = settingDefault('vocabulary.glossaryMaxSizeKB') * 1024;

/** A file system path as the scope keys it: absolute, `/`-separated (as VS Code's URI paths are). */
export function scopeKey(file: string): string {
  return path.resolve(file).split(path.sep).join('/');
}

async function isDirectory(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isDirectory(), () => false);
}

/** What the search for a workspace found: the folder, or the folder it would not use and why. */
export type FoundWorkspace = { root: string } | { root: undefined; refused?: { dir: string; why: string } };

/**
 * The workspace folder for `start`: the nearest folder at or above it holding `.mentorship/`, looked
 * for only up to the enclosing git repository's root, else up to the home folder (when `start` is
 * in it), else in `start` alone. A folder (or its `.mentorship/`) owned by another user or writable
 * by everyone is never used: anyone could have put templates and glossaries there.
 */
export async function findWorkspace(start: string, home = os.homedir()): Promise<FoundWorkspace> {
  const from = path.resolve(start);
  const gitRoot = await findGitRoot(from);
  const boundary = gitRoot ?? (home && isInside(path.resolve(home), from) ? path.resolve(home) : from);
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (await isDirectory(path.join(dir, '.mentorship'))) {
      const why = (await notOwnFolder(dir)) ?? (await notOwnFolder(path.join(dir, '.mentorship')));
      return why ? { root: undefined, refused: { dir, why } } : { root: dir };
    }
    if (dir === boundary || path.dirname(dir) === dir) return { root: undefined };
  }
}

function isInside(folder: string, p: string): boolean {
  const rel = path.relative(folder, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** Why a folder found by searching upwards is not ours to trust, or undefined when it is. */
async function notOwnFolder(dir: string): Promise<string | undefined> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat) return 'it cannot be read';
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return `it is owned by another user (uid ${stat.uid})`;
  if (process.platform !== 'win32' && stat.mode & 0o002) return 'anyone can write to it';
  return undefined;
}

/** The repository `start` is in (the nearest folder above holding `.git`), for its `.gitignore` files. */
export async function findGitRoot(start: string): Promise<string | undefined> {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (await fs.stat(path.join(dir, '.git')).then(() => true, () => false)) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** `.gitignore` rules in force in one folder: its own and its parents', each relative to its folder. */
export interface IgnoreLayer { dir: string; rules: Ignore }

/** The layers for `dir`, given its parent's: adds `dir/.gitignore` when there is one. */
export async function ignoreLayers(dir: string, parent: readonly IgnoreLayer[]): Promise<readonly IgnoreLayer[]> {
  const text = await fs.readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => undefined);
  return text === undefined ? parent : [...parent, { dir, rules: ignore().add(text) }];
}

/** Whether git would ignore `p` (a file, or a folder when `isDir`) under these layers. */
export function isIgnored(p: string, isDir: boolean, layers: readonly IgnoreLayer[]): boolean {
  for (const { dir, rules } of layers) {
    const rel = path.relative(dir, p).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** The layers in force at `dir` inside `root` (the `.gitignore` files from root down to dir). */
export async function ignoreLayersAt(root: string, dir: string): Promise<readonly IgnoreLayer[]> {
  let layers = await ignoreLayers(root, []);
  const rel = path.relative(root, dir);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return layers;
  let current = root;
  for (const part of rel.split(path.sep)) {
    current = path.join(current, part);
    layers = await ignoreLayers(current, layers);
  }
  return layers;
}

export interface WorkspaceGlossaries {
  scope: GlossaryScope;
  /** Problems in team glossaries, as "file:line:column: message" (the valid terms still load). */
  warnings: string[];
}

/** Every team glossary in the workspace that git does not ignore, in a scope: each covers its
 *  folder and below, deeper ones win, as in the editor. */
export async function loadGlossaries(root: string): Promise<WorkspaceGlossaries> {
  const scope = new GlossaryScope(true, [scopeKey(root)]);
  const warnings: string[] = [];
  let count = 0;
  const visit = async (dir: string, layers: readonly IgnoreLayer[]): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (count >= MAX_GLOSSARIES) return;
      const p = path.join(dir, e.name);
      if (e.name === '.git' || e.name === 'node_modules' || isIgnored(p, e.isDirectory(), layers)) continue;
      if (e.isDirectory()) await visit(p, await ignoreLayers(p, layers));
      else if (e.isFile() && GLOSSARY_FILE.test(e.name)) {
        count++;
        const size = await fs.stat(p).then((s) => s.size, () => Infinity);
        if (size > MAX_GLOSSARY_BYTES) { warnings.push(`${p}: skipped, over ${MAX_GLOSSARY_BYTES / 1024} KB`); continue; }
        const text = await fs.readFile(p, 'utf8').catch(() => undefined);
        if (text === undefined) { warnings.push(`${p}: cannot be read`); continue; }
        const loaded = parseGlossary(text, scopeKey(p));
        for (const problem of loaded.problems) warnings.push(`${p}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`);
        scope.set(loaded);
      }
    }
  };
  await visit(root, await ignoreLayers(root, []));
  return { scope, warnings };
}

/** A file of the workspace when it exists, else undefined. */
export async function workspaceFile(root: string, relative: string): Promise<string | undefined> {
  const p = path.join(root, ...relative.split('/'));
  return fs.stat(p).then((s) => (s.isFile() ? p : undefined), () => undefined);
}

const IGNORE_TERMS_KEY = 'mentorshipPrep.vocabulary.ignoreTerms';

/** The `.vscode/settings.json` that applies to `start`: the nearest at or above it, looking no
 *  higher than the folder holding `.git` or `.mentorship` (the workspace's own root). */
export async function findSettingsFile(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  if (!(await isDirectory(dir))) dir = path.dirname(dir);
  for (; ; dir = path.dirname(dir)) {
    const file = path.join(dir, '.vscode', 'settings.json');
    if (await fs.stat(file).then((s) => s.isFile(), () => false)) return file;
    const isRoot = await fs.stat(path.join(dir, '.git')).then(() => true, () => false) || await isDirectory(path.join(dir, '.mentorship'));
    if (isRoot || path.dirname(dir) === dir) return undefined;
  }
}

/** The muted terms a workspace's settings file lists (`mentorshipPrep.vocabulary.ignoreTerms`), as
 *  the editor reads it: JSON with comments and trailing commas. A file that cannot be read says why. */
export async function settingsIgnoreTerms(file: string): Promise<{ terms: string[]; warning?: string }> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return { terms: [], warning: `${file}: cannot be read; its ignoreTerms are not applied` };
  const parsed = parseJsonc(text);
  if (!parsed.ok) return { terms: [], warning: `${file}: not valid JSON (${parsed.message}); its ignoreTerms are not applied` };
  const value = parsed.value;
  return { terms: value && typeof value === 'object' ? termList((value as Record<string, unknown>)[IGNORE_TERMS_KEY]) : [] };
}
