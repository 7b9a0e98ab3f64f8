/**
 * Runs `work` over `items` with at most `limit` calls in flight and yields the results in the
 * items' order: reads overlap one another and the caller's work on earlier results, and what the
 * caller sees is as deterministic as a plain loop. `work` must not reject (return a failure as a
 * value). Stopping the loop early leaves the calls already started to finish on their own.
 */
export async function* inOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): AsyncGenerator<{ item: T; result: R }> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const start = () => { if (next < items.length) pending.push(work(items[next++]!)); };
  for (let k = 0; k < limit; k++) start();
  for (let i = 0; i < items.length; i++) {
    const result = await pending.shift()!;
    start(); // the slot just freed works while the caller handles this result
    yield { item: items[i]!, result };
  }
}
