import * as vscode from 'vscode';
import { registerBuilder } from './features/builder/register';
import { registerChecklist } from './features/checklist/register';
import { registerGenerate } from './features/generate/register';
import { registerGettingStarted } from './features/gettingStarted/register';
import { registerHover } from './features/hover/register';
import { createServices } from './features/services';
import { registerExplainTerm } from './features/vocabulary/explainTerm';
import { registerVocabularyView } from './features/vocabularyView/register';

/** Wires each feature; every feature owns its disposables through context.subscriptions. */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const services = createServices(context);
  registerGettingStarted(context, services);
  registerGenerate(context, services);
  registerBuilder(context, services);
  registerChecklist(context, services);
  registerHover(context, services);
  registerExplainTerm(context, services);
  registerVocabularyView(context, services);
  // Team glossaries load in the background; hovers use the built-ins until they are in.
  void services.glossaries.ready();
  const activateMs = performance.now() - started;
  // For `npm run bench` and bug reports: how long activate() took inside this host.
  context.subscriptions.push(vscode.commands.registerCommand('mentorshipPrep.diagnostics', () => ({ activateMs })));
}

export function deactivate(): void {
  // Nothing to flush: all state is written as it changes.
}
