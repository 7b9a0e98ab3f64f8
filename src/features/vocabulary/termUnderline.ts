import * as vscode from 'vscode';
import type { GlossaryService } from '../../services/glossaryService';
import type { ShippedFiles } from '../../services/shipped';
import type { Services } from '../../services/services';
import { onDidChangeSetting, setting } from '../shared/config';
import { termRanges, underlinesIn } from './underlineRanges';

/** The colour of the dotted line (package.json contributes.colors, from the theme's link colour). */
export const UNDERLINE_COLOR = 'mentorshipPrep.termUnderline';
/** Scrolling and typing settle before the visible lines are matched again. */
export const UNDERLINE_DEBOUNCE_MS = 150;

/**
 * A subtle dotted underline under the glossary terms in the visible editors, so a reader knows
 * which words have a hover (mentorshipPrep.vocabulary.underline). Only the visible lines are
 * matched, again after scrolling or editing settles; no underline where there is no hover: hovers
 * off, a file the vocabulary.files pattern leaves out, a file over vocabulary.maxFileSizeKB, a
 * muted term (the glossary service's matcher leaves those out).
 */
export class TermUnderlines implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0', borderColor: new vscode.ThemeColor(UNDERLINE_COLOR),
  });
  private readonly disposables: vscode.Disposable[] = [this.decoration];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Set<vscode.TextEditor>();

  constructor(private readonly glossaries: GlossaryService, private readonly shipped: ShippedFiles) {
    const all = () => this.schedule(vscode.window.visibleTextEditors);
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.schedule(editors)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule([e.textEditor])),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(vscode.window.visibleTextEditors.filter((ed) => ed.document === e.document))),
      onDidChangeSetting(['vocabulary.underline', 'vocabulary.hover.enabled', 'vocabulary.files', 'vocabulary.maxFileSizeKB'], all),
      glossaries.onDidChange(all),
      glossaries.onDidChangeIgnored(all),
      { dispose: () => { if (this.timer) clearTimeout(this.timer); } },
    );
    void shipped.ready().then(all, () => undefined);
  }

  private schedule(editors: readonly vscode.TextEditor[]): void {
    for (const e of editors) this.pending.add(e);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), UNDERLINE_DEBOUNCE_MS);
  }

  private flush(): void {
    this.timer = undefined;
    const editors = [...this.pending];
    this.pending.clear();
    for (const editor of editors) {
      if (!vscode.window.visibleTextEditors.includes(editor)) continue;
      try { this.update(editor); } catch { /* the document closed meanwhile */ }
    }
  }

  /** Matches the editor's visible lines now and sets its underlines. */
  update(editor: vscode.TextEditor): vscode.Range[] {
    const ranges = this.applies(editor.document) ? this.compute(editor) : [];
    editor.setDecorations(this.decoration, ranges);
    return ranges;
  }

  private applies(document: vscode.TextDocument): boolean {
    // A value outside the enum (a hand-edited settings.json) counts as the default.
    if (!this.shipped.done || !underlinesIn(setting('vocabulary.underline', document), document.languageId)) return false;
    if (!setting('vocabulary.hover.enabled', document)) return false;
    const files = setting('vocabulary.files', document);
    if (files && files !== '**' && vscode.languages.match({ pattern: files }, document) === 0) return false;
    // A file over the size the Vocabulary view's scan skips (in characters, read from the end
    // position's offset rather than copying the text).
    const size = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    return size <= setting('vocabulary.maxFileSizeKB', document) * 1024;
  }

  private compute(editor: vscode.TextEditor): vscode.Range[] {
    const document = editor.document;
    const matcher = this.glossaries.scope.matcherFor(document.isUntitled ? undefined : document.uri.toString());
    const visible = editor.visibleRanges.map((r) => ({ first: r.start.line, last: r.end.line }));
    return termRanges(matcher, document.lineCount, (n) => document.lineAt(n).text, visible)
      .map((r) => new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

let instance: TermUnderlines | undefined;
/** For `mentorshipPrep.diagnostics` (and the tests): the terms each visible editor underlines,
 *  matched again now. */
export function underlinedInVisibleEditors(): { uri: string; terms: string[] }[] {
  return vscode.window.visibleTextEditors.map((editor) => ({ uri: editor.document.uri.toString(), terms: instance?.update(editor).map((r) => editor.document.getText(r)) ?? [] }));
}

export function registerTermUnderline(context: vscode.ExtensionContext, services: Services): void {
  // Built on the next task, not inside activate(): its decoration type and six listeners took
  // about 4 ms there (the bench's phases), and nothing is underlined before the glossaries load.
  const timer = setTimeout(() => { instance = new TermUnderlines(services.glossaries, services.shipped); }, 0);
  context.subscriptions.push({ dispose: () => { clearTimeout(timer); instance?.dispose(); instance = undefined; } });
}
