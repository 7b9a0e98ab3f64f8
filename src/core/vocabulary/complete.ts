import { foldWord, type StepCounter } from './matcher';
import type { GlossaryEntry } from './glossary';

// Glossary completion: which glossary spellings to offer for the word being typed, and whether the
// cursor is somewhere a glossary term belongs (prose, or a comment in code). Pure logic; the
// VS Code provider lives in features/vocabulary/completion.ts.

/** Languages whose whole text is prose: terms are offered anywhere in them. */
export const PROSE_LANGUAGES = new Set(['markdown', 'plaintext', 'restructuredtext', 'asciidoc', 'latex', 'tex', 'org', 'git-commit', 'scminput']);

interface CommentSyntax { line: string[]; block?: [string, string] }

const C_LIKE: CommentSyntax = { line: ['//'], block: ['/*', '*/'] };
const HASH: CommentSyntax = { line: ['#'] };
const SYNTAX: Record<string, CommentSyntax> = {
  javascript: C_LIKE, typescript: C_LIKE, javascriptreact: C_LIKE, typescriptreact: C_LIKE, java: C_LIKE, c: C_LIKE, cpp: C_LIKE, csharp: C_LIKE,
  go: C_LIKE, rust: C_LIKE, kotlin: C_LIKE, swift: C_LIKE, scala: C_LIKE, php: { line: ['//', '#'], block: ['/*', '*/'] }, dart: C_LIKE, groovy: C_LIKE,
  jsonc: C_LIKE, 'objective-c': C_LIKE, fsharp: { line: ['//'], block: ['(*', '*)'] }, proto: C_LIKE, proto3: C_LIKE,
  css: { line: [], block: ['/*', '*/'] }, scss: C_LIKE, less: C_LIKE,
  python: HASH, ruby: HASH, shellscript: HASH, yaml: HASH, toml: HASH, perl: HASH, r: HASH, powershell: { line: ['#'], block: ['<#', '#>'] },
  dockerfile: HASH, makefile: HASH, coffeescript: HASH, elixir: HASH, julia: HASH, nix: HASH, terraform: { line: ['#', '//'], block: ['/*', '*/'] }, hcl: { line: ['#', '//'], block: ['/*', '*/'] },
  properties: HASH, ini: { line: [';', '#'] },
  sql: { line: ['--'], block: ['/*', '*/'] }, lua: { line: ['--'] }, haskell: { line: ['--'], block: ['{-', '-}'] },
  clojure: { line: [';'] }, lisp: { line: [';'] }, scheme: { line: [';'] }, erlang: { line: ['%'] }, matlab: { line: ['%'] },
  vb: { line: ["'"] }, bat: { line: ['REM ', '::'] },
  html: { line: [], block: ['<!--', '-->'] }, xml: { line: [], block: ['<!--', '-->'] }, vue: { line: ['//'], block: ['<!--', '-->'] },
};

/** How far back (characters) a block comment's opening is looked for. */
export const BLOCK_WINDOW = 20_000;

/** The text before the cursor that inTermContext needs: the current line up to the cursor and
 *  the lines above it, at most BLOCK_WINDOW characters of them and at most `maxLines` lines. The
 *  cost is bounded by that window, however long the lines are. */
export function textBeforeCursor(getLine: (line: number) => string, line: number, character: number, maxLines = 200): string {
  const parts = [getLine(line).slice(0, character)];
  let budget = BLOCK_WINDOW;
  for (let n = line - 1; n >= 0 && budget > 0 && line - n <= maxLines; n--) {
    const text = getLine(n);
    parts.push(text.length > budget ? text.slice(text.length - budget) : text);
    budget -= text.length + 1;
  }
  return parts.reverse().join('\n');
}

/**
 * Whether a position is in a place where a glossary term belongs: anywhere in a prose language,
 * inside a comment in a known code language, nowhere in an unknown one. `before` is the document's
 * text before the cursor (only its last BLOCK_WINDOW characters are read); one backward pass.
 * `counter` counts the characters inspected (tests).
 */
