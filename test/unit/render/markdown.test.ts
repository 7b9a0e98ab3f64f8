import * as assert from 'assert';
import fc from 'fast-check';
import { fillIn, inlineMarkdown } from '../../../src/core/render/markdown';
import { collapse, md, visibleText } from './helpers';

/** Renders inline Markdown and returns what a reader sees; fails if any tag came out. */
function seen(markdown: string): string {
  const html = md.renderInline(markdown);
  assert.doesNotMatch(html, /</, `no HTML element expected from ${JSON.stringify(markdown)}, got ${html}`);
  return visibleText(html);
}

/** Fragments that mean something to Markdown or HTML, mixed with arbitrary Unicode. */
const fragment = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '#', '##', '###### ', '*', '**', '_', '__', '`', '```', '~', '~~', '~~~', '<', '>', '<b>', '</b>', '<script>', '<!-- x -->',
      '&', '&amp;', '&copy;', '&#65;', '&#x41;', '&nbsp;', '[', ']', '(', ')', '[x](http://e.com)', '![a](b)', '[x]: /u', '|', '\\',
      '!', '-', '+', '=', '1.', '2)', ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b', '\f',
      '\u00a0', '\u0000', '\u0007', '\u001b', '\u007f', '"', "'", ':', 'http://x.y', '<http://x.y>', 'a', 'Z', '9', 'é', 'e\u0301',
      '中', '😀', '{', '}', '$', 'snake_case', '__init__', 'R&D',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const userText = fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(''));

