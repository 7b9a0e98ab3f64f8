import * as vscode from 'vscode';
import { validateProfile } from '../../core/profile/validate';
import { objectionCards } from '../../core/render/cards';
import { markdownInlineToHtml, markdownToHtml } from '../../core/markdown/html';
import { renderDocument, type RenderInputs } from '../../core/render/document';
import { gatherRenderInputs } from '../shared/renderInputs';
import { toPlainText } from '../../core/render/plainText';
import type { TemplateLibrary } from '../../core/render/library';
import type { Services } from '../../services/services';
import { log } from '../shared/log';
import { builtinTemplateName } from '../shared/templateNames';
import { buildBuilderHtml, createNonce } from './html';
import { isDraft, MAX_DRAFT_JSON, parseWebviewMessage, savedDraft, type Draft, type HostMessage, type WebviewMessage } from './protocol';
import { markWalkthroughStep } from '../gettingStarted/walkthroughProgress';

export const BUILDER_VIEW_TYPE = 'mentorshipPrep.builder';
const DRAFT_KEY = 'mentorshipPrep.builder.draft';
/** Each leader has its own unsaved draft; a single-profile workspace keeps the first release's key. */
const draftKey = (slug: string | undefined) => (slug === undefined ? DRAFT_KEY : `${DRAFT_KEY}/leaders/${slug}`);
const TEMPLATE_KEY = 'mentorshipPrep.builder.template';

/** The Prep Builder: one panel (revealed, never duplicated), restored after a reload. */
class BuilderPanel {
  static current: BuilderPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private saved: Draft | null = null;
  /** What the preview shows now, to render it again when the workspace's wording changes. */
  private shown: { draft: Draft; template: string; showIds: boolean } | undefined;

