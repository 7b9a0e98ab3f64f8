import * as assert from 'assert';
import { BLOCK_WINDOW, inTermContext, MAX_PREFIX, textBeforeCursor, typedPrefix } from '../../../src/core/vocabulary/complete';
import type { StepCounter } from '../../../src/core/vocabulary/matcher';
import { assertLinear, stepsDoubling } from '../doubling';

/** Long lines whose comment markers all sit inside a string literal: each marker used to rescan
 *  the line before it for quotes. */
const FAMILIES: [string, string, (n: number) => string][] = [
  ['`"//` repeated', 'typescript', (n) => `x = "${'//'.repeat(n)}`],
  ["`'#` repeated", 'python', (n) => `x = '${'#'.repeat(n)}`],
  ['`"--` repeated', 'sql', (n) => `x = "${'--'.repeat(n)}`],
  ['`"/*` repeated, a block comment looked for too', 'java', (n) => `x = "${'/*'.repeat(n)}`],
  ["`'//#` repeated, two line markers", 'php', (n) => `x = '${'//#'.repeat(n)}`],
];

// Completion runs on every keystroke: its work must not grow faster than the line (80,000
// characters of `"////…` used to take 2.4-3.6 s per request, 160,000 10-15 s).
suite('Vocabulary completion: bounded work per request', function () {
  this.timeout(60_000);

  for (const [name, language, make] of FAMILIES) {
    test(`${name} inside a string on a long line: the characters inspected double, no more, when the line doubles`, () => {
      const d = stepsDoubling(40_000, (n, counter) => { inTermContext(language, make(n), counter); });
      assertLinear(name, d, 'steps');
      const length = make(80_000).length;
      assert.ok(d.large <= 3 * length, `${d.large} characters inspected for a line of ${length}`);
      assert.ok(d.small >= make(40_000).length, `${d.small} characters inspected: the counter misses the walk`);
    });
  }

  test('counting changes no verdict', () => {
    for (const [, language, make] of FAMILIES) {
      for (const line of [make(50), `${make(50)}" // the API`, `${make(50)}' # the API`]) {
        const counter: StepCounter = { steps: 0 };
        assert.strictEqual(inTermContext(language, line, counter), inTermContext(language, line), `${language}: ${line}`);
      }
    }
  });

  test('the verdict is the same as before: comments outside strings count, inside do not', () => {
    assert.strictEqual(inTermContext('typescript', `x = "${'//'.repeat(1000)}`), false);
    assert.strictEqual(inTermContext('typescript', `x = "${'//'.repeat(1000)}" // the API`), true);
    assert.strictEqual(inTermContext('typescript', 'see https://x.io'), false);
    assert.strictEqual(inTermContext('python', 'C# is # here'), true);
    assert.strictEqual(inTermContext('python', 'C#'), false);
    assert.strictEqual(inTermContext('vb', "x = 1 ' note"), true);
    assert.strictEqual(inTermContext('typescript', 's = "a\\" // b'), false);
  });

  test('the text read before the cursor is bounded, however long the lines above are', () => {
    let read = 0;
    const lines = Array.from({ length: 300 }, () => 'x'.repeat(50_000));
    const before = textBeforeCursor((n) => { read++; return lines[n]!; }, 299, 10);
    assert.ok(before.length <= BLOCK_WINDOW + 10 + 1, `${before.length} characters`);
    assert.ok(read <= 3, `${read} lines read`);
    assert.strictEqual(textBeforeCursor((n) => ['/* the', 'API */ x', 'y'][n]!, 2, 1), '/* the\nAPI */ x\ny');
  });

  test('a word longer than any term is not read to its start', () => {
    assert.strictEqual(typedPrefix('a'.repeat(200_000), 200_000), undefined);
    assert.strictEqual(typedPrefix(`x ${'a'.repeat(MAX_PREFIX)}`, MAX_PREFIX + 2), 'a'.repeat(MAX_PREFIX));
  });
});
