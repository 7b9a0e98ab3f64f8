/**
 * The order the integration suites run in. Each suite sets up and cleans up its own state, so any
 * order must pass; MENTORSHIP_PREP_SUITE_ORDER picks one to prove it:
 *   (unset) | as-listed    the order in suite/index.ts
 *   reverse                last suite first
 *   shuffle                a random order; the seed it drew is printed
 *   shuffle:<seed>         that seeded order again (replays a failure)
 * Pure: no 'vscode', so it is unit-tested in plain Node.
 */
export type SuiteOrder = { kind: 'as-listed' } | { kind: 'reverse' } | { kind: 'shuffle'; seed: number };

/** Reads the setting; `shuffle` without a seed draws one with `random`. Throws on anything else. */
export function parseSuiteOrder(value: string | undefined, random: () => number = Math.random): SuiteOrder {
  const v = (value ?? '').trim();
  if (v === '' || v === 'as-listed') return { kind: 'as-listed' };
  if (v === 'reverse') return { kind: 'reverse' };
  if (v === 'shuffle') return { kind: 'shuffle', seed: Math.floor(random() * 2 ** 31) };
  const m = /^shuffle:(\d{1,10})$/.exec(v);
  if (m) return { kind: 'shuffle', seed: Number(m[1]) % 2 ** 32 };
  throw new Error(`MENTORSHIP_PREP_SUITE_ORDER is as-listed, reverse, shuffle or shuffle:<seed>, not '${v}'`);
}

/** The setting that gives this order again. */
export function formatSuiteOrder(order: SuiteOrder): string {
  return order.kind === 'shuffle' ? `shuffle:${order.seed}` : order.kind;
}

/** mulberry32: a small seeded generator, the same sequence on every host. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in the given order (a new array; a Fisher–Yates shuffle for `shuffle`). */
export function arrange<T>(items: readonly T[], order: SuiteOrder): T[] {
  const out = [...items];
  if (order.kind === 'reverse') return out.reverse();
  if (order.kind === 'shuffle') {
    const next = seeded(order.seed);
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
  }
  return out;
}

/** The line each host prints before running, so a failing order can be replayed. */
export const ORDER_MARKER = 'MENTORSHIP-PREP-SUITE-ORDER';