  constructor(private readonly panel: vscode.WebviewPanel, private readonly context: vscode.ExtensionContext, private readonly services: Services) {
    BuilderPanel.current = this;
    // Opened by the command, from the checklist or the walkthrough, or restored with the window.
    markWalkthroughStep('builder', 'panel');
    const media = vscode.Uri.joinPath(context.extensionUri, 'dist', 'media');
    panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'activity.svg');
    panel.webview.html = buildBuilderHtml({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'builder.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'builder.css')).toString(),
      initial: null,
      // The webview's labels, translated here: the bundle vscode.l10n loaded for the display language.
      l10n: vscode.l10n.bundle ?? {},
      lang: vscode.env.language,
      title: vscode.l10n.t('Prep Builder'),
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const msg = parseWebviewMessage(raw);
        if (!msg) { log().warn(`Prep Builder: ignored an unexpected message: ${safeJson(raw)}`); return; }
        void this.handle(msg).catch((err: unknown) => this.post({ type: 'status', kind: 'error', message: err instanceof Error ? err.message : String(err) }));
      }),
      panel.onDidDispose(() => this.dispose()),
      // .mentorship/phrases.json changed: the preview says the new words (every render reads it, too).
      services.phrases.onDidChange(() => { if (this.shown) void this.preview(this.shown.draft, this.shown.template, this.shown.showIds).catch((err: unknown) => log().warn(`Prep Builder: ${String(err)}`)); }),
      // The Builder edits the active leader: another one made active shows their profile and draft.
      services.leaders.onDidChange(({ activeChanged }) => { if (activeChanged) void this.init(true); }),
    );
  }

  private title(): string {
    const active = this.services.leaders.list.find((l) => l.slug === this.services.leaders.active);
    return active ? vscode.l10n.t('Prep Builder: {0}', active.name) : vscode.l10n.t('Prep Builder');
  }

  private async init(switched: boolean): Promise<void> {
    const { saved, problem } = await this.loadSaved();
    this.saved = saved;
    const stored = this.context.workspaceState.get<unknown>(draftKey(this.services.leaders.active));
    const draft = isDraft(stored) ? stored : this.saved ?? {};
    const { library } = await this.services.templates.library();
    this.panel.title = this.isDirty(draft) ? `${this.title()} ●` : this.title();
    this.post({
      type: 'init', draft, saved: this.saved, template: this.context.workspaceState.get<string>(TEMPLATE_KEY) ?? 'prep-doc',
      templates: library.list().map((t) => ({ id: t.id, name: t.origin === 'team' ? vscode.l10n.t('{0} (team)', t.name) : builtinTemplateName(t.id, t.name) })),
      ...(problem ? { problem } : {}),
      ...(switched ? { switched: true } : {}),
    });
  }

  static show(context: vscode.ExtensionContext, services: Services): BuilderPanel {
    if (BuilderPanel.current) {
      BuilderPanel.current.panel.reveal();
      return BuilderPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(BUILDER_VIEW_TYPE, vscode.l10n.t('Prep Builder'), vscode.ViewColumn.Active, {});
    return new BuilderPanel(panel, context, services);
  }

  private post(msg: HostMessage): void {
    void this.panel.webview.postMessage(msg);
  }

  private async handle(msg: WebviewMessage): Promise<void> {
    await this.services.shipped.ready(); // every answer is checked against the presets shipped beside the code
    switch (msg.type) {
      case 'ready':
        await this.init(false);
        break;
      case 'openProfile': {
        const uri = this.services.profiles.uri();
        if (uri) await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.Beside });
        break;
      }
      case 'change': {
        await this.context.workspaceState.update(draftKey(this.services.leaders.active), msg.draft);
        await this.context.workspaceState.update(TEMPLATE_KEY, msg.template);
        this.panel.title = this.isDirty(msg.draft) ? `${this.title()} ●` : this.title();
        await this.preview(msg.draft, msg.template, msg.showIds ?? false);
        break;
      }
      case 'save': {
        const checked = validateProfile(msg.draft, vscode.l10n);
        if (!checked.ok) { this.post({ type: 'status', kind: 'error', message: vscode.l10n.t('Fix the highlighted answers first.') }); return; }
        if (!(await this.mayReplaceSaved())) return;
        await this.services.profiles.save(checked.profile, { replaceUnreadable: true });
        this.saved = checked.profile as unknown as Draft;
        this.panel.title = this.title();
        this.post({ type: 'saved', saved: this.saved });
        this.post({ type: 'status', kind: 'info', message: vscode.l10n.t('Profile saved.') });
        break;
      }
      case 'generate': {
        const valid = validateProfile(msg.draft);
        if (valid.ok) {
          // Generate saves the profile too: ask before it replaces a file that could not be read.
          if (!(await this.mayReplaceSaved())) return;
          await this.services.profiles.save(valid.profile, { replaceUnreadable: true });
        }
        const result = await vscode.commands.executeCommand<{ ok: boolean; action?: string; uri?: string; message?: string }>(
          'mentorshipPrep.generate', { profile: msg.draft, template: msg.template });
        const checked = validateProfile(msg.draft);
        if (checked.ok) { this.saved = checked.profile as unknown as Draft; this.post({ type: 'saved', saved: this.saved }); this.panel.title = this.title(); }
        this.post(result?.ok
          ? { type: 'status', kind: 'info', message: result.action === 'updated' && result.message ? result.message : vscode.l10n.t('Generated {0}.', vscode.workspace.asRelativePath(vscode.Uri.parse(result.uri!))) }
          : { type: 'status', kind: result?.action === 'cancelled' ? 'info' : 'error', message: result?.action === 'cancelled' ? vscode.l10n.t('Nothing was written.') : result?.message ?? vscode.l10n.t('Generation failed.') });
        break;
      }
      case 'copyScript': {
        const text = await this.render(msg.draft, 'script');
        if (text === undefined) return;
        await vscode.env.clipboard.writeText(text);
        this.post({ type: 'status', kind: 'info', message: vscode.l10n.t('Script copied to the clipboard.') });
        break;
      }
      case 'copyPlainText': {
        const text = await this.render(msg.draft, msg.template);
        if (text === undefined) return;
        await vscode.env.clipboard.writeText(toPlainText(text));
        this.post({ type: 'status', kind: 'info', message: vscode.l10n.t('Copied as plain text: ready to paste into an email or a chat.') });
        break;
      }
    }
  }

  /** The saved profile as a draft, or why the Builder cannot show it (then the panel says so,
   *  with a button to open the file, instead of staying blank). */
  private async loadSaved(): Promise<{ saved: Draft | null; problem?: string }> {
    let loaded;
    try {
      loaded = await this.services.profiles.load();
    } catch (err) {
      return { saved: null, problem: err instanceof Error ? err.message : String(err) };
    }
    if (!loaded) return { saved: null };
    const checked = savedDraft(loaded.raw);
    if (checked.saved) return { saved: checked.saved };
    const file = this.profileName();
    return { saved: null, problem: checked.problem === 'too-large'
      ? vscode.l10n.t('{0} is larger than the Prep Builder can edit ({1} KB). Open it to shorten it; the form starts empty and will not replace it without asking.', file, MAX_DRAFT_JSON / 1024)
      : vscode.l10n.t('{0} does not hold a JSON object. Open it to fix it; the form starts empty and will not replace it without asking.', file) };
  }

  private profileName(): string {
    try {
      const uri = this.services.profiles.uri();
      return uri ? vscode.workspace.asRelativePath(uri) : vscode.l10n.t('The saved profile');
    } catch {
      return vscode.l10n.t('The saved profile');
    }
  }

  /** True when saving may go ahead: the profile file can be read, or the user agreed to replace
   *  the one that cannot. Otherwise says so in the panel. */
  private async mayReplaceSaved(): Promise<boolean> {
    const problem = await this.services.profiles.unreadable();
    if (!problem) return true;
    const replace = vscode.l10n.t('Replace the File');
    const open = vscode.l10n.t('Open Profile');
    // Open Profile first: it is the default button, so Enter never replaces the file.
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('The saved profile cannot be read, so saving would replace it: {0}', problem), { modal: true }, open, replace);
    if (choice === replace) return true;
    if (choice === open) await this.handle({ type: 'openProfile' });
    this.post({ type: 'status', kind: 'error', message: vscode.l10n.t('Nothing was saved: the profile file could not be read and was kept as it is.') });
    return false;
  }

  private isDirty(draft: Draft): boolean {
    const norm = (d: Draft | null) => JSON.stringify(validateProfile(d ?? {}).profile);
    return norm(draft) !== norm(this.saved);
  }

  private async render(draft: Draft, template: string, library?: TemplateLibrary, inputs?: RenderInputs): Promise<string | undefined> {
    library ??= (await this.services.templates.library()).library;
    const id = library.get(template) ? template : 'prep-doc';
    // Incomplete drafts render with fill-in prompts.
    inputs ??= await gatherRenderInputs(this.services, validateProfile(draft).profile, id);
    const outcome = renderDocument(library, id, inputs);
    if (!outcome.ok) {
      this.post({ type: 'status', kind: 'error', message: `${outcome.problem.file}:${outcome.problem.line}:${outcome.problem.column}: ${outcome.problem.message}` });
      return undefined;
    }
    return outcome.text;
  }

  private async preview(draft: Draft, template: string, showIds: boolean): Promise<void> {
    this.shown = { draft, template, showIds };
    // Templates and inputs (the session log is a file read) once for both renders, on every keystroke.
    const { library } = await this.services.templates.library();
    const inputs = await gatherRenderInputs(this.services, validateProfile(draft).profile, library.get(template) ? template : 'prep-doc', { showIds });
    const markdown = await this.render(draft, template, library, inputs);
    // The rehearsal cards are read from the objections document: always without IDs.
    const objections = await this.render(draft, 'objections', library, showIds ? { ...inputs, phrases: { ...inputs.phrases, showIds: false } } : inputs);
    if (markdown === undefined) return;
    const cards = (objections ? objectionCards(objections) : []).map((c) => ({ objection: c.objection, objectionHtml: markdownInlineToHtml(c.objection), answerHtml: markdownToHtml(c.answer) }));
    this.post({ type: 'preview', html: markdownToHtml(markdown), cards });
  }

  dispose(): void {
    if (BuilderPanel.current === this) BuilderPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function safeJson(v: unknown): string {
  try { return JSON.stringify(v)?.slice(0, 200) ?? String(v); } catch { return String(v); }
}

export function registerBuilder(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('mentorshipPrep.openBuilder', () => { BuilderPanel.show(context, services); return true; }),
    vscode.window.registerWebviewPanelSerializer(BUILDER_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => { new BuilderPanel(panel, context, services); },
    }),
    { dispose: () => BuilderPanel.current?.dispose() },
  );
}
