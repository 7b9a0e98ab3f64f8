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
  s = s.replace(/[\\`*[\]<>|~]/g, '\\$&');
  // `_` only emphasizes at word edges; leave snake_case readable. Each `_` is judged by its own
  // neighbours, so every underscore of a run like __init__ is escaped.
  s = s.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
  // "&amp;" typed by a user must stay "&amp;", not become "&".
  s = s.replace(/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&');
  // A heading drops a closing run of #s ("Team #"); C# is safe, as no space precedes it.
  s = s.replace(/(^|[ \t])(#+)$/, '$1\\$2');
  // Block syntax can only start a line; a value may start one.
  s = s.replace(/^(#|=|-|\+|>)/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/** A clearly marked prompt that stands in for a missing answer. */
export function fillIn(prompt: string): string {
  return `**[fill in: ${prompt}]**`;
}
