import type { GlossaryEntry } from './glossary';
import { isMasked, MaskCache } from './masks';

/** A glossary term found in text: [start, end) holds exactly `text`. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
  /** The entry shown first (the first definition of the spelling). */
  entry: GlossaryEntry;
  /** Every entry with this spelling: a term defined in several contexts keeps each definition. */
  entries: readonly GlossaryEntry[];
}

/** Counts elementary steps (characters read, trie edges followed); for tests of the bound. */
export interface StepCounter { steps: number }

/** Spellings with more words than this are not terms (and would weaken the per-character bound). */
export const MAX_PHRASE_WORDS = 32;

// ---------------------------------------------------------------------------------------------
// Characters. A table classifies every UTF-16 code unit once (non-ASCII ones lazily, the first time
// they are seen): the tokenizer reads one table entry per character.

// Ordered so that one comparison (k < K.Lower) ends a word: other characters and ideographs.
const enum K { Unknown = 0, Other = 1, Ideograph = 2, Lower = 3, Upper = 4, Digit = 5, Letter = 6 }

const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = c >= 97 && c <= 122 ? K.Lower : c >= 65 && c <= 90 ? K.Upper : c >= 48 && c <= 57 ? K.Digit : K.Other;
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Han, kana and Hangul: each character is a word of its own, so Latin written next to them
 *  ("我们使用API Gateway") is still a word. */
function isIdeograph(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x3100 && c <= 0x312f) || (c >= 0x31f0 && c <= 0x31ff);
}

function classify(c: number): number {
  let k = CLASS[c]!;
  if (k === K.Unknown) {
    k = c >= 0xd800 && c <= 0xdfff ? K.Other : isIdeograph(c) ? K.Ideograph : NON_ASCII_WORD.test(String.fromCharCode(c)) ? K.Letter : K.Other;
    CLASS[c] = k;
  }
  return k;
}

function isWordClass(k: number): boolean { return k >= K.Ideograph; }
function isWord(text: string, i: number): boolean { return isWordClass(classify(text.charCodeAt(i))); }
function codeClass(text: string, i: number, to: number): number { return i < to ? classify(text.charCodeAt(i)) : K.Other; }

/**
 * Whether a new word starts at i (an upper-case letter inside a run of letters): camel humps
 * (api|Gateway), an acronym after a lower-case word (my|API|Gateway, get|SLO, check|NFRs), and a
 * capitalised word after an acronym (API|Gateway), but not a lone trailing capital
 * (microservicesX), a plural acronym (NFRs) or a mixed-case acronym (IaC, IaC|Tool).
 * Reads at most the run of capitals that starts at i, which the caller then walks over.
 */
function splitsBefore(text: string, i: number, to: number, counter?: StepCounter): boolean {
  const prev = classify(text.charCodeAt(i - 1));
  if (prev === K.Lower) {
    let j = i + 1;
    while (j < to && classify(text.charCodeAt(j)) === K.Upper) j++;
    if (counter) counter.steps += j - i;
    const run = j - i;
    const after = codeClass(text, j, to);
    if (after === K.Lower) return run !== 2; // aBc, aBCDe (a|BC|De) but not IaCTool
    return run >= 2 && !isWordClass(after); // getSLO(, xDDD but not microservicesX or getK8s
  }
  if (prev === K.Upper) return i + 2 < to && codeClass(text, i + 1, to) === K.Lower && codeClass(text, i + 2, to) === K.Lower;
  return false;
}

/** Reusable token buffers: start, end, and the word id (or, without a word table, the hash of
 *  the lower-cased ASCII word, or NON_ASCII). */
let tStart = new Int32Array(1024), tEnd = new Int32Array(1024), tHash = new Int32Array(1024);
const NON_ASCII = 0x7fffffff;

function grow(): void {
  const n = tStart.length * 2;
  const a = new Int32Array(n), b = new Int32Array(n), c = new Int32Array(n);
  a.set(tStart); b.set(tEnd); c.set(tHash);
  tStart = a; tEnd = b; tHash = c;
}

/** What the tokenizer needs to turn a word into its id as it goes. */
interface WordIds {
  readonly maxLength: number;
  /** A 65,536-bit filter over the words' hashes: most words of a text are rejected by one read. */
  readonly bloom: Int32Array;
  readonly ideographs: boolean;
  idAscii(text: string, s: number, e: number, h: number, counter?: StepCounter): number;
  idAsciiBytes(bytes: Uint8Array, s: number, e: number, h: number): number;
  idFolded(word: string): number;
}

