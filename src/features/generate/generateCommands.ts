import * as vscode from 'vscode';
import { builtinTemplateDescription, builtinTemplateName } from '../shared/templateNames';
import type { Profile } from '../../core/profile/profile';
import { formatIssues, validateProfile } from '../../core/profile/validate';
import { hasCheckIns } from '../../core/checklist/sessionLog';
import { renderDocument } from '../../core/render/document';
import type { Services } from '../../services/services';
import { primaryFolder, readText, writeText, exists, displayPath, LinkRefusedError } from '../shared/files';
import { gatherRenderInputs, GENERATE_STEP, readSessionLog } from '../shared/renderInputs';
import { askForProfile } from './flow';
import { describeProblem, TEAM_TEMPLATES_FOLDER } from '../../services/templateService';
import { writeGenerated, type IfExists, type WriteAction } from './writer';
import { registerGeneratedCopies } from './generatedCopies';
import { PHRASES_PATH } from '../../core/phrases/phrasesFile';
import { markWalkthroughStep } from '../gettingStarted/walkthroughProgress';

/** Arguments other extensions and tests may pass to the generate commands. */
export interface GenerateArgs {
  profile?: unknown;
  template?: string;
  ifExists?: IfExists;
  show?: boolean;
}

export interface GenerateResult {
  ok: boolean;
  action?: WriteAction;
  uri?: string;
  message?: string;
  /** After "Update, keeping my edits": the passages left to resolve. */
  conflicts?: number;
}

export function registerGenerate(context: vscode.ExtensionContext, services: Services): void {
  registerGeneratedCopies(context);
  const run = (template: string | 'pick') => (args?: GenerateArgs) => generate(services, { ...args, template: args?.template ?? (template === 'pick' ? undefined : template) }, template === 'pick');
  context.subscriptions.push(
    vscode.commands.registerCommand('mentorshipPrep.generate', run('prep-doc')),
    vscode.commands.registerCommand('mentorshipPrep.generateFromTemplate', run('pick')),
    vscode.commands.registerCommand('mentorshipPrep.generateFollowUp', run('thank-you')),
    // After the first logged check-in, the agenda is the next one, carrying open actions forward.
    vscode.commands.registerCommand('mentorshipPrep.generateAgenda', async (args?: GenerateArgs) => {
      const log = await readSessionLog(services);
      return run(log !== undefined && hasCheckIns(log) ? 'next-checkin' : 'first-checkin')(args);
    }),
    vscode.commands.registerCommand('mentorshipPrep.editProfile', () => editProfile(services)),
    vscode.commands.registerCommand('mentorshipPrep.customizeTemplate', (id?: string) => customizeTemplate(context, services, id)),
  );
}

async function generate(services: Services, args: GenerateArgs, pickTemplate: boolean): Promise<GenerateResult> {
  const fail = (message: string, ...actions: string[]) => {
    void vscode.window.showErrorMessage(message, ...actions).then((a) => a && vscode.commands.executeCommand('mentorshipPrep.editProfile'));
    return { ok: false, message };
  };
  let profile: Profile | undefined;
  if (args.profile !== undefined) {
    await services.shipped.ready(); // the country presets, shipped beside the code
    const checked = validateProfile(args.profile, vscode.l10n);
    if (!checked.ok) return fail(vscode.l10n.t('The profile is not valid:\n{0}', formatIssues(checked.issues.filter((i) => i.severity === 'error'), vscode.l10n)));
    profile = checked.profile;
    try { await services.profiles.save(profile, { ask: args.show ?? true }); } catch (err) { return fail(err instanceof Error ? err.message : String(err)); }
  } else {
    let saved;
    try {
      saved = await services.profiles.load();
    } catch (err) {
      return fail(err instanceof Error ? err.message : String(err), vscode.l10n.t('Open Profile'));
    }
    const name = saved?.result.ok ? saved.result.profile.leader.name : undefined;
    let reuse = false;
    if (name) {
      const choice = await vscode.window.showQuickPick(
        [{ label: `$(play) ${vscode.l10n.t('Use the saved answers for {0}', name)}`, reuse: true }, { label: `$(edit) ${vscode.l10n.t('Change the answers first…')}`, reuse: false }],
        { title: vscode.l10n.t('Mentorship Prep: Generate'), placeHolder: vscode.l10n.t('Your answers from last time are saved'), ignoreFocusOut: true });
      if (!choice) return { ok: false, action: 'cancelled' };
      reuse = choice.reuse;
    }
    profile = reuse ? saved!.result.profile : await askAfterShipped(services, saved?.result.profile);
    if (!profile) return { ok: false, action: 'cancelled' };
    if (!reuse) {
      try { await services.profiles.save(profile); } catch (err) { return fail(err instanceof Error ? err.message : String(err)); }
    }
  }

  const { library, problems } = await services.templates.library();
  let templateId = args.template ?? 'prep-doc';
  if (pickTemplate && !args.template) {
    const chosen = await vscode.window.showQuickPick(
      library.list().map((t) => ({ label: t.origin === 'builtin' ? builtinTemplateName(t.id, t.name) : t.name, description: t.origin === 'team' ? vscode.l10n.t('team template') : '', detail: t.origin === 'builtin' ? builtinTemplateDescription(t.id, t.description) : t.description, id: t.id })),
      { title: vscode.l10n.t('Mentorship Prep: Generate from Template'), placeHolder: vscode.l10n.t('Which document?'), matchOnDetail: true });
    if (!chosen) return { ok: false, action: 'cancelled' };
    templateId = chosen.id;
  }
  // A broken team template must not silently fall back to the built-in it was meant to replace.
  const broken = problems.find((p) => p.file.endsWith(`/${templateId}.hbs`));
  if (broken) return fail(vscode.l10n.t('The team template could not be compiled, so nothing was written. {0}', describeProblem(broken)));

  let target: vscode.Uri | undefined;
  try {
    services.profiles.uri(); // a profile path setting that leaves the folder is refused here, before anything is written
    const output = services.leaders.layoutUri('output'); // the active leader's folder, or the output folder
    target = output && vscode.Uri.joinPath(output, library.outputName(templateId, profile.leader.name));
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  const outcome = renderDocument(library, templateId, await gatherRenderInputs(services, profile, templateId));
  if (!outcome.ok) {
    services.templates.publish([outcome.problem]);
    return fail(vscode.l10n.t('Nothing was written: the template failed to render. {0}', describeProblem(outcome.problem)));
  }
  // The doc is rendered with its own step ticked, so the step is ticked before the doc exists: a
  // checklist sync running between the write and a later tick would untick the new doc and save it.
  const ticksStep = templateId === 'prep-doc' && !Object.hasOwn(services.checklist.state.done, GENERATE_STEP);
  if (ticksStep) await services.checklist.set(GENERATE_STEP, true);
  let written;
  try {
    written = await writeGenerated(target, outcome.text, args.ifExists ?? 'ask', services.drafts, args.show ?? true);
  } catch (err) {
    if (ticksStep) await services.checklist.set(GENERATE_STEP, false);
    if (err instanceof LinkRefusedError) return fail(err.message);
    throw err;
  }
  if (written.action === 'cancelled') {
    if (ticksStep) await services.checklist.set(GENERATE_STEP, false);
  } else if (templateId === 'prep-doc') {
    // The walkthrough's step is done once a doc exists, not when the flow was merely opened: from
    // the palette, the Builder, the checklist, or again with the saved answers.
    markWalkthroughStep('generate', 'generate');
  }
  return { ok: written.action !== 'cancelled', action: written.action, uri: written.uri?.toString(), message: written.message, conflicts: written.conflicts };
}

/** The guided questions read the leader's words with the calendar tables shipped beside the code. */
async function askAfterShipped(services: Services, saved: Profile | undefined): Promise<Profile | undefined> {
  await services.shipped.ready();
  return askForProfile(saved);
}

async function editProfile(services: Services): Promise<void> {
  const uri = services.profiles.uri();
  if (!uri) {
    const profile = await askAfterShipped(services, (await services.profiles.load().catch(() => undefined))?.result.profile);
    if (profile) await services.profiles.save(profile);
    return;
  }
  if (!(await exists(uri))) {
    const answer = vscode.l10n.t('Answer Questions');
    const example = vscode.l10n.t('Start from Example');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('There is no profile yet. Answer a few questions, or start from an example in {0}?', displayPath(uri)), answer, example);
    if (choice === answer) {
      const profile = await askAfterShipped(services, undefined);
      if (profile) await services.profiles.save(profile);
      else return;
    } else if (choice === example) {
      await writeText(uri, JSON.stringify(EXAMPLE_PROFILE, null, 2) + '\n');
    } else {
      return;
    }
  }
  await vscode.window.showTextDocument(uri, { preview: false });
}

