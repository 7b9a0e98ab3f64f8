// Which words the editor underlines as glossary terms (mentorshipPrep.vocabulary.underline). Pure:
// no 'vscode', so plain-Node tests check it; termUnderline.ts applies it to the visible editors.
import type { TermMatcher } from '../../core/vocabulary/matcher';

export type UnderlineMode = 'off' | 'markdown' | 'all';
/** The languages `markdown` means: prose, where a reader meets terms (Markdown and plain text). */
export const PROSE_LANGUAGES: ReadonlySet<string> = new Set(['markdown', 'plaintext']);

/** Whether an editor in `languageId` gets underlines under `mode` (anything unknown counts as the default). */
export function underlinesIn(mode: unknown, languageId: string): boolean {
  if (mode === 'off') return false;
  if (mode === 'all') return true;
  return PROSE_LANGUAGES.has(languageId);
}

/** Lines read above and below what is visible, so a term wrapped onto a hidden line still counts. */
export const CONTEXT_LINES = 2;
/** A line longer than this (minified code, a data blob) is not scanned: no term lives in it usefully. */
export const MAX_LINE = 10_000;
/** At most this many lines per editor (a tall window, a split): the cost stays bounded. */
export const MAX_LINES = 2_000;

const WORD = /[\p{L}\p{N}]/u;
/** Where the last word of `line` ends (0 when it has none). */
function lastWordEnd(line: string): number {
  for (let i = line.length; i > 0; i--) if (WORD.test(line[i - 1]!)) return i;
  return 0;
}

export interface LineSpan { first: number; last: number }
export interface TermRange { startLine: number; startCharacter: number; endLine: number; endCharacter: number }

/** Visible spans (possibly overlapping or adjacent, as folding gives them) merged and sorted. */
export function mergeSpans(spans: readonly LineSpan[]): LineSpan[] {
  const sorted = [...spans].filter((s) => s.last >= s.first).sort((a, b) => a.first - b.first);
  const out: LineSpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.first <= prev.last + 1) prev.last = Math.max(prev.last, s.last);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The terms to underline in the visible lines: for each visible span, the lines around it are
 * joined as the document has them and matched as the hover matches (muted terms are already out
 * of `matcher`); a match is kept when it touches a visible line. Cost grows with the lines shown,
 * never with the document's length.
 */
export function termRanges(matcher: TermMatcher, lineCount: number, lineAt: (n: number) => string, visible: readonly LineSpan[]): TermRange[] {
  const out: TermRange[] = [];
  let budget = MAX_LINES;
  for (const span of mergeSpans(visible)) {
    const first = Math.max(0, span.first - CONTEXT_LINES);
    const last = Math.min(lineCount - 1, span.last + CONTEXT_LINES, first + budget - 1);
    if (last < first) break;
    budget -= last - first + 1;
    const starts: number[] = [];
    let text = '';
    for (let n = first; n <= last; n++) {
      starts.push(text.length);
      const line = lineAt(n);
      text += (line.length > MAX_LINE ? '' : line) + '\n';
    }
    const position = (offset: number): [number, number] => {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
      return [first + lo, offset - starts[lo]!];
    };
    for (const m of matcher.findAll(text)) {
      const [startLine, startCharacter] = position(m.start);
      const [endLine, endCharacter] = position(m.end);
      if (endLine < span.first || startLine > span.last) continue;
      if (startLine === endLine) { out.push({ startLine, startCharacter, endLine, endCharacter }); continue; }
      // A term wrapped across lines is underlined word by word, line by line: not under the line
      // break's indentation or a Markdown quote's "> " that the match steps over.
      for (let n = startLine; n <= endLine; n++) {
        const line = lineAt(n);
        const from = n === startLine ? startCharacter : line.search(WORD);
        const to = n === endLine ? endCharacter : lastWordEnd(line);
        if (from >= 0 && to > from) out.push({ startLine: n, startCharacter: from, endLine: n, endCharacter: to });
      }
    }
    if (budget <= 0) break;
  }
  return out;
}
