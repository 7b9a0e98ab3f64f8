import * as assert from 'assert';
import { lineWindow } from '../../../src/core/vocabulary/window';

suite('Vocabulary: lineWindow', () => {
  const lines = ['the end of a line about technical', 'debt and the API Gateway team', 'and the next line'];
  const get = (n: number) => lines[n]!;

  test('joins the end of the previous line, the line and the start of the next with line breaks', () => {
    const win = lineWindow(get, lines.length, 1, 5);
    assert.strictEqual(win.text, lines.join('\n'));
    assert.strictEqual(win.text.slice(win.offset, win.offset + 4), 'and ');
  });
  test('maps window offsets back to document positions on each line', () => {
    const win = lineWindow(get, lines.length, 1, 0);
    assert.deepStrictEqual(win.toPosition(win.text.indexOf('technical')), { line: 0, character: lines[0]!.indexOf('technical') });
    assert.deepStrictEqual(win.toPosition(win.text.indexOf('Gateway')), { line: 1, character: lines[1]!.indexOf('Gateway') });
    assert.deepStrictEqual(win.toPosition(win.text.indexOf('next')), { line: 2, character: lines[2]!.indexOf('next') });
  });
  test('a single line (no neighbours) is the window, cut at word edges around the cursor', () => {
    const line = 'x'.repeat(30) + ' technical debt ' + 'y'.repeat(30);
    const win = lineWindow(() => line, 1, 0, 35, 10);
    assert.strictEqual(win.text, ' technical debt');
    assert.deepStrictEqual(win.toPosition(1), { line: 0, character: 31 });
  });
});
