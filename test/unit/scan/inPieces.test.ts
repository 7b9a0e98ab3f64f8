// The Vocabulary view's scan turns a listing's names into URIs and checks them in pieces, with its
// time slice between, so a hover asked meanwhile is not queued behind hundreds of them.
import * as assert from 'assert';
import { mapInPieces, PIECE_ITEMS } from '../../../src/core/scan/inPieces';

suite('mapInPieces: a long list in short stretches', () => {
  const lengths = [0, 1, PIECE_ITEMS - 1, PIECE_ITEMS, PIECE_ITEMS + 1, 100, 512, 513];

  test('gives what map and filter give, in order, for any length and piece size', async () => {
    for (const n of lengths) {
      for (const piece of [1, 7, PIECE_ITEMS, 1000]) {
        const items = Array.from({ length: n }, (_, i) => i);
        const keep = (i: number) => (i % 3 === 0 ? undefined : `f${i}`);
        const got = await mapInPieces(items, keep, async () => undefined, piece);
        assert.deepStrictEqual(got, items.map(keep).filter((x) => x !== undefined), `${n} items in pieces of ${piece}`);
      }
    }
  });

  test('never handles more than one piece between two pauses, and does not pause after the last', async () => {
    for (const n of lengths) {
      for (const piece of [1, 5, PIECE_ITEMS]) {
        let since = 0, most = 0, pauses = 0;
        await mapInPieces(Array.from({ length: n }, (_, i) => i), (i) => { since++; most = Math.max(most, since); return i; }, async () => { pauses++; since = 0; }, piece);
        assert.ok(most <= piece, `${n} items: ${most} handled between pauses, pieces of ${piece}`);
        assert.strictEqual(pauses, Math.max(0, Math.ceil(n / piece) - 1), `${n} items in pieces of ${piece}`);
      }
    }
  });

  test('lets other work in between: a timer set before a 512-name list runs before the list is done', async () => {
    let timerRan = false, doneBeforeTimer = false;
    const timer = new Promise<void>((r) => setImmediate(() => { timerRan = true; r(); }));
    const breathe = () => new Promise<void>((r) => setImmediate(r));
    const names = Array.from({ length: 512 }, (_, i) => `area-${i % 100}/note-${i}.md`);
    const out = await mapInPieces(names, (name) => { if (!timerRan && name.endsWith('-511.md')) doneBeforeTimer = true; return name.toUpperCase(); }, breathe);
    await timer;
    assert.strictEqual(out.length, 512);
    assert.strictEqual(doneBeforeTimer, false, 'the whole list was handled before anything else could run');
  });

  test('the default piece is small: a hover waits behind at most a few dozen files', () => {
    assert.ok(PIECE_ITEMS >= 8 && PIECE_ITEMS <= 64, String(PIECE_ITEMS));
  });
});
