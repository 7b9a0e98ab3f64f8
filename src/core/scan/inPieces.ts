/** Files handled between two chances to yield: turning a listing's names into URIs and checking
 *  each took the extension host's thread for tens of milliseconds per 512 names on a busy machine,
 *  and a hover waited behind it. */
export const PIECE_ITEMS = 32;

/**
 * `items.map(fn)` without the items `fn` maps to undefined, in pieces of at most `piece` items,
 * awaiting `pause` after each piece but the last: `pause` decides whether to hand the event loop
 * back (a time slice), so a long list never holds the thread in one go.
 */
export async function mapInPieces<T, R>(items: readonly T[], fn: (item: T) => R | undefined, pause: () => Promise<void>, piece = PIECE_ITEMS): Promise<R[]> {
  const out: R[] = [];
  for (let from = 0; from < items.length; from += piece) {
    if (from > 0) await pause();
    const to = Math.min(items.length, from + piece);
    for (let i = from; i < to; i++) {
      const r = fn(items[i]!);
      if (r !== undefined) out.push(r);
    }
  }
  return out;
}
