import * as vscode from 'vscode';
import { mergeUpdate } from '../../core/merge/update';
import { displayPath } from '../shared/files';
import { setting } from '../shared/config';
import { log } from '../shared/log';
import { recordGeneratedCopy, recordWhenSaved } from './generatedCopies';
import type { DraftProvider, WriteOutcome } from './writer';

const MERGE_EDITOR_COMMAND = '_open.mergeEditor';

/**
 * "Update, keeping my edits": merges the new render into the user's file (unsaved changes
 * included) against the last generated version, as an edit of the open document: nothing reaches
 * the disk until the user saves, and Undo brings the previous text back. Conflicts open in VS Code's
 * merge editor where it exists, else stay as conflict markers in the editor.
 */
export async function updateKeepingEdits(target: vscode.Uri, base: string, text: string, drafts: DraftProvider, show: boolean): Promise<WriteOutcome> {
  const labels = { mine: vscode.l10n.t('Your version'), theirs: vscode.l10n.t('New version') };
  const doc = await vscode.workspace.openTextDocument(target);
  const mine = doc.getText();
  const merged = mergeUpdate(base, mine, text, labels);
  if (merged.text === mine) {
    if (!doc.isDirty) await recordGeneratedCopy(target, text);
    else recordWhenSaved(target, text);
    if (show) await vscode.window.showTextDocument(doc, { preview: false });
    const message = vscode.l10n.t('{0} already has everything the new version brings; it was left as it is.', displayPath(target));
    if (show) void vscode.window.showInformationMessage(message);
    return { action: 'updated', uri: target, conflicts: 0, message };
  }

  const edit = new vscode.WorkspaceEdit();
  const { start, end, replacement } = changedSpan(mine, merged.text);
  edit.replace(target, new vscode.Range(doc.positionAt(start), doc.positionAt(end)), replacement);
  if (!(await vscode.workspace.applyEdit(edit)) || doc.getText() !== merged.text) {
    throw new Error(vscode.l10n.t('Could not update {0}: it changed while the new version was merged in. Try again.', displayPath(target)));
  }
  recordWhenSaved(target, text);
  if (show) await vscode.window.showTextDocument(doc, { preview: false });

  if (merged.conflicts === 0) {
    const message = vscode.l10n.t('{0} is updated and keeps your edits. Review it and save; Undo brings the previous text back.', displayPath(target));
    if (show) void askToSave(doc, message);
    return { action: 'updated', uri: target, conflicts: 0, message };
  }
  const inMergeEditor = show && setting('update.mergeEditor', target) && (await openMergeEditor(target, base, mine, text, drafts));
  const conflicts = merged.conflicts === 1
    ? vscode.l10n.t('One passage of {0} changed both in your file and in the new version.', displayPath(target))
    : vscode.l10n.t('{1} passages of {0} changed both in your file and in the new version.', displayPath(target), merged.conflicts);
  const message = inMergeEditor
    ? `${conflicts} ${vscode.l10n.t('Resolve them in the merge editor, then choose Complete Merge. Undo brings the previous text back.')}`
    : `${conflicts} ${vscode.l10n.t('They are marked between <<<<<<< (your version) and >>>>>>> (the new version): keep what you want, delete the marker lines, and save. Undo brings the previous text back.')}`;
  if (show) void vscode.window.showWarningMessage(message);
  return { action: 'updated', uri: target, conflicts: merged.conflicts, message };
}

/** The smallest replacement turning `before` into `after`, so the editor keeps its place. */
function changedSpan(before: string, after: string): { start: number; end: number; replacement: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, replacement: after.slice(start, after.length - tail) };
}

async function askToSave(doc: vscode.TextDocument, message: string): Promise<void> {
  const save = vscode.l10n.t('Save');
  const compare = vscode.l10n.t('Compare with Saved');
  const choice = await vscode.window.showInformationMessage(message, save, compare);
  if (choice === save) await doc.save();
  if (choice === compare) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.files.action.compareWithSaved');
  }
}

/**
 * VS Code's merge editor, through the command its own Git extension and others use
 * (`_open.mergeEditor` with base, input1, input2 and output). It saves the output when it opens and,
 * seeing conflict markers there, starts the result from the base with every clean change applied.
 * False when this VS Code has no merge editor or it would not open.
 */
async function openMergeEditor(target: vscode.Uri, base: string, mine: string, theirs: string, drafts: DraftProvider): Promise<boolean> {
  if (!(await vscode.commands.getCommands(false)).includes(MERGE_EDITOR_COMMAND)) return false;
  const name = target.path.split('/').pop()!;
  try {
    await vscode.commands.executeCommand(MERGE_EDITOR_COMMAND, {
      base: drafts.put(name, base),
      input1: { uri: drafts.put(name, mine), title: vscode.l10n.t('Your version'), description: displayPath(target) },
      input2: { uri: drafts.put(name, theirs), title: vscode.l10n.t('New version'), description: vscode.l10n.t('generated now') },
      output: target,
    });
    return true;
  } catch (err) {
    log().warn(`the merge editor did not open for ${target.toString()}: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
