/**
 * Trailing characters dropped by one backward pass. A regex such as `/[\s.]+$/` is tried at every
 * start position and scans each run to its end, so ". . . . x" costs quadratic time; this is linear.
 * `drop` tests one UTF-16 code unit (every character it is used with is in the BMP).
 */
export function trimTrailing(text: string, drop: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Spaces and tabs at the end of every line, in one pass over the lines. */
export function trimLineEnds(text: string): string {
  return text.split('\n').map((line) => trimTrailing(line, (c) => c === ' ' || c === '\t')).join('\n');
}
