/** Keeps the prep doc's `- [ ] step` lines and the sidebar checklist in agreement. The doc is the
 *  user's: edits are single characters inside the brackets, nothing else is ever rewritten. */
import { PREP_STEPS, type PrepStep } from './steps';
import { isDone, setDone, type ChecklistState } from './state';
import { markdownStructure, type MarkdownStructure } from '../markdown/blocks';
import { slug } from '../profile/profile';

/** The level-2 heading the generated prep doc puts its checklist under. */
export const CHECKLIST_HEADING = 'Prep checklist';

export interface DocEdit {
  /** 0-based, as in VS Code. */
  line: number;
  character: number;
  replacement: 'x' | ' ';
}

/** `- [ ] Title`, `* [x] Title`, `+ [X] Title` at any indentation; `character` is the mark's. */
export function parseTaskLine(line: string): { checked: boolean; character: number; title: string } | undefined {
  const m = /^([ \t]*[-*+][ \t]+\[)([ xX])\][ \t]+(\S.*)$/.exec(line);
  return m ? { checked: m[2] !== ' ', character: m[1].length, title: m[3].trim() } : undefined;
}

/** Titles compare trimmed, whitespace-collapsed, case-insensitive; typographic and straight
 *  apostrophes count as the same, since people type the straight one. */
function titleKey(title: string): string {
  return title.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

interface DocTask { line: number; character: number; checked: boolean; id: string }

/** How many times a prep doc's text was parsed; the checklist's progress command reports it, so
 *  the editor tests can check that typing costs no parse of the whole doc. */
export const prepDocParses = { count: 0 };

/** The text parsed last: one sync reads the same text up to four times (the fence check, the
 *  ticks, then the fence check and the edits for the docs), and parses it once. */
let lastParsed: { text: string; structure: MarkdownStructure } | undefined;

function structureOf(text: string): MarkdownStructure {
  if (lastParsed?.text !== text) {
    prepDocParses.count++;
    lastParsed = { text, structure: markdownStructure(text) };
  }
  return lastParsed.structure;
}

/** Step task lines that count: under `## Prep checklist` when the doc has it, else anywhere;
 *  never in code or an HTML comment. */
function stepTasks(text: string, steps: readonly PrepStep[]): DocTask[] {
  const byTitle = new Map<string, string>();
  for (const s of steps) if (!byTitle.has(titleKey(s.title))) byTitle.set(titleKey(s.title), s.id);
  const found: (DocTask & { inSection: boolean })[] = [];
  let hasHeading = false;
  let inSection = false;
  for (const l of structureOf(text).lines) {
    if (l.code) continue;
    if (l.heading) {
      if (l.heading.level <= 2) inSection = l.heading.level === 2 && titleKey(l.heading.text) === titleKey(CHECKLIST_HEADING);
      hasHeading ||= inSection;
      continue;
    }
    const task = parseTaskLine(l.text);
    const id = task && byTitle.get(titleKey(task.title));
    if (task && id) found.push({ line: l.index, character: task.character, checked: task.checked, id, inSection });
  }
  return hasHeading ? found.filter((t) => t.inSection) : found;
}

/** 0-based line of a code fence the doc never closes: every checklist line after it is code, so
 *  the caller says so rather than let those lines silently stop syncing. */
export function unclosedFence(text: string): number | undefined {
  return structureOf(text).unclosedFence;
}

/** Step id → ticked in the doc. A step listed twice reads as its first line, or, given the
 *  current state, as the first of its lines that differs from it: that line is the user's edit
 *  (ticking the second listing must not be undone by the first). */
export function readDocChecks(text: string, steps: readonly PrepStep[] = PREP_STEPS, state?: ChecklistState): Map<string, boolean> {
  const checks = new Map<string, boolean>();
  const changed = new Set<string>();
  for (const t of stepTasks(text, steps)) {
    if (changed.has(t.id)) continue;
    if (state && t.checked !== isDone(state, t.id)) { checks.set(t.id, t.checked); changed.add(t.id); continue; }
    if (!checks.has(t.id)) checks.set(t.id, t.checked);
  }
  return checks;
}

/** Whether a prep doc's file name is the one generated for this leader (`prep-<leader>.md`, or
 *  `prep-doc-<leader>.md` where the leader's name is a reserved Windows name): doc sync ties each
 *  checklist to its own leader's doc. */
export function isLeadersDoc(fileName: string, leaderName: string): boolean {
  const name = fileName.toLowerCase();
  const leader = slug(leaderName);
  return name === `prep-${leader}.md` || name === `prep-doc-${leader}.md`;
}

/** Whether an edit touching these lines (their text after the edit) can change what sync reads:
 *  a task box, a heading, a fence or a comment. Typing prose on other lines needs no sync. */
export function mayAffectChecklist(changedLines: readonly string[]): boolean {
  return changedLines.some((line) => /\[|\]|#|`|~|<!--|-->|^\s*$/.test(line));
}

/** One change of a document as the editor reports it: the 0-based lines it replaced and the text
 *  put in their place. */
export interface TextChange { startLine: number; endLine: number; text: string }

/** Whether a document change can change what sync reads, reading only the lines the change
 *  touched (through `lineAt`, after the change), so a keystroke costs the same in a doc of any
 *  size. Several changes at once (a multi-cursor edit, a tool's edit) give ranges in the text
 *  before the others, so those always sync. */
export function changeMaySync(changes: readonly TextChange[], lineAt: (line: number) => string, lineCount: number): boolean {
  const [only, ...more] = changes;
  if (more.length || !only) return true;
  const first = only.startLine;
  let last = first;
  for (let i = only.text.indexOf('\n'); i >= 0; i = only.text.indexOf('\n', i + 1)) last++;
  last = Math.min(last, lineCount - 1);
  const touched = only.endLine > first ? [''] : []; // lines were removed
  for (let l = first; l <= last; l++) touched.push(lineAt(l));
  return mayAffectChecklist(touched);
}

/** The one-character edits that make every step line in the doc agree with `state`. */
export function docCheckEdits(text: string, state: ChecklistState, steps: readonly PrepStep[] = PREP_STEPS): DocEdit[] {
  return stepTasks(text, steps)
    .filter((t) => t.checked !== isDone(state, t.id))
    .map((t) => ({ line: t.line, character: t.character, replacement: t.checked ? ' ' : 'x' }));
}

/** The doc wins for the steps it lists; the others keep their state. */
export function mergeFromDoc(state: ChecklistState, docChecks: ReadonlyMap<string, boolean>, now: Date = new Date()): ChecklistState {
  let next = state;
  for (const [id, checked] of docChecks) next = setDone(next, id, checked, now);
  return next;
}
