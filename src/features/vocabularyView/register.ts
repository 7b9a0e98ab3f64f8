import * as vscode from 'vscode';
import type { Services } from '../services';
import { VocabularyScanner, type Occurrence, type ScanSummary } from './scanner';

export const VOCABULARY_VIEW = 'mentorshipPrep.vocabulary';

type Node = { kind: 'term'; term: string; occurrences: Occurrence[] } | { kind: 'occurrence'; occurrence: Occurrence };

/** The Vocabulary view: every glossary term used in the workspace, with where it is used. */
class VocabularyTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly scanner: VocabularyScanner) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const byTerm = new Map<string, Occurrence[]>();
      for (const list of this.scanner.results.values()) for (const o of list) byTerm.set(o.term, [...(byTerm.get(o.term) ?? []), o]);
      return [...byTerm].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .map(([term, occurrences]) => ({ kind: 'term', term, occurrences }));
    }
    if (node.kind === 'term') {
      return [...node.occurrences]
        .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start))
        .map((occurrence) => ({ kind: 'occurrence', occurrence }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'term') {
      const item = new vscode.TreeItem(node.term, vscode.TreeItemCollapsibleState.Collapsed);
      const files = new Set(node.occurrences.map((o) => o.uri.toString())).size;
      item.description = `${node.occurrences.length}`;
      item.tooltip = `${node.term}: ${node.occurrences.length} use${node.occurrences.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('symbol-keyword');
      item.contextValue = 'term';
      item.id = `term:${node.term}`;
      return item;
    }
    const o = node.occurrence;
    const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(o.uri)}:${o.range.start.line + 1}`);
    item.description = o.preview;
    item.tooltip = new vscode.MarkdownString().appendText(o.preview);
    item.resourceUri = o.uri;
    item.iconPath = vscode.ThemeIcon.File;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [o.uri, { selection: o.range, preview: true }] };
    item.contextValue = 'occurrence';
    return item;
  }
}

export function registerVocabularyView(context: vscode.ExtensionContext, services: Services): void {
  const scanner = new VocabularyScanner(services.glossaries);
  const tree = new VocabularyTree(scanner);
  const view = vscode.window.createTreeView(VOCABULARY_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  let running: vscode.CancellationTokenSource | undefined;
  let last: ScanSummary | undefined;

  const describe = () => {
    const s = scanner.summary();
    view.description = `${Object.keys(s.terms).length} terms · ${s.occurrences} uses`;
  };
  const scan = async (): Promise<ScanSummary> => {
    running?.cancel();
    const source = (running = new vscode.CancellationTokenSource());
    await vscode.commands.executeCommand('setContext', 'mentorshipPrep.vocabularyScanning', true);
    try {
      last = await vscode.window.withProgress({ location: { viewId: VOCABULARY_VIEW } }, () =>
        scanner.scanAll(source.token, (done, total) => { view.message = `Scanning ${done} of ${total} files… (Stop Scan in the view’s title bar)`; }));
      view.message = last.cancelled ? 'Scan stopped. Refresh to scan again.' : undefined;
      tree.refresh();
      describe();
      return last;
    } finally {
      if (running === source) {
        running = undefined;
        await vscode.commands.executeCommand('setContext', 'mentorshipPrep.vocabularyScanning', false);
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
    if (!last || uri.scheme === 'output') return;
    pending.set(uri.toString(), uri);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), 500);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  context.subscriptions.push(
    view, watcher,
    watcher.onDidCreate(queue), watcher.onDidChange(queue),
    watcher.onDidDelete((u) => { scanner.forget(u); tree.refresh(); describe(); }),
    vscode.workspace.onDidSaveTextDocument((d) => queue(d.uri)),
    services.glossaries.onDidChange(() => { if (last) void scan(); }),
    view.onDidChangeVisibility((e) => { if (e.visible && !last && !running) void scan(); }),
    vscode.commands.registerCommand('mentorshipPrep.vocabularyView.refresh', () => scan()),
    vscode.commands.registerCommand('mentorshipPrep.vocabularyView.stop', () => running?.cancel()),
    { dispose: () => { running?.cancel(); if (timer) clearTimeout(timer); } },
  );
}
