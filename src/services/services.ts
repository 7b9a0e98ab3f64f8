import * as vscode from 'vscode';
import { ChecklistStore } from './checklistStore';
import { ProfileStore } from './profileStore';
import { TemplateService } from './templateService';
import { DraftProvider, DRAFT_SCHEME } from '../features/generate/writer';
import { GlossaryService } from './glossaryService';

/** Long-lived objects shared by features; created once in activate(). */
export interface Services {
  profiles: ProfileStore;
  templates: TemplateService;
  glossaries: GlossaryService;
  drafts: DraftProvider;
  checklist: ChecklistStore;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const services: Services = {
    profiles: new ProfileStore(context),
    templates: new TemplateService(),
    glossaries: new GlossaryService(),
    drafts: new DraftProvider(),
    checklist: new ChecklistStore(context.workspaceState),
  };
  context.subscriptions.push(
    services.profiles, services.templates, services.glossaries, services.checklist,
    vscode.workspace.registerTextDocumentContentProvider(DRAFT_SCHEME, services.drafts),
  );
  return services;
}
