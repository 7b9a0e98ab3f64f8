import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../core/config/settings';
import { termList, withIgnored } from '../../core/vocabulary/ignore';
import type { Services } from '../../services/services';

export const IGNORE_TERM_COMMAND = 'mentorshipPrep.vocabulary.ignoreTerm';
const KEY = 'vocabulary.ignoreTerms';

/** The command's argument: a term's name (from the hover's link) or the view's term node. */
type Target = string | { term?: unknown } | undefined;

/**
 * Mutes a term in this workspace: adds it to the workspace's `mentorshipPrep.vocabulary.ignoreTerms`
 * (the user's settings when no folder is open) and offers Undo, which puts the previous value back.
 * Resolves once the setting is written; the notification stays on its own.
 */
export async function ignoreTerm(term: string): Promise<void> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const seen = config.inspect<unknown>(KEY);
  const previous = target === vscode.ConfigurationTarget.Workspace ? seen?.workspaceValue : seen?.globalValue;
  await config.update(KEY, withIgnored(termList(previous), term), target);
  const undo = vscode.l10n.t('Undo');
  const message = target === vscode.ConfigurationTarget.Workspace
    ? vscode.l10n.t('“{0}” is muted in this workspace: no hovers, not in the Vocabulary view.', term)
    : vscode.l10n.t('“{0}” is muted in your user settings (no folder is open): no hovers, not in the Vocabulary view.', term);
  void Promise.resolve(vscode.window.showInformationMessage(message, undo)).then(async (choice) => {
    if (choice === undo) await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(KEY, previous, target);
  });
}

/** A command link for a hover: runs the command with the term as its argument. */
export function ignoreTermLink(term: string): string {
  // Parentheses encoded too: a Markdown link target must not close early on a term like "A)".
  return `command:${IGNORE_TERM_COMMAND}?${encodeURIComponent(JSON.stringify([term])).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function registerIgnoreTerm(context: vscode.ExtensionContext, _services: Services): void {
  context.subscriptions.push(vscode.commands.registerCommand(IGNORE_TERM_COMMAND, async (target: Target) => {
    const term = typeof target === 'string' ? target : typeof target?.term === 'string' ? target.term : undefined;
    if (term?.trim()) await ignoreTerm(term.trim());
  }));
}
