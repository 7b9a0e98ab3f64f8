import * as vscode from 'vscode';
import {
  ACTIVE_LEADER_PATH, LEADERS_FOLDER, SHARED_PROFILE_PATH, leaderLayout, leaderProfilePath, newLeaderSlug, parseActiveLeader, slugsOfFileNames,
  type LeaderLayout,
} from '../core/workspace/leaders';
import { ASK_KEY, joinProfile, leaderFileText, splitProfile, type AskState } from '../core/profile/leaderProfile';
import { exists, primaryFolder, readText, settingPath, writeText } from '../features/shared/files';
import { onDidChangeSetting } from '../features/shared/config';
import { watchFileAndFolders } from '../features/shared/watch';

const ACTIVE_KEY = 'mentorshipPrep.activeLeader';

export interface LeaderSummary { slug: string; name: string; ask: AskState }

/**
 * The leaders this workspace prepares asks to (`.mentorship/leaders/*.json`) and which one is
 * active (workspace state, mirrored to `.mentorship/active-leader` for the CLI). With no leader
 * files the workspace keeps the single-profile layout and `active` is undefined.
 */
export class LeaderStore implements vscode.Disposable {
  private slugs: string[] = [];
  private activeSlug: string | undefined;
  private summaries: LeaderSummary[] = [];
  private readonly changed = new vscode.EventEmitter<{ activeChanged: boolean }>();
  /** The list, a leader's file, or the active leader changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  /** Resolves once the leader folder was read for the first time. */
  ready: Promise<void>;

