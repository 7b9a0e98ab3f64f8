import * as vscode from 'vscode';
import { TemplateLibrary, type TemplateProblem } from '../core/render/library';
import { TeamTemplateLibrary, type TeamTemplateFile } from '../core/render/team';
import { guardLinks, LinkRefusedError, primaryFolder, readText, relativePath } from '../features/shared/files';
import type { EntryKind } from '../core/workspace/links';
import { printable } from '../core/text/printable';
import { log } from '../features/shared/log';
import type { ShippedFiles } from './shipped';

export const TEAM_TEMPLATES_FOLDER = '.mentorship/templates';

/**
 * The template library for this workspace: built-ins, plus the team's templates when the
 * workspace is trusted. Template problems become diagnostics on the template files.
 */
export class TemplateService implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('mentorship-prep-templates');
  /** Built when first needed: registering the built-in templates is not activation's work. */
  private builtinLibrary: TemplateLibrary | undefined;
  private get builtins(): TemplateLibrary { return (this.builtinLibrary ??= new TemplateLibrary()); }
  private told = false;

  constructor(private readonly shipped: ShippedFiles) {}

  async library(): Promise<{ library: TemplateLibrary; problems: TemplateProblem[] }> {
    await this.shipped.ready();
    const folder = primaryFolder();
    if (!folder) return { library: this.builtins, problems: [] };
    const root = vscode.Uri.joinPath(folder.uri, ...TEAM_TEMPLATES_FOLDER.split('/'));
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.hbs'), null, 500);
    if (uris.length === 0) { this.diagnostics.clear(); return { library: this.builtins, problems: [] }; }
    if (!vscode.workspace.isTrusted) {
      if (!this.told) {
        this.told = true;
        void vscode.window.showInformationMessage(
          vscode.l10n.t('This workspace is not trusted, so the team templates in {0} are not compiled; the built-in templates are used instead.', TEAM_TEMPLATES_FOLDER),
          vscode.l10n.t('Manage Workspace Trust'),
        ).then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
      }
      return { library: this.builtins, problems: [] };
    }
    const files: TeamTemplateFile[] = [];
    const refused: TemplateProblem[] = [];
    const kinds = new Map<string, EntryKind | undefined>();
    for (const uri of uris) {
      try {
        await guardLinks(uri, 'read', kinds);
        files.push({ relativePath: relativePath(root, uri) ?? uri.path.split('/').pop()!, file: uri.toString(), text: await readText(uri) });
      } catch (err) {
        log().warn(`cannot read ${uri.toString()}: ${String(err)}`);
        // A template or partial reached through a link is refused by name: generating it fails
        // instead of falling back to the built-in it was meant to replace.
        if (err instanceof LinkRefusedError) refused.push({ file: uri.toString(), line: 1, column: 1, message: err.message });
      }
    }
    const library = new TeamTemplateLibrary(files);
    const problems = [...refused, ...library.problems];
    this.publish(problems);
    return { library, problems };
  }

  /** Shows template problems where they are: in the Problems panel, at the line and column. */
  publish(problems: readonly TemplateProblem[]): void {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      if (!/^[a-z][\w+.-]*:/i.test(p.file)) continue; // built-in templates have no workspace file
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), printable(p.message, { keepLineBreaks: true }), vscode.DiagnosticSeverity.Error);
      d.source = 'Mentorship Prep';
      byFile.set(p.file, [...(byFile.get(p.file) ?? []), d]);
    }
    for (const [file, list] of byFile) this.diagnostics.set(vscode.Uri.parse(file), list);
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}

export function describeProblem(p: TemplateProblem): string {
  const file = /^[a-z][\w+.-]*:/i.test(p.file) ? vscode.workspace.asRelativePath(vscode.Uri.parse(p.file)) : p.file;
  return printable(`${file}:${p.line}:${p.column}: ${p.message}`, { keepLineBreaks: true });
}
