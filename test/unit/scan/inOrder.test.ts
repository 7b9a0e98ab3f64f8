import * as assert from 'assert';
import { inOrder } from '../../../src/core/scan/inOrder';

suite('inOrder: bounded work, results in order', () => {
  test('yields every result in the items\' order however the calls finish', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const delays = items.map((i) => (i * 7919) % 13);
    const seen: number[] = [];
    for await (const { item, result } of inOrder(items, 4, (i) => new Promise<string>((r) => setTimeout(() => r(`r${i}`), delays[i])))) {
      assert.strictEqual(result, `r${item}`);
      seen.push(item);
    }
    assert.deepStrictEqual(seen, items);
  });

  test('never has more than `limit` calls in flight, and keeps it full', async () => {
    let inFlight = 0, most = 0;
    const items = Array.from({ length: 40 }, (_, i) => i);
    for await (const _ of inOrder(items, 5, async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
    })) void _;
    assert.strictEqual(most, 5);
  });

  test('stopping early starts no more calls', async () => {
    let started = 0;
    const items = Array.from({ length: 100 }, (_, i) => i);
    for await (const { item } of inOrder(items, 3, async () => { started++; })) if (item === 9) break;
    assert.ok(started <= 13, `${started} calls started`);
  });
});
