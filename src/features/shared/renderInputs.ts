import * as vscode from 'vscode';
import type { Profile } from '../../core/profile/profile';
import { doneOnceWritten, GENERATE_STEP, type RenderInputs } from '../../core/render/document';
import type { Services } from '../../services/services';
import { logUri } from '../followUp/followUpCommands';
import { exists, LinkRefusedError, readText } from './files';
import { log } from './log';

export { GENERATE_STEP };

/** Everything a render draws on in this workspace, gathered the same way for Generate and the
 *  Prep Builder: the team glossary where the profile lives, the session log, the checklist as it
 *  will be once this doc is written, the display language, and the workspace's own wording
 *  (.mentorship/phrases.json, read again for every render). */
export async function gatherRenderInputs(services: Services, profile: Profile, templateId: string, options: { showIds?: boolean } = {}): Promise<RenderInputs> {
  await services.shipped.ready(); // the built-in glossary, before the terms are chosen
  let profileUri: vscode.Uri | undefined;
  try { profileUri = services.profiles.uri(); } catch { profileUri = undefined; } // a refused path setting: root glossaries
  return {
    profile,
    glossary: services.glossaries.scope.entriesFor(profileUri?.toString()),
    sessionLog: await readSessionLog(services),
    done: doneOnceWritten(templateId, services.checklist.state.done),
    language: vscode.env.language,
    phrases: { overrides: await services.phrases.load(), showIds: options.showIds ?? false },
  };
}

/** What the session log says, for agendas that carry open actions forward. */
export async function readSessionLog(services: Services): Promise<string | undefined> {
  await services.leaders.ready;
  let uri: vscode.Uri | undefined;
  try { uri = logUri(services); } catch { return undefined; }
  if (!uri || !(await exists(uri))) return undefined;
  try {
    return await readText(uri);
  } catch (err) {
    if (!(err instanceof LinkRefusedError)) throw err;
    // A session log reached through a symbolic link is not read: the documents do without it.
    warnOnce(err.message);
    return undefined;
  }
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  log().warn(message);
  if (warned.has(message)) return;
  warned.add(message);
  void vscode.window.showWarningMessage(message);
}
