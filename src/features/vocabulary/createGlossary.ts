import * as vscode from 'vscode';
import { TEAM_GLOSSARY_FILE, teamGlossaryScaffold } from '../../core/vocabulary/scaffold';
import { exists, writeText } from '../shared/files';
import type { Services } from '../../services/services';

/**
 * `Mentorship Prep: Create Team Glossary`: writes a commented team.glossary.yml into the folder
 * chosen (the explorer folder it was run on, or one picked), or opens the one already there.
 */
export function registerCreateGlossary(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.commands.registerCommand('mentorshipPrep.createTeamGlossary', async (target?: vscode.Uri) => {
    let folder = target instanceof vscode.Uri ? target : undefined;
    if (folder) {
      const stat = await Promise.resolve(vscode.workspace.fs.stat(folder)).catch(() => undefined);
      if (stat && !(stat.type & vscode.FileType.Directory)) folder = vscode.Uri.joinPath(folder, '..');
    }
    if (!folder) {
      const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        openLabel: vscode.l10n.t('Create Glossary Here'),
        title: vscode.l10n.t('Mentorship Prep: Create Team Glossary'),
      });
      folder = picked?.[0];
    }
    if (!folder) return undefined;
    const file = vscode.Uri.joinPath(folder, TEAM_GLOSSARY_FILE);
    if (await exists(file)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists here; it is opened instead.', TEAM_GLOSSARY_FILE));
    } else {
      try {
        await writeText(file, teamGlossaryScaffold());
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}: {1}', file.fsPath || file.toString(), err instanceof Error ? err.message : String(err)));
        return undefined;
      }
      void services.glossaries.load(file);
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    return file.toString();
  }));
}
