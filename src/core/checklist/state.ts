/** Which prep steps are done. Stored as-is in workspaceState, so it stays plain JSON. */
import { PREP_STEPS, type Phase, type PrepStep } from './steps';

export interface ChecklistState {
  /** Step id → ISO date when it was ticked; absent means not done. */
  done: Record<string, string>;
}

export interface Progress {
  done: number;
  total: number;
  /** "5/12" */
  label: string;
  byPhase: Record<Phase, { done: number; total: number }>;
}

export function emptyState(): ChecklistState {
  return { done: {} };
}

export function isDone(state: ChecklistState, id: string): boolean {
  // hasOwn: an id like "toString" must not find Object.prototype.
  return Object.hasOwn(state.done, id);
}

/** A new state with the step ticked or unticked. Ticking a done step keeps its original date;
 *  when nothing changes the same state is returned, so callers can skip a save. */
export function setDone(state: ChecklistState, id: string, done: boolean, now: Date = new Date()): ChecklistState {
  if (isDone(state, id) === done) return state;
  const next = { ...state.done };
  if (done) next[id] = now.toISOString();
  else delete next[id];
  return { done: next };
}

export function progress(state: ChecklistState, steps: readonly PrepStep[] = PREP_STEPS): Progress {
  const byPhase: Progress['byPhase'] = { before: { done: 0, total: 0 }, meeting: { done: 0, total: 0 }, after: { done: 0, total: 0 } };
  let done = 0;
  for (const s of steps) {
    byPhase[s.phase].total++;
    if (!isDone(state, s.id)) continue;
    byPhase[s.phase].done++;
    done++;
  }
  return { done, total: steps.length, label: `${done}/${steps.length}`, byPhase };
}

/** Unticks every step, or only those of one phase. `undo` is the state before, to restore. */
export function reset(state: ChecklistState, phase?: Phase, steps: readonly PrepStep[] = PREP_STEPS): { state: ChecklistState; undo: ChecklistState } {
  if (phase === undefined) return { state: emptyState(), undo: state };
  const next = { ...state.done };
  for (const s of steps) if (s.phase === phase) delete next[s.id];
  return { state: { done: next }, undo: state };
}

/** Whatever storage hands back (an older shape, a hand-edited value, nothing) becomes a valid
 *  state: only known step ids with a date string survive. Never throws. */
export function normalizeState(raw: unknown, steps: readonly PrepStep[] = PREP_STEPS): ChecklistState {
  const done: Record<string, string> = {};
  try {
    const source = isRecord(raw) && isRecord(raw.done) ? raw.done : {};
    const known = new Set(steps.map((s) => s.id));
    for (const id of Object.keys(source)) {
      const value = source[id];
      if (known.has(id) && typeof value === 'string' && !Number.isNaN(Date.parse(value))) done[id] = value;
    }
  } catch {
    // A throwing getter or proxy: keep what was read so far.
  }
  return { done };
}

/** The first step still to do, in step order. */
export function nextStep(state: ChecklistState, steps: readonly PrepStep[] = PREP_STEPS): PrepStep | undefined {
  return steps.find((s) => !isDone(state, s.id));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
