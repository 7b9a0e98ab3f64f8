/** Offsets of the first character of every line (after `\n`), for turning offsets into positions. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line and character of `offset`, by binary search over `lineStarts(text)`. */
export function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
  return { line: lo, character: offset - starts[lo]! };
}

/**
 * Line and column of offsets visited left to right, each line break found once: a file's matches
 * come in order, so this is linear in the file, where a `lineStarts` table is a second pass and an
 * array as long as the file has lines. An offset behind the previous one starts over.
 */
export class LineCursor {
  private line = 0;
  private lineStart = 0;
  private nextBreak: number;
  private last = 0;
  constructor(private readonly text: string) { this.nextBreak = text.indexOf('\n'); }

  at(offset: number): { line: number; character: number } {
    if (offset < this.last) { this.line = 0; this.lineStart = 0; this.nextBreak = this.text.indexOf('\n'); }
    while (this.nextBreak >= 0 && this.nextBreak < offset) {
      this.line++;
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = this.text.indexOf('\n', this.lineStart);
    }
    this.last = offset;
    return { line: this.line, character: offset - this.lineStart };
  }
}
