import * as vscode from 'vscode';
import { describeEntry } from '../../core/vocabulary/describe';
import { findEntry } from '../../core/vocabulary/glossary';
import type { Services } from '../../services/services';
import { markWalkthroughStep } from '../gettingStarted/walkthroughProgress';

const TERM_SCHEME = 'mentorship-prep-term';

/** `Mentorship Prep: Explain Term…`: pick any term that applies here and read its entry. */
export function registerExplainTerm(context: vscode.ExtensionContext, services: Services): void {
  const pages = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(TERM_SCHEME, { onDidChange: changed.event, provideTextDocumentContent: (uri) => pages.get(uri.path) ?? '' }),
    vscode.commands.registerCommand('mentorshipPrep.explainTerm', async (name?: string) => {
      await services.glossaries.ready();
      const editor = vscode.window.activeTextEditor;
      const doc = editor && editor.document.uri.scheme !== TERM_SCHEME ? editor.document : undefined;
      const entries = services.glossaries.scope.entriesFor(doc && !doc.isUntitled ? doc.uri.toString() : undefined);
      let entry = name ? findEntry(entries, name) : undefined;
      if (!entry && !name) {
        const picked = await vscode.window.showQuickPick(
          [...entries].sort((a, b) => a.name.localeCompare(b.name)).map((e) => ({
            label: e.name, description: [e.aliases.join(', '), e.source.kind === 'team' ? vscode.l10n.t('team') : ''].filter(Boolean).join(' · '), detail: e.definition, entry: e,
          })),
          { title: vscode.l10n.t('Mentorship Prep: Explain Term'), placeHolder: vscode.l10n.t('Type a term, an alias or part of a definition'), matchOnDescription: true, matchOnDetail: true });
        entry = picked?.entry;
      }
      if (!entry) {
        if (name) void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” is not in any glossary that applies here.', name));
        return undefined;
      }
      const uri = vscode.Uri.from({ scheme: TERM_SCHEME, path: `/${entry.name.replace(/[\\/]/g, '-')}.md` });
      pages.set(uri.path, describeEntry(entry, { heading: true, folderOf: (f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f)) }) + '\n');
      changed.fire(uri);
      markWalkthroughStep('vocabulary', 'explainTerm');
      await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => {
        // Without the Markdown preview (a minimal host), show the source instead.
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
      });
      return entry.name;
    }),
  );
}
