/** The block structure of a Markdown text, line by line, as markdown-it (CommonMark) reads it: the
 *  one reader of Markdown structure for doc sync, the session log and the objection cards. */
import type MarkdownIt from 'markdown-it';
import { markdownIt } from '../libraries';

export interface MarkdownLine {
  /** 0-based, as VS Code counts lines (CRLF, LF or CR each end one). */
  index: number;
  text: string;
  /** Set on an ATX heading line (`## Title`). Setext underlines (`---`) are left alone: in notes
   *  they are meant as rules far more often than as headings. */
  heading?: { level: number; text: string };
  /** Inside a fenced or indented code block (fence lines included) or an HTML comment: never a
   *  heading or a task. A list item indented inside a list is list content, not code. */
  code: boolean;
}

export interface MarkdownStructure {
  lines: MarkdownLine[];
  /** 0-based line of a code fence that is never closed (it runs to the end of the text). */
  unclosedFence?: number;
}

/** Block parsing only; no HTML, links or typography are needed to find headings and code. */
let parser: MarkdownIt | undefined;

export function markdownLines(text: string): MarkdownLine[] {
  return markdownStructure(text).lines;
}

export function markdownStructure(text: string): MarkdownStructure {
  let unclosedFence: number | undefined;
  // markdown-it ends lines at CRLF, CR or LF too, so its line numbers index this array.
  const lines: MarkdownLine[] = text.split(/\r\n|\r|\n/).map((line, index) => ({ index, text: line, code: false }));
  const tokens = (parser ??= new (markdownIt())('commonmark')).parse(text, {});
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.map) continue;
    const comment = t.type === 'html_block' && /^[ \t]*<!--/.test(t.content);
    if (t.type === 'fence' || t.type === 'code_block' || comment) {
      for (let l = t.map[0]; l < t.map[1] && l < lines.length; l++) lines[l]!.code = true;
      if (t.type === 'fence' && unclosedFence === undefined && !closesFence(lines[t.map[1] - 1]?.text, t.markup, t.map[1] - 1 > t.map[0])) unclosedFence = t.map[0];
    } else if (t.type === 'heading_open' && t.markup.startsWith('#')) {
      const line = lines[t.map[0]];
      if (line) line.heading = { level: Number(t.tag.slice(1)), text: (tokens[i + 1]?.content ?? '').trim() };
    }
  }
  return unclosedFence === undefined ? { lines } : { lines, unclosedFence };
}

/** Whether `line` (the last line of a fence block) is its closing fence: the opening's character,
 *  at least as many, nothing else but blanks. */
function closesFence(line: string | undefined, markup: string, hasBody: boolean): boolean {
  if (!hasBody || line === undefined) return false;
  const trimmed = line.trim();
  return trimmed.length >= markup.length && [...trimmed].every((c) => c === markup[0]);
}
