/**
 * "Update, keeping my edits": a three-way merge of the last generated version (base), the user's
 * file (mine) and the new render (theirs). Lines are merged first; where both sides changed the
 * same lines, the hunk is merged again by sentence (and by checkbox mark), so a tick or an edited
 * sentence survives a new tone in the rest of the paragraph. What still collides is written as
 * standard conflict markers, the user's text first.
 */
import { diff3Merge } from 'node-diff3';

export interface ConflictLabels {
  /** After `<<<<<<<`: the user's text. */
  mine: string;
  /** After `>>>>>>>`: the new render. */
  theirs: string;
}

export interface UpdateMerge {
  /** The merged text, with conflict markers where both sides changed the same sentence. */
  text: string;
  /** How many conflict blocks the text holds. */
  conflicts: number;
}

export const CONFLICT_START = '<<<<<<<';
export const CONFLICT_MIDDLE = '=======';
export const CONFLICT_END = '>>>>>>>';

export function mergeUpdate(base: string, mine: string, theirs: string, labels: ConflictLabels): UpdateMerge {
  // The user's line endings win: an editor on Windows may have saved the file with CRLF.
  const eol = mine.includes('\r\n') ? '\r\n' : '\n';
  const [o, a, b] = [base, mine, theirs].map((t) => lineTokens(t.replace(/\r\n/g, '\n')));
  let text = '';
  let conflicts = 0;
  for (const region of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (region.ok) {
      text += region.ok.join('');
      continue;
    }
    const hunk = region.conflict!;
    const refined = mergeClean(sentenceTokens(hunk.a.join('')), sentenceTokens(hunk.o.join('')), sentenceTokens(hunk.b.join('')))
      ?? mergeLineByLine(hunk.a, hunk.o, hunk.b);
    if (refined !== undefined) {
      text += refined;
      continue;
    }
    conflicts++;
    text += `${CONFLICT_START} ${labels.mine}\n${withNewline(hunk.a.join(''))}${CONFLICT_MIDDLE}\n${withNewline(hunk.b.join(''))}${CONFLICT_END} ${labels.theirs}\n`;
  }
  // A conflict at the very end added a newline the three inputs may not have had.
  if (conflicts > 0 && !endsWithNewline(mine) && !endsWithNewline(theirs)) text = text.replace(/\n$/, '');
  return { text: eol === '\n' ? text : text.replace(/\n/g, eol), conflicts };
}

/** True when `text` holds a line that starts a conflict block (what is left to resolve). */
export function hasConflictMarkers(text: string): boolean {
  return text.split('\n').some((line) => line.startsWith(`${CONFLICT_START} `) || line === CONFLICT_START);
}

/** The merged text when the three token lists merge without a conflict, else undefined. */
function mergeClean(a: string[], o: string[], b: string[]): string | undefined {
  let text = '';
  for (const region of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (!region.ok) return undefined;
    text += region.ok.join('');
  }
  return text;
}

/**
 * Sentence merges refuse changes that touch (a box ticked in one version, its words changed in the
 * other); when the three sides have the same lines, each line's checkbox mark and its words are
 * merged on their own.
 */
function mergeLineByLine(a: string[], o: string[], b: string[]): string | undefined {
  if (a.length !== o.length || b.length !== o.length) return undefined;
  let text = '';
  for (let i = 0; i < o.length; i++) {
    const [markA, markO, markB] = [a[i]!, o[i]!, b[i]!].map((line) => CHECKBOX.exec(line)?.[0] ?? '');
    const mark = markA === markO ? markB : markB === markO || markA === markB ? markA : undefined;
    const words = mergeClean(sentenceTokens(a[i]!.slice(markA.length)), sentenceTokens(o[i]!.slice(markO.length)), sentenceTokens(b[i]!.slice(markB.length)));
    if (mark === undefined || words === undefined) return undefined;
    text += mark + words;
  }
  return text;
}

function endsWithNewline(text: string): boolean {
  return text === '' || text.endsWith('\n');
}

function withNewline(text: string): string {
  return endsWithNewline(text) ? text : `${text}\n`;
}

/** Lines, each with its `\n` (the last may have none); joined they give the text back. */
export function lineTokens(text: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    tokens.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) tokens.push(text.slice(start));
  return tokens;
}

const CHECKBOX = /^[ \t]*[-*+] \[[ xX]\] /;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '*', '_']);

/**
 * Sentences, each with the spaces after it; a line's newline and a list item's `- [ ] ` mark are
 * tokens of their own. Joined they give the text back. One pass, linear in the text.
 */
export function sentenceTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const line of lineTokens(text)) {
    const body = line.endsWith('\n') ? line.slice(0, -1) : line;
    const mark = CHECKBOX.exec(body)?.[0] ?? '';
    if (mark) tokens.push(mark);
    let start = mark.length;
    let i = start;
    while (i < body.length) {
      if (!SENTENCE_END.has(body[i]!)) { i++; continue; }
      let end = i + 1;
      while (end < body.length && (SENTENCE_END.has(body[end]!) || CLOSERS.has(body[end]!))) end++;
      if (end < body.length && body[end] !== ' ' && body[end] !== '\t') { i = end; continue; }
      while (end < body.length && (body[end] === ' ' || body[end] === '\t')) end++;
      tokens.push(body.slice(start, end));
      start = i = end;
    }
    if (start < body.length) tokens.push(body.slice(start));
    if (line.endsWith('\n')) tokens.push('\n');
  }
  return tokens;
}
