import * as vscode from 'vscode';
import { checkInCalendar, suggestedFirstCheckIn } from '../../core/checklist/calendar';
import { appendCheckIn, type CheckIn } from '../../core/checklist/sessionLog';
import { localDate } from '../../core/render/context';
import { parseCheckInTime } from '../../core/checklist/dates';
import type { Services } from '../../services/services';
import { ensureWritable, exists, readText } from '../shared/files';
import { writeGenerated, type IfExists } from '../generate/writer';


/** The active leader's session log (`mentorship/log.md`, or `mentorship/<slug>/log.md`). */
export function logUri(services: Services): vscode.Uri | undefined { return services.leaders.layoutUri('log'); }

async function ask(title: string, prompt: string, placeHolder: string, step: number): Promise<string | undefined> {
  return vscode.window.showInputBox({ title: vscode.l10n.t('Mentorship Prep: Log a Check-in ({0}/4)', step), prompt: `${title}. ${prompt}`, placeHolder, ignoreFocusOut: true });
}

// Split on the bare `;` and trim: `/\s*;\s*/` takes quadratic time on a long run of blanks.
const splitList = (s: string) => s.split(';').map((x) => x.trim()).filter(Boolean);

/** `Mentorship Prep: Log a Check-in` appends a dated entry to the session log, undoably. */
export async function logCheckIn(services: Services, args?: { entry?: Partial<CheckIn>; show?: boolean }): Promise<string | undefined> {
  await services.leaders.ready;
  const uri = logUri(services);
  if (!uri) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the session log is kept in it, next to your prep docs.')); return undefined; }
  const profile = (await services.profiles.load().catch(() => undefined))?.result.profile;
  let entry: CheckIn;
  if (args?.entry) {
    entry = { date: today(), leader: profile?.leader.name ?? '', discussed: '', decisions: [], actions: [], nextTopic: '', ...args.entry };
  } else {
    const discussed = await ask(vscode.l10n.t('What did you discuss'), vscode.l10n.t('One or two sentences.'), vscode.l10n.t('e.g. the routing split for the API gateway'), 1);
    if (discussed === undefined) return undefined;
    const decisions = await ask(vscode.l10n.t('Decisions'), vscode.l10n.t('Separate several with ";".'), vscode.l10n.t('e.g. split routing by bounded context; keep auth at the edge'), 2);
    if (decisions === undefined) return undefined;
    const actions = await ask(vscode.l10n.t('Actions'), vscode.l10n.t('Yours and theirs; separate several with ";". Open ones carry into the next agenda.'), vscode.l10n.t('e.g. draft the ADR (me); intro to the SRE lead (Dana)'), 3);
    if (actions === undefined) return undefined;
    const nextTopic = await ask(vscode.l10n.t('Next topic'), vscode.l10n.t('What the next check-in is about.'), vscode.l10n.t('e.g. the rollout plan'), 4);
    if (nextTopic === undefined) return undefined;
    entry = { date: today(), leader: profile?.leader.name ?? '', discussed, decisions: splitList(decisions), actions: splitList(actions), nextTopic };
  }
  // Never appended through a symbolic link (it could lead outside the workspace).
  try {
    await ensureWritable(uri, { ask: args?.show ?? true });
  } catch (err) {
    void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
    return undefined;
  }
  const existing = (await exists(uri)) ? await readText(uri) : undefined;
  const next = appendCheckIn(existing, entry);
  const edit = new vscode.WorkspaceEdit();
  if (existing === undefined) {
    edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(next) });
  } else {
    // Append only: the text the user already has is never rewritten.
    if (!next.startsWith(existing)) throw new Error(vscode.l10n.t('The session log changed while the entry was being added; nothing was written.'));
    const doc = await vscode.workspace.openTextDocument(uri);
    edit.insert(uri, doc.positionAt(doc.getText().length), next.slice(existing.length));
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('Could not update the session log.'));
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.isDirty) await doc.save();
  if (args?.show ?? true) {
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.revealRange(new vscode.Range(end, end));
  }
  return uri.toString();
}

/** `Mentorship Prep: Export Check-in Calendar` writes an .ics for the agreed cadence. */
export async function exportCalendar(services: Services, args?: { start?: string; ifExists?: IfExists; show?: boolean }): Promise<{ ok: boolean; uri?: string; message?: string }> {
  const loaded = await services.profiles.load().catch(() => undefined);
  if (!loaded?.result.ok) {
    const message = vscode.l10n.t('Save a profile first (leader and challenge): the calendar uses its cadence and session length.');
    void vscode.window.showWarningMessage(message, vscode.l10n.t('Generate Prep Doc')).then((c) => c && vscode.commands.executeCommand('mentorshipPrep.generate'));
    return { ok: false, message };
  }
  let start: Date | undefined;
  if (args?.start) {
    const parsed = parseCheckInTime(args.start);
    if (!parsed.ok) return { ok: false, message: dateProblem(parsed.reason) };
    start = parsed.date;
  }
  if (!start) {
    const suggestion = suggestedFirstCheckIn(new Date());
    const answer = await vscode.window.showInputBox({
      title: vscode.l10n.t('Mentorship Prep: Export Check-in Calendar'), prompt: vscode.l10n.t('Date and time of the first check-in (your local time)'), value: localIso(suggestion), ignoreFocusOut: true,
      validateInput: (v) => { const parsed = parseCheckInTime(v); return parsed.ok ? undefined : dateProblem(parsed.reason); },
    });
    if (answer === undefined) return { ok: false, message: 'cancelled' };
    const parsed = parseCheckInTime(answer);
    if (!parsed.ok) return { ok: false, message: dateProblem(parsed.reason) };
    start = parsed.date;
  }
  const result = checkInCalendar(loaded.result.profile, { start });
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not build the calendar: {0}', result.message));
    return { ok: false, message: result.message };
  }
  let target: vscode.Uri | undefined;
  try { target = services.leaders.layoutUri('calendar'); } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(message);
    return { ok: false, message };
  }
  const written = await writeGenerated(target, result.ics, args?.ifExists ?? 'ask', services.drafts, args?.show ?? true);
  if (written.action !== 'cancelled' && (args?.show ?? true)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Check-in calendar saved. Import the .ics file into your calendar app (Outlook, Google Calendar, Apple Calendar).'));
  }
  return { ok: written.action !== 'cancelled', uri: written.uri?.toString() };
}

function dateProblem(reason: 'needs-time' | 'unreadable'): string {
  return reason === 'needs-time' ? vscode.l10n.t('Add the time too, for example 2026-12-01 10:00') : vscode.l10n.t('Use the form 2026-12-01 10:00');
}
function today(): string { return localDate(new Date()); }
function localIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${localDate(d)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
