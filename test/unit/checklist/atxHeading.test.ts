import * as assert from 'assert';
import fc from 'fast-check';
import { atxHeading } from '../../../src/core/checklist/docSync';

/** The regex atxHeading replaced (quadratic on long blank runs); kept here as the reference. */
function reference(line: string): { level: number; text: string } | undefined {
  const h = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
  return h ? { level: h[1]!.length, text: (h[2] ?? '').replace(/^#+$/, '').trim() } : undefined;
}

suite('Checklist: ATX headings read by hand', () => {
  test('reads headings, closing runs and non-headings', () => {
    assert.deepStrictEqual(atxHeading('## Prep checklist ##'), { level: 2, text: 'Prep checklist' });
    assert.deepStrictEqual(atxHeading('   # Title#'), { level: 1, text: 'Title#' });
    assert.deepStrictEqual(atxHeading('# #'), { level: 1, text: '' });
    assert.strictEqual(atxHeading('#Title'), undefined);
    assert.strictEqual(atxHeading('####### seven'), undefined);
    assert.strictEqual(atxHeading('    # code'), undefined);
  });
  test('agrees with the old regex on generated lines', () => {
    const piece = fc.constantFrom(' ', '\t', '#', '##', 'a', 'Title', '\r', 'x#', ' #');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const line = parts.join('');
      assert.deepStrictEqual(atxHeading(line), reference(line), JSON.stringify(line));
    }), { numRuns: 5_000 });
  });
  test('a heading followed by 200,000 blanks and a letter is read in one pass', () => {
    // The old regex took minutes here; a hand-read line takes well under the test timeout.
    assert.deepStrictEqual(atxHeading(`# a${' '.repeat(200_000)}x`), { level: 1, text: `a${' '.repeat(200_000)}x` });
  });
});
