import * as vscode from 'vscode';

export const EXTENSION_ID = 'mentorshipprep.mentorship-prep';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  await ext.activate();
  return ext;
}

/** Root of the fixture workspace (test/fixtures/workspace) whatever the host's URI scheme. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('integration tests expect the fixture workspace to be open');
  return folder.uri;
}

export async function readWorkspaceFile(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'))));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls until `get` returns something `ok` accepts, or the time runs out. */
export async function waitFor<T>(get: () => T | PromiseLike<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await sleep(100);
    v = await get();
  }
  return v;
}

/** Folders suites write into the fixture workspace (the committed fixture has neither): generated
 *  docs, the session log and calendar in mentorship/; the profile and team templates in .mentorship/. */
const WRITTEN = ['mentorship', '.mentorship'];

/**
 * What every suite that writes does when it ends (and may do when it starts): editors closed, the
 * written folders removed and the checklist cleared, so the next suite finds the fixture as
 * committed, whatever order they run in (MENTORSHIP_PREP_SUITE_ORDER).
 */
export async function restoreFixture(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const folder of WRITTEN) {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), folder), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  }
  await vscode.commands.executeCommand('mentorshipPrep.checklist.reset', 'all');
}

let untitledCount = 0;

/**
 * An untitled document with `content` under a name no other document had. `openTextDocument({ content })`
 * names it Untitled-N, and N is reused once the last one is closed: a provider command run right after
 * could still see the closed document's text under that name (a completion test got the previous
 * test's "We accept e…" and offered E-words).
 */
export async function untitledDocument(content: string, language: 'markdown' | 'typescript'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/mentorship-prep-test-${Date.now()}-${++untitledCount}.${language === 'markdown' ? 'md' : 'ts'}` });
  let doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  if (!(await vscode.workspace.applyEdit(edit)) || doc.getText() !== content) throw new Error(`could not fill ${uri.toString()}`);
  return doc;
}

/** The profile the integration suites generate from; a suite changes only what it tests. */
export function testProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    you: { name: 'Sam Rivera', role: 'Software Architect', strengths: 'event-driven integration' },
    leader: { name: 'Dana Okafor', role: 'VP Engineering', initiative: 'the payments platform re-architecture', expertise: 'applying Domain-Driven Design to legacy platforms' },
    challenge: 'scaling our API gateway for 10x user load',
    cadence: 'biweekly', sessionMinutes: 30, format: 'mixed',
    culture: { communication: 'indirect', hierarchy: 'hierarchical' },
    relationship: 'skip-level', tone: 'formal',
    ...overrides,
  };
}
