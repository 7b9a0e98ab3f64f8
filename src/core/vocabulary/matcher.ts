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

/** A separator that may stand between the words of a phrase: spaces or tabs, one hyphen or
 *  underscore, nothing (an identifier hump), or a single line break followed by indentation and
 *  quote, list or comment continuation marks. */
const FLEXIBLE_GAP = /^(?:[ \t]+|[-_]|[ \t]*\r?\n[ \t]*(?:(?:>|\/\/+|\*|#+|--|;+)[ \t]*)*)?$/;

interface Pattern {
  entry: GlossaryEntry;
  /** Accepted spellings per word: lower-case for phrases, exact for acronyms. */
  words: Set<string>[];
  /** Literal separator required before word i (i ≥ 1), or undefined for a flexible one. */
  gaps: (string | undefined)[];
  caseExact: boolean;
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

function compilePattern(spelling: string, entry: GlossaryEntry): Pattern | undefined {
  const bounds = tokenize(spelling);
  if (bounds.length === 0) return undefined;
  const caseExact = isAcronym(spelling);
  const words: Set<string>[] = [];
  const gaps: (string | undefined)[] = [];
  const n = bounds.length / 2;
  for (let k = 0; k < n; k++) {
    const raw = spelling.slice(bounds[2 * k]!, bounds[2 * k + 1]!);
    const w = caseExact ? raw : raw.toLowerCase();
    words.push(new Set(k === n - 1 ? pluralForms(w, caseExact) : [w]));
    if (k > 0) {
      const gap = spelling.slice(bounds[2 * k - 1]!, bounds[2 * k]!);
      gaps.push(FLEXIBLE_GAP.test(gap) ? undefined : gap);
    } else {
      gaps.push(undefined);
    }
  }
  return { entry, words, gaps, caseExact };
}

/**
 * Finds glossary terms in text. Built once per glossary; matching is proportional to the text
 * given, so a hover passes only the lines around the cursor.
 */
export class TermMatcher {
  private readonly folded = new Map<string, Pattern[]>();
  private readonly exact = new Map<string, Pattern[]>();
  private readonly maxWords: number;

  constructor(readonly entries: readonly GlossaryEntry[]) {
    let maxWords = 1;
    for (const entry of entries) {
      for (const spelling of new Set([entry.name, ...entry.aliases])) {
        const p = compilePattern(spelling, entry);
        if (!p) continue;
        maxWords = Math.max(maxWords, p.words.length);
        const index = p.caseExact ? this.exact : this.folded;
        for (const first of p.words[0]!) {
          const list = index.get(first) ?? [];
          list.push(p);
          index.set(first, list);
        }
      }
    }
    for (const list of [...this.folded.values(), ...this.exact.values()]) list.sort((a, b) => b.words.length - a.words.length);
    this.maxWords = maxWords;
  }

  /** Every match in text[from, to), left to right, longest first, never overlapping. */
  findAll(text: string, from = 0, to = text.length): TermMatch[] {
    const t = tokenize(text, from, to);
    const matches: TermMatch[] = [];
    const n = t.length / 2;
    for (let k = 0; k < n;) {
      const m = this.matchAt(text, t, k, n);
      if (m) {
        matches.push({ start: t[2 * k]!, end: t[2 * (k + m.words) - 1]!, text: text.slice(t[2 * k]!, t[2 * (k + m.words) - 1]!), entry: m.entry });
        k += m.words;
      } else {
        k++;
      }
    }
    return matches;
  }

  /** Whether any term could start with this word; lets a scanner skip most of a file cheaply. */
  get maxPhraseWords(): number { return this.maxWords; }

  private matchAt(text: string, t: number[], k: number, n: number): { words: number; entry: GlossaryEntry } | undefined {
    const s = t[2 * k]!, e = t[2 * k + 1]!;
    const raw = text.slice(s, e);
    let best: { words: number; entry: GlossaryEntry } | undefined;
    for (const [index, key] of [[this.folded, raw.toLowerCase()], [this.exact, raw]] as const) {
      const candidates = index.get(key);
      if (!candidates) continue;
      for (const p of candidates) {
        if (best && best.words >= p.words.length) break;
        if (this.matches(text, t, k, n, p)) best = { words: p.words.length, entry: p.entry };
      }
    }
    return best;
  }

  private matches(text: string, t: number[], k: number, n: number, p: Pattern): boolean {
    const len = p.words.length;
    if (k + len > n) return false;
    for (let i = 1; i < len; i++) {
      const ws = t[2 * (k + i)]!, we = t[2 * (k + i) + 1]!;
      const gap = text.slice(t[2 * (k + i) - 1]!, ws);
      const required = p.gaps[i];
      if (required === undefined ? !FLEXIBLE_GAP.test(gap) : gap !== required) return false;
      const w = text.slice(ws, we);
      if (!p.words[i]!.has(p.caseExact ? w : w.toLowerCase())) return false;
    }
    return true;
  }
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
