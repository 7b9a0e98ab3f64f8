import type { ShippedFiles } from './shipped';
import * as vscode from 'vscode';
import type { Profile } from '../core/profile/profile';
import { validateProfile, type ProfileResult } from '../core/profile/validate';
import { profileToSave } from '../core/profile/roundTrip';
import { profileToStore } from '../core/culture/validateCulture';
import { ensureWritable, exists, primaryFolder, readText, settingPath, writeText } from '../features/shared/files';
import { onDidChangeSetting } from '../features/shared/config';
import { watchFileAndFolders } from '../features/shared/watch';
import type { LeaderStore } from './leaderStore';
import { leaderProfilePath } from '../core/workspace/leaders';

const GLOBAL_KEY = 'mentorshipPrep.profile';

/** The profile file exists but cannot be parsed, and the user did not agree to replace it. */
export class UnreadableProfileError extends Error {}

/**
 * Where the profile lives: `.mentorship/profile.json` (configurable) in the first workspace
 * folder, so it is versioned with the team's repo; with no folder open, in global state. In a
 * workspace with several leaders, the active leader's profile: `.mentorship/leaders/<slug>.json`
 * joined with the shared `.mentorship/you.json` (see LeaderStore).
 */
export class ProfileStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** After every save, and when the file is edited by hand or by git: the checklist's steps
   *  depend on the profile (relationship, hierarchy). */
  readonly onDidChange = this.changed.event;
  private watcher: vscode.Disposable | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The text this store last wrote: its own write is not reported a second time by the watcher. */
  private lastWritten: string | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly leaders: LeaderStore, private readonly shipped: ShippedFiles) {
    this.watch();
    this.disposables.push(
      // Another leader made active, or a leader's file changed on disk (the watcher of LeaderStore).
      leaders.onDidChange(({ activeChanged }) => { if (activeChanged) this.watch(); this.changed.fire(); }),
      onDidChangeSetting(['profile.path'], () => { this.watch(); this.changed.fire(); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.watch(); this.changed.fire(); }),
    );
  }

  /** Watches the profile file where the setting puts it now (a setting outside the folder is
   *  refused by uri(): then nothing is watched). */
  private watch(): void {
    this.watcher?.dispose();
    let uri: vscode.Uri | undefined;
    const target = () => {
      try { uri = this.uri(); } catch { return undefined; }
      const folder = primaryFolder();
      // A leader's files are watched by LeaderStore.
      if (!uri || !folder || this.leaders.active !== undefined) return undefined;
      return { base: folder, relative: vscode.workspace.asRelativePath(uri, false) };
    };
    const onDisk = async () => {
      const text = uri && await Promise.resolve(readText(uri)).catch(() => undefined);
      if (text !== undefined && text === this.lastWritten) return;
      this.lastWritten = undefined;
      this.changed.fire();
    };
    this.watcher = watchFileAndFolders(target, () => void onDisk());
  }

  /** Throws a PathSettingError when the setting leaves the workspace folder. */
  uri(): vscode.Uri | undefined {
    const folder = primaryFolder();
    if (!folder) return undefined;
    const active = this.leaders.active;
    if (active !== undefined) return this.leaders.uri(leaderProfilePath(active));
    return settingPath(folder, 'profile.path').uri;
  }

  /** The saved profile, validated; undefined when none was saved yet. A file that is not JSON
   *  throws with a message naming the file. */
  async load(): Promise<{ raw: unknown; result: ProfileResult } | undefined> {
    await this.leaders.ready;
    await this.shipped.ready(); // validating reads the country presets shipped beside the code
    const active = this.leaders.active;
    if (active !== undefined) {
      const { raw } = await this.leaders.readJoined(active);
      return raw === undefined ? undefined : { raw, result: validateProfile(raw) };
    }
    const uri = this.uri();
    let raw: unknown;
    if (!uri) {
      raw = this.context.globalState.get(GLOBAL_KEY);
      if (raw === undefined) return undefined;
    } else {
      if (!(await exists(uri))) return undefined;
      const text = await readText(uri);
      try {
        raw = JSON.parse(text);
      } catch (err) {
        throw new Error(vscode.l10n.t('{0} is not valid JSON: {1}', vscode.workspace.asRelativePath(uri), err instanceof Error ? err.message : String(err)), { cause: err });
      }
    }
    return { raw, result: validateProfile(raw) };
  }

  /** Why the saved profile file cannot be used (not JSON, not a JSON object, unreadable), or
   *  undefined when it can (or there is none). */
  async unreadable(): Promise<string | undefined> {
    return (await this.inspect()).problem;
  }

  /** The saved profile as it is on disk (`raw`), or why it cannot be used: one read for both. */
  private async inspect(): Promise<{ raw?: unknown; problem?: string }> {
    let loaded;
    try {
      loaded = await this.load();
    } catch (err) {
      return { problem: err instanceof Error ? err.message : String(err) };
    }
    if (loaded && (typeof loaded.raw !== 'object' || loaded.raw === null || Array.isArray(loaded.raw))) {
      return { problem: vscode.l10n.t('{0} does not hold a JSON object.', this.uri() ? vscode.workspace.asRelativePath(this.uri()!) : 'profile') };
    }
    return { raw: loaded?.raw };
  }

  /** Saves the profile, keeping what the file holds that the profile does not use (`$schema`, the
   *  user's own keys). A profile file that exists but cannot be parsed is never replaced unless
   *  `replaceUnreadable` says the user agreed: it throws an UnreadableProfileError instead. A
   *  symbolic link at the profile's path is never written through: with `ask` the user may replace
   *  the link itself, otherwise a LinkRefusedError is thrown. */
  async save(profile: Profile, options: { replaceUnreadable?: boolean; ask?: boolean } = {}): Promise<vscode.Uri | undefined> {
    await this.leaders.ready;
    const uri = this.uri();
    if (uri) await ensureWritable(uri, { ask: options.ask ?? true });
    const { raw: previous, problem } = await this.inspect();
    if (uri && problem && !options.replaceUnreadable) throw new UnreadableProfileError(vscode.l10n.t('{0} Nothing was saved, so your file is kept as it is.', problem));
    // The culture without copies of the country's preset (see cultureToStore), merged into the file.
    const saved = profileToSave(previous, profileToStore(profile) as Profile);
    if (!uri) {
      await this.context.globalState.update(GLOBAL_KEY, saved);
    } else if (this.leaders.active !== undefined) {
      await this.leaders.writeProfile(this.leaders.active, saved);
    } else {
      this.lastWritten = JSON.stringify(saved, null, 2) + '\n';
      await writeText(uri, this.lastWritten);
    }
    this.changed.fire();
    return uri;
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
