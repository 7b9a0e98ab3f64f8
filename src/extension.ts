import * as vscode from 'vscode';
import { registerBuilder } from './features/builder/builderPanel';
import { registerChecklist } from './features/checklist/checklistView';
import { registerLeaders } from './features/leaders/leadersView';
import { registerGenerate } from './features/generate/generateCommands';
import { registerGettingStarted } from './features/gettingStarted/firstRunNudge';
import { walkthroughProgress } from './features/gettingStarted/walkthroughProgress';
import { hoverTimings, registerHover } from './features/hover/hoverProvider';
import { registerIgnoreTerm } from './features/ignoreTerms/ignoreTerm';
import { registerPlainText } from './features/plainText/copyAsPlainText';
import { createServices, type Services } from './services/services';
import { registerGlossaryCompletion } from './features/vocabulary/completion';
import { registerCreateGlossary } from './features/vocabulary/createGlossary';
import { registerExplainTerm } from './features/vocabulary/explainTerm';
import { registerVocabularyView } from './features/vocabularyView/vocabularyView';
import { registerTermUnderline, underlinedInVisibleEditors } from './features/vocabulary/termUnderline';

/** Set by the bundle's first line (scripts/build.mjs): when evaluating the extension's modules began. */
declare const __mentorshipPrepLoadStart: number | undefined;

type Registrar = (context: vscode.ExtensionContext, services: Services) => void;

const FEATURES: [string, Registrar][] = [
  ['gettingStarted', registerGettingStarted],
  ['generate', registerGenerate],
  ['builder', registerBuilder],
  ['checklist', registerChecklist],
  ['leaders', registerLeaders],
  ['hover', registerHover],
  ['ignoreTerm', registerIgnoreTerm],
  ['plainText', registerPlainText],
  ['explainTerm', registerExplainTerm],
  ['glossaryCompletion', registerGlossaryCompletion],
  ['createGlossary', registerCreateGlossary],
  ['vocabularyView', registerVocabularyView],
  ['termUnderline', registerTermUnderline],
];

/** Wires each feature; every feature owns its disposables through context.subscriptions. */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const phases: Record<string, number> = {};
  // Evaluating the bundle's modules (before activate() runs): what VS Code counts as code loading.
  if (typeof __mentorshipPrepLoadStart === 'number') phases.load = started - __mentorshipPrepLoadStart;
  let mark = started;
  const services = createServices(context);
  phases.services = performance.now() - mark;
  for (const [name, register] of FEATURES) {
    mark = performance.now();
    register(context, services);
    phases[name] = performance.now() - mark;
  }
  // Team glossaries load in the background, starting right after activation; hovers use the
  // built-ins until they are in (and whatever needs them awaits ready()).
  const glossaries = setTimeout(() => void services.glossaries.ready(), 0);
  // The same for .mentorship/phrases.json, so its problems are in the Problems view before the first render.
  const phrases = setTimeout(() => void services.phrases.load().catch(() => undefined), 0);
  context.subscriptions.push({ dispose: () => { clearTimeout(glossaries); clearTimeout(phrases); } });
  const activateMs = performance.now() - started;
  // For `npm run bench` and bug reports: how long activate() took inside this host, per feature.
  context.subscriptions.push(vscode.commands.registerCommand('mentorshipPrep.diagnostics', () => ({ activateMs, phases, hovers: hoverTimings(), walkthrough: walkthroughProgress(), underlined: underlinedInVisibleEditors() })));
}

export function deactivate(): void {
  // Nothing to flush: all state is written as it changes.
}
