import * as vscode from 'vscode';

/** The walkthrough's steps (package.json contributes.walkthroughs), each completed by the context key
 *  `mentorshipPrep.walkthrough.<id>` (camel-cased) besides its onView/onCommand events. */
export const WALKTHROUGH_STEPS = ['open', 'generate', 'builder', 'vocabulary', 'follow-up'] as const;
export type WalkthroughStep = (typeof WALKTHROUGH_STEPS)[number];

const DONE_KEY = 'mentorshipPrep.walkthrough.done';
/** 'follow-up' → mentorshipPrep.walkthrough.followUp: a key name without a dash, for when-clause parsing. */
export const contextKey = (step: WalkthroughStep): string => `mentorshipPrep.walkthrough.${step.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;

let state: vscode.Memento | undefined;
/** How many times each step was marked in this session, and by which routes: what the integration tests read. */
const marks = new Map<WalkthroughStep, number>();
const routes = new Set<string>();

/**
 * Why a pulse and not a key left set: VS Code creates its walkthrough service only when something
 * first needs it (usually the Welcome page opening). onView and onCommand events before that are
 * lost, and an onContext key that is already true when the walkthrough registers is recorded as
 * seen without ticking the step, and never ticks it afterwards. So a step's key goes true then back
 * to false each time the user does the thing (a live walkthrough ticks it on the change), and the
 * steps done are remembered and pulsed again whenever a walkthrough editor opens, so what was done
 * before it was first shown ticks too.
 */
async function pulse(step: WalkthroughStep): Promise<void> {
  await vscode.commands.executeCommand('setContext', contextKey(step), true);
  await vscode.commands.executeCommand('setContext', contextKey(step), false);
}

function remembered(): WalkthroughStep[] {
  const saved = state?.get<unknown>(DONE_KEY);
  return Array.isArray(saved) ? saved.filter((s): s is WalkthroughStep => (WALKTHROUGH_STEPS as readonly unknown[]).includes(s)) : [];
}

/** The user did what `step` teaches, by whatever route: tick it in the walkthrough. */
export function markWalkthroughStep(step: WalkthroughStep, route: string): void {
  marks.set(step, (marks.get(step) ?? 0) + 1);
  routes.add(`${step}:${route}`);
  const done = remembered();
  if (!done.includes(step) && state) void state.update(DONE_KEY, [...done, step]);
  void pulse(step).then(undefined, () => undefined);
}

/** The same, only the first time this session (for events as frequent as a hover). */
export function markWalkthroughStepOnce(step: WalkthroughStep, route: string): void {
  if (!routes.has(`${step}:${route}`)) markWalkthroughStep(step, route);
}

/** For `mentorshipPrep.diagnostics`: each step's marks this session and whether it is remembered. */
export type WalkthroughProgress = Record<WalkthroughStep, { marks: number; remembered: boolean; routes: string[] }>;
export function walkthroughProgress(): WalkthroughProgress {
  const done = remembered();
  return Object.fromEntries(WALKTHROUGH_STEPS.map((s) => [s, {
    marks: marks.get(s) ?? 0, remembered: done.includes(s), routes: [...routes].filter((r) => r.startsWith(`${s}:`)).map((r) => r.slice(s.length + 1)),
  }])) as WalkthroughProgress;
}

/** Pulses every step done so far (after the walkthrough editor opened and registered its steps). */
export async function replayWalkthroughProgress(): Promise<void> {
  for (const step of remembered()) await pulse(step);
}

export function registerWalkthroughProgress(context: vscode.ExtensionContext): void {
  state = context.globalState;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const replaySoon = () => {
    if (timer) clearTimeout(timer);
    // The walkthrough registers its steps once the service exists: give it a moment.
    timer = setTimeout(() => void replayWalkthroughProgress().then(undefined, () => undefined), 500);
  };
  context.subscriptions.push(
    // The Welcome page and walkthroughs are editors the API cannot name: their tab has no input.
    vscode.window.tabGroups.onDidChangeTabs((e) => { if (e.opened.some((t) => t.input === undefined)) replaySoon(); }),
    { dispose: () => { if (timer) clearTimeout(timer); } },
  );
}
