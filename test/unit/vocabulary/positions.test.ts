import * as assert from 'assert';
import fc from 'fast-check';
import { lineStarts, positionAt } from '../../../src/core/vocabulary/positions';

suite('Offsets to line and character', () => {
  test('first line, later lines, line ends and CRLF', () => {
    const text = 'ab\ncd\r\nef';
    const starts = lineStarts(text);
    assert.deepStrictEqual(starts, [0, 3, 7]);
    assert.deepStrictEqual(positionAt(starts, 0), { line: 0, character: 0 });
    assert.deepStrictEqual(positionAt(starts, 2), { line: 0, character: 2 });
    assert.deepStrictEqual(positionAt(starts, 4), { line: 1, character: 1 });
    assert.deepStrictEqual(positionAt(starts, 8), { line: 2, character: 1 });
  });

  test('agrees with counting newlines by hand', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ') }), fc.nat(), (text, n) => {
      const offset = text.length ? n % text.length : 0;
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      assert.deepStrictEqual(positionAt(lineStarts(text), offset), { line, character: offset - (before.lastIndexOf('\n') + 1) });
    }), { numRuns: 2000 });
  });
});