export function inTermContext(languageId: string, before: string, counter?: StepCounter): boolean {
  if (PROSE_LANGUAGES.has(languageId)) return true;
  const syntax = SYNTAX[languageId];
  if (!syntax) return false;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = before.slice(lineStart);
  if (syntax.line.some((marker) => lineCommentAt(line, marker, counter))) return true;
  if (syntax.block) {
    const window = before.length > BLOCK_WINDOW ? before.slice(before.length - BLOCK_WINDOW) : before;
    if (counter) counter.steps += window.length; // lastIndexOf and indexOf read it about once
    const open = window.lastIndexOf(syntax.block[0]);
    if (open >= 0 && window.indexOf(syntax.block[1], open + syntax.block[0].length) < 0) return !inString(window.slice(Math.max(window.lastIndexOf('\n', open) + 1, 0), open), counter);
  }
  return false;
}

/** Whether `marker` starts a line comment in `line` outside a string literal. One pass over the
 *  line, whatever the number of markers inside strings (`"////…` used to rescan the line before
 *  each one). */
function lineCommentAt(line: string, marker: string, counter?: StepCounter): boolean {
  return walkStrings(line, counter, (i) => {
    if (line[i] !== marker[0] || !line.startsWith(marker, i)) return false;
    // `#` right after a letter or digit is not a comment (C#, #include is a directive, x#y).
    const notComment = (marker === '#' && i > 0 && /[\w$]/.test(line[i - 1]!)) || (marker === '//' && i > 0 && line[i - 1] === ':'); // `://` is a URL
    return !notComment;
  }).stopped;
}

/** Whether the end of `text` (one line) is inside a ' " or ` string literal. */
function inString(text: string, counter?: StepCounter): boolean {
  return walkStrings(text, counter).open;
}

/** One pass over `text` tracking ' " ` string literals (a backslash escapes inside one): `visit`
 *  sees each index outside a literal and stops the walk by returning true. */
function walkStrings(text: string, counter: StepCounter | undefined, visit: (i: number) => boolean = () => false): { stopped: boolean; open: boolean } {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    if (counter) counter.steps++;
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (visit(i)) return { stopped: true, open: false };
    if (c === '"' || c === "'" || c === '`') quote = c;
  }
  return { stopped: false, open: quote !== '' };
}

/** Longer than any glossary spelling: a word typed beyond this is not a term being completed. */
export const MAX_PREFIX = 100;

/** The word being typed: letters, digits, hyphens and apostrophes right before the cursor;
 *  undefined when it is longer than MAX_PREFIX (reading further would only cost time). */
export function typedPrefix(line: string, character: number): string | undefined {
  const end = Math.min(character, line.length);
  let i = end;
  while (i > 0 && end - i <= MAX_PREFIX && /[\p{L}\p{N}\p{M}'’-]/u.test(line[i - 1]!)) i--;
  if (end - i > MAX_PREFIX) return undefined;
  return line.slice(i, character);
}

export interface TermCompletion {
  /** The spelling inserted: the term's name or one of its aliases. */
  spelling: string;
  entry: GlossaryEntry;
  /** Whether `spelling` is an alias (the item then names the term it stands for). */
  alias: boolean;
}

/**
 * Spellings to offer for a typed prefix: names and aliases whose folded form starts with the
 * folded prefix, or one of whose words does (typing "deb" offers Technical Debt). Names first,
 * then aliases, each alphabetical; an empty prefix offers every name.
 */
export function termCompletions(entries: readonly GlossaryEntry[], prefix: string, limit = 200): TermCompletion[] {
  const p = foldWord(prefix.replace(/[’']/g, "'"));
  const fits = (spelling: string) => {
    if (!p) return true;
    const folded = foldWord(spelling);
    return folded.startsWith(p) || folded.split(/[\s\-_/]+/).some((w) => w.startsWith(p));
  };
  const names: TermCompletion[] = [];
  const aliases: TermCompletion[] = [];
  for (const entry of entries) {
    if (fits(entry.name)) names.push({ spelling: entry.name, entry, alias: false });
    if (!p) continue;
    for (const a of entry.aliases) if (a !== entry.name && fits(a)) aliases.push({ spelling: a, entry, alias: true });
  }
  const byName = (a: TermCompletion, b: TermCompletion) => a.spelling.localeCompare(b.spelling);
  return [...names.sort(byName), ...aliases.sort(byName)].slice(0, limit);
}
