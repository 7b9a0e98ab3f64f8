import type { StepCounter } from './matcher';

// Where a glossary word is not prose: inside a URL, an e-mail address, a domain name, a file
// path, a Markdown link destination or heading anchor, an HTML attribute, or a code-generation tag
// line (`// +k8s:required`). The matcher asks only about lines that hold a match, each line read
// a fixed number of times, never with a regex: the cost stays linear in the text.

/** The line last analysed and its masked ranges ([start, end) pairs, sorted). */
export interface MaskCache { lineStart: number; lineEnd: number; ranges: number[]; ptr?: number }

/** Top-level domains that end a domain name. Ones that are also common words (in, it, me, to, at,
 *  so, be, no, is) are left out: "debt.So" is a missing space more often than a host. */
const TLDS = new Set(['com', 'org', 'net', 'io', 'dev', 'gov', 'edu', 'mil', 'int', 'co', 'uk', 'de', 'fr', 'jp', 'cn', 'ru', 'eu', 'us', 'ca', 'au',
  'ai', 'app', 'cloud', 'guru', 'info', 'biz', 'tv', 'sh', 'xyz', 'tech', 'site', 'online', 'page', 'blog', 'ly', 'gg', 'nl', 'se', 'ch', 'es', 'pl',
  'br', 'kr', 'tw', 'hk', 'sg', 'cz', 'fi', 'dk', 'nz', 'ie', 'pt', 'gl', 'ms', 'md', 'local', 'internal', 'svc', 'cluster', 'example', 'test', 'localhost']);

/** File extensions that make a word a file name. */
const EXTENSIONS = new Set(['md', 'markdown', 'mdx', 'txt', 'ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json', 'yml', 'yaml', 'toml', 'py', 'go', 'java',
  'kt', 'cs', 'rb', 'rs', 'php', 'c', 'h', 'cpp', 'hpp', 'sh', 'html', 'htm', 'css', 'scss', 'xml', 'svg', 'png', 'jpg', 'jpeg', 'gif', 'pdf', 'proto',
  'sql', 'tf', 'hcl', 'lock', 'cfg', 'ini', 'conf', 'gradle', 'csproj', 'sln', 'adoc', 'rst', 'ipynb', 'puml', 'drawio', 'excalidraw', 'csv', 'vue', 'svelte']);

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x2009;
const isBreak = (c: number) => c === 10 || c === 13;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isLowerAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isHostChar = (c: number) => isAlnum(c) || c === 45 || c === 95;
/** Punctuation that wraps a path or address in prose: `(`, `"`, `<`, `[`, `` ` ``, `'`. */
const isOpener = (c: number) => c === 40 || c === 34 || c === 60 || c === 91 || c === 96 || c === 39 || c === 123;
const isCloser = (c: number) => c === 41 || c === 34 || c === 62 || c === 93 || c === 96 || c === 39 || c === 125 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;

/** Whether a match at [start, end) of text touches a masked range. `from`/`to` bound the lines. */
export function isMasked(text: string, start: number, end: number, from: number, to: number, cache: MaskCache, counter?: StepCounter): boolean {
  return maskedAt(text, start, from, to, cache, counter) || maskedAt(text, end - 1, from, to, cache, counter);
}

function maskedAt(text: string, p: number, from: number, to: number, cache: MaskCache, counter?: StepCounter): boolean {
  if (p < cache.lineStart || p >= cache.lineEnd) {
    let ls = p, le = p;
    while (ls > from && !isBreak(text.charCodeAt(ls - 1))) ls--;
    while (le < to && !isBreak(text.charCodeAt(le))) le++;
    cache.lineStart = ls;
    cache.lineEnd = le + 1;
    cache.ranges = maskLine(text, ls, le, counter);
    cache.ptr = 0;
    if (counter) counter.steps += p - ls + le - p + 1;
  }
  const r = cache.ranges;
  let i = cache.ptr ?? 0;
  if (i >= 2 && r[i - 2]! > p) i = 0; // positions only move forward; be safe if not
  while (i < r.length && r[i + 1]! <= p) i += 2;
  cache.ptr = i;
  return i < r.length && r[i]! <= p;
}

