import * as vscode from 'vscode';
import { registerBuilder } from './features/builder/register';
import { registerChecklist } from './features/checklist/register';
import { registerGenerate } from './features/generate/register';
import { registerGettingStarted } from './features/gettingStarted/register';
import { registerHover } from './features/hover/register';
import { registerPlainText } from './features/plainText/register';
import { createServices, type Services } from './features/services';
import { registerGlossaryCompletion } from './features/vocabulary/completion';
import { registerCreateGlossary } from './features/vocabulary/createGlossary';
import { registerExplainTerm } from './features/vocabulary/explainTerm';
import { registerVocabularyView } from './features/vocabularyView/register';

type Registrar = (context: vscode.ExtensionContext, services: Services) => void;

const FEATURES: [string, Registrar][] = [
  ['gettingStarted', registerGettingStarted],
  ['generate', registerGenerate],
  ['builder', registerBuilder],
  ['checklist', registerChecklist],
  ['hover', registerHover],
  ['plainText', registerPlainText],
  ['explainTerm', registerExplainTerm],
  ['glossaryCompletion', registerGlossaryCompletion],
  ['createGlossary', registerCreateGlossary],
  ['vocabularyView', registerVocabularyView],
];

/** Wires each feature; every feature owns its disposables through context.subscriptions. */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const services = createServices(context);
  phases.services = performance.now() - mark;
  for (const [name, register] of FEATURES) {
    mark = performance.now();
    register(context, services);
    phases[name] = performance.now() - mark;
  }
  // Team glossaries load in the background; hovers use the built-ins until they are in.
  void services.glossaries.ready();
  const activateMs = performance.now() - started;
  // For `npm run bench` and bug reports: how long activate() took inside this host, per feature.
  context.subscriptions.push(vscode.commands.registerCommand('mentorshipPrep.diagnostics', () => ({ activateMs, phases })));
}

export function deactivate(): void {
  // Nothing to flush: all state is written as it changes.
}