async function customizeTemplate(context: vscode.ExtensionContext, services: Services, id?: string): Promise<string | undefined> {
  const folder = primaryFolder();
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: team templates live in its {0} folder.', TEAM_TEMPLATES_FOLDER));
    return undefined;
  }
  const builtins = (await services.templates.library()).library.list().filter((t) => t.origin === 'builtin');
  const chosen = id ? builtins.find((t) => t.id === id) : await vscode.window.showQuickPick(
    builtins.map((t) => ({ label: builtinTemplateName(t.id, t.name), detail: builtinTemplateDescription(t.id, t.description), id: t.id, description: `${t.id}.hbs` })), { title: vscode.l10n.t('Mentorship Prep: Customize a Built-in Template'), placeHolder: vscode.l10n.t('Copy which template into the workspace?') });
  if (!chosen) return undefined;
  const source = vscode.Uri.joinPath(context.extensionUri, 'templates', `${chosen.id}.hbs`);
  const target = vscode.Uri.joinPath(folder.uri, ...TEAM_TEMPLATES_FOLDER.split('/'), `${chosen.id}.hbs`);
  if (await exists(target)) {
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; it was opened, not replaced.', displayPath(target)));
    return target.toString();
  }
  await writeText(target, await readText(source));
  await vscode.window.showTextDocument(target, { preview: false });
  // The copy is the layout (headings, order, sections); the sentences stay in the phrasebook, so
  // they keep getting fixes, and one of them is reworded in .mentorship/phrases.json instead.
  void vscode.window.showInformationMessage(vscode.l10n.t('Copied the layout to {0}; it now overrides the built-in one. The sentences still come from the built-in phrases: to reword one, put its ID in {1} (turn on Show message IDs in the Prep Builder to see them). Partials such as {2} stay built-in unless you add your own in {3}/partials/.', displayPath(target), PHRASES_PATH, '{{> script}}', TEAM_TEMPLATES_FOLDER));
  return target.toString();
}

const EXAMPLE_PROFILE = {
  you: { name: 'Sam Rivera', role: 'Software Architect', strengths: 'event-driven integration' },
  leader: { name: 'Dana Okafor', role: 'VP Engineering', initiative: 'the payments platform re-architecture', expertise: 'applying Domain-Driven Design to legacy platforms' },
  challenge: 'scaling our API gateway for 10x user load',
  expertiseApplied: 'using bounded contexts to split the gateway’s routing rules',
  valueYouBring: 'a written summary of each session’s decisions the team can reuse',
  cadence: 'biweekly', sessionMinutes: 30, format: 'mixed',
  culture: { communication: 'indirect', hierarchy: 'hierarchical' },
  relationship: 'skip-level', tone: 'formal',
};
