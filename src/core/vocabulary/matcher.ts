import type { GlossaryEntry } from './glossary';

/** A glossary term found in text: [start, end) holds exactly `text`. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
  entry: GlossaryEntry;
}

// ---------------------------------------------------------------------------------------------
// Tokens. Words are runs of letters and digits; inside a run, identifier humps start new words
// (apiGateway → api|Gateway, APIGateway → API|Gateway, TechnicalDebt → Technical|Debt) but a
// lone capital at the end does not (microservicesX stays one word, NFRs stays one word).

const enum C { A = 65, Z = 90, a = 97, z = 122, d0 = 48, d9 = 57 }

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || (c >= C.d0 && c <= C.d9);
  return NON_ASCII_WORD.test(text[i]!);
}
function isUpper(c: number): boolean { return c >= C.A && c <= C.Z; }
function isLower(c: number): boolean { return c >= C.a && c <= C.z; }

/** Appends the word tokens of text[from, to) as start/end pairs to `out`. */
export function tokenize(text: string, from = 0, to = text.length, out: number[] = []): number[] {
  let i = from;
  while (i < to) {
    while (i < to && !isWord(text, i)) i++;
    if (i >= to) break;
    let start = i;
    i++;
    while (i < to && isWord(text, i)) {
      const c = text.charCodeAt(i);
      if (isUpper(c) && isLower(text.charCodeAt(i + 1))) {
        const p = text.charCodeAt(i - 1);
        // aB… (camel hump) or ABc… with at least two lower-case letters (APIGateway, not NFRs)
        if (isLower(p) || (isUpper(p) && isLower(text.charCodeAt(i + 2)) && i + 2 < to)) {
          if (i + 1 < to) { out.push(start, i); start = i; }
        }
      }
      i++;
    }
    out.push(start, i);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Patterns. A name or alias becomes a list of words. Phrases compare case-insensitively, with the
// last word accepting plural forms; acronyms (two or more capitals in one word: DDD, NFRs, IaC)
// compare case-exactly and only as whole words.
//
// Matching never uses a regex over the text: words are found by the tokenizer, the separator
// between two words is classified once by a hand-written scanner (each character read once), and
// the words are walked down a trie of the glossary's spellings. The work per character is
// therefore bounded by a constant plus the word count of the longest spelling, whatever the text
// and however many terms share a first word. `StepCounter` lets tests count that work.

/** Counts elementary steps (characters read, trie edges followed); for tests of the bound. */
export interface StepCounter { steps: number }

/** Spellings with more words than this are not terms (and would weaken the per-character bound). */
export const MAX_PHRASE_WORDS = 32;

const enum G { Unknown = 0, Flexible = 1, Other = 2 }

const SPACE = 32, TAB = 9, LF = 10, CR = 13, HYPHEN = 45, UNDERSCORE = 95, GT = 62, SLASH = 47, STAR = 42, HASH = 35, SEMI = 59;

/**
 * Whether text[s, e) may stand between the words of a phrase: spaces or tabs, one hyphen or
 * underscore, nothing (an identifier hump), or a single line break followed by indentation and
 * quote, list or comment continuation marks (`>`, `//`, `*`, `#`, `--`, `;`). One pass, each
 * character read once; `counter` receives the characters read.
 */
export function isFlexibleGap(text: string, s: number, e: number, counter?: StepCounter): boolean {
  let i = s;
  const done = (ok: boolean) => { if (counter) counter.steps += i - s + 1; return ok; };
  if (e === s) return done(true);
  if (e - s === 1) {
    const c = text.charCodeAt(s);
    if (c === HYPHEN || c === UNDERSCORE) return done(true);
  }
  while (i < e && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (i === e) return done(true);
  // One line break, then indentation and continuation marks, each mark followed by blanks.
  if (text.charCodeAt(i) === CR) i++;
  if (i >= e || text.charCodeAt(i) !== LF) return done(false);
  i++;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === GT || c === STAR || c === HASH || c === SEMI) { i++; continue; }
    if (c === SLASH || c === HYPHEN) {
      let j = i;
      while (j < e && text.charCodeAt(j) === c) j++;
      const run = j - i;
      i = j;
      // `//+` needs two slashes or more; `--` comes in pairs.
      if (c === SLASH ? run < 2 : run % 2 !== 0) return done(false);
      continue;
    }
    return done(false);
  }
  return done(true);
}

interface TrieNode {
  /** Children reached over a flexible separator, by word id. */
  next?: Map<number, TrieNode>;
  /** Children reached over a literal separator (Conway's Law, blue/green), by `gap NUL id`. */
  literal?: Map<string, TrieNode>;
  /** Entries whose spelling ends here (the first is the one reported). */
  entries?: GlossaryEntry[];
}

function singulars(w: string): string[] {
  if (w.length > 3 && w.endsWith('ies')) return [w, w.slice(0, -3) + 'y'];
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return [w, w.slice(0, -1)];
  return [w];
}

function pluralForms(w: string, caseExact: boolean): string[] {
  if (caseExact) return w.endsWith('s') ? [w] : [w, w + 's'];
  const forms = new Set<string>();
  for (const base of singulars(w)) {
    forms.add(base);
    // One plural ending per base: never a bare "s" after s/x/z/ch/sh or consonant + y, so a
    // longer word such as "microservicess" or "serverlesss" does not pass for the term.
    if (/(?:s|x|z|ch|sh)$/.test(base)) forms.add(base + 'es');
    else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + 'ies');
    else forms.add(base + 's');
  }
  return [...forms];
}