/** The characters without which a run of text is never masked: `]` (a link destination `](`),
 *  `{` (an anchor `{#`), `:` (a scheme, a drive), `@`, `.` (a host, a file name, `./`), `/` and `\\`
 *  (paths), `#` (a heading anchor). maskChunk and maskSegment push nothing for a run without one.
 *  A line break ends the search, so no search reads past the line it serves. */
const MARK = /[\]{:@./\\#\n\r]/g;

/** Characters read by the scans of one line; counted so tests can bound the work per line. */
let reads = 0;

/** Where the next `)` of the line is: every `](` of a line shares one forward scan, so a line of
 *  `](a ](a …` without a `)` is read once, not once per `](`. */
interface LineScan { closeParen: number }

/** Masked ranges of the line text[ls, le), sorted and merged. Reads each character a bounded
 *  number of times (`counter` receives the count). */
export function maskLine(text: string, ls: number, le: number, counter?: StepCounter, everyRun = false): number[] {
  reads = 0;
  const out = maskedRanges(text, ls, le, everyRun);
  if (counter) counter.steps += reads + out.length;
  return out;
}

/** `everyRun` reads runs without a mark too (tests compare the two). */
function maskedRanges(text: string, ls: number, le: number, everyRun: boolean): number[] {
  const out: number[] = [];
  if (isTagLine(text, ls, le)) return [ls, le];
  maskTags(text, ls, le, out);
  const scan: LineScan = { closeParen: -1 };
  if (everyRun) {
    for (let i = ls; i < le;) {
      while (i < le && isBlank(text.charCodeAt(i))) i++;
      const cs = i;
      while (i < le && !isBlank(text.charCodeAt(i))) i++;
      reads += i - cs + 1;
      if (i > cs) maskChunk(text, cs, i, le, out, scan);
    }
    return merge(out);
  }
  // A word of prose ("debt", "teams,") holds none of the marks every mask needs: only the runs
  // around a mark are read, found by a regex that stops at the line's end.
  reads += le - ls;
  for (let from = ls; from < le;) {
    MARK.lastIndex = from;
    const mark = MARK.exec(text)?.index ?? le;
    if (mark >= le || isBreak(text.charCodeAt(mark))) break;
    let cs = mark, ce = mark + 1;
    while (cs > from && !isBlank(text.charCodeAt(cs - 1))) cs--;
    while (ce < le && !isBlank(text.charCodeAt(ce))) ce++;
    reads += ce - cs + 1;
    maskChunk(text, cs, ce, le, out, scan);
    from = ce;
  }
  return merge(out);
}

/** `// +k8s:required`, `# +genclient`, `// +kubebuilder:validation:Enum=a;b`, `// +optional`. */
function isTagLine(text: string, ls: number, le: number): boolean {
  let i = ls;
  while (i < le) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 47 || c === 42 || c === 35 || c === 59 || c === 37 || c === 39 || c === 33 || c === 45) i++;
    else break;
  }
  if (i >= le || text.charCodeAt(i) !== 43 || i + 1 >= le || !isAlnum(text.charCodeAt(i + 1))) return false;
  let j = i + 1;
  let marked = false;
  while (j < le && !isBlank(text.charCodeAt(j))) { const c = text.charCodeAt(j); if (c === 58 || c === 61) marked = true; j++; }
  if (marked) { reads += j - ls; return true; }
  while (j < le && isBlank(text.charCodeAt(j))) j++;
  reads += j - ls;
  return j === le; // a bare `+optional` alone on its line
}

/** HTML tags with a lower-case name (`<a href="…">`, `<img alt="…">`): their attributes. JSX
 *  (a capitalised component or a `{…}` expression) is code, and left alone. */
