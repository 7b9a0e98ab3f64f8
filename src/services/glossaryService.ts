import * as vscode from 'vscode';
import { GLOSSARY_FILE, parseGlossary, type LoadedGlossary } from '../core/vocabulary/loader';
import { overGlossaryLimit } from '../core/vocabulary/limits';
import { folderOf, GlossaryScope } from '../core/vocabulary/scope';
import { LinkRefusedError, readText } from '../features/shared/files';
import { printable } from '../core/text/printable';
import { log } from '../features/shared/log';
import { ignoredTerms, onDidChangeSetting, setting } from '../features/shared/config';
import { ignoredKeys } from '../core/vocabulary/ignore';
import type { ShippedFiles } from './shipped';
import { watchFiles } from '../features/shared/watch';

export const GLOSSARY_GLOB = '**/*.glossary.{yml,yaml,json}';

/**
 * Keeps the workspace's team glossaries loaded: found at start-up, reloaded on save and on
 * changes from outside the editor; problems shown as diagnostics at their line and column.
 */
export class GlossaryService implements vscode.Disposable {
  private readonly layers = new GlossaryScope();
  private configured = false;
  /** The glossaries by folder. Configured from the settings on first use, not in activate(): the
   *  first settings read of the host is the largest part of activation otherwise. */
  get scope(): GlossaryScope {
    if (!this.configured) this.configure();
    return this.layers;
  }
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('mentorship-prep-glossary');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly ignoredChanged = new vscode.EventEmitter<{ muted: boolean; unmuted: boolean }>();
  /** The muted terms changed: a term was muted (the matchers no longer find it) or unmuted. */
  readonly onDidChangeIgnored = this.ignoredChanged.event;
  private ignored = ignoredKeys([]);
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed, this.ignoredChanged];
  private loading: Promise<void> | undefined;

  constructor(private readonly shipped: ShippedFiles) {
    this.disposables.push(
      onDidChangeSetting(['vocabulary.builtinGlossary'], () => { this.configure(); this.changed.fire(); }),
      onDidChangeSetting(['vocabulary.ignoreTerms'], () => this.updateIgnored()),
      // A new size limit can admit or refuse a glossary already seen: read them all again.
      onDidChangeSetting(['vocabulary.glossaryMaxSizeKB'], () => void this.reloadAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.configure(); void this.reloadAll(); }),
      // Team glossaries are read only once the workspace is trusted (as the manifest says).
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reloadAll()),
      vscode.workspace.onDidSaveTextDocument((d) => { if (GLOSSARY_FILE.test(d.uri.path)) void this.load(d.uri); }),
    );
    this.disposables.push(watchFiles(GLOSSARY_GLOB, {
      create: (u) => void this.load(u),
      change: (u) => void this.load(u),
      delete: (u) => this.remove(u),
    }));
  }

  /** Resolves once the built-in glossary and the team glossaries found at start-up are loaded
   *  (listeners hear of both at once: the built-ins arrive with the team's). */
  ready(): Promise<void> {
    this.loading ??= this.shipped.ready().then(() => this.reloadAll()).then(() => {
      // The matcher for documents outside every team glossary's folder (the built-ins alone) too,
      // off the hover path: otherwise the first hover in such a document builds it (163 ms measured).
      setTimeout(() => { try { this.scope.matcherFor(undefined); } catch { /* built again on use */ } }, 0);
    });
    return this.loading;
  }

  /** Reads every team glossary again; `notify` false leaves telling listeners to the caller. */
  async reloadAll(notify = true): Promise<void> {
    const uris = vscode.workspace.isTrusted ? await vscode.workspace.findFiles(GLOSSARY_GLOB, '**/node_modules/**', 1000) : [];
    for (const g of this.scope.all()) if (!uris.some((u) => u.toString() === g.file)) this.remove(vscode.Uri.parse(g.file));
    await Promise.all(uris.map((u) => this.load(u, false)));
    if (notify) this.changed.fire();
  }

  /** Loads the team glossaries on disk that are not loaded yet; true when there were any. A file
   *  watcher can miss a glossary written into a folder created a moment before (a checkout, a
   *  pull): Refresh in the Vocabulary view finds it this way. */
  async rediscover(): Promise<boolean> {
    if (!vscode.workspace.isTrusted) return false;
    await this.ready();
    const known = new Set(this.scope.all().map((g) => g.file));
    const found = (await vscode.workspace.findFiles(GLOSSARY_GLOB, '**/node_modules/**', 1000)).filter((u) => !known.has(u.toString()));
    if (found.length === 0) return false;
    await Promise.all(found.map((u) => this.load(u, false)));
    this.changed.fire();
    return true;
  }

  async load(uri: vscode.Uri, notify = true): Promise<LoadedGlossary | undefined> {
    // In Restricted Mode only the built-in glossary is used: a team glossary is the repository's
    // text, and its size and depth are the repository's choice.
    if (!vscode.workspace.isTrusted) return undefined;
    let glossary: LoadedGlossary;
    const limitKB = setting('vocabulary.glossaryMaxSizeKB', uri);
    try {
      const size = await Promise.resolve(vscode.workspace.fs.stat(uri)).then((s) => s.size, () => 0);
      let over = overGlossaryLimit(size, limitKB);
      const text = over ? '' : await readText(uri);
      over ??= overGlossaryLimit(text.length, limitKB); // an open, unsaved document may have grown
      if (over) { this.refuse(uri, over, notify); return undefined; }
      glossary = parseGlossary(text, uri.toString());
    } catch (err) {
      log().warn(`cannot read glossary ${uri.toString()}: ${String(err)}`);
      if (err instanceof LinkRefusedError) {
        this.scope.delete(uri.toString());
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), err.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'Mentorship Prep glossary';
        this.diagnostics.set(uri, [d]);
        if (notify) this.changed.fire();
      }
      return undefined;
    }
    this.scope.set(glossary);
    // Build the matcher for the glossary's folder now, off the hover path: the first hover there
    // then finds it ready.
    setTimeout(() => { try { this.scope.matcherFor(`${folderOf(glossary.file)}/`); } catch { /* built again on use */ } }, 0);
    this.diagnostics.set(uri, glossary.problems.map((p) => {
      const d = new vscode.Diagnostic(
        new vscode.Range(p.line - 1, p.column - 1, Math.max(p.line, p.endLine) - 1, p.endLine > p.line ? p.endColumn - 1 : Math.max(p.endColumn - 1, p.column)),
        printable(p.message, { keepLineBreaks: true }), p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Mentorship Prep glossary';
      return d;
    }));
    if (notify) this.changed.fire();
    return glossary;
  }

  /** A glossary over the size limit: not loaded, with a diagnostic at its first line saying why. */
  private refuse(uri: vscode.Uri, over: { sizeKB: number; limitKB: number }, notify: boolean): void {
    this.scope.delete(uri.toString());
    const message = vscode.l10n.t('This glossary is {0} KB, over the {1} KB limit, so its terms are not loaded. Split it into smaller glossaries or raise the setting mentorshipPrep.vocabulary.glossaryMaxSizeKB.', over.sizeKB, over.limitKB);
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Warning);
    d.source = 'Mentorship Prep glossary';
    this.diagnostics.set(uri, [d]);
    log().warn(`glossary ${uri.toString()} not loaded: ${over.sizeKB} KB is over the ${over.limitKB} KB limit`);
    if (notify) this.changed.fire();
  }

  private remove(uri: vscode.Uri): void {
    this.scope.delete(uri.toString());
    this.diagnostics.delete(uri);
    this.changed.fire();
  }

  private configure(): void {
    this.configured = true;
    this.layers.configure(setting('vocabulary.builtinGlossary'), (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()));
    this.updateIgnored(false);
  }

  private updateIgnored(notify = true): void {
    const terms = ignoredTerms();
    const keys = ignoredKeys(terms);
    const muted = [...keys].some((k) => !this.ignored.has(k));
    const unmuted = [...this.ignored].some((k) => !keys.has(k));
    this.ignored = keys;
    this.layers.ignore(terms);
    if (notify && (muted || unmuted)) this.ignoredChanged.fire({ muted, unmuted });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