function bloomBit(h: number): number { return (h ^ (h >>> 15)) & 65535; }
function inBloom(bloom: Int32Array, h: number): boolean { const b = bloomBit(h); return (bloom[b >>> 5]! & (1 << (b & 31))) !== 0; }

function wordId(ids: WordIds | undefined, text: string, s: number, e: number, h: number, ascii: boolean, counter?: StepCounter): number {
  if (!ids) return ascii ? h : NON_ASCII;
  if (ascii) {
    if (e - s > ids.maxLength) return -1;
    const b = bloomBit(h);
    if ((ids.bloom[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    return ids.idAscii(text, s, e, h, counter);
  }
  if (e - s > ids.maxLength * 2 + 2) return -1;
  if (counter) counter.steps += 4 * (e - s);
  return ids.idFolded(foldWord(text.slice(s, e)));
}

/** Splits text[from, to) into words in one pass, with their ids when `ids` is given; returns
 *  their count (in the token buffers). */
function scanWords(text: string, from: number, to: number, counter?: StepCounter, ids?: WordIds): number {
  let n = 0;
  let i = from;
  let S = tStart, E = tEnd, H = tHash;
  while (i < to) {
    let c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === K.Other) { i++; continue; }
    if (k === K.Unknown) { k = classify(c); if (k === K.Other) { i++; continue; } }
    if (n + 2 >= S.length) { grow(); S = tStart; E = tEnd; H = tHash; }
    if (k === K.Ideograph) {
      const id = !ids ? NON_ASCII : ids.ideographs ? ids.idFolded(foldWord(text[i]!)) : -1;
      if (id < 0 && n > 0 && H[n - 1] === -1) E[n - 1] = i + 1;
      else { S[n] = i; E[n] = i + 1; H[n++] = id; }
      i++;
      continue;
    }
    // Hash of the word in lower case: `c | 32` lower-cases an ASCII letter and keeps a digit.
    // `bits` gathers every code unit, so bits < 128 tells an ASCII word.
    let start = i, h = 0, bits = 0;
    for (;;) {
      h = (Math.imul(h, 31) + (c | 32)) | 0;
      bits |= c;
      if (++i >= to) break;
      c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) continue; // most characters of a word: no table read, no split
      k = CLASS[c]!;
      if (k < K.Lower) {
        if (k !== K.Unknown) break;
        k = classify(c);
        if (k < K.Lower) break;
      }
      if (k === K.Upper && splitsBefore(text, i, to, counter)) {
        if (n + 2 >= S.length) { grow(); S = tStart; E = tEnd; H = tHash; }
        const id = wordId(ids, text, start, i, h, bits < 128, counter);
        if (id === -1 && ids && n > 0 && H[n - 1] === -1) E[n - 1] = i;
        else { S[n] = start; E[n] = i; H[n++] = id; }
        start = i; h = 0; bits = 0;
      }
    }
    const id = wordId(ids, text, start, i, h, bits < 128, counter);
    // Words outside the glossary only stop a phrase: a run of them is kept as one token (from the
    // first one's start to the last one's end, so the words next to a glossary word are still
    // told apart from glued ones), and matching steps over it at once.
    if (id === -1 && ids && n > 0 && H[n - 1] === -1) E[n - 1] = i;
    else { S[n] = start; E[n] = i; H[n++] = id; }
  }
  if (counter) counter.steps += to - from;
  return n;
}

// ---------------------------------------------------------------------------------------------
// The same tokenizer over a file's bytes, for scans of files read from disk: no string is built
// for a file until a word in it may start a term, and the loop reads one byte per step from one
// kind of array. UTF-8 (valid, as `isUtf8` checks it) or ISO-8859-1, as the CLI decodes files;
// the tokens come out in UTF-16 offsets of the decoded text, so the rest of the matching reads it.

/** Class of a byte: ASCII as above; in UTF-8, MULTI starts a sequence to decode. */
const MULTI = 255;
const BYTES_UTF8 = new Uint8Array(256), BYTES_LATIN1 = new Uint8Array(256);
for (let b = 0; b < 256; b++) { BYTES_LATIN1[b] = classify(b); BYTES_UTF8[b] = b < 128 ? classify(b) : MULTI; }

/** The code point of the UTF-8 sequence at bytes[i] (a lead byte) when it is in the BMP; -1 for
 *  four bytes (a surrogate pair in UTF-16, which the tokenizer reads as two non-word units). */
function decodeAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0xe0) return ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
  return -1;
}
function seqLength(b: number): number { return b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4; }

