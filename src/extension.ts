import * as vscode from 'vscode';
import { registerGettingStarted } from './features/gettingStarted/register';

/** Wires each feature; every feature owns its disposables through context.subscriptions. */
export function activate(context: vscode.ExtensionContext): void {
  registerGettingStarted(context);
}

export function deactivate(): void {
  // Nothing to flush: all state is written as it changes.
}
