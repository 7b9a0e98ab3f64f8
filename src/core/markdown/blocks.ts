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
  /** Inside a fenced code block (fence lines included): never a heading or a task. Indented code
   *  is not marked: a task list indented by a tab is still the user's list to them. */
  code: boolean;
}

/** Block parsing only; no HTML, links or typography are needed to find headings and code. */
let parser: MarkdownIt | undefined;

export function markdownLines(text: string): MarkdownLine[] {
  // markdown-it ends lines at CRLF, CR or LF too, so its line numbers index this array.
  const lines: MarkdownLine[] = text.split(/\r\n|\r|\n/).map((line, index) => ({ index, text: line, code: false }));
  const tokens = (parser ??= new (markdownIt())('commonmark')).parse(text, {});
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.map) continue;
    if (t.type === 'fence') {
      for (let l = t.map[0]; l < t.map[1] && l < lines.length; l++) lines[l]!.code = true;
    } else if (t.type === 'heading_open' && t.markup.startsWith('#')) {
      const line = lines[t.map[0]];
      if (line) line.heading = { level: Number(t.tag.slice(1)), text: (tokens[i + 1]?.content ?? '').trim() };
    }
  }
  return lines;
}
