import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { isGeneratedCopy, VocabularyScanner, type Occurrence, type ScanSummary } from './scanner';
import { MatchThread } from './matchThread';
import { ignoredTerms, onDidChangeSetting } from '../shared/config';
import { ignoredKeys, isIgnored } from '../../core/vocabulary/ignore';
import { findEntry, termKey } from '../../core/vocabulary/glossary';
import { ignoreTerm } from '../ignoreTerms/ignoreTerm';
import { watchFiles } from '../shared/watch';
import { markWalkthroughStep } from '../gettingStarted/walkthroughProgress';

export const VOCABULARY_VIEW = 'mentorshipPrep.vocabulary';

type Node =
  | { kind: 'term'; term: string; uses: number; files: number }
  | { kind: 'occurrence'; occurrence: Occurrence }
  | { kind: 'more'; term: string; remaining: number };

/** Uses listed under one term; the rest are summarized (the Search view finds them all). */
const OCCURRENCE_LIMIT = 500;

/** The Vocabulary view: every glossary term used in the workspace, with where it is used. */
class VocabularyTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly scanner: VocabularyScanner) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.scanner.terms().map((t) => ({ kind: 'term', ...t }));
    if (node.kind !== 'term') return [];
    const list: Node[] = (await this.scanner.occurrences(node.term, OCCURRENCE_LIMIT)).map((occurrence) => ({ kind: 'occurrence', occurrence }));
    if (node.uses > list.length) list.push({ kind: 'more', term: node.term, remaining: node.uses - list.length });
    return list;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'term') {
      const item = new vscode.TreeItem(node.term, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.uses}`;
      item.tooltip = vscode.l10n.t('{0}: {1} in {2}', node.term,
        node.uses === 1 ? vscode.l10n.t('1 use') : vscode.l10n.t('{0} uses', node.uses),
        node.files === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', node.files));
      item.iconPath = new vscode.ThemeIcon('symbol-keyword');
      item.contextValue = 'term';
      item.id = `term:${node.term}`;
      return item;
    }
    if (node.kind === 'more') {
      const item = new vscode.TreeItem(vscode.l10n.t('…and {0} more', node.remaining));
      item.tooltip = vscode.l10n.t('Search the workspace to see every use.');
      item.command = { command: 'workbench.action.findInFiles', title: vscode.l10n.t('Search'), arguments: [{ query: node.term, isCaseSensitive: false }] };
      return item;
    }
    const o = node.occurrence;
    const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(o.uri)}:${o.range.start.line + 1}`);
    item.description = o.preview;
    item.tooltip = new vscode.MarkdownString().appendText(o.preview);
    item.resourceUri = o.uri;
    item.iconPath = vscode.ThemeIcon.File;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [o.uri, { selection: o.range, preview: true }] };
    item.contextValue = 'occurrence';
    return item;
  }
}

/** Asked once per workspace: a term this dominant is usually the project's own name. */
const MUTE_OFFERED = 'mentorshipPrep.vocabulary.muteOffered';

/** When one term is more than half of the uses found, offers to mute it (once per workspace). */
async function offerToMute(context: vscode.ExtensionContext, scanner: VocabularyScanner): Promise<void> {
  if (context.workspaceState.get<boolean>(MUTE_OFFERED)) return;
  const terms = scanner.terms();
  const total = terms.reduce((sum, t) => sum + t.uses, 0);
  const top = terms[0];
  if (!top || top.uses * 2 <= total) return;
  await context.workspaceState.update(MUTE_OFFERED, true);
  const mute = vscode.l10n.t('Mute “{0}”', top.term);
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('“{0}” is {1}% of the terms found in this workspace. Mute it here, so the others stand out?', top.term, Math.round((top.uses / total) * 100)),
    mute, vscode.l10n.t('Keep'));
  if (choice === mute) await ignoreTerm(top.term);
}

