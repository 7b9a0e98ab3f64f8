import * as assert from 'assert';
import fc from 'fast-check';
import { markdownLines } from '../../../src/core/markdown/blocks';

const heading = (line: string) => markdownLines(line)[0]!.heading;

/** The regex markdown-it replaced (quadratic on long blank runs); kept here as the reference. */
function reference(line: string): { level: number; text: string } | undefined {
  const h = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
  return h ? { level: h[1]!.length, text: (h[2] ?? '').replace(/^#+$/, '').trim() } : undefined;
}

suite('Checklist: ATX headings read by the Markdown parser', () => {
  test('reads headings, closing runs and non-headings', () => {
    assert.deepStrictEqual(heading('## Prep checklist ##'), { level: 2, text: 'Prep checklist' });
    assert.deepStrictEqual(heading('   # Title#'), { level: 1, text: 'Title#' });
    assert.deepStrictEqual(heading('# #'), { level: 1, text: '' });
    assert.strictEqual(heading('#Title'), undefined);
    assert.strictEqual(heading('####### seven'), undefined);
    assert.strictEqual(heading('    # code'), undefined);
  });
  test('agrees with the old regex on generated single lines', () => {
    const piece = fc.constantFrom(' ', '\t', '#', '##', 'a', 'Title', 'x#', ' #');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const line = parts.join('');
      // "## # ##" is a heading titled "#" in CommonMark; the old regex emptied such titles.
      fc.pre(!/^#+$/.test(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1] ?? ''));
      assert.deepStrictEqual(heading(line), reference(line), JSON.stringify(line));
    }), { numRuns: 5_000 });
  });
  test('a heading followed by 200,000 blanks and a letter is read in one pass', () => {
    // The old regex took minutes here.
    assert.deepStrictEqual(heading(`# a${' '.repeat(200_000)}x`), { level: 1, text: `a${' '.repeat(200_000)}x` });
  });
});