/** Class of the character whose encoding starts at bytes[i] (i < to). */
function byteClass(bytes: Uint8Array, i: number, utf8: boolean): number {
  const b = bytes[i]!;
  if (b < 128 || !utf8) return BYTES_LATIN1[b]!;
  const c = decodeAt(bytes, i);
  return c < 0 ? K.Other : classify(c);
}

/** splitsBefore over bytes: bytes[i] is an ASCII capital inside a word. */
function splitsBeforeByte(bytes: Uint8Array, i: number, to: number, utf8: boolean): boolean {
  let p = i - 1;
  if (utf8) while ((bytes[p]! & 0xc0) === 0x80) p--;
  const prev = byteClass(bytes, p, utf8);
  if (prev === K.Lower) {
    let j = i + 1;
    while (j < to && bytes[j]! >= 65 && bytes[j]! <= 90) j++;
    const run = j - i;
    const after = j < to ? byteClass(bytes, j, utf8) : K.Other;
    if (after === K.Lower) return run !== 2;
    return run >= 2 && !isWordClass(after);
  }
  if (prev === K.Upper) return i + 2 < to && bytes[i + 1]! >= 97 && bytes[i + 1]! <= 122 && bytes[i + 2]! >= 97 && bytes[i + 2]! <= 122;
  return false;
}

const utf8Decoder = new TextDecoder('utf-8');

/** The id of the non-ASCII word in bytes[bs, be), `length` UTF-16 units long, as wordId gives it. */
function byteWordId(ids: WordIds, bytes: Uint8Array, bs: number, be: number, length: number, utf8: boolean): number {
  if (length > ids.maxLength * 2 + 2) return -1;
  const word = utf8 ? utf8Decoder.decode(bytes.subarray(bs, be)) : String.fromCharCode(...bytes.subarray(bs, be));
  return ids.idFolded(foldWord(word));
}

/** scanWords(text, 0, text.length, undefined, ids) for the text that bytes[from, to) decode to
 *  (UTF-8 when `utf8`, else ISO-8859-1); `from` skips a byte order mark. */
function scanBytes(bytes: Uint8Array, from: number, to: number, utf8: boolean, ids: WordIds): number {
  const T = utf8 ? BYTES_UTF8 : BYTES_LATIN1;
  const bloom = ids.bloom, maxLength = ids.maxLength;
  let n = 0;
  let i = from;
  let d = from; // bytes read minus UTF-16 units decoded: the text offset of bytes[i] is i - d
  let S = tStart, E = tEnd, H = tHash;
  let open = false; // the last token is a run of words outside the glossary
  while (i < to) {
    let c = bytes[i]!;
    let k = T[c]!;
    if (k === K.Other) { i++; continue; }
    const start = i;
    let startD = d;
    if (k === MULTI) {
      const len = seqLength(c);
      c = decodeAt(bytes, i);
      k = c < 0 ? K.Other : classify(c);
      if (k === K.Other) { i += len; d += len === 2 ? 1 : 2; continue; }
      if (k === K.Ideograph) {
        const id = ids.ideographs ? ids.idFolded(foldWord(String.fromCharCode(c))) : -1;
        const u = i - d;
        if (id === -1 && open) E[n - 1] = u + 1;
        else {
          if (n + 2 >= S.length) { grow(); S = tStart; E = tEnd; H = tHash; }
          S[n] = u; E[n] = u + 1; H[n++] = id; open = id === -1;
        }
        i += len; d += len - 1;
        continue;
      }
      // A word starting with this letter: step onto its last byte, as the loop steps one further.
      i += len - 1; d += len - 1;
    }
    let s = start, h = 0, bits = 0;
    for (;;) {
      h = (Math.imul(h, 31) + (c | 32)) | 0;
      bits |= c;
      if (++i >= to) break;
      c = bytes[i]!;
      if (c >= 97 && c <= 122) continue;
      k = T[c]!;
      if (k < K.Lower) break;
      if (k === MULTI) {
        const cp = decodeAt(bytes, i);
        const kk = cp < 0 ? K.Other : classify(cp);
        if (kk < K.Lower) break;
        const len = seqLength(c);
        c = cp; i += len - 1; d += len - 1;
        continue; // a non-ASCII letter is never a capital that starts a new word
      }
      if (k === K.Upper && splitsBeforeByte(bytes, i, to, utf8)) {
        let id = -1;
        if (bits >= 128) id = byteWordId(ids, bytes, s, i, i - d - (s - startD), utf8);
        else if (i - s <= maxLength && inBloom(bloom, h)) id = ids.idAsciiBytes(bytes, s, i, h);
        if (id === -1 && open) E[n - 1] = i - d;
        else {
          if (n + 2 >= S.length) { grow(); S = tStart; E = tEnd; H = tHash; }
          S[n] = s - startD; E[n] = i - d; H[n++] = id; open = id === -1;
        }
        s = i; startD = d; h = 0; bits = 0;
      }
    }
    let id = -1;
    if (bits >= 128) id = byteWordId(ids, bytes, s, i, i - d - (s - startD), utf8);
    else if (i - s <= maxLength && inBloom(bloom, h)) id = ids.idAsciiBytes(bytes, s, i, h);
    if (id === -1 && open) E[n - 1] = i - d;
    else {
      if (n + 2 >= S.length) { grow(); S = tStart; E = tEnd; H = tHash; }
      S[n] = s - startD; E[n] = i - d; H[n++] = id; open = id === -1;
    }
  }
  return n;
}

