import * as assert from 'assert';
import fc from 'fast-check';
import { LineCursor, lineStarts, positionAt } from '../../../src/core/vocabulary/positions';

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

suite('LineCursor: positions of offsets visited in order', () => {
  test('agrees with positionAt for offsets in order, repeated, and going back', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', 'é') }), fc.array(fc.nat()), (text, raw) => {
      const offsets = raw.map((n) => n % (text.length + 1)).sort((a, b) => a - b);
      offsets.push(...raw.slice(0, 3).map((n) => n % (text.length + 1))); // then back and forth
      const cursor = new LineCursor(text);
      const starts = lineStarts(text);
      for (const offset of offsets) assert.deepStrictEqual(cursor.at(offset), positionAt(starts, offset));
    }), { numRuns: 2000 });
  });

  test('finds each line break once however many offsets a long line holds', () => {
    const text = 'x '.repeat(200_000) + '\n' + 'y';
    const cursor = new LineCursor(text);
    let calls = 0;
    const indexOf = String.prototype.indexOf;
    String.prototype.indexOf = function (this: string, ...args: [string, number?]) { calls++; return indexOf.apply(this, args); };
    try {
      for (let offset = 0; offset < 400_000; offset += 2) cursor.at(offset);
      assert.deepStrictEqual(cursor.at(text.length), { line: 1, character: 1 });
    } finally {
      String.prototype.indexOf = indexOf;
    }
    assert.ok(calls <= 2, `indexOf ran ${calls} times`);
  });
});
