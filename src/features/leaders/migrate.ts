import * as vscode from 'vscode';
import { ACTIVE_LEADER_PATH, leaderLayout, leaderProfilePath, newLeaderSlug, SHARED_PROFILE_PATH } from '../../core/workspace/leaders';
import type { Services } from '../../services/services';
import { exists, primaryFolder, readText, settingPath } from '../shared/files';

/** What a migration did, to undo it: files moved, files created, the old profile's text. */
export interface Migration {
  slug: string;
  moved: { from: vscode.Uri; to: vscode.Uri }[];
  created: vscode.Uri[];
  profile: { uri: vscode.Uri; text: string };
  sharedBefore: string | undefined;
  checklist: { from: string; to: string };
}

/**
 * Moves a single-profile workspace to the several-leaders layout: `profile.json` becomes
 * `.mentorship/you.json` (your fields) and `.mentorship/leaders/<slug>.json` (the leader's), the
 * session log, calendar and documents directly in the output folder move to `<output>/<slug>/`,
 * and the checklist state follows. Returns what it did, for Undo; undefined when there is nothing
 * to migrate (no profile, or leaders already). Throws, naming the file, on a profile that is not JSON.
 */
export async function migrateToLeaders(services: Services): Promise<Migration | undefined> {
  const folder = primaryFolder();
  await services.leaders.ready;
  if (!folder || services.leaders.hasLeaders) return undefined;
  await settleDocSync();
  const legacy = leaderLayout(undefined, { profilePath: settingPath(folder, 'profile.path').relative, outputFolder: settingPath(folder, 'output.folder').relative });
  const profileUri = vscode.Uri.joinPath(folder.uri, ...legacy.profile.split('/'));
  if (!(await exists(profileUri))) return undefined;
  const text = await readText(profileUri);
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (err) {
    throw new Error(vscode.l10n.t('{0} is not valid JSON: {1}', legacy.profile, err instanceof Error ? err.message : String(err)), { cause: err });
  }
  const name = (raw as { leader?: { name?: unknown } } | null)?.leader?.name;
  const slug = newLeaderSlug(typeof name === 'string' ? name : '', []);
  const target = leaderLayout(slug, { profilePath: '', outputFolder: legacy.output });
  const sharedUri = vscode.Uri.joinPath(folder.uri, ...SHARED_PROFILE_PATH.split('/'));
  const sharedBefore = (await exists(sharedUri)) ? await readText(sharedUri) : undefined;
  const migration: Migration = {
    slug, moved: [], created: [], profile: { uri: profileUri, text }, sharedBefore, checklist: { from: legacy.checklistKey, to: target.checklistKey },
  };
  // The leader's documents: the files directly in the output folder (not other leaders' folders).
  const outputUri = vscode.Uri.joinPath(folder.uri, ...legacy.output.split('/'));
  const targetUri = vscode.Uri.joinPath(folder.uri, ...target.output.split('/'));
  const entries = await vscode.workspace.fs.readDirectory(outputUri).then((e) => e, () => []);
  await vscode.workspace.fs.createDirectory(targetUri);
  try {
    for (const [file, type] of entries) {
      if (!(type & vscode.FileType.File) || !/\.(md|ics)$/i.test(file)) continue;
      const from = vscode.Uri.joinPath(outputUri, file);
      const to = vscode.Uri.joinPath(targetUri, file);
      if (await exists(to)) continue;
      await vscode.workspace.fs.rename(from, to, { overwrite: false });
      migration.moved.push({ from, to });
    }
    // The checklist moves before the leader's file exists: the leader folder's watcher can make the
    // leader active as soon as the file is written, and its checklist must already be there.
    await services.checklist.move(migration.checklist.from, migration.checklist.to);
    await services.leaders.writeProfile(slug, raw, 'preparing');
    migration.created.push(vscode.Uri.joinPath(folder.uri, ...leaderProfilePath(slug).split('/')));
    await vscode.workspace.fs.delete(profileUri);
  } catch (err) {
    await undoMigration(services, migration);
    throw err;
  }
  await services.leaders.refresh();
  await services.leaders.setActive(slug);
  return migration;
}

/** Puts everything back as it was before `migration`. */
export async function undoMigration(services: Services, migration: Migration): Promise<void> {
  await settleDocSync();
  // The checklist goes back first, for the same reason as in the migration: deleting the leader's
  // file can switch the workspace back to the single profile before this function ends.
  await services.checklist.move(migration.checklist.to, migration.checklist.from);
  const encoder = new TextEncoder();
  await vscode.workspace.fs.writeFile(migration.profile.uri, encoder.encode(migration.profile.text));
  for (const { from, to } of [...migration.moved].reverse()) {
    if (await exists(to)) await vscode.workspace.fs.rename(to, from, { overwrite: false }).then(undefined, () => undefined);
  }
  const active = services.leaders.uri(ACTIVE_LEADER_PATH);
  for (const uri of [...migration.created, ...(active ? [active] : [])]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  const sharedUri = services.leaders.uri(SHARED_PROFILE_PATH);
  if (sharedUri) {
    if (migration.sharedBefore === undefined) await vscode.workspace.fs.delete(sharedUri).then(undefined, () => undefined);
    else await vscode.workspace.fs.writeFile(sharedUri, encoder.encode(migration.sharedBefore));
  }
  await services.leaders.refresh();
  services.checklist.reload();
}

/** Lets a tick being written into a prep doc land before the doc moves (a save after the move
 *  would write the old path again). */
async function settleDocSync(): Promise<void> {
  await vscode.commands.executeCommand('mentorshipPrep.checklist.syncDocs').then(undefined, () => undefined);
}