/**
 * Text that takes every path of scanBytes: camel humps in ASCII and after an accented letter, a
 * word starting with an accent, ideographs, a character outside the BMP, dashes, and enough words
 * to grow the token buffers. The JIT compiles the tokenizer for the paths it has seen taken; a
 * path first met in the middle of a scan (the first UTF-8 file, the first ideograph) throws that
 * code away and the scan goes on several times slower until it is compiled again. Tokenizing this
 * once per thread, before the first file, costs well under a millisecond.
 */
const PRIMER = 'apiGateway CqrsModule getSLO( IaCTool NFRs xDDD HTTPServer k8s naïveAPI ÜberGateway Über straße résumé 微服务 我们使用API 👩‍💻 — … ' +
  'api 微 api Über api naïveAPI api éGateway api 👩‍💻 api — api getSLO( api ' + 'api x '.repeat(700);
let primed = false;

function primeByteScan(ids: WordIds): void {
  primed = true;
  const utf8 = new TextEncoder().encode(PRIMER);
  scanBytes(utf8, 0, utf8.length, true, ids);
  const latin1 = Uint8Array.from(PRIMER, (ch) => ch.charCodeAt(0) & 0xff);
  scanBytes(latin1, 0, latin1.length, false, ids);
}

/** Appends the word tokens of text[from, to) as start/end pairs to `out`. */
export function tokenize(text: string, from = 0, to = text.length, out: number[] = []): number[] {
  const n = scanWords(text, from, to);
  for (let k = 0; k < n; k++) out.push(tStart[k]!, tEnd[k]!);
  return out;
}

