import * as vscode from 'vscode';
import { CADENCES, COMMUNICATION, FORMATS, HIERARCHY, MAX_TEXT, RELATIONSHIPS, TONES, type Profile } from '../../core/profile/profile';
import { validateProfile } from '../../core/profile/validate';

const BACK = Symbol('back');
type Step = (draft: Draft) => Promise<typeof BACK | void>;
type Draft = Record<string, unknown> & { leader: Record<string, unknown>; culture: Record<string, unknown>; you: Record<string, unknown> };

const CADENCE_TEXT: Record<string, string> = { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', 'as-needed': 'Only when a decision needs it' };
const FORMAT_TEXT: Record<string, string> = { meetings: 'short meetings', async: 'written async updates', mixed: 'meetings and async updates' };
const RELATIONSHIP_TEXT: Record<string, [string, string]> = {
  'skip-level': ['Skip-level leader', 'your manager’s manager, or above'],
  'cross-team': ['Leader in another team', 'no reporting line between you'],
  executive: ['Executive', 'CTO, VP, or similar: time is the scarcest thing'],
  'former-manager': ['Former manager', 'turning a boss into a mentor'],
};
const TONE_TEXT: Record<string, string> = { formal: 'formal', warm: 'warm', concise: 'concise' };

/**
 * The guided flow: eight steps at most, prefilled from the saved profile, with a Back button
 * and inline validation. Resolves to the new profile, or undefined when the user cancels.
 */
export async function askForProfile(saved: Profile | undefined): Promise<Profile | undefined> {
  const draft: Draft = structuredClone({ you: {}, culture: {}, ...(saved ?? {}), leader: { ...(saved?.leader ?? {}) } }) as Draft;
  draft.culture ??= {};
  const steps: Step[] = [
    (d) => text(1, 'Who is the leader you are asking?', 'Their name, as you would address them', d.leader, 'name', true),
    (d) => text(2, `What is ${name(d)} known for?`, 'e.g. applying Domain-Driven Design to legacy platforms', d.leader, 'expertise'),
    (d) => text(3, `A project or initiative ${name(d)} led`, 'e.g. the payments platform re-architecture', d.leader, 'initiative'),
    (d) => text(4, 'The challenge you want their view on', 'e.g. scaling our API gateway for 10x user load', d, 'challenge', true),
    (d) => text(5, 'What you bring back to them and the team', 'e.g. a written summary of each session’s decisions', d, 'valueYouBring'),
    (d) => pick(6, 'How often, and in what form?', CADENCES.flatMap((c) => FORMATS.map((f) => ({
      label: `${CADENCE_TEXT[c]}, ${FORMAT_TEXT[f]}`, description: `${d.sessionMinutes ?? 30} minutes`, value: { cadence: c, format: f },
      picked: d.cadence === c && d.format === f,
    }))), (v) => Object.assign(d, v)),
    (d) => pick(7, `How are you related to ${name(d)}?`, RELATIONSHIPS.map((r) => ({
      label: RELATIONSHIP_TEXT[r]![0], description: RELATIONSHIP_TEXT[r]![1], value: r, picked: d.relationship === r,
    })), (v) => { d.relationship = v; }),
    (d) => pick(8, 'The culture of the relationship, and the tone of your script', COMMUNICATION.flatMap((c) => HIERARCHY.flatMap((h) => TONES.map((t) => ({
      label: `${c === 'direct' ? 'Direct' : 'Indirect'} communication, ${h} organization`, description: `${TONE_TEXT[t]} tone`,
      value: { communication: c, hierarchy: h, tone: t },
      picked: d.culture.communication === c && d.culture.hierarchy === h && d.tone === t,
    })))), (v) => { d.culture = { communication: v.communication, hierarchy: v.hierarchy }; d.tone = v.tone; }),
  ];
  for (let i = 0; i < steps.length;) {
    let result: typeof BACK | void;
    try {
      result = await steps[i]!(draft);
    } catch (err) {
      if (err === CANCELLED) return undefined;
      throw err;
    }
    i = result === BACK ? Math.max(0, i - 1) : i + 1;
  }
  const checked = validateProfile(draft);
  return checked.ok ? checked.profile : undefined;
}

const TOTAL = 8;
const CANCELLED = Symbol('cancelled');

function name(d: Draft): string {
  const n = d.leader.name;
  return typeof n === 'string' && n.trim() ? n.trim() : 'them';
}

function text(step: number, title: string, placeholder: string, target: Record<string, unknown>, key: string, required = false): Promise<typeof BACK | void> {
  return new Promise((resolve, reject) => {
    const box = vscode.window.createInputBox();
    box.title = `Mentorship Prep: ${title}`;
    box.step = step;
    box.totalSteps = TOTAL;
    box.placeholder = placeholder;
    box.prompt = required ? 'Required' : 'Optional: leave empty and the doc shows a prompt to fill in';
    box.value = typeof target[key] === 'string' ? (target[key] as string) : '';
    box.ignoreFocusOut = true;
    if (step > 1) box.buttons = [vscode.QuickInputButtons.Back];
    const check = (v: string) => (required && !v.trim() ? 'This answer is needed to write the doc.' : v.length > MAX_TEXT ? `Keep it under ${MAX_TEXT} characters.` : undefined);
    let done = false;
    box.onDidChangeValue((v) => { box.validationMessage = check(v); });
    box.onDidTriggerButton(() => { done = true; box.hide(); resolve(BACK); });
    box.onDidAccept(() => {
      const problem = check(box.value);
      if (problem) { box.validationMessage = problem; return; }
      target[key] = box.value.trim() || undefined;
      done = true;
      box.hide();
      resolve();
    });
    box.onDidHide(() => { box.dispose(); if (!done) reject(CANCELLED); });
    box.show();
  });
}

function pick<T>(step: number, title: string, items: (vscode.QuickPickItem & { value: T; picked?: boolean })[], apply: (v: T) => void): Promise<typeof BACK | void> {
  return new Promise((resolve, reject) => {
    const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
    qp.title = `Mentorship Prep: ${title}`;
    qp.step = step;
    qp.totalSteps = TOTAL;
    qp.items = items;
    qp.ignoreFocusOut = true;
    qp.matchOnDescription = true;
    const current = items.find((i) => i.picked);
    if (current) qp.activeItems = [current];
    qp.buttons = [vscode.QuickInputButtons.Back];
    let done = false;
    qp.onDidTriggerButton(() => { done = true; qp.hide(); resolve(BACK); });
    qp.onDidAccept(() => {
      const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!chosen) return;
      apply(chosen.value);
      done = true;
      qp.hide();
      resolve();
    });
    qp.onDidHide(() => { qp.dispose(); if (!done) reject(CANCELLED); });
    qp.show();
  });
}
