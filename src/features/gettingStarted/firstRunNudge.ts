import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { setting } from '../shared/config';
import { registerWalkthroughProgress, replayWalkthroughProgress } from './walkthroughProgress';

export const WALKTHROUGH_ID = 'mentorshipPrep.gettingStarted';
const NUDGED_KEY = 'mentorshipPrep.firstRun.nudged';

/** `Mentorship Prep: Show Getting Started` opens the walkthrough on VS Code's Welcome page. */
export function registerGettingStarted(context: vscode.ExtensionContext, services: Services): void {
  const walkthrough = `${context.extension.id}#${WALKTHROUGH_ID}`;
  registerWalkthroughProgress(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('mentorshipPrep.showGettingStarted', async () => {
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthrough, false);
      await replayWalkthroughProgress();
      return walkthrough;
    }),
  );
  // One quiet nudge, the first time the extension runs in a folder without a profile; never again
  // once it has been shown, whatever the answer (a dismissed toast is an answer too).
  if (!context.globalState.get<boolean>(NUDGED_KEY) && vscode.workspace.workspaceFolders?.length
    && setting('firstRun.nudge')) {
    const timer = setTimeout(() => void nudge(context, services, walkthrough), 2000);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
}

async function nudge(context: vscode.ExtensionContext, services: Services, walkthrough: string): Promise<void> {
  if (await services.profiles.load().then((p) => p !== undefined, () => true)) return;
  await context.globalState.update(NUDGED_KEY, true);
  const open = vscode.l10n.t('Open Walkthrough');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Preparing to ask a senior leader for mentorship? A five-minute walkthrough shows how Mentorship Prep helps.'), open);
  if (choice === open) {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthrough, false);
    await replayWalkthroughProgress();
  }
}
