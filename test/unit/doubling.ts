import * as assert from 'assert';
import { performance } from 'perf_hooks';
import type { StepCounter } from '../../src/core/vocabulary/matcher';

// Doubling tests: an input family at size n and 2n. Linear work doubles; quadratic work quadruples.
// Steps are counted where the code counts them; elsewhere the fastest of several interleaved runs
// is compared, in one process, side by side, so the machine's load cancels out of the ratio.

/** How much more 2n may cost than n. Linear is 2; quadratic is 4. */
export const MAX_DOUBLING_RATIO = 2.5;

export interface Doubling { n: number; small: number; large: number; ratio: number }

/** Steps counted at n and 2n. */
export function stepsDoubling(n: number, run: (n: number, counter: StepCounter) => void): Doubling {
  const count = (size: number) => { const c: StepCounter = { steps: 0 }; run(size, c); return c.steps; };
  const small = count(n), large = count(2 * n);
  return { n, small, large, ratio: large / Math.max(1, small) };
}

/** Fastest of `trials` interleaved runs at n and 2n, in milliseconds. `prepare` builds the input
 *  outside the timed part. */
export function timeDoubling<T>(n: number, prepare: (n: number) => T, run: (input: T) => unknown, trials = 5): Doubling {
  const a = prepare(n), b = prepare(2 * n);
  // Warm up, and repeat runs that take under 20 ms so the timer's resolution and a stray
  // collection do not decide the ratio.
  let reps = 1;
  for (; reps < 1024; reps *= 2) {
    const s = performance.now();
    for (let r = 0; r < reps; r++) run(a);
    if (performance.now() - s >= 20) break;
  }
  const time = (input: T) => { const s = performance.now(); for (let r = 0; r < reps; r++) run(input); return (performance.now() - s) / reps; };
  let small = Infinity, large = Infinity;
  for (let t = 0; t < trials; t++) {
    small = Math.min(small, time(a));
    large = Math.min(large, time(b));
  }
  return { n, small, large, ratio: large / Math.max(1e-6, small) };
}

export function assertLinearTime<T>(what: string, n: number, prepare: (n: number) => T, run: (input: T) => unknown, trials = 5): Doubling {
  // Up to five rounds while the ratio is over the limit, keeping the fastest time of each size
  // over all rounds: load on a shared machine can slow one run, but never makes quadratic work
  // look linear.
  let best: Doubling | undefined;
  for (let round = 0; round < 5 && !(best && best.ratio <= MAX_DOUBLING_RATIO); round++) {
    const d = timeDoubling(n, prepare, run, trials);
    const small = Math.min(d.small, best?.small ?? Infinity), large = Math.min(d.large, best?.large ?? Infinity);
    best = { n, small, large, ratio: large / Math.max(1e-6, small) };
  }
  assertLinear(what, best!);
  return best!;
}

export function assertLinear(what: string, d: Doubling, unit = 'ms'): void {
  const figure = `${what}: n=${d.n} ${d.small.toFixed(unit === 'ms' ? 2 : 0)} ${unit}, 2n ${d.large.toFixed(unit === 'ms' ? 2 : 0)} ${unit}, ratio ${d.ratio.toFixed(2)}`;
  if (process.env.DOUBLING_PRINT) console.log(`    ${figure}`);
  assert.ok(d.ratio <= MAX_DOUBLING_RATIO, `${figure} (more than ${MAX_DOUBLING_RATIO}x: not linear)`);
}