/** Folds a word as Contextive does: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.replace(/[äöüßæœ]/g, (ch) => FOLDS[ch]!).normalize('NFD').replace(/\p{M}/gu, '');
}
const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe' };

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

// ---------------------------------------------------------------------------------------------
// Separators. Between the words of a phrase the text may hold (each classified once, by hand, in
// one pass over its characters — no regex):
// - nothing (an identifier hump, or Latin next to an ideograph);
// - blanks: spaces, tabs, no-break, narrow no-break, figure and thin spaces;
// - one hyphen, a hyphen character, a no-break hyphen or an en dash ("event–driven"); one or more
//   underscores (api__gateway);
// - a single line break (LF, CRLF or CR) followed by indentation and quote, list or comment
//   continuation marks: `>`, `//`, `///`, `//!`, `*`, `#`, `--`, `;`, `%`, `'`;
// - any of those blanks or line breaks with emphasis or code marks glued to the words around it
//   ("the **API** gateway", "an `anti-corruption` layer", "technical _debt_");
// - after "vs", a period before the blanks ("Build vs. buy").

const enum G { Unknown = 0, Flexible = 1, Other = 2, AfterPeriod = 3 }

const SPACE = 32, TAB = 9, LF = 10, CR = 13, HYPHEN = 45, UNDERSCORE = 95, GT = 62, SLASH = 47, STAR = 42, HASH = 35, SEMI = 59,
  PERCENT = 37, APOSTROPHE = 39, BANG = 33, BACKTICK = 96, PERIOD = 46, TILDE = 126;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x2009;
}
function isHyphen(c: number): boolean { return c === HYPHEN || c === 0x2010 || c === 0x2011 || c === 0x2013; }
function isEmphasis(c: number): boolean { return c === STAR || c === UNDERSCORE || c === BACKTICK || c === TILDE; }

/** Classifies text[s, e), the characters between two words. Each character is read once. */
function gapClass(text: string, s: number, e: number, counter?: StepCounter): G {
  if (counter) counter.steps += e - s + 1;
  if (e === s) return G.Flexible;
  let c = text.charCodeAt(s);
  if (e - s === 1 && isHyphen(c)) return G.Flexible;
  let i = s;
  if (c === UNDERSCORE) {
    while (i < e && text.charCodeAt(i) === UNDERSCORE) i++;
    if (i === e) return G.Flexible;
    i = s;
  }
  let result = G.Flexible;
  if (c === PERIOD) { result = G.AfterPeriod; i++; }
  // Emphasis or code marks glued to the word before: at most three.
  let marks = 0;
  while (i < e && marks < 3 && isEmphasis(text.charCodeAt(i))) { i++; marks++; }
  // The blanks or line break in the middle, which must not be empty.
  const middle = i;
  while (i < e && isBlank(text.charCodeAt(i))) i++;
  c = i < e ? text.charCodeAt(i) : -1;
  if (c === CR || c === LF) {
    i += c === CR && i + 1 < e && text.charCodeAt(i + 1) === LF ? 2 : 1;
    // Indentation and continuation marks, each followed by blanks.
    while (i < e) {
      c = text.charCodeAt(i);
      if (isBlank(c) || c === GT || c === STAR || c === HASH || c === SEMI || c === PERCENT || c === APOSTROPHE) { i++; continue; }
      if (c === SLASH || c === HYPHEN) {
        let j = i;
        while (j < e && text.charCodeAt(j) === c) j++;
        const run = j - i;
        if (c === SLASH ? run < 2 : run % 2 !== 0) break; // `//+` needs two slashes; `--` comes in pairs
        i = j;
        if (c === SLASH && i < e && text.charCodeAt(i) === BANG) i++; // `//!`
        continue;
      }
      break;
    }
    // Emphasis marks glued to the next word, taken back from the continuation marks if needed.
    if (i < e) {
      let j = i, m = 0;
      while (j < e && m < 3 && isEmphasis(text.charCodeAt(j))) { j++; m++; }
      return j === e ? result : G.Other;
    }
    // The marks read as continuation marks may be emphasis glued to the next word (`\n*debt*`):
    // either way the separator holds one line break and no other words.
    return result;
  }
  if (i === middle) return G.Other;
  // Emphasis or code marks glued to the next word.
  let m = 0;
  while (i < e && m < 3 && isEmphasis(text.charCodeAt(i))) { i++; m++; }
  return i === e ? result : G.Other;
}

/** Whether text[s, e) may stand between the words of a phrase (see above). */
export function isFlexibleGap(text: string, s: number, e: number, counter?: StepCounter): boolean {
  return gapClass(text, s, e, counter) === G.Flexible;
}

// ---------------------------------------------------------------------------------------------
// Patterns. A name or alias becomes a list of words. Phrases compare case-insensitively and with
// accents folded, the last word accepting plural forms; acronyms (two or more capitals in one
// word: DDD, NFRs, IaC) compare case-exactly, or capitalised inside an identifier (CqrsModule).
//
// Spellings are walked down a trie, one word id per step, so the work per character is bounded
// by a constant plus the word count of the longest spelling, whatever the text and however many
// terms share a first word. `StepCounter` lets tests count that work.

interface TrieNode {
  /** Children reached over a flexible separator, by word id. */
  next?: Map<number, TrieNode>;
  /** Children reached over a literal separator (Conway's Law, blue/green), by `gap NUL id`. */
  literal?: Map<string, TrieNode>;
  /** Entries whose spelling ends here, in glossary order. */
  entries?: GlossaryEntry[];
  /** Entries whose spelling ends here followed by symbols that are part of the name ("C++", "F#"),
   *  by those symbols: the text must have them too, so "C++" is not found in every "C". */
  suffixed?: Map<string, GlossaryEntry[]>;
}

