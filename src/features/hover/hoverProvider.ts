import * as vscode from 'vscode';
import { describeEntry } from '../../core/vocabulary/describe';
import { matchAt } from '../../core/vocabulary/matcher';
import { lineWindow } from '../../core/vocabulary/window';
import type { GlossaryService } from '../../services/glossaryService';
import type { ShippedFiles } from '../../services/shipped';
import type { Services } from '../../services/services';
import { setting } from '../shared/config';
import { IGNORE_TERM_COMMAND, ignoreTermLink } from '../ignoreTerms/ignoreTerm';
import { markWalkthroughStepOnce } from '../gettingStarted/walkthroughProgress';

/** Explains glossary terms under the mouse, in every file of every scheme. */
export class VocabularyHoverProvider implements vscode.HoverProvider {
  constructor(private readonly glossaries: GlossaryService, private readonly shipped: ShippedFiles) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Hover> {
    // A hover in the first moments after start-up waits for the built-in glossary to be read.
    if (!this.shipped.done) return this.shipped.ready().then(() => this.provideHover(document, position, token), () => undefined);
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
    // The mute link is a Markdown string of its own, trusted for our one command: glossary text
    // (from the repository) never shares a string with trust, and the term reaches the link only
    // URI-encoded, as the command's argument.
    const mute = new vscode.MarkdownString(`[${vscode.l10n.t('Ignore this term in this workspace')}](${ignoreTermLink(match.entry.name)} "${vscode.l10n.t('No hovers for it, not in the Vocabulary view (Undo on the notification)')}")`);
    mute.isTrusted = { enabledCommands: [IGNORE_TERM_COMMAND] };
    content.supportHtml = false;
    markWalkthroughStepOnce('vocabulary', 'hover');
    return new vscode.Hover([content, mute], new vscode.Range(start.line, start.character, end.line, end.character));
  }
}

/** How long our hovers took inside this extension host (from the provider being asked until its
 *  answer), apart from VS Code's round trip: `count` since start, `recentMs` the last 1,000.
 *  The diagnostics command returns them (the large-workspace tier reads them around a scan). */
const hoverTimes = { count: 0, recentMs: [] as number[] };
const RECENT_HOVERS = 1000;

function recordHover(ms: number): void {
  hoverTimes.count++;
  hoverTimes.recentMs.push(Math.round(ms * 100) / 100);
  if (hoverTimes.recentMs.length > RECENT_HOVERS * 2) hoverTimes.recentMs.splice(0, hoverTimes.recentMs.length - RECENT_HOVERS);
}

export function hoverTimings(): { count: number; recentMs: number[] } {
  return { count: hoverTimes.count, recentMs: hoverTimes.recentMs.slice(-RECENT_HOVERS) };
}

/** The provider, timed: two clock reads and a push per hover. */
class TimedHoverProvider implements vscode.HoverProvider {
  constructor(private readonly inner: VocabularyHoverProvider) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Hover> {
    const t0 = performance.now();
    const result = this.inner.provideHover(document, position, token);
    if (result && typeof (result as Thenable<unknown>).then === 'function') {
      return (result as Thenable<vscode.Hover | null | undefined>).then((hover) => { recordHover(performance.now() - t0); return hover; });
    }
    recordHover(performance.now() - t0);
    return result;
  }
}

export function registerHover(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider('*', new TimedHoverProvider(new VocabularyHoverProvider(services.glossaries, services.shipped))));
}
