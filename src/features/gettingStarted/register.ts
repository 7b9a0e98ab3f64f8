import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'mentorshipPrep.gettingStarted';

/** `Mentorship Prep: Show Getting Started` opens the walkthrough on VS Code's Welcome page. */
export function registerGettingStarted(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('mentorshipPrep.showGettingStarted', async () => {
      const walkthrough = `${context.extension.id}#${WALKTHROUGH_ID}`;
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthrough, false);
      return walkthrough;
    }),
  );
}
