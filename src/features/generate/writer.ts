import * as vscode from 'vscode';
import { displayPath, ensureWritable, exists, readText, writeText } from '../shared/files';
import { readGeneratedCopy, recordGeneratedCopy } from './generatedCopies';
import { updateKeepingEdits } from './update';

/** What to do when the target file exists; 'ask' lets the user choose. */
export type IfExists = 'ask' | 'update' | 'open' | 'replace' | 'new' | 'cancel';

export type WriteAction = 'created' | 'replaced' | 'updated' | 'unchanged' | 'opened-existing' | 'saved-as-new' | 'untitled' | 'cancelled';

export interface WriteOutcome {
  action: WriteAction;
  uri?: vscode.Uri;
  /** After an update: the places both the user and the new version changed, left to resolve. */
  conflicts?: number;
  message?: string;
}

export const DRAFT_SCHEME = 'mentorship-prep-draft';

/** Serves generated text that is not on disk yet, so it can be shown in a diff. */
export class DraftProvider implements vscode.TextDocumentContentProvider {
  private readonly drafts = new Map<string, string>();
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.drafts.get(uri.path) ?? '';
  }
  private count = 0;
  put(name: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: DRAFT_SCHEME, path: `/${Date.now()}-${++this.count}/${name}` });
    this.drafts.set(uri.path, text);
    return uri;
  }
}

/**
 * Writes a generated document without ever replacing the user's file silently. With no folder
 * open, the text opens as an untitled document instead. Replacing and updating go through a
 * WorkspaceEdit, so Undo in the editor brings the previous text back. Whatever is written is
 * recorded as the document's last generated version, the base of the next update.
 */
export async function writeGenerated(target: vscode.Uri | undefined, text: string, ifExists: IfExists, drafts: DraftProvider, show = true): Promise<WriteOutcome> {
  const open = async (uri: vscode.Uri) => { if (show) await vscode.window.showTextDocument(uri, { preview: false }); };
  if (!target) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    if (show) await vscode.window.showTextDocument(doc, { preview: false });
    return { action: 'untitled', uri: doc.uri };
  }
  // A symbolic link at the target (dangling or not) is never written through: the user may
  // replace the link itself when asked; without asking (show false) it is refused.
  await ensureWritable(target, { ask: show });
  if (!(await exists(target))) {
    await writeText(target, text);
    await recordGeneratedCopy(target, text);
    await open(target);
    return { action: 'created', uri: target };
  }
  const current = await readText(target);
  if (current === text) {
    await recordGeneratedCopy(target, text);
    await open(target);
    return { action: 'unchanged', uri: target };
  }

  const base = await readGeneratedCopy(target);
  let choice = ifExists;
  let compared = false;
  while (choice === 'ask') {
    choice = await askWhatToDo(target, compared, base !== undefined);
    if (choice === 'ask') {
      // "Compare": show the diff, then ask again without that option.
      compared = true;
      const draft = drafts.put(target.path.split('/').pop()!, text);
      await vscode.commands.executeCommand('vscode.diff', target, draft, vscode.l10n.t('{0} ↔ new version', displayPath(target)), { preview: true });
    }
  }

  switch (choice) {
    case 'update': {
      if (base === undefined) {
        const message = vscode.l10n.t('No generated version of {0} was recorded, so your edits cannot be told apart from the generated text; nothing was changed. Replace it, or save the new version under a new name.', displayPath(target));
        if (show) void vscode.window.showWarningMessage(message);
        return { action: 'cancelled', uri: target, message };
      }
      return updateKeepingEdits(target, base, text, drafts, show);
    }
    case 'open':
      await open(target);
      return { action: 'opened-existing', uri: target };
    case 'replace': {
      // The whole text is replaced; if the document changed between reading and editing (the
      // checklist sync ticking a box, say), the edit is refused and simply made again.
      let replaced = false;
      for (let attempt = 0; attempt < 5 && !replaced; attempt++) {
        const doc = await vscode.workspace.openTextDocument(target);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(target, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
        replaced = (await vscode.workspace.applyEdit(edit)) && (await doc.save());
        if (!replaced) await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
      }
      if (!replaced) throw new Error(vscode.l10n.t('Could not replace {0}.', displayPath(target)));
      await recordGeneratedCopy(target, text);
      await open(target);
      return { action: 'replaced', uri: target };
    }
    case 'new': {
      const uri = await freeName(target);
      await writeText(uri, text);
      await recordGeneratedCopy(uri, text);
      await open(uri);
      return { action: 'saved-as-new', uri };
    }
    default:
      return { action: 'cancelled', uri: target };
  }
}

async function askWhatToDo(target: vscode.Uri, compared: boolean, canUpdate: boolean): Promise<IfExists> {
  type Item = vscode.QuickPickItem & { choice: IfExists };
  const items: Item[] = [
    ...(canUpdate ? [{ label: `$(git-merge) ${vscode.l10n.t('Update, keeping my edits')}`, description: vscode.l10n.t('merge the new version into your file; Undo restores it'), choice: 'update' as const }] : []),
    { label: `$(go-to-file) ${vscode.l10n.t('Open the existing file')}`, description: vscode.l10n.t('keep it as it is'), choice: 'open' },
    ...(compared ? [] : [{ label: `$(diff) ${vscode.l10n.t('Compare with the new version…')}`, description: vscode.l10n.t('then decide'), choice: 'ask' as const }]),
    { label: `$(replace-all) ${vscode.l10n.t('Replace it')}`, description: vscode.l10n.t('Undo in the editor restores it'), choice: 'replace' },
    { label: `$(new-file) ${vscode.l10n.t('Save the new version under a new name')}`, choice: 'new' },
    { label: `$(close) ${vscode.l10n.t('Cancel')}`, choice: 'cancel' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Mentorship Prep',
    placeHolder: vscode.l10n.t('{0} already exists. What should happen?', displayPath(target)),
    ignoreFocusOut: true,
  });
  return picked?.choice ?? 'cancel';
}

/** prep-dana.md → prep-dana-2.md, -3, … whichever is free first. */
export async function freeName(target: vscode.Uri): Promise<vscode.Uri> {
  const name = target.path.split('/').pop()!;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; ; i++) {
    const candidate = vscode.Uri.joinPath(target, '..', `${stem}-${i}${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
}