export function registerVocabularyView(context: vscode.ExtensionContext, services: Services): void {
  // Full scans match on a thread of their own where the host can start one (Node), started at the
  // first scan. MENTORSHIP_PREP_SCAN_ON_HOST_THREAD=1 matches on the host's thread, as the web
  // worker host does (the large-workspace tier measures both in one run).
  let thread: Promise<MatchThread | undefined> | undefined;
  const onHostThread = () => typeof process === 'object' && process.env?.MENTORSHIP_PREP_SCAN_ON_HOST_THREAD === '1';
  const scanner = new VocabularyScanner(services.glossaries, () => (onHostThread() ? Promise.resolve(undefined) : (thread ??= MatchThread.start(context.extensionUri))));
  const tree = new VocabularyTree(scanner);
  const view = vscode.window.createTreeView(VOCABULARY_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  let running: vscode.CancellationTokenSource | undefined;
  let last: ScanSummary | undefined;

  const describe = () => {
    const s = scanner.summary();
    view.description = vscode.l10n.t('{0} terms · {1} uses', Object.keys(s.terms).length, s.occurrences);
  };
  /** A new scan's cancellation, taking over from any scan still running. */
  const begin = (): vscode.CancellationTokenSource => { running?.cancel(); return (running = new vscode.CancellationTokenSource()); };
  const scan = async (source = begin()): Promise<ScanSummary> => {
    // Not awaited: a round trip to the workbench would delay the scan's start and Stop's answer;
    // the two messages still arrive in the order sent.
    void vscode.commands.executeCommand('setContext', 'mentorshipPrep.vocabularyScanning', true);
    try {
      // Terms found so far are shown while the scan goes on, refreshed about twice a second.
      let shown = performance.now();
      last = await vscode.window.withProgress({ location: { viewId: VOCABULARY_VIEW } }, () =>
        scanner.scanAll(source.token, (done, total) => {
          view.message = vscode.l10n.t('Scanning {0} of {1} files… (Stop Scan in the view’s title bar)', done, total);
          if (performance.now() - shown < 500 || source.token.isCancellationRequested) return;
          shown = performance.now();
          tree.refresh();
          describe();
        }));
      view.message = last.cancelled ? vscode.l10n.t('Scan stopped. Refresh to scan again.') : undefined;
      tree.refresh();
      describe();
      if (!last.cancelled) void offerToMute(context, scanner);
      return last;
    } finally {
      if (running === source) {
        running = undefined;
        void vscode.commands.executeCommand('setContext', 'mentorshipPrep.vocabularyScanning', false);
      }
      source.dispose();
    }
  };

  // Changes to single files rescan just those files, a moment after the last change.
  const pending = new Map<string, vscode.Uri>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    timer = undefined;
    const uris = [...pending.values()];
    pending.clear();
    for (const u of uris) await scanner.scanFile(u);
    tree.refresh();
    describe();
  };
  const queue = (uri: vscode.Uri) => {
    if (!last || uri.scheme === 'output' || isGeneratedCopy(uri)) return;
    pending.set(uri.toString(), uri);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), 500);
  };
  context.subscriptions.push(
    view,
    watchFiles('**/*', { create: queue, change: queue, delete: (u) => { scanner.forget(u); tree.refresh(); describe(); } }),
    vscode.workspace.onDidSaveTextDocument((d) => queue(d.uri)),
    services.glossaries.onDidChange(() => { if (last) void scan(); }),
    // A muted term leaves the view at once; an unmuted one needs the files read again.
    services.glossaries.onDidChangeIgnored(({ unmuted }) => {
      if (!last) return;
      if (unmuted) { void scan(); return; }
      const keys = ignoredKeys(ignoredTerms());
      const known = services.glossaries.scope.entriesFor(undefined);
      const muted = (name: string) => { const entry = findEntry(known, name); return keys.has(termKey(name)) || (entry !== undefined && isIgnored(entry, keys)); };
      scanner.drop(new Set(scanner.terms().map((t) => t.term).filter(muted)));
      tree.refresh();
      describe();
    }),
    // What the scan reads changed: a shown result would be stale, so scan again.
    onDidChangeSetting(['vocabulary.maxFileSizeKB'], () => { if (last) void scan(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (last && (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude'))) void scan(); }),
    view.onDidChangeVisibility((e) => { if (e.visible) markWalkthroughStep('vocabulary', 'view'); if (e.visible && !last && !running) void scan(); }),
    vscode.commands.registerCommand('mentorshipPrep.vocabularyView.refresh', async () => {
      // A glossary the file watcher missed is found now; its change event starts the scan (when
      // one ran before), and this one takes over from it.
      await services.glossaries.rediscover().catch(() => false);
      return scan();
    }),
    vscode.commands.registerCommand('mentorshipPrep.vocabularyView.stop', () => running?.cancel()),
    // For tests: the counts as the view shows them, with the files changed a moment ago rescanned now.
    vscode.commands.registerCommand('mentorshipPrep.vocabularyView.counts', async () => {
      if (timer) { clearTimeout(timer); await flush(); }
      return scanner.summary();
    }),
    { dispose: () => { running?.cancel(); if (timer) clearTimeout(timer); void thread?.then((t) => t?.dispose()); } },
  );
}
