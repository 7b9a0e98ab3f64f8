import * as vscode from 'vscode';
import { describeEntry } from '../../core/vocabulary/describe';
import { matchAt } from '../../core/vocabulary/matcher';
import { lineWindow } from '../../core/vocabulary/window';
import type { GlossaryService } from '../../services/glossaryService';
import type { Services } from '../../services/services';
import { setting } from '../shared/config';

/** Explains glossary terms under the mouse, in every file of every scheme. */
export class VocabularyHoverProvider implements vscode.HoverProvider {
  constructor(private readonly glossaries: GlossaryService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!setting('vocabulary.hover.enabled', document) || token.isCancellationRequested) return undefined;
    const files = setting('vocabulary.files', document);
    if (files && files !== '**' && vscode.languages.match({ pattern: files }, document) === 0) return undefined;
    const win = lineWindow((n) => document.lineAt(n).text, document.lineCount, position.line, position.character);
    const matcher = this.glossaries.scope.matcherFor(document.isUntitled ? undefined : document.uri.toString());
    const match = matchAt(matcher, win.text, win.offset);
    if (!match || token.isCancellationRequested) return undefined;
    const start = win.toPosition(match.start);
    const end = win.toPosition(match.end);
    // A term defined in several contexts shows each context's definition.
    const folderOf = (f: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(f));
    const content = new vscode.MarkdownString(match.entries.map((e) => describeEntry(e, { folderOf })).join('\n\n---\n\n'));
    content.isTrusted = false;
    content.supportHtml = false;
    return new vscode.Hover(content, new vscode.Range(start.line, start.character, end.line, end.character));
  }
}

export function registerHover(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider('*', new VocabularyHoverProvider(services.glossaries)));
}
