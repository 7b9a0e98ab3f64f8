/**
 * Makes user text safe to drop into a Markdown sentence: one line, no HTML, no emphasis, links,
 * code spans, tables or headings it did not intend, and never an HTML entity. The text reads the
 * same once rendered ("R&D" stays "R&D", "<b>" shows as "<b>").
 */
export function inlineMarkdown(text: string): string {
  // Control characters other than whitespace have no business in a document. Drop them first, so
  // they cannot shield leading whitespace from the trim below.
  // Bidi embedding, override and isolate controls (U+202E) go too: they reorder what a reader sees
  // ("gpj.exe" shown as "exe.jpg") and are never needed to write a right-to-left name.
  // eslint-disable-next-line no-control-regex
  let s = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
  s = s.replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ').replace(/[\t ]+/g, ' ').trim();
  // Escape only what a Markdown renderer would read as syntax in this spot, so the raw doc reads
  // as typed: "p99 < 300 ms at ~5x" and "latency | gateway" keep their characters.
  // A backslash matters only before ASCII punctuation, or at the end (the template's next
  // character may be punctuation).
  s = s.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\');
  // Emphasis needs a `*` with a non-space neighbour; "5 * 3" cannot emphasize.
  s = s.replace(/\*/g, (m, i: number) => (/\s/.test(s[i - 1] ?? 'x') && /\s/.test(s[i + 1] ?? 'x') ? m : '\\*'));
  // A code span needs two backticks. One alone is literal only if nothing else in the paragraph
  // has one, and the same answer can be pasted twice in a paragraph: escape them all.
  s = s.replace(/`/g, '\\`');
  // Strikethrough and fences need two tildes; "~5x" is literal.
  s = s.replace(/~{2,}/g, (run) => run.replace(/~/g, '\\~'));
  // A link or image needs "[" with a "]" after it; a lone "]" is literal.
  const lastClose = s.lastIndexOf(']');
  s = s.replace(/\[/g, (m, i: number) => (i < lastClose ? '\\[' : m));
  // HTML and autolinks start with "<" and a letter, "/", "!" or "?"; "< 300 ms" is literal.
  s = s.replace(/<(?=[\p{L}/!?])/gu, '\\<');
  // `_` only emphasizes at word edges; leave snake_case readable. Each `_` is judged by its own
  // neighbours, so every underscore of a run like __init__ is escaped; one between spaces stays.
  s = s.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (m, i: number) => (/\s/.test(s[i - 1] ?? 'x') && /\s/.test(s[i + 1] ?? 'x') ? m : '\\_'));
  // "&amp;" typed by a user must stay "&amp;", not become "&"; at the end too, as the sentence
  // around it may supply the semicolon ("º&amp" + "; I know…"). Entity names have two characters
  // or more, so a closing "R&D" is left as typed.
  s = s.replace(/&(?=#?[\p{L}\p{N}]+;|#?[\p{L}\p{N}]{2,}$)/gu, '\\&');
  // A heading drops a closing run of #s ("Team #"); C# is safe, as no space precedes it.
  s = s.replace(/(^|[ \t])(#+)$/, '$1\\$2');
  // Block syntax can only start a line; a value may start one.
  s = s.replace(/^(#|=|-|\+|>)/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/** A clearly marked prompt that stands in for a missing answer; `label` in the document's language. */
export function fillIn(prompt: string, label = 'fill in'): string {
  return `**[${label}: ${prompt}]**`;
}