/** Symbols a name may end with that belong to it (C++, C#, Notepad++). */
const NAME_SUFFIX = /^[+#]+$/;
function isSuffixChar(c: number): boolean { return c === 43 || c === 35; } // + #

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

/** Prefixes also written closed up: "non-functional" is "nonfunctional" too. */
const CLOSED_PREFIXES = /\b(non|anti|multi|co|pre|re|sub|inter|intra|micro|macro|self|cross)[-\u2010\u2011]/gi;

/** Words after which a period may stand inside a phrase ("Build vs. buy"). */
const ABBREVIATIONS = ['vs', 'v'];

/**
 * Finds glossary terms in text. Built once per glossary; matching is proportional to the text
 * given, so a hover passes only the lines around the cursor.
 */
export class TermMatcher implements WordIds {
  /** Folded word → id; an open-addressed hash table so the tokenizer's hash finds it without
   *  building a string. */
  private words: string[] = [];
  private table = new Int32Array(16).fill(-1);
  private hashes = new Int32Array(16);
  maxLength = 0;
  readonly bloom = new Int32Array(2048);
  ideographs = false;
  /** Exact spellings (acronyms) → id, and per folded id the exact spellings that fold to it. */
  private readonly exactIds = new Map<string, number>();
  private readonly exactOf: (number[] | undefined)[] = [];
  private readonly folded: TrieNode = {};
  private readonly exact: TrieNode = {};
  private readonly maxWords: number;
  private maxLiteralGap = 0;
  private maxSuffix = 0;
  private readonly abbreviations = new Set<number>();
  /** Per folded id: whether any spelling starts with it (folded) or it has exact spellings. */
  private startable = new Uint8Array(16);

  constructor(readonly entries: readonly GlossaryEntry[]) {
    let maxWords = 1;
    for (const entry of entries) {
      const spellings = new Set<string>();
      for (const s of [entry.name, ...entry.aliases]) {
        spellings.add(s);
        CLOSED_PREFIXES.lastIndex = 0;
        if (CLOSED_PREFIXES.test(s)) spellings.add(s.replace(CLOSED_PREFIXES, '$1'));
      }
      for (const spelling of spellings) maxWords = Math.max(maxWords, this.add(spelling, entry));
    }
    for (const a of ABBREVIATIONS) { const id = this.lookup(a); if (id >= 0) this.abbreviations.add(id); }
    this.maxWords = maxWords;
  }

  // ---- the word table ----------------------------------------------------------------------

  idFolded(word: string): number { return this.lookup(word); }

  private lookup(word: string): number {
    const h = hashOf(word);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0) return -1;
      if (this.hashes[slot] === h && this.words[id] === word) return id;
    }
  }

  private intern(word: string): number {
    const found = this.lookup(word);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    this.maxLength = Math.max(this.maxLength, word.length);
    const b = bloomBit(hashOf(word));
    this.bloom[b >>> 5]! |= 1 << (b & 31);
    if (isIdeograph(word.charCodeAt(0))) this.ideographs = true;
    if (id >= this.startable.length) { const s = new Uint8Array(this.startable.length * 2); s.set(this.startable); this.startable = s; }
    // At most one slot in eight used, so a word that is absent is nearly always one probe.
    if (this.words.length * 8 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(word, id);
    return id;
  }

  private place(word: string, id: number): void {
    const h = hashOf(word);
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
    this.table[slot] = id;
    this.hashes[slot] = h;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.words.forEach((w, id) => this.place(w, id));
  }

  /** Id of text[s, e) (lower-case ASCII hashing to h), comparing characters; -1 when absent. */
  idAscii(text: string, s: number, e: number, h: number, counter?: StepCounter): number {
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0) return -1;
      if (this.hashes[slot] !== h) continue;
      const w = this.words[id]!;
      if (w.length !== e - s) continue;
      let i = 0;
      for (; i < w.length; i++) {
        let c = text.charCodeAt(s + i);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== w.charCodeAt(i)) break;
      }
      if (counter) counter.steps += i + 1;
      if (i === w.length) return id;
    }
  }

  /** idAscii for bytes[s, e). */
  idAsciiBytes(bytes: Uint8Array, s: number, e: number, h: number): number {
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0) return -1;
      if (this.hashes[slot] !== h) continue;
      const w = this.words[id]!;
      if (w.length !== e - s) continue;
      let i = 0;
      for (; i < w.length; i++) {
        let c = bytes[s + i]!;
        if (c >= 65 && c <= 90) c += 32;
        if (c !== w.charCodeAt(i)) break;
      }
      if (i === w.length) return id;
    }
  }

  private exactId(word: string): number {
    let id = this.exactIds.get(word);
    if (id === undefined) { id = this.exactIds.size; this.exactIds.set(word, id); }
    return id;
  }

  // ---- building ----------------------------------------------------------------------------

  /** Adds one spelling; returns its word count (0 when it is not a term). */
  private add(spelling: string, entry: GlossaryEntry): number {
    const bounds = tokenize(spelling);
    const n = bounds.length / 2;
    if (n === 0 || n > MAX_PHRASE_WORDS) return 0;
    const caseExact = entry.caseSensitive === true || isAcronym(spelling);
    const tail = spelling.slice(bounds[2 * n - 1]!).trimEnd();
    const suffix = NAME_SUFFIX.test(tail) ? tail : '';
    let nodes: TrieNode[] = [caseExact ? this.exact : this.folded];
    for (let k = 0; k < n; k++) {
      const raw = spelling.slice(bounds[2 * k]!, bounds[2 * k + 1]!);
      const forms = k === n - 1 ? pluralForms(caseExact ? raw : foldWord(raw), caseExact) : [caseExact ? raw : foldWord(raw)];
      const gap = k === 0 ? '' : spelling.slice(bounds[2 * k - 1]!, bounds[2 * k]!);
      const flexible = k === 0 || gapClass(gap, 0, gap.length) === G.Flexible;
      const reached: TrieNode[] = [];
      for (const node of nodes) {
        for (const form of forms) {
          let id: number;
          if (caseExact) {
            id = this.exactId(form);
            const f = this.intern(foldWord(form));
            const list = (this.exactOf[f] ??= []);
            if (!list.includes(id)) list.push(id);
            if (k === 0) this.startable[f] = 1;
          } else {
            id = this.intern(form);
            if (k === 0) this.startable[id] = 1;
          }
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
    // The constructor adds all spellings of one entry before the next, so an entry already here
    // is the last one: no search through a list that one term in thousands of contexts grows.
    for (const node of nodes) {
      let list: GlossaryEntry[] | undefined;
      if (suffix) {
        node.suffixed ??= new Map();
        list = node.suffixed.get(suffix);
        if (!list) { list = []; node.suffixed.set(suffix, list); }
        this.maxSuffix = Math.max(this.maxSuffix, suffix.length);
      } else {
        list = node.entries ??= [];
      }
      if (list[list.length - 1] !== entry) list.push(entry);
    }
    return n;
  }

  // ---- matching ----------------------------------------------------------------------------

  /** Every match in text[from, to), left to right, longest first, never overlapping, leaving out
   *  words inside URLs, e-mail addresses, domains, paths, link targets, HTML attributes and
   *  code-generation tags (see masks.ts). */
  findAll(text: string, from = 0, to = text.length, counter?: StepCounter): TermMatch[] {
    if (this.words.length === 0) return [];
    return this.matchTokens(text, from, to, scanWords(text, from, to, counter, this), counter);
  }

  /**
   * findAll(decode()) for a file's bytes: UTF-8 when `utf8` (valid UTF-8; a byte order mark is
   * skipped, as decoding drops it), else ISO-8859-1. `decode` is called only when some word may
   * start a term: most files of a large scan are never turned into a string.
   */
  findAllInBytes(bytes: Uint8Array, utf8: boolean, decode: () => string): TermMatch[] {
    if (this.words.length === 0) return [];
    const bom = utf8 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (!primed) primeByteScan(this);
    // Read as a plain Uint8Array (a Node Buffer is a subclass): the tokenizer sees one kind of array.
    const view = bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const n = scanBytes(view, bom, view.length, utf8, this);
    let k = 0;
    while (k < n && !this.mayStartAt(k, n)) k++;
    if (k === n) return [];
    const text = decode();
    return this.matchTokens(text, 0, text.length, n, undefined);
  }

  /**
   * Whether a match may start at token k of n, from the word ids alone (no text): its word starts
   * a spelling of one word, or an exact one (acronyms, compared later on the text), or the next
   * word continues a spelling. Most words that start terms ("data", "one", "high", "service") start
   * only phrases, and are seldom followed by their next word: a file with no other is not decoded.
   */
  private mayStartAt(k: number, n: number): boolean {
    const id = tHash[k]!;
    if (id < 0 || this.startable[id] === 0) return false;
    if (this.exactOf[id]) return true;
    const node = this.folded.next?.get(id);
    if (!node) return false;
    if (node.entries || node.suffixed || node.literal) return true;
    const next = k + 1 < n ? tHash[k + 1]! : -1;
    return next >= 0 && node.next !== undefined && node.next.has(next);
  }

  /** The matches over the n tokens in the token buffers, which scanWords found in text[from, to). */
  private matchTokens(text: string, from: number, to: number, n: number, counter: StepCounter | undefined): TermMatch[] {
    const matches: TermMatch[] = [];
    if (n === 0) return matches;
    const ids = tHash, starts = tStart, ends = tEnd;
    if (gapBuffer.length < n) gapBuffer = new Uint8Array(n * 2);
    const gaps = gapBuffer;
    gaps.fill(G.Unknown, 0, n);
    const masks: MaskCache = { lineStart: -1, lineEnd: -1, ranges: [] };
    const state: Walk = { text, to, n, counter, gaps };
    for (let k = 0; k < n; k++) {
      const id = ids[k]!;
      if (id < 0 || this.startable[id] === 0) continue;
      const f = this.walk(state, this.folded, k, false);
      const x = this.exactOf[id] ? this.walk(state, this.exact, k, true) : undefined;
      const m = x && (!f || x.words > f.words) ? x : f;
      if (!m) continue;
      const start = starts[k]!, end = ends[k + m.words - 1]! + m.suffix;
      if (isMasked(text, start, end, from, to, masks, counter)) continue;
      matches.push({ start, end, text: text.slice(start, end), entry: m.entries[0]!, entries: m.entries });
      k += m.words - 1;
    }
    return matches;
  }

  /** The id of word k in the exact trie: its exact spelling, or an acronym written capitalised
   *  inside an identifier (CqrsModule). */
  private exactAt(state: Walk, k: number): number {
    const variants = this.exactOf[tHash[k]!];
    if (!variants) return -1;
    const s = tStart[k]!, e = tEnd[k]!;
    const word = state.text.slice(s, e);
    const id = this.exactIds.get(word);
    if (id !== undefined) return id;
    const glued = (k > 0 && tEnd[k - 1] === s) || (k + 1 < state.n && tStart[k + 1] === e);
    if (glued && e - s >= 2 && classify(word.charCodeAt(0)) === K.Upper) {
      for (let i = 1; i < word.length; i++) if (classify(word.charCodeAt(i)) !== K.Lower) return -1;
      return variants[0]!;
    }
    return -1;
  }

  private gapAt(state: Walk, j: number): G {
    const g = state.gaps[j]!;
    if (g !== G.Unknown) return g;
    return (state.gaps[j] = gapClass(state.text, tEnd[j - 1]!, tStart[j]!, state.counter));
  }

  /** The longest spelling starting at word k, or undefined. */
  private walk(state: Walk, root: TrieNode, k: number, exact: boolean): { words: number; suffix: number; entries: GlossaryEntry[] } | undefined {
    const first = exact ? this.exactAt(state, k) : tHash[k]!;
    if (first < 0) return undefined;
    let node = root.next?.get(first);
    let best: { words: number; suffix: number; entries: GlossaryEntry[] } | undefined;
    for (let j = k; node;) {
      if (state.counter) state.counter.steps++;
      const withSuffix = node.suffixed && this.suffixAt(state, tEnd[j]!, node.suffixed);
      if (withSuffix) best = { words: j - k + 1, ...withSuffix };
      else if (node.entries) best = { words: j - k + 1, suffix: 0, entries: node.entries };
      if (++j >= state.n || !(node.next || node.literal)) break;
      const id = exact ? this.exactAt(state, j) : tHash[j]!;
      if (id < 0) break;
      const g = this.gapAt(state, j);
      if (g === G.Flexible || (g === G.AfterPeriod && this.abbreviations.has(tHash[j - 1]!))) {
        node = node.next?.get(id);
      } else if (node.literal && tStart[j]! - tEnd[j - 1]! <= this.maxLiteralGap) {
        if (state.counter) state.counter.steps += tStart[j]! - tEnd[j - 1]!;
        node = node.literal.get(`${state.text.slice(tEnd[j - 1]!, tStart[j]!)}\0${id}`);
      } else {
        node = undefined;
      }
    }
    return best;
  }

  /** The entries of the name suffix ("++" of C++) that the text has right after a word ending at
   *  `at`, in full (not the start of a longer run of + or #); reads at most maxSuffix + 1 characters. */
  private suffixAt(state: Walk, at: number, suffixed: Map<string, GlossaryEntry[]>): { suffix: number; entries: GlossaryEntry[] } | undefined {
    const text = state.text;
    let e = at;
    while (e < state.to && e - at <= this.maxSuffix && isSuffixChar(text.charCodeAt(e))) e++;
    if (state.counter) state.counter.steps += e - at + 1;
    if (e === at || e - at > this.maxSuffix) return undefined;
    const entries = suffixed.get(text.slice(at, e));
    return entries ? { suffix: e - at, entries } : undefined;
  }

  /** The word count of the longest spelling. */
  get maxPhraseWords(): number { return this.maxWords; }
}

interface Walk { text: string; to: number; n: number; counter: StepCounter | undefined; gaps: Uint8Array }
let gapBuffer = new Uint8Array(1024);

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