function isAcronym(spelling: string): boolean {
  return !/\s/.test(spelling) && (spelling.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/[-_]/.test(spelling);
}

/**
 * Finds glossary terms in text. Built once per glossary; matching is proportional to the text
 * given, so a hover passes only the lines around the cursor.
 */
export class TermMatcher {
  /** Word spellings (lower-case for phrases, exact for acronyms) to small integer ids. */
  private readonly ids = new Map<string, number>();
  private readonly folded: TrieNode = {};
  private readonly exact: TrieNode = {};
  private readonly maxWords: number;
  private maxLiteralGap = 0;

  constructor(readonly entries: readonly GlossaryEntry[]) {
    let maxWords = 1;
    for (const entry of entries) {
      for (const spelling of new Set([entry.name, ...entry.aliases])) {
        const words = this.add(spelling, entry);
        maxWords = Math.max(maxWords, words);
      }
    }
    this.maxWords = maxWords;
  }

  private id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) { id = this.ids.size; this.ids.set(word, id); }
    return id;
  }

  /** Adds one spelling; returns its word count (0 when it is not a term). */
  private add(spelling: string, entry: GlossaryEntry): number {
    const bounds = tokenize(spelling);
    const n = bounds.length / 2;
    if (n === 0 || n > MAX_PHRASE_WORDS) return 0;
    const caseExact = isAcronym(spelling);
    let nodes: TrieNode[] = [caseExact ? this.exact : this.folded];
    for (let k = 0; k < n; k++) {
      const raw = spelling.slice(bounds[2 * k]!, bounds[2 * k + 1]!);
      const w = caseExact ? raw : raw.toLowerCase();
      const forms = k === n - 1 ? pluralForms(w, caseExact) : [w];
      const gap = k === 0 ? '' : spelling.slice(bounds[2 * k - 1]!, bounds[2 * k]!);
      const flexible = k === 0 || isFlexibleGap(gap, 0, gap.length);
      const reached: TrieNode[] = [];
      for (const node of nodes) {
        for (const form of forms) {
          const id = this.id(form);
          let child: TrieNode | undefined;
          if (flexible) {
            node.next ??= new Map();
            child = node.next.get(id);
            if (!child) { child = {}; node.next.set(id, child); }
          } else {
            node.literal ??= new Map();
            child = node.literal.get(`${gap}\0${id}`);
            if (!child) { child = {}; node.literal.set(`${gap}\0${id}`, child); }
            this.maxLiteralGap = Math.max(this.maxLiteralGap, gap.length);
          }
          reached.push(child);
        }
      }
      nodes = reached;
    }
    for (const node of nodes) {
      node.entries ??= [];
      if (!node.entries.includes(entry)) node.entries.push(entry);
    }
    return n;
  }

  /** Every match in text[from, to), left to right, longest first, never overlapping. */
  findAll(text: string, from = 0, to = text.length, counter?: StepCounter): TermMatch[] {
    const t = tokenize(text, from, to);
    if (counter) counter.steps += to - from;
    const n = t.length / 2;
    const folded = new Int32Array(n);
    const exact = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const raw = text.slice(t[2 * k]!, t[2 * k + 1]!);
      folded[k] = this.ids.get(raw.toLowerCase()) ?? -1;
      exact[k] = this.ids.get(raw) ?? -1;
      if (counter) counter.steps += 2 * raw.length;
    }
    const gaps = new Uint8Array(n);
    const gapAt = (j: number): boolean => {
      if (gaps[j] === G.Unknown) gaps[j] = isFlexibleGap(text, t[2 * j - 1]!, t[2 * j]!, counter) ? G.Flexible : G.Other;
      return gaps[j] === G.Flexible;
    };
    const walk = (root: TrieNode, ids: Int32Array, k: number): { words: number; entries: GlossaryEntry[] } | undefined => {
      if (ids[k]! < 0) return undefined;
      let node = root.next?.get(ids[k]!);
      let best: { words: number; entries: GlossaryEntry[] } | undefined;
      for (let j = k; node; ) {
        if (counter) counter.steps++;
        if (node.entries) best = { words: j - k + 1, entries: node.entries };
        if (++j >= n || ids[j]! < 0) break;
        const id = ids[j]!;
        if (gapAt(j)) {
          node = node.next?.get(id);
        } else if (node.literal && t[2 * j]! - t[2 * j - 1]! <= this.maxLiteralGap) {
          if (counter) counter.steps += t[2 * j]! - t[2 * j - 1]!;
          node = node.literal.get(`${text.slice(t[2 * j - 1]!, t[2 * j]!)}\0${id}`);
        } else {
          node = undefined;
        }
      }
      return best;
    };
    const matches: TermMatch[] = [];
    for (let k = 0; k < n;) {
      const f = walk(this.folded, folded, k);
      const x = walk(this.exact, exact, k);
      const m = x && (!f || x.words > f.words) ? x : f;
      if (m) {
        const start = t[2 * k]!, end = t[2 * (k + m.words) - 1]!;
        matches.push({ start, end, text: text.slice(start, end), entry: m.entries[0]! });
        k += m.words;
      } else {
        k++;
      }
    }
    return matches;
  }

  /** The word count of the longest spelling. */
  get maxPhraseWords(): number { return this.maxWords; }
}

