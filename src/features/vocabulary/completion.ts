import * as vscode from 'vscode';
import { inTermContext, termCompletions, textBeforeCursor, typedPrefix } from '../../core/vocabulary/complete';
import { describeEntry } from '../../core/vocabulary/describe';
import type { GlossaryService } from '../../services/glossaryService';
import type { Services } from '../../services/services';
import { setting } from '../shared/config';

/** How much text before the cursor is read to tell whether it is inside a block comment. */
const CONTEXT_LINES = 200;

/**
 * Offers glossary terms (built-in and team) while writing prose — Markdown, plain text — or a
 * comment in code, never in code itself; each item shows the term's entry in its details.
 */
export class GlossaryCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly glossaries: GlossaryService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.CompletionItem[] | undefined {
    if (!setting('vocabulary.completion.enabled', document) || token.isCancellationRequested) return undefined;
    const lineText = (n: number) => document.lineAt(n).text;
    if (!inTermContext(document.languageId, textBeforeCursor(lineText, position.line, position.character, CONTEXT_LINES))) return undefined;
    const prefix = typedPrefix(lineText(position.line), position.character);
    if (prefix === undefined) return undefined;
    const range = new vscode.Range(position.line, position.character - prefix.length, position.line, position.character);
    // A muted term is never offered: muting says the term is noise in this workspace.
    const entries = this.glossaries.scope.offeredFor(document.isUntitled ? undefined : document.uri.toString());
    const folderOf = (f: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(f));
    return termCompletions(entries, prefix).map(({ spelling, entry, alias }, i) => {
      const item = new vscode.CompletionItem(
        { label: spelling, description: alias ? `→ ${entry.name}` : entry.source.kind === 'team' ? vscode.l10n.t('team glossary') : vscode.l10n.t('glossary') },
        vscode.CompletionItemKind.Text);
      item.range = range;
      item.insertText = spelling;
      item.filterText = spelling;
      item.sortText = String(i).padStart(4, '0');
      item.detail = entry.definition.length > 80 ? `${entry.definition.slice(0, 79)}…` : entry.definition;
      const doc = new vscode.MarkdownString(describeEntry(entry, { folderOf }));
      doc.isTrusted = false;
      doc.supportHtml = false;
      item.documentation = doc;
      return item;
    });
  }
}

export function registerGlossaryCompletion(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ pattern: '**' }, new GlossaryCompletionProvider(services.glossaries)));
}