/** The input as a reader should see it: control and bidi override characters gone, whitespace collapsed. */
// eslint-disable-next-line no-control-regex
const expected = (s: string) => collapse(s.replace(/[\u0000-\u0008\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ''));

suite('inlineMarkdown: text reads the same once rendered', () => {
  test('plain text passes through unchanged', () => {
    assert.strictEqual(inlineMarkdown('Dana Okafor, VP Engineering (payments)'), 'Dana Okafor, VP Engineering (payments)');
  });

  test('an ampersand is not turned into an entity: R&D stays R&D', () => {
    assert.strictEqual(inlineMarkdown('R&D'), 'R&D');
    assert.strictEqual(seen(inlineMarkdown('R&D')), 'R&D');
  });

  test('a value ending in an entity name stays literal when the sentence supplies the semicolon', () => {
    // The fuzz found it: a leader called "º&amp;" trimmed to "º&amp", then "Thank you…, º&amp; I know…".
    for (const s of ['º&amp', 'Team &copy', 'x &#169']) assert.strictEqual(seen(`${inlineMarkdown(s)}; next`), `${s}; next`);
  });

  test('text that looks like an entity is shown literally, not decoded', () => {
    for (const s of ['&amp;', '&copy;', '&#169;', '&#xA9;', 'a&lt;b']) {
      assert.strictEqual(seen(inlineMarkdown(s)), s, s);
    }
  });

  test('HTML tags are shown as text, never rendered', () => {
    assert.strictEqual(seen(inlineMarkdown('<b>bold</b> <script>alert(1)</script>')), '<b>bold</b> <script>alert(1)</script>');
  });

  test('emphasis, strong, code, strikethrough, links and images stay literal', () => {
    for (const s of ['*emphasis*', '_emphasis_', '**strong**', '__strong__', '`code`', '``a`b``', '~~strike~~', '[link](http://x.y)', '![image](x.png)', '<http://x.y>']) {
      assert.strictEqual(seen(inlineMarkdown(s)), s, s);
    }
  });

  test('snake_case stays readable in the Markdown source', () => {
    assert.strictEqual(inlineMarkdown('update snake_case_names'), 'update snake_case_names');
  });

  test('consecutive underscores cannot pair up into emphasis', () => {
    for (const s of ['__a__', '___a___', 'x __init__ y', 'a__b__c', '_a_ _b_']) {
      assert.strictEqual(seen(inlineMarkdown(s)), s, s);
    }
  });

  test('backslashes are kept, including one at the very end', () => {
    assert.strictEqual(seen(inlineMarkdown('C:\\path\\')), 'C:\\path\\');
  });

  test('line breaks of every kind become single spaces', () => {
    assert.strictEqual(inlineMarkdown('one\ntwo\r\nthree\rfour\u2028five\u2029six\u0085seven\u000beight\fnine'), 'one two three four five six seven eight nine');
  });

  test('runs of spaces and tabs collapse and the ends are trimmed', () => {
    assert.strictEqual(inlineMarkdown('  \t a \t\t b   '), 'a b');
  });

  test('control characters are dropped', () => {
    assert.strictEqual(inlineMarkdown('a\u0000b\u0007c\u001bd\u007fe'), 'abcde');
  });

  test('dropping control characters never leaves leading whitespace behind', () => {
    assert.strictEqual(inlineMarkdown('\u0001 # not a heading'), '\\# not a heading');
    assert.strictEqual(inlineMarkdown('text \u0002'), 'text');
  });

  test('a trailing # survives as the end of a heading', () => {
    for (const s of ['Team #', 'Team ##', '#']) {
      assert.strictEqual(collapse(visibleText(md.render(`# Prep: ${inlineMarkdown(s)}`).replace(/<\/?h1>/g, ''))), `Prep: ${s}`, s);
    }
  });

  test('C# needs no escaping', () => {
    assert.strictEqual(inlineMarkdown('moving to C#'), 'moving to C#');
  });
});

suite('inlineMarkdown: a value that starts a line cannot start a block', () => {
  const blockStarters = [
    '# heading', '###### heading', '= underline', '===', '---', '***', '___', '- item', '+ item', '* item', '> quote',
    '1. item', '1) item', '```js', '~~~', '    indented code', '<div>html block</div>', '<!-- comment -->', '| a | b |',
    '[ref]: http://x.y', '\u0001 - after a control character', '\u00a0# after a no-break space',
  ];
  for (const s of blockStarters) {
    test(`${JSON.stringify(s)} renders as one plain paragraph`, () => {
      const html = md.render(inlineMarkdown(s));
      assert.match(html, /^<p>[^<]*<\/p>\n$/, html);
      assert.strictEqual(visibleText(html.slice(3, -5)), expected(s));
    });
  }
});

suite('inlineMarkdown: properties', () => {
  test('rendered inline, the result shows exactly the input text (whitespace collapsed) and no HTML', () => {
    fc.assert(fc.property(userText, (s) => {
      assert.strictEqual(collapse(seen(inlineMarkdown(s))), expected(s));
    }), { numRuns: 3000 });
  });

  test('the result is a single line without leading or trailing whitespace', () => {
    fc.assert(fc.property(userText, (s) => {
      const out = inlineMarkdown(s);
      assert.doesNotMatch(out, /[\r\n\u2028\u2029\u0085\v\f]/);
      assert.strictEqual(out, out.trim());
    }), { numRuns: 3000 });
  });

  test('rendered as a block, the result is at most one paragraph', () => {
    fc.assert(fc.property(userText, (s) => {
      const types = md.parse(inlineMarkdown(s), {}).map((t) => t.type);
      assert.ok(types.length === 0 || types.join() === 'paragraph_open,inline,paragraph_close', `${JSON.stringify(s)} → ${types.join()}`);
    }), { numRuns: 2000 });
  });

  test('the result never contains an unescaped HTML entity', () => {
    fc.assert(fc.property(userText, (s) => {
      assert.doesNotMatch(inlineMarkdown(s), /(?<!\\)&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
    }), { numRuns: 3000 });
  });
});

suite('fillIn', () => {
  test('wraps the prompt in a bold, bracketed marker', () => {
    assert.strictEqual(fillIn('your name'), '**[fill in: your name]**');
  });

  test('renders as visible bold text', () => {
    assert.strictEqual(md.renderInline(fillIn('the leader’s role')), '<strong>[fill in: the leader’s role]</strong>');
  });
});