/** How far around the cursor a hover looks, so one huge line cannot stall it. */
export const HOVER_WINDOW = 400;

/**
 * The match under `offset` in `text`, looking only at text[offset − HOVER_WINDOW, offset +
 * HOVER_WINDOW] (widened to word edges). Cost depends on the window, never on the text's length.
 */
export function matchAt(matcher: TermMatcher, text: string, offset: number, window = HOVER_WINDOW): TermMatch | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  let from = Math.max(0, offset - window);
  let to = Math.min(text.length, offset + window);
  // Never start or end inside a word: a cut word could look like a whole, different one.
  while (from > 0 && isWord(text, from - 1) && offset - from < window * 2) from--;
  while (to < text.length && isWord(text, to) && to - offset < window * 2) to++;
  // A word still cut at an edge is longer than the window: no term is that long, so drop what is
  // left of it rather than give up (a term next to a huge base64 blob is still found).
  if (from > 0 && isWord(text, from - 1)) while (from < to && isWord(text, from)) from++;
  if (to < text.length && isWord(text, to)) while (to > from && isWord(text, to - 1)) to--;
  // The offset was inside such a word.
  if (from > offset || to < offset) return undefined;
  for (const m of matcher.findAll(text, from, to)) {
    if (m.start <= offset && offset <= m.end) return m;
    if (m.start > offset) break;
  }
  return undefined;
}