  constructor(private readonly memento: vscode.Memento) {
    this.ready = this.refresh();
    this.watch();
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.watch(); void this.refresh(); }),
      onDidChangeSetting(['output.folder', 'profile.path'], () => this.changed.fire({ activeChanged: true })),
    );
  }

  get list(): readonly LeaderSummary[] { return this.summaries; }
  get active(): string | undefined { return this.activeSlug; }
  /** Several-leaders layout (at least one file in `.mentorship/leaders/`). */
  get hasLeaders(): boolean { return this.slugs.length > 0; }

  private watch(): void {
    this.watcher?.dispose();
    const folder = primaryFolder();
    if (!folder) return;
    // The folders above the leaders' files too (a checkout, `rm -r .mentorship`).
    this.watcher = watchFileAndFolders(() => ({ base: folder, relative: `${LEADERS_FOLDER}/*.json` }), () => void this.refresh());
  }

  private refreshing: Promise<void> = Promise.resolve();
  /** Counts setActive calls, so a folder read does not put back the leader it read before one. */
  private switches = 0;

  /** Reads the leader folder again; fires when anything the sidebar shows changed. One read at a
   *  time, in order: a read started before a change (a file watcher's) must not land after a read
   *  started later and put back the leaders the change removed. */
  refresh(): Promise<void> {
    const next = this.refreshing.then(() => this.read());
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<void> {
    const folder = primaryFolder();
    let names: string[] = [];
    if (folder) {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder.uri, ...LEADERS_FOLDER.split('/'))).then((e) => e, () => []);
      names = entries.filter(([, type]) => type & vscode.FileType.File).map(([name]) => name);
    }
    const slugs = slugsOfFileNames(names);
    const summaries = await Promise.all(slugs.map((slug) => this.summary(slug)));
    const before = this.activeSlug;
    const hadLeaders = this.slugs.length > 0;
    this.slugs = slugs;
    this.summaries = summaries;
    const switches = this.switches;
    const chosen = await this.chooseActive();
    // A switch made while the choice was read wins over it.
    if (switches === this.switches) this.activeSlug = chosen;
    const activeChanged = before !== this.activeSlug;
    // Listeners hear of a new active leader at once, in the same turn it is set: a setActive that
    // finds it already set returns at once, and a tick given then must go to this leader's checklist.
    // A single-profile workspace that stays one has nothing to tell: its listeners (the profile,
    // the checklist, the Builder) would only reload what they just loaded while the extension starts.
    if (hadLeaders || slugs.length > 0) this.changed.fire({ activeChanged });
    if (activeChanged) await this.mirrorActive();
  }

  private async chooseActive(): Promise<string | undefined> {
    if (this.slugs.length === 0) return undefined;
    const stored = this.memento.get<string>(ACTIVE_KEY);
    if (stored && this.slugs.includes(stored)) return stored;
    const mirrored = parseActiveLeader(await this.readRelative(ACTIVE_LEADER_PATH));
    if (mirrored && this.slugs.includes(mirrored)) return mirrored;
    return this.slugs[0];
  }

  private async summary(slug: string): Promise<LeaderSummary> {
    const { raw, ask } = await this.readJoined(slug).catch(() => ({ raw: undefined, ask: 'preparing' as AskState }));
    const leader = (raw as { leader?: { name?: unknown } } | undefined)?.leader;
    const name = typeof leader?.name === 'string' && leader.name.trim() ? leader.name.trim() : slug;
    return { slug, name, ask };
  }

  /** Makes `slug` the active leader (it must be listed). */
  async setActive(slug: string): Promise<void> {
    if (!this.slugs.includes(slug)) await this.refresh();
    if (!this.slugs.includes(slug)) throw new Error(vscode.l10n.t('There is no leader {0} in {1}.', slug, LEADERS_FOLDER));
    this.switches++;
    await this.memento.update(ACTIVE_KEY, slug);
    if (this.activeSlug === slug) return;
    this.activeSlug = slug;
    this.changed.fire({ activeChanged: true });
    await this.mirrorActive();
  }

  private async mirrorActive(): Promise<void> {
    const uri = this.uri(ACTIVE_LEADER_PATH);
    if (!uri) return;
    if (this.activeSlug === undefined) return;
    await writeText(uri, `${this.activeSlug}\n`).catch(() => undefined);
  }

  /** Where the active leader's (or `slug`'s) things are. Throws a PathSettingError when a path
   *  setting leaves the workspace folder; undefined with no folder open. */
  layout(slug: string | undefined = this.activeSlug): LeaderLayout | undefined {
    const folder = primaryFolder();
    if (!folder) return undefined;
    const outputFolder = settingPath(folder, 'output.folder').relative;
    const profilePath = slug === undefined ? settingPath(folder, 'profile.path').relative : '';
    return leaderLayout(slug, { profilePath, outputFolder });
  }

  /** The active leader's file or folder (`layout()[key]`) as a URI; undefined with no folder open.
   *  Throws a PathSettingError when a path setting leaves the workspace folder. */
  layoutUri(key: 'output' | 'log' | 'calendar'): vscode.Uri | undefined {
    const layout = this.layout();
    return layout && this.uri(layout[key]);
  }

  /** A workspace-relative path as a URI in the first folder. */
  uri(relative: string): vscode.Uri | undefined {
    const folder = primaryFolder();
    return folder && vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
  }

  private async readRelative(relative: string): Promise<string | undefined> {
    const uri = this.uri(relative);
    return uri && (await exists(uri)) ? readText(uri) : undefined;
  }

  /** Parses a JSON file of the workspace; throws with the file named when it is not JSON. */
  async readJson(relative: string): Promise<unknown> {
    const text = await this.readRelative(relative);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new Error(vscode.l10n.t('{0} is not valid JSON: {1}', relative, err instanceof Error ? err.message : String(err)), { cause: err });
    }
  }

  /** A leader's profile joined with the shared fields (`.mentorship/you.json`). */
  async readJoined(slug: string): Promise<ReturnType<typeof joinProfile>> {
    const leader = await this.readJson(leaderProfilePath(slug));
    const shared = await this.readJson(SHARED_PROFILE_PATH).catch(() => undefined);
    return joinProfile(shared, leader);
  }

  /** Writes a whole profile for `slug`: the shared fields to `you.json`, the rest (and the ask's
   *  state, kept as it was unless given) to the leader's file. Returns the texts written. */
  async writeProfile(slug: string, profile: unknown, ask?: AskState): Promise<{ leader: string; shared: string }> {
    const keep = ask ?? (await this.readJoined(slug).catch(() => undefined))?.ask ?? 'preparing';
    const { shared, leader } = splitProfile(profile, keep);
    const existingShared = await this.readJson(SHARED_PROFILE_PATH).catch(() => undefined);
    const sharedText = leaderFileText({ ...(isRecord(existingShared) ? existingShared : {}), ...shared });
    const leaderText = leaderFileText(leader);
    await writeText(this.uri(SHARED_PROFILE_PATH)!, sharedText);
    await writeText(this.uri(leaderProfilePath(slug))!, leaderText);
    return { leader: leaderText, shared: sharedText };
  }

  /** Records where the ask to `slug` stands. */
  async setAsk(slug: string, ask: AskState): Promise<void> {
    const raw = await this.readJson(leaderProfilePath(slug));
    const leader = isRecord(raw) ? { ...raw, [ASK_KEY]: ask } : { [ASK_KEY]: ask };
    await writeText(this.uri(leaderProfilePath(slug))!, leaderFileText(leader));
    await this.refresh();
  }

  /** Adds a leader called `name` from a profile start (shared fields and whatever is known);
   *  returns its slug. Does not make it active. */
  async create(name: string, start: Record<string, unknown>): Promise<string> {
    if (!primaryFolder()) throw new Error(vscode.l10n.t('Open a folder first: each leader\'s profile is kept in it.'));
    await this.refresh();
    const slug = newLeaderSlug(name, this.slugs);
    const leaderPart = isRecord(start.leader) ? start.leader : {};
    await this.writeProfile(slug, { ...start, leader: { ...leaderPart, name } }, 'preparing');
    await this.refresh();
    return slug;
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
