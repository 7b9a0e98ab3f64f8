/** The check-in log (`mentorship/log.md`): one Markdown section per check-in, appended, never
 *  rewritten. Reading it back tolerates hand edits: extra notes, CRLF, missing parts. */
import { inlineMarkdown } from '../render/markdown';
import { parseTaskLine } from './docSync';
import { markdownLines, type MarkdownLine } from '../markdown/blocks';

export interface CheckIn {
  /** YYYY-MM-DD */
  date: string;
  leader: string;
  discussed: string;
  decisions: string[];
  actions: string[];
  nextTopic: string;
}

export const LOG_TITLE = 'Mentorship log';
const LOG_INTRO = 'One entry per check-in, oldest first. Tick an action (`[x]`) once it is done.';
const NONE = '_none_';

export function formatCheckIn(entry: CheckIn): string {
  const text = (s: string) => inlineMarkdown(s) || NONE;
  const list = (items: readonly string[], bullet: string) => {
    const kept = items.map(inlineMarkdown).filter((s) => s !== '');
    return kept.length ? kept.map((s) => `${bullet}${s}`) : [`- ${NONE}`];
  };
  const leader = inlineMarkdown(entry.leader);
  return [
    `## ${inlineMarkdown(entry.date)} · Check-in${leader ? ` with ${leader}` : ''}`,
    '',
    `**Discussed:** ${text(entry.discussed)}`,
    '',
    '**Decisions:**',
    ...list(entry.decisions, '- '),
    '',
    '**Actions:**',
    ...list(entry.actions, '- [ ] '),
    '',
    `**Next topic:** ${text(entry.nextTopic)}`,
    '',
  ].join('\n');
}

/** The log with the entry added at the end: one blank line before it, the file's own line
 *  endings, and the existing text left byte for byte as it was. */
export function appendCheckIn(existing: string | undefined, entry: CheckIn): string {
  if (existing === undefined || existing.trim() === '') return `# ${LOG_TITLE}\n\n${LOG_INTRO}\n\n${formatCheckIn(entry)}`;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing.split(/\r?\n/);
  const blank = (s: string) => /^[ \t]*$/.test(s);
  const last = lines[lines.length - 1];
  // Extra blank lines already there stay (they are the user's); only missing ones are added.
  const separator = last === '' ? (blank(lines[lines.length - 2]) ? '' : eol) : blank(last) ? eol : eol + eol;
  return existing + separator + formatCheckIn(entry).replace(/\n/g, eol);
}

interface Entry { date: string; order: number; lines: MarkdownLine[] }

/** The last log parsed: a preview re-renders with the same log text many times. */
let parsed: { text: string; entries: Entry[] } | undefined;

/** How many times a log was parsed: the count that shows a document not needing the log skips it. */
export const logParses = { count: 0 };

/** Sections under a `## YYYY-MM-DD …` heading, oldest first (file order breaks ties). */
function entries(logText: string): Entry[] {
  if (parsed?.text === logText) return parsed.entries;
  logParses.count++;
  parsed = { text: logText, entries: parseEntries(logText) };
  return parsed.entries;
}

function parseEntries(logText: string): Entry[] {
  const found: Entry[] = [];
  let current: Entry | undefined;
  for (const l of markdownLines(logText)) {
    if (l.heading && l.heading.level <= 2) {
      const date = l.heading.level === 2 ? /^(\d{4}-\d{2}-\d{2})\b/.exec(l.heading.text)?.[1] : undefined;
      current = date ? { date, order: found.length, lines: [] } : undefined;
      if (current) found.push(current);
    } else if (current && !l.code) {
      current.lines.push(l);
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
}

const LABEL = /^[ \t]*\*\*([^*]+?)(?::\*\*|\*\*:)(.*)$/;

/** `**Label:** rest` (or `**Label**: rest`) → rest, when the line starts with that label. */
function labelled(line: string, label: string): string | undefined {
  const m = LABEL.exec(line);
  return m && m[1].trim().toLowerCase() === label.toLowerCase() ? m[2].trim() : undefined;
}

/** The text as a reader sees it: Markdown backslash escapes removed. */
function plain(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Whether the log holds at least one check-in entry (so the next agenda can follow from it). */
export function hasCheckIns(logText: string): boolean {
  return entries(logText).length > 0;
}

/** Unticked actions of every entry, each with its entry's date, oldest first. */
export function openActions(logText: string): { text: string; date: string }[] {
  const open: { text: string; date: string }[] = [];
  for (const e of entries(logText)) {
    let inActions = false;
    for (const { text, heading } of e.lines) {
      // The block runs to the next label (**Decisions:** …) or heading.
      if (heading || LABEL.test(text)) inActions = !heading && labelled(text, 'Actions') !== undefined;
      const task = inActions ? parseTaskLine(text) : undefined;
      if (task && !task.checked) open.push({ text: plain(task.title), date: e.date });
    }
  }
  return open;
}

/** How many open actions the next check-in agenda carries: the latest ones; the rest are counted. */
export const MAX_CARRIED_ACTIONS = 25;

/** The latest MAX_CARRIED_ACTIONS open actions (oldest first) and how many older ones are left out. */
export function carriedActions(logText: string, max = MAX_CARRIED_ACTIONS): { actions: { text: string; date: string }[]; more: number } {
  const open = openActions(logText);
  const more = Math.max(0, open.length - max);
  return { actions: open.slice(more), more };
}

/** The "Next topic" of the latest entry that has one; undefined when it was left empty. */
export function lastNextTopic(logText: string): string | undefined {
  let topic: string | undefined;
  for (const e of entries(logText)) {
    for (const { text } of e.lines) {
      const value = labelled(text, 'Next topic');
      if (value !== undefined) topic = value;
    }
  }
  return topic === undefined || topic === '' || topic === NONE ? undefined : plain(topic);
}
