import * as vscode from 'vscode';
import { ChecklistStore } from './checklistStore';
import { ProfileStore } from './profileStore';
import { TemplateService } from './templateService';
import { DraftProvider, DRAFT_SCHEME } from '../features/generate/writer';
import { GlossaryService } from './glossaryService';
import { PhraseService } from './phraseService';
import { LeaderStore } from './leaderStore';
import { ShippedFiles } from './shipped';
import { leaderLayout } from '../core/workspace/leaders';

/** Long-lived objects shared by features; created once in activate(). */
export interface Services {
  /** The phrasebook, built-in templates and glossary, read from the extension's files. */
  shipped: ShippedFiles;
  leaders: LeaderStore;
  profiles: ProfileStore;
  templates: TemplateService;
  glossaries: GlossaryService;
  /** The workspace's own wording (.mentorship/phrases.json). */
  phrases: PhraseService;
  drafts: DraftProvider;
  checklist: ChecklistStore;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const leaders = new LeaderStore(context.workspaceState);
  // The checklist key does not depend on the path settings: a refused setting must not lose it.
  const checklistKey = () => leaderLayout(leaders.active, { profilePath: '', outputFolder: 'mentorship' }).checklistKey;
  const shipped = new ShippedFiles(context.extensionUri);
  const services: Services = {
    shipped,
    leaders,
    profiles: new ProfileStore(context, leaders, shipped),
    templates: new TemplateService(shipped),
    glossaries: new GlossaryService(shipped),
    phrases: new PhraseService(shipped),
    drafts: new DraftProvider(),
    checklist: new ChecklistStore(context.workspaceState, checklistKey),
  };
  context.subscriptions.push(
    leaders.onDidChange(({ activeChanged }) => { if (activeChanged) services.checklist.reload(); }),
    services.leaders, services.profiles, services.templates, services.glossaries, services.phrases, services.checklist,
    vscode.workspace.registerTextDocumentContentProvider(DRAFT_SCHEME, services.drafts),
  );
  return services;
}
