import * as assert from 'assert';
import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { withoutIgnored } from '../../../src/core/vocabulary/ignore';
import { TermMatcher } from '../../../src/core/vocabulary/matcher';
import { CONTEXT_LINES, MAX_LINE, mergeSpans, termRanges, underlinesIn, type TermRange } from '../../../src/features/vocabulary/underlineRanges';

const entry = (name: string, aliases: string[] = []): GlossaryEntry => ({ name, aliases, definition: 'd', source: { kind: 'builtin' } });
const builtin = new TermMatcher(builtinGlossary());
const doc = (lines: string[]) => ({ count: lines.length, at: (n: number) => lines[n]! });
/** The range of the n-th `needle` in `line`, found in the text, not by the code under test. */
const at = (lines: string[], line: number, needle: string): TermRange => {
  const c = lines[line]!.indexOf(needle);
  assert.ok(c >= 0, `${needle} on line ${line}`);
  return { startLine: line, startCharacter: c, endLine: line, endCharacter: c + needle.length };
};
const texts = (lines: string[], ranges: TermRange[]) => ranges.map((r) => (r.startLine === r.endLine ? lines[r.startLine]!.slice(r.startCharacter, r.endCharacter) : `${r.startLine}:${r.endLine}`));

suite('Term underlines: where and which words', () => {
  test('the setting: off nowhere, markdown in Markdown and plain text, all everywhere; nonsense as the default', () => {
    for (const lang of ['markdown', 'plaintext', 'typescript', 'yaml']) {
      assert.strictEqual(underlinesIn('off', lang), false, lang);
      assert.strictEqual(underlinesIn('all', lang), true, lang);
      assert.strictEqual(underlinesIn('markdown', lang), lang === 'markdown' || lang === 'plaintext', lang);
      assert.strictEqual(underlinesIn(42, lang), underlinesIn('markdown', lang), lang);
    }
  });

  test('the terms on the visible lines, at their columns, and nothing from lines far off screen', () => {
    const lines = ['# Design', '', 'The API gateway routes every call.', 'Filler text.', 'We accept eventual consistency here.', ...Array(20).fill('plain words'), 'An API gateway far below.'];
    const d = doc(lines);
    const ranges = termRanges(builtin, d.count, d.at, [{ first: 0, last: 5 }]);
    assert.deepStrictEqual(ranges, [at(lines, 2, 'API gateway'), at(lines, 4, 'eventual consistency')]);
    // Scrolled to the bottom: only the last line's term.
    assert.deepStrictEqual(termRanges(builtin, d.count, d.at, [{ first: 20, last: lines.length - 1 }]), [at(lines, lines.length - 1, 'API gateway')]);
  });

  test('a muted term is not underlined (the matcher the glossary service builds leaves it out)', () => {
    const lines = ['The API gateway and eventual consistency.'];
    const d = doc(lines);
    const muted = new TermMatcher(withoutIgnored(builtinGlossary(), ['api gateway']));
    assert.deepStrictEqual(texts(lines, termRanges(muted, d.count, d.at, [{ first: 0, last: 0 }])), ['eventual consistency']);
    assert.deepStrictEqual(texts(lines, termRanges(builtin, d.count, d.at, [{ first: 0, last: 0 }])), ['API gateway', 'eventual consistency']);
  });

  test('a term wrapped from a hidden line onto the first visible one is underlined whole, on both lines', () => {
    const matcher = new TermMatcher([entry('Bounded Context')]);
    const lines = ['intro', 'each bounded', 'context owns its data', 'more'];
    const d = doc(lines);
    const ranges = termRanges(matcher, d.count, d.at, [{ first: 2, last: 3 }]);
    assert.deepStrictEqual(ranges, [at(lines, 1, 'bounded'), at(lines, 2, 'context')]);
    // Out of reach of the visible lines (more than the context read around them): not read at all.
    assert.deepStrictEqual(termRanges(matcher, d.count, d.at, [{ first: 1 + CONTEXT_LINES + 2, last: 3 + CONTEXT_LINES + 2 }]), []);
  });

  test('a term wrapped inside a Markdown quote or an indented list item: the words underlined, not the "> " or the indent between them', () => {
    const matcher = new TermMatcher([entry('Eventual Consistency'), entry('Bounded Context')]);
    const lines = ['> We chose eventual', '> consistency for the read side.', '- each **bounded**', '  context owns its data'];
    const d = doc(lines);
    const ranges = termRanges(matcher, d.count, d.at, [{ first: 0, last: 3 }]);
    assert.deepStrictEqual(ranges, [at(lines, 0, 'eventual'), at(lines, 1, 'consistency'), at(lines, 2, 'bounded'), at(lines, 3, 'context')]);
  });

  test('split or folded views give overlapping spans: each term once', () => {
    assert.deepStrictEqual(mergeSpans([{ first: 10, last: 20 }, { first: 0, last: 5 }, { first: 6, last: 8 }, { first: 15, last: 30 }]), [{ first: 0, last: 8 }, { first: 10, last: 30 }]);
    const lines = Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? `line ${i}: the API gateway` : 'nothing'));
    const d = doc(lines);
    const ranges = termRanges(builtin, d.count, d.at, [{ first: 0, last: 12 }, { first: 8, last: 20 }, { first: 30, last: 39 }]);
    assert.deepStrictEqual(ranges.map((r) => r.startLine), [0, 5, 10, 15, 20, 30, 35]);
  });

  test('the cost follows the lines shown, not the document: a million-line file reads a screenful', () => {
    let reads = 0;
    const lineAt = (n: number) => { reads++; return n === 500_010 ? 'the API gateway' : 'lorem ipsum dolor'; };
    const ranges = termRanges(builtin, 1_000_000, lineAt, [{ first: 500_000, last: 500_040 }]);
    assert.deepStrictEqual(ranges.map((r) => r.startLine), [500_010]);
    assert.ok(reads <= 41 + 2 * CONTEXT_LINES, `${reads} lines read`);
    // A visible range as tall as the document is capped too.
    reads = 0;
    termRanges(builtin, 1_000_000, lineAt, [{ first: 0, last: 999_999 }]);
    assert.ok(reads <= 2_000, `${reads} lines read for an absurd visible range`);
  });

  test('a line too long to be prose (minified, a blob) is skipped; its neighbours still count', () => {
    const lines = [`${'x'.repeat(MAX_LINE)} API gateway`, 'the API gateway'];
    const d = doc(lines);
    assert.deepStrictEqual(termRanges(builtin, d.count, d.at, [{ first: 0, last: 1 }]), [at(lines, 1, 'API gateway')]);
  });
});
