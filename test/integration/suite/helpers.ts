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
