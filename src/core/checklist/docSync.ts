/** Keeps the prep doc's `- [ ] step` lines and the sidebar checklist in agreement. The doc is the
 *  user's: edits are single characters inside the brackets, nothing else is ever rewritten. */
import { PREP_STEPS, type PrepStep } from './steps';
import { isDone, setDone, type ChecklistState } from './state';

/** The level-2 heading the generated prep doc puts its checklist under. */
export const CHECKLIST_HEADING = 'Prep checklist';

export interface DocEdit {
  /** 0-based, as in VS Code. */
  line: number;
  character: number;
  replacement: 'x' | ' ';
}

export interface MarkdownLine {
  index: number;
  text: string;
  heading?: { level: number; text: string };
  /** A fence line or a line inside a fenced code block: never a heading or a task. */
  code: boolean;
}

/** Lines as VS Code counts them (CRLF, LF or CR), with ATX headings and fenced code marked. */
export function markdownLines(text: string): MarkdownLine[] {
  let fence: { char: string; length: number } | undefined;
  return text.split(/\r\n|\r|\n/).map((line, index) => {
    const f = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (f && f[1][0] === fence.char && f[1].length >= fence.length && f[2].trim() === '') fence = undefined;
      return { index, text: line, code: true };
    }
    if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
      fence = { char: f[1][0], length: f[1].length };
      return { index, text: line, code: true };
    }
    const heading = atxHeading(line);
    return heading ? { index, text: line, code: false, heading } : { index, text: line, code: false };
  });
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * An ATX heading (`## Title ##`): up to three spaces, one to six `#`, then nothing or a blank and
 * the title, an optional closing run of `#` after a blank. Read by hand in one pass: the regex
 * this replaces (a lazy title before an optional closing run) took quadratic time on a heading
 * followed by many blanks.
 */
export function atxHeading(line: string): { level: number; text: string } | undefined {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#') level++;
  if (level < 1 || level > 6) return undefined;
  i += level;
  if (i < line.length && !isBlank(line[i])) return undefined;
  let end = line.length;
  // `.` in the old pattern stopped at line terminators: such a line was no heading.
  for (let j = i; j < end; j++) if (line[j] === '\r' || line[j] === '\n' || line[j] === '\u2028' || line[j] === '\u2029') return undefined;
  while (end > i && isBlank(line[end - 1])) end--;
  let close = end;
  while (close > i && line[close - 1] === '#') close--;
  if (close < end && (close === i || isBlank(line[close - 1]))) end = close;
  const text = line.slice(i, end).trim();
  return { level, text: /^#+$/.test(text) ? '' : text };
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

/** Step task lines that count: under `## Prep checklist` when the doc has it, else anywhere. */
function stepTasks(text: string, steps: readonly PrepStep[]): DocTask[] {
  const byTitle = new Map<string, string>();
  for (const s of steps) if (!byTitle.has(titleKey(s.title))) byTitle.set(titleKey(s.title), s.id);
  const found: (DocTask & { inSection: boolean })[] = [];
  let hasHeading = false;
  let inSection = false;
  for (const l of markdownLines(text)) {
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

/** Step id → ticked in the doc. A step listed twice reads as its first line. */
export function readDocChecks(text: string, steps: readonly PrepStep[] = PREP_STEPS): Map<string, boolean> {
  const checks = new Map<string, boolean>();
  for (const t of stepTasks(text, steps)) if (!checks.has(t.id)) checks.set(t.id, t.checked);
  return checks;
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
