import * as assert from 'assert';
import { trimLineEnds, trimTrailing } from '../../../src/core/render/trim';
import { slot } from '../../../src/core/render/slots';

suite('Trailing characters, in one pass', () => {
  test('trimTrailing drops only the trailing run', () => {
    const punct = (c: string) => /[\s.;:,!]/u.test(c);
    assert.strictEqual(trimTrailing('scaling our gateway. ;!', punct), 'scaling our gateway');
    assert.strictEqual(trimTrailing('a. b', punct), 'a. b');
    assert.strictEqual(trimTrailing('...', punct), '');
    assert.strictEqual(trimTrailing('', punct), '');
  });

  test('trimLineEnds keeps everything but spaces and tabs at line ends', () => {
    assert.strictEqual(trimLineEnds('a  \n\tb\t\n  \nc'), 'a\n\tb\n\nc');
  });

  test('a typed entity keeps its semicolon; punctuation after it goes', () => {
    assert.strictEqual(slot('R&D budgets &amp;').text, 'R&D budgets &amp;');
    assert.strictEqual(slot('budgets &#169;.').text, 'budgets &#169;');
    assert.strictEqual(slot('budgets &copy;!!').text, 'budgets &copy;');
    assert.strictEqual(slot('scaling our gateway;').text, 'scaling our gateway');
  });
});
