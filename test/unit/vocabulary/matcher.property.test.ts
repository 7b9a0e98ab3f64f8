import * as assert from 'assert';
import fc from 'fast-check';
import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { matchAt, tokenize } from '../../../src/core/vocabulary/matcher';
import { brokenInvariant, builtins, fuzzRuns } from './helpers';

// Generated documents mix glossary phrases (random letter case, random separators including
// hyphens, line breaks and Markdown quote/list prefixes), code identifiers, near misses, Unicode
// and Markdown punctuation. Raise the run count with FUZZ_RUNS=100000 npm run test:unit.

const RUNS = fuzzRuns(10_000);

/** Every spelling of the built-in glossary, with the entry it belongs to. */
const SPELLINGS: { spelling: string; entry: GlossaryEntry }[] = builtinGlossary().flatMap((entry) =>
  [entry.name, ...entry.aliases].map((spelling) => ({ spelling, entry })));

/** Same rule as the matcher: acronyms (two or more capitals in one unspaced word) are exact. */
function isAcronym(s: string): boolean {
  return !/[\s\-_]/.test(s) && (s.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** A spelling split the way the matcher splits it: words, and the separators between them. */
function split(spelling: string): { words: string[]; gaps: string[] } {
  const b = tokenize(spelling);
  const words: string[] = [];
  const gaps: string[] = [];
  for (let i = 0; i < b.length; i += 2) {
    words.push(spelling.slice(b[i], b[i + 1]));
    if (i > 0) gaps.push(spelling.slice(b[i - 1], b[i]));
  }
  return { words, gaps };
}

/** Separators allowed between the words of a phrase. */
const JOINING = [' ', '  ', '\t', ' \t ', '-', '_', '\n', '\r\n', '  \n', '\n> ', '\n> > ', '\n  ', '\n   ', '\n// ', '\n * '];
/** Separators that must not join a phrase. */
const BREAKING = ['\n\n', '\n \n', '\r\n\r\n', '\n>\n> ', '--', ' - ', ', ', '. ', '/', '(', ')', '*', '`', '\n- ', ':'];
/** Filler that is not part of any term. */
const FILLER = ['the', 'a', 'we', 'Ünïcødé', 'naïve', 'café', 'İstanbul', 'straße', 'x', 'zzz', 'K', 'DDDX', 'xDDD', 'ddd', 'undesign', 'microservicesX',
  'technical', 'debt', 'design', 'gateway', 'API', 'pattern', 'consistency', 'refactorings', 'NFRs', 'nfr', '42', '🎉', '👩‍💻', '\u0301', '\u200b', '\u00a0', '\ud800'];
/** Markdown and code punctuation. */
const PUNCTUATION = ['# ', '## ', '> ', '- ', '* ', '1. ', '**', '_', '`', '```\n', '[', '](https://x.io)', '|', '---', '(', ')', ',', '.', ';', "'s", '’s', '"', '<!-- ', ' -->', '\\', '//', '/*', '*/', '=', '{', '}'];

/** Letter cases of a word: as written, lower, UPPER or Capitalised (never mixed inside a word,
 *  which would add identifier humps). */
const CASES: ((w: string) => string)[] = [
  (w) => w,
  (w) => w.toLowerCase(),
  (w) => w.toUpperCase(),
  (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
];

/** Whether a separator in a spelling is a space or hyphen, which the text may write differently;
 *  any other (the apostrophe of Conway's Law) must be written as is. */
function isFlexible(gap: string): boolean {
  return /^[ -]+$/.test(gap);
}

/** A glossary phrase in random letter case with joining separators; acronyms stay as written. */
const joinedPhrase: fc.Arbitrary<{ text: string; entry: GlossaryEntry }> = fc.constantFrom(...SPELLINGS).chain(({ spelling, entry }) => {
  const { words, gaps } = split(spelling);
  if (isAcronym(spelling)) return fc.constant({ text: spelling, entry });
  const sized = <T>(arb: fc.Arbitrary<T>, n: number) => fc.array(arb, { minLength: n, maxLength: n });
  return fc.tuple(sized(fc.constantFrom(...CASES), words.length), sized(fc.constantFrom(...JOINING), gaps.length)).map(([cases, seps]) => {
    let text = cases[0]!(words[0]!);
    for (let i = 1; i < words.length; i++) text += (isFlexible(gaps[i - 1]!) ? seps[i - 1]! : gaps[i - 1]!) + cases[i]!(words[i]!);
    return { text, entry };
  });
});

/** A glossary phrase written as a code identifier (camelCase, PascalCase, snake_case, kebab-case). */
const identifier = fc.constantFrom(...SPELLINGS.filter(({ spelling }) => !isAcronym(spelling) && split(spelling).words.every((w) => /^[a-z]{2,}$/i.test(w))))
  .chain(({ spelling, entry }) => fc.constantFrom<(ws: string[]) => string>(
    (ws) => ws.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join(''),
    (ws) => ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(''),
    (ws) => ws.map((w) => w.toLowerCase()).join('_'),
    (ws) => ws.map((w) => w.toUpperCase()).join('_'),
    (ws) => ws.map((w) => w.toLowerCase()).join('-'),
  ).map((style) => ({ text: style(split(spelling).words), entry })));

/** A small seeded generator (mulberry32): documents are decoded from plain numbers, which is far
 *  cheaper than nesting arbitraries and still shrinks well (fewer numbers, shorter document). */
function random(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BETWEEN_FRAGMENTS = [' ', ' ', ' ', '\n', '', '\n\n', '\n> ', '  ', '\t'];

/** One document fragment and the separator after it, chosen by `seed`. */
function fragmentOf(seed: number): string {
  const r = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const kind = r();
  let text: string;
  if (kind < 0.4) {
    // A glossary phrase, letter case per word, separators joining or breaking it.
    const { spelling } = pick(SPELLINGS);
    const { words, gaps } = split(spelling);
    if (isAcronym(spelling)) {
      text = spelling;
    } else {
      text = pick(CASES)(words[0]!);
      for (let i = 1; i < words.length; i++) {
        text += (isFlexible(gaps[i - 1]!) ? pick(r() < 0.8 ? JOINING : BREAKING) : gaps[i - 1]!) + pick(CASES)(words[i]!);
      }
    }
  } else if (kind < 0.55) {
    // A glossary phrase as an identifier.
    const ws = split(pick(SPELLINGS).spelling).words;
    text = pick([
      () => ws.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join(''),
      () => ws.map((w) => w.toLowerCase()).join('_'),
      () => ws.map((w) => w.toUpperCase()).join('_'),
    ])();
  } else if (kind < 0.8) {
    text = pick(FILLER);
  } else if (kind < 0.93) {
    text = pick(PUNCTUATION);
  } else {
    // Any UTF-16 code units, lone surrogates included.
    text = '';
    for (let n = Math.floor(r() * 6); n > 0; n--) text += String.fromCharCode(Math.floor(r() * 0x10000));
  }
  return text + pick(BETWEEN_FRAGMENTS);
}

/** Documents of up to ~2,000 characters (often longer than a hover window), without huge words. */
const documentText = fc.array(fc.integer(), { maxLength: 160, size: 'medium' }).map((seeds) => seeds.map(fragmentOf).join(''));

suite('Vocabulary matcher: properties', function () {
  // The default runs take a few seconds; FUZZ_RUNS may ask for many more.
  this.timeout(Math.max(20_000, RUNS * 5));

  test(`findAll never throws and reports exact, sorted, non-overlapping ranges (${RUNS} runs)`, () => {
    const entries = new Set(builtinGlossary());
    fc.assert(fc.property(documentText, (text) => {
      const matches = builtins().findAll(text);
      const broken = brokenInvariant(text, matches);
      if (broken) throw new Error(broken);
      for (const m of matches) if (!entries.has(m.entry)) throw new Error(`${m.text} has a foreign entry`);
    }), { numRuns: RUNS });
  });

  test(`matchAt at random offsets agrees with findAll over the whole text (${RUNS} runs)`, () => {
    fc.assert(fc.property(documentText, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (text, fractions) => {
      const all = builtins().findAll(text);
      for (const offset of [...fractions.map((f) => Math.floor(f * text.length)), -1, text.length, text.length + 1]) {
        const m = matchAt(builtins(), text, offset);
        if (!m) continue;
        if (!(m.start <= offset && offset <= m.end)) throw new Error(`match [${m.start}, ${m.end}) does not hold offset ${offset}`);
        if (!all.some((a) => a.start === m.start && a.end === m.end && a.entry === m.entry && a.text === m.text)) {
          throw new Error(`matchAt at ${offset} found ${JSON.stringify(m.text)} [${m.start}, ${m.end}), which findAll does not report`);
        }
      }
    }), { numRuns: RUNS });
  });

  test(`matchAt finds every match findAll reports, from its start, middle and end (${Math.ceil(RUNS / 10)} runs)`, () => {
    fc.assert(fc.property(documentText, (text) => {
      for (const a of builtins().findAll(text)) {
        for (const offset of [a.start, a.end, (a.start + a.end) >> 1]) {
          const m = matchAt(builtins(), text, offset);
          // Adjacent matches (createApiGatewayClient) may share the offset a.start.
          if (!m || m.end < a.start || m.start > a.end) throw new Error(`nothing under ${offset}, inside ${JSON.stringify(a.text)}`);
        }
      }
    }), { numRuns: Math.ceil(RUNS / 10) });
  });

  test(`a phrase written with any allowed separators and letter case is found whole (${RUNS} runs)`, () => {
    const phrase = fc.oneof(joinedPhrase, identifier);
    fc.assert(fc.property(phrase, fc.constantFrom('', '> ', '- ', '(', '**'), fc.constantFrom('', '.', ')', '**', "'s", '’s', ' zzz'), ({ text, entry }, before, after) => {
      const doc = `zzz ${before}${text}${after}\nzzz`;
      const matches = builtins().findAll(doc);
      const expected = [{ start: 4 + before.length, end: 4 + before.length + text.length, text, entry: entry.name }];
      assert.deepStrictEqual(matches.map((m) => ({ start: m.start, end: m.end, text: m.text, entry: m.entry.name })), expected);
    }), { numRuns: RUNS });
  });

  test(`a phrase broken by a blank line or other punctuation is not found whole (${Math.ceil(RUNS / 4)} runs)`, () => {
    const multiWord = SPELLINGS.filter(({ spelling }) => split(spelling).words.length > 1 && !isAcronym(spelling));
    // A separator some spelling holds literally (blue/green deployment) joins that spelling.
    const literal = new Set(SPELLINGS.flatMap(({ spelling }) => split(spelling).gaps));
    const breaking = BREAKING.filter((b) => !literal.has(b));
    fc.assert(fc.property(fc.constantFrom(...multiWord), fc.constantFrom(...breaking), fc.nat(), ({ spelling, entry }, separator, at) => {
      const { words, gaps } = split(spelling);
      const k = 1 + (at % gaps.length);
      if (!isFlexible(gaps[k - 1]!)) return; // a literal separator (Conway's Law) is not a flexible gap
      if (separator.startsWith('.') && /^vs?$/i.test(words[k - 1]!)) return; // "Build vs. buy": a period may follow vs
      const broken = words.slice(0, k).join(' ') + separator + words.slice(k).join(' ');
      for (const m of builtins().findAll(broken)) {
        assert.ok(!(m.entry === entry && m.text.includes(separator)), `${JSON.stringify(broken)} matched ${JSON.stringify(m.text)}`);
      }
    }), { numRuns: Math.ceil(RUNS / 4) });
  });
});
