import * as assert from 'assert';
import fc from 'fast-check';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { TermMatcher, isFlexibleGap, matchAt, type StepCounter } from '../../../src/core/vocabulary/matcher';
import { builtins, entry, fuzzRuns } from './helpers';

// The matcher's work per character must stay within a fixed bound whatever the text and the
// glossary. These tests count the matcher's steps (characters read, trie edges followed), never
// wall time, so they fail the same way on a fast or a loaded machine.

const RUNS = fuzzRuns(2_000);

/** Steps findAll takes over text. */
function steps(matcher: TermMatcher, text: string): number {
  const counter: StepCounter = { steps: 0 };
  matcher.findAll(text, 0, text.length, counter);
  return counter.steps;
}

/** The bound: a constant per character (tokenizing, hashing, classifying separators, reading
 *  the lines that hold a match for URLs and paths) plus one trie step per word of the longest
 *  spelling. */
function bound(matcher: TermMatcher, length: number): number {
  return (16 + matcher.maxPhraseWords) * length + 64;
}

function assertLinear(matcher: TermMatcher, text: string): void {
  const n = steps(matcher, text);
  assert.ok(n <= bound(matcher, text.length), `${n} steps for ${text.length} characters (bound ${bound(matcher, text.length)}): ${JSON.stringify(text.slice(0, 120))}`);
}

const cacheTerms = new TermMatcher([...builtinGlossary(), entry('Cache Invalidation'), entry('Cache Stampede')]);

/** Characters comment banners, quotes and lists are made of. */
const RUN_CHARS = ['#', '/', ';', '-', '*', '>', ' ', '\t', '\n', '\r\n', '\r', '!', '%', "'", '='];
/** First words of multi-word terms (and whole terms), so the gap after them is examined. */
const FIRST_WORDS = ['cache', 'API', 'technical', 'eventual', 'domain', 'Domain-Driven', 'architectural', 'The API', 'alpha', 'Alpha Beta', 'DDD'];

suite('Vocabulary matcher: linear time (steps counted)', function () {
  this.timeout(60_000);

  test('the step counter counts: a longer text takes more steps', () => {
    const a = steps(builtins(), 'technical debt '.repeat(10));
    const b = steps(builtins(), 'technical debt '.repeat(100));
    assert.ok(a > 0 && b > 5 * a, `${a} then ${b}`);
  });

  test('a banner comment after the first word of a phrase (the production freeze) stays linear', () => {
    for (const n of [26, 200, 5_000, 100_000]) {
      assertLinear(cacheTerms, `# Helpers for the cache\n${'#'.repeat(n)}\n`);
      assertLinear(cacheTerms, `// The API\n${'/'.repeat(n)}\n`);
      assertLinear(cacheTerms, `; technical\n${';'.repeat(n)}x`);
      assertLinear(cacheTerms, `-- eventual\n${'-'.repeat(n)}!`);
      assertLinear(cacheTerms, `> architectural\n${'> '.repeat(n)}\n\n`);
      assertLinear(cacheTerms, `cache\n${' #'.repeat(n)}/`);
    }
  });

  test('the banner cases still find what they should and nothing more', () => {
    assert.deepStrictEqual(cacheTerms.findAll(`# Helpers for the cache\n${'#'.repeat(26)}\n`).map((m) => m.text), []);
    assert.deepStrictEqual(cacheTerms.findAll(`# Helpers for the cache\n# invalidation\n${'#'.repeat(26)}`).map((m) => m.text), ['cache\n# invalidation']);
  });

  test(`runs of comment, quote and list marks around first words stay linear (${RUNS} runs)`, () => {
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...RUN_CHARS), fc.integer({ min: 1, max: 400 })).map(([c, n]) => c.repeat(n)),
      fc.constantFrom(...FIRST_WORDS),
      fc.constantFrom(' ', '\n', '\r\n', '\r'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => assertLinear(cacheTerms, pieces.join(''))), { numRuns: RUNS });
  });

  test('the separator scanner reads each character once', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...RUN_CHARS), { maxLength: 2_000 }), (chars) => {
      const gap = chars.join('');
      const counter: StepCounter = { steps: 0 };
      isFlexibleGap(gap, 0, gap.length, counter);
      assert.ok(counter.steps <= gap.length + 1, `${counter.steps} steps for ${gap.length} characters`);
    }), { numRuns: RUNS });
  });

  test('1,000 terms sharing a first word ("Alpha BetaN") over a long text stay linear', () => {
    const shared = new TermMatcher(Array.from({ length: 1000 }, (_, i) => entry(`Alpha Beta${i}`, [`alpha gamma delta ${i}`, `Alpha/Beta${i}`])));
    assert.ok(shared.maxPhraseWords <= 4);
    assertLinear(shared, 'alpha '.repeat(20_000));
    assertLinear(shared, 'alpha beta '.repeat(20_000));
    assertLinear(shared, 'alpha gamma delta '.repeat(10_000));
    assertLinear(shared, `alpha${'/'.repeat(50_000)}beta`);
    assertLinear(shared, Array.from({ length: 5_000 }, (_, i) => `Alpha Beta${i % 1200} alpha/beta${i} alpha\n# beta${i}`).join(' '));
    assert.deepStrictEqual(shared.findAll('alpha beta7, Alpha/Beta999 and alpha beta1000').map((m) => m.entry.name), ['Alpha Beta7', 'Alpha Beta999']);
  });

  test(`huge glossaries with shared prefixes over random text stay linear (${Math.ceil(RUNS / 10)} runs)`, () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(fc.array(phrase, { minLength: 1, maxLength: 300 }), fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...RUN_CHARS)), { maxLength: 3_000 }), (terms, text) => {
      const matcher = new TermMatcher(terms.map((t) => entry(t.join(' '))));
      assertLinear(matcher, text.join(' '));
      assertLinear(matcher, text.join(''));
    }), { numRuns: Math.ceil(RUNS / 10) });
  });

  test('a hover near a banner comment stays within its window', () => {
    const text = `// The API\n// gateway\n${'/'.repeat(1_000_000)}\n`;
    assert.strictEqual(matchAt(builtins(), text, 8)?.text, 'API\n// gateway');
    assert.strictEqual(matchAt(builtins(), text, 500_000), undefined);
  });
});
