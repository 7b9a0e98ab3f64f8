import * as vscode from 'vscode';
import type { Profile } from '../../core/profile/profile';
import type { RenderInputs } from '../../core/render/document';
import type { Services } from '../../services/services';
import { logUri } from '../followUp/followUpCommands';
import { exists, readText } from './files';

/** The checklist step that generating the prep doc completes. */
export const GENERATE_STEP = 'generate-doc';

/** Everything a render draws on in this workspace, gathered the same way for Generate and the
 *  Prep Builder: the team glossary where the profile lives, the session log, the checklist as it
 *  will be once this doc is written, and the display language. */
export async function gatherRenderInputs(services: Services, profile: Profile, templateId: string): Promise<RenderInputs> {
  let profileUri: vscode.Uri | undefined;
  try { profileUri = services.profiles.uri(); } catch { profileUri = undefined; } // a refused path setting: root glossaries
  return {
    profile,
    glossary: services.glossaries.scope.entriesFor(profileUri?.toString()),
    sessionLog: await readSessionLog(),
    done: doneAfter(services, templateId),
    language: vscode.env.language,
  };
}

/** What the session log says, for agendas that carry open actions forward. */
export async function readSessionLog(): Promise<string | undefined> {
  let uri: vscode.Uri | undefined;
  try { uri = logUri(); } catch { return undefined; }
  return uri && (await exists(uri)) ? readText(uri) : undefined;
}

/** The checklist as it will be once this doc is written: generating the prep doc is itself a step. */
function doneAfter(services: Services, templateId: string): Readonly<Record<string, string>> {
  const done = services.checklist.state.done;
  return templateId === 'prep-doc' && !done[GENERATE_STEP] ? { ...done, [GENERATE_STEP]: new Date().toISOString() } : done;
}