const TAG_OPEN = /[<\n\r]/g;
function maskTags(text: string, ls: number, le: number, out: number[]): void {
  reads += le - ls;
  for (let i = ls; i < le; i++) {
    TAG_OPEN.lastIndex = i;
    i = TAG_OPEN.exec(text)?.index ?? le;
    if (i >= le || text.charCodeAt(i) !== 60) return;
    let j = i + 1;
    const c = text.charCodeAt(j);
    if (!(c >= 97 && c <= 122)) continue;
    while (j < le && (isLowerAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
    reads += j - i;
    if (j < le && !isBlank(text.charCodeAt(j))) continue;
    let k = j;
    let jsx = false, attributes = false;
    while (k < le && text.charCodeAt(k) !== 62) {
      const d = text.charCodeAt(k);
      if (d === 123) jsx = true;
      else if (d === 61) attributes = true;
      k++;
    }
    reads += k - j;
    if (k >= le) return; // no `>` left on the line
    // Only a tag with `name=value` attributes: `a <b and c > d` in a comment is prose.
    if (!jsx && attributes) out.push(j, k);
    i = k;
  }
}

/** One run of non-blank characters [cs, ce) on a line ending at le. A Markdown link destination
 *  `](dest "title")` inside it is masked and splits it: the link text before it is prose. */
function maskChunk(text: string, cs: number, ce: number, le: number, out: number[], scan: LineScan): void {
  let segment = cs;
  reads += ce - cs;
  for (let i = cs; i + 1 < ce; i++) {
    if (text.charCodeAt(i) !== 93 || text.charCodeAt(i + 1) !== 40) continue;
    if (scan.closeParen < i + 2) {
      let j = i + 2;
      while (j < le && text.charCodeAt(j) !== 41) j++;
      reads += j - i - 1;
      scan.closeParen = j;
    }
    const j = scan.closeParen;
    out.push(i + 2, j);
    if (i > segment) maskSegment(text, segment, i, out);
    segment = Math.min(j + 1, ce);
    i = segment - 1;
  }
  if (segment < ce) maskSegment(text, segment, ce, out);
}

function maskSegment(text: string, cs: number, ce: number, out: number[]): void {
  let at = -1, slashes = 0;
  // The next `}` after the last `{#`: one forward scan shared by every `{#` of the segment.
  let closeBrace = -1;
  reads += 4 * (ce - cs); // this loop, the domain scans and the path tests each read the segment
  for (let i = cs; i < ce; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 && text.charCodeAt(i + 1) === 35 && i + 1 < ce) {
      // A heading id `{#anchor}`.
      if (closeBrace < i + 2) {
        let j = i + 2;
        while (j < ce && text.charCodeAt(j) !== 125) j++;
        reads += j - i - 1;
        closeBrace = j;
      }
      out.push(i + 2, closeBrace);
    } else if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47 && i + 2 < ce) {
      // scheme://… to the end of the chunk
      let s = i;
      while (s > cs && (isAlnum(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 43 || text.charCodeAt(s - 1) === 46 || text.charCodeAt(s - 1) === 45)) s--;
      if (s < i) { out.push(s, ce); return; }
    } else if (c === 64) {
      at = i;
    } else if (c === 47 || c === 92) {
      slashes++;
    }
  }
  // www.example.com, e-mail addresses and domain names, with any path after them.
  if (text.startsWith('www.', cs) || (isOpener(text.charCodeAt(cs)) && text.startsWith('www.', cs + 1))) { out.push(cs, ce); return; }
  if (at > cs && isHostChar(text.charCodeAt(at - 1)) && at + 1 < ce && isAlnum(text.charCodeAt(at + 1)) && hasDomain(text, at + 1, ce)) {
    let s = at;
    while (s > cs && (isHostChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46 || text.charCodeAt(s - 1) === 43 || text.charCodeAt(s - 1) === 37)) s--;
    out.push(s, ce);
    return;
  }
  const d = domainStart(text, cs, ce);
  if (d >= 0) { out.push(d, ce); return; }
  // Paths and file names, without the punctuation around them.
  let ps = cs, pe = ce;
  while (ps < pe && isOpener(text.charCodeAt(ps))) ps++;
  while (pe > ps && isCloser(text.charCodeAt(pe - 1))) pe--;
  if (pe <= ps) return;
  if (isPath(text, ps, pe, slashes)) { out.push(ps, pe); return; }
  // A heading anchor written alone: #back-pressure
  if (text.charCodeAt(ps) === 35 && ps + 1 < pe && isLowerAlnum(text.charCodeAt(ps + 1))) {
    let j = ps + 1;
    while (j < pe && (isLowerAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 45 || text.charCodeAt(j) === 95)) j++;
    if (j === pe) out.push(ps, pe);
  }
}

/** Whether text[s, e) holds a dotted host name ending in a known top-level domain. */
function hasDomain(text: string, s: number, e: number): boolean {
  return domainStart(text, s, e) >= 0;
}

/** Start of the first host name (labels joined by dots, the last a lower-case known TLD) in
 *  text[s, e), or -1. */
function domainStart(text: string, s: number, e: number): number {
  for (let i = s; i < e;) {
    while (i < e && !isHostChar(text.charCodeAt(i))) i++;
    const start = i;
    let labels = 0, lastStart: number;
    for (;;) {
      lastStart = i;
      while (i < e && isHostChar(text.charCodeAt(i))) i++;
      if (i === lastStart) break;
      labels++;
      if (i < e && text.charCodeAt(i) === 46 && i + 1 < e && isHostChar(text.charCodeAt(i + 1))) { i++; continue; }
      break;
    }
    if (labels >= 2 && (start === s || !isAlnum(text.charCodeAt(start - 1)))) {
      const next = i < e ? text.charCodeAt(i) : 32;
      // Followed by the end, a path, a port or punctuation, never by more of a word.
      if (!isAlnum(next) && TLDS.has(text.slice(lastStart, i)) && (next !== 40 /* a call: foo.dev( */)) return start;
    }
    if (i === start) i++;
  }
  return -1;
}

function isPath(text: string, s: number, e: number, slashes: number): boolean {
  const c0 = text.charCodeAt(s), c1 = text.charCodeAt(s + 1);
  // ./x ../x ~/x
  if ((c0 === 46 && (c1 === 47 || (c1 === 46 && text.charCodeAt(s + 2) === 47))) || (c0 === 126 && c1 === 47)) return true;
  // C:\x or C:/x
  if (isAlnum(c0) && c1 === 58 && (text.charCodeAt(s + 2) === 92 || text.charCodeAt(s + 2) === 47)) return true;
  let internal = 0, trailing = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 47 && c !== 92) continue;
    if (i + 1 === e) trailing = i > s;
    else if (i > s && isHostChar(text.charCodeAt(i - 1)) && isHostChar(text.charCodeAt(i + 1))) internal++;
  }
  // /usr/bin, /api/v1 (a leading slash and more)
  if ((c0 === 47 || c0 === 92) && isHostChar(c1) && (internal >= 1 || hasExtension(text, s, e))) return true;
  if (internal >= 1 && trailing) return true;
  // Two slashes or more: a path, unless every part is a capitalised word (DDD/CQRS/ES, Dev/Test/Prod).
  if (internal >= 2) return !capitalisedParts(text, s, e);
  if (slashes === 0 || internal === 0) return hasExtension(text, s, e) && !hasBlank(text, s, e);
  return hasExtension(text, s, e);
}

function capitalisedParts(text: string, s: number, e: number): boolean {
  let first = true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 47) { first = true; continue; }
    if (first ? !(c >= 65 && c <= 90) : !isAlnum(c)) return false;
    first = false;
  }
  return true;
}

function hasExtension(text: string, s: number, e: number): boolean {
  let i = e;
  while (i > s && isLowerAlnum(text.charCodeAt(i - 1))) i--;
  if (i === e || i - 1 <= s || text.charCodeAt(i - 1) !== 46) return false;
  const before = text.charCodeAt(i - 2);
  return (isHostChar(before)) && EXTENSIONS.has(text.slice(i, e));
}

function hasBlank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isBlank(text.charCodeAt(i))) return true;
  return false;
}

function merge(ranges: number[]): number[] {
  if (ranges.length <= 2) return ranges;
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i]!, ranges[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    if (out.length && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}
