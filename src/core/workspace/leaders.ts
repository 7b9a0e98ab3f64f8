/**
 * Where each leader's things live. One workspace can prepare asks to several leaders: each has a
 * profile in `.mentorship/leaders/<slug>.json`, its documents, session log and calendar in
 * `<output folder>/<slug>/`, and its own checklist state. A workspace with no leader files keeps
 * the single-profile layout of the first release (`slug` undefined below): `.mentorship/profile.json`,
 * `<output folder>/log.md`, one checklist. Pure: the extension, the CLI and the tests share it.
 * Every path is relative to the workspace folder and `/`-separated.
 */
import { slug as slugOf } from '../profile/profile';
import { WINDOWS_RESERVED } from './names';

export const LEADERS_FOLDER = '.mentorship/leaders';
/** The fields that are about you (name, role, strengths, tone), shared by every leader's profile. */
export const SHARED_PROFILE_PATH = '.mentorship/you.json';
/** The active leader's slug, mirrored from the editor's workspace state so the CLI sees it too. */
export const ACTIVE_LEADER_PATH = '.mentorship/active-leader';
/** The last generated version of each document, for three-way merges; kept out of the user's folder. */
export const GENERATED_FOLDER = '.mentorship/generated';
export const LOG_FILE = 'log.md';
export const CALENDAR_FILE = 'check-ins.ics';
const CHECKLIST_KEY = 'mentorshipPrep.checklist';

/** A slug names a file and a folder on every OS: what `slug()` makes of itself, no device name. */
export function isLeaderSlug(value: string): boolean {
  return value !== '' && slugOf(value) === value && !WINDOWS_RESERVED.test(value);
}

/** The slug for a new leader called `name`: `slug(name)`, with `-2`, `-3`… when it is taken (two
 *  leaders called Dana), and `leader-…` when the name makes a device name (`Con` → `leader-con`). */
export function newLeaderSlug(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = slugOf(name);
  if (!isLeaderSlug(base)) base = slugOf(`leader ${base}`);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${Array.from(base).slice(0, 60 - suffix.length).join('').replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** `.mentorship/leaders/<slug>.json` */
export function leaderProfilePath(slug: string): string {
  return `${LEADERS_FOLDER}/${slug}.json`;
}

/** The slug of a leader profile path (`.mentorship/leaders/dana.json` → `dana`), or undefined for
 *  any other path (a file in a subfolder, a name that is not a slug). */
export function slugOfProfilePath(relative: string): string | undefined {
  const prefix = `${LEADERS_FOLDER}/`;
  if (!relative.startsWith(prefix) || !relative.endsWith('.json')) return undefined;
  const name = relative.slice(prefix.length, -'.json'.length);
  return isLeaderSlug(name) ? name : undefined;
}

/** The slugs among the file names of `.mentorship/leaders/`, sorted; other files are ignored. */
export function slugsOfFileNames(names: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const s = slugOfProfilePath(`${LEADERS_FOLDER}/${name}`);
    if (s !== undefined) found.add(s);
  }
  return [...found].sort();
}

/** The active leader's slug as written in ACTIVE_LEADER_PATH (first line, trimmed), if it is one. */
export function parseActiveLeader(text: string | undefined): string | undefined {
  const first = text?.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return isLeaderSlug(first) ? first : undefined;
}

export interface LeaderLayout {
  /** The leader's slug; undefined in a single-profile workspace. */
  slug: string | undefined;
  /** The profile file: `.mentorship/leaders/<slug>.json`, or the `profile.path` setting. */
  profile: string;
  /** Where documents go: `<output folder>/<slug>`, or the output folder itself. */
  output: string;
  /** The session log: `<output>/log.md`. */
  log: string;
  /** The check-in calendar: `<output>/check-ins.ics`. */
  calendar: string;
  /** The workspace-state key of the checklist. */
  checklistKey: string;
}

/** The settings a layout depends on, already checked to stay inside the folder (see paths.ts). */
export interface LayoutSettings {
  /** `mentorshipPrep.profile.path`, used only in a single-profile workspace. */
  profilePath: string;
  /** `mentorshipPrep.output.folder` */
  outputFolder: string;
}

/** Every place a leader's things live; `slug` undefined is the single-profile layout. Throws on a
 *  slug that is not one (callers hold slugs from `newLeaderSlug` or a listing). */
export function leaderLayout(slug: string | undefined, settings: LayoutSettings): LeaderLayout {
  if (slug !== undefined && !isLeaderSlug(slug)) throw new Error(`Not a leader slug: ${JSON.stringify(slug)}`);
  const output = slug === undefined ? settings.outputFolder : `${settings.outputFolder}/${slug}`;
  return {
    slug,
    profile: slug === undefined ? settings.profilePath : leaderProfilePath(slug),
    output,
    log: `${output}/${LOG_FILE}`,
    calendar: `${output}/${CALENDAR_FILE}`,
    checklistKey: slug === undefined ? CHECKLIST_KEY : `${CHECKLIST_KEY}/leaders/${slug}`,
  };
}

/** Where the last generated version of the document at `documentPath` (relative to the workspace
 *  folder) is kept: `.mentorship/generated/<documentPath>`. A leader's documents are in its own
 *  output folder, so their copies are apart too. Undefined for a path that is absolute, empty or
 *  climbs out of the folder (a document written elsewhere has no copy in the workspace). */
export function generatedCopyPath(documentPath: string): string | undefined {
  const segments = documentPath.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
  if (/^([a-z][a-z0-9+.-]*:|[/~])/i.test(documentPath.replace(/\\/g, '/')) || segments.length === 0 || segments.includes('..')) return undefined;
  return `${GENERATED_FOLDER}/${segments.join('/')}`;
}

/** Whether a path (relative to the workspace folder) is in the folder of generated versions: copies
 *  kept for the next update, not the user's own files, so the Vocabulary view does not count them. */
export function isGeneratedCopyPath(relativePath: string): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return path === GENERATED_FOLDER || path.startsWith(`${GENERATED_FOLDER}/`);
}
