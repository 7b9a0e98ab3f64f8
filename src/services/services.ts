import * as vscode from 'vscode';
import { ChecklistStore } from './checklistStore';
import { ProfileStore } from './profileStore';
import { TemplateService } from './templateService';
import { DraftProvider, DRAFT_SCHEME } from '../features/generate/writer';
import { GlossaryService } from './glossaryService';
import { PhraseService } from './phraseService';

/** Long-lived objects shared by features; created once in activate(). */
export interface Services {
  profiles: ProfileStore;
  templates: TemplateService;
  glossaries: GlossaryService;
  /** The workspace's own wording (.mentorship/phrases.json). */
  phrases: PhraseService;
  drafts: DraftProvider;
  checklist: ChecklistStore;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const services: Services = {
    profiles: new ProfileStore(context),
    templates: new TemplateService(),
    glossaries: new GlossaryService(),
    phrases: new PhraseService(),
    drafts: new DraftProvider(),
    checklist: new ChecklistStore(context.workspaceState),
  };
  context.subscriptions.push(
    services.profiles, services.templates, services.glossaries, services.phrases, services.checklist,
    vscode.workspace.registerTextDocumentContentProvider(DRAFT_SCHEME, services.drafts),
  );
  return services;
}
