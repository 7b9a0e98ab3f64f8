import * as assert from 'assert';
import { maskLine } from '../../../src/core/vocabulary/masks';
import type { StepCounter } from '../../../src/core/vocabulary/matcher';
import { assertLinear, stepsDoubling } from '../doubling';
import { builtins } from './helpers';

// A term followed by a long line of Markdown link or anchor openers that never close: every
// opener used to scan to the end of the line for its `)` or `}` (200 KB: 7.5 s).
const FAMILIES: [string, (n: number) => string][] = [
  ['`](a ` repeated', (n) => `technical debt ${'](a '.repeat(n)}`],
  ['`{#` repeated', (n) => `technical debt ${'{#'.repeat(n)}`],
  ['`](` repeated in one word', (n) => `technical debt x${'](x'.repeat(n)}`],
  ['`x{#` then spaces', (n) => `technical debt ${'x{# '.repeat(n)}`],
  ['`<a b=` without `>`', (n) => `technical debt ${'<a b='.repeat(n)}`],
  ['dotted hosts', (n) => `technical debt ${'a.b.'.repeat(n)}com`],
  ['slashes and dots', (n) => `technical debt ${'a/b.'.repeat(n)}md`],
];

suite('Vocabulary masks: linear in the length of a line', function () {
  this.timeout(60_000);

  for (const [name, make] of FAMILIES) {
    test(`${name}: the steps counted double, no more, when the line doubles`, () => {
      const d = stepsDoubling(20_000, (n, counter) => { builtins().findAll(make(n), 0, undefined, counter); });
      assertLinear(name, d, 'steps');
      const length = make(40_000).length;
      assert.ok(d.large <= 32 * length, `${d.large} steps for ${length} characters`);
    });
  }

  test('masking still finds the link destinations and anchors it should', () => {
    const line = '[API gateway](docs/gw.md) {#anchor} [x](y) ](z';
    const counter: StepCounter = { steps: 0 };
    const ranges = maskLine(line, 0, line.length, counter);
    const masked = (s: string) => { const i = line.indexOf(s); return ranges.some((_, k) => k % 2 === 0 && ranges[k]! <= i && i < ranges[k + 1]!); };
    assert.ok(masked('docs/gw.md') && masked('anchor') && masked('y)') && masked('z'));
    assert.ok(!masked('API gateway'));
    assert.ok(counter.steps > line.length, `${counter.steps} steps`);
  });
});
