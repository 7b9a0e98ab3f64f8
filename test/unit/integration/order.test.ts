import * as assert from 'assert';
import { arrange, formatSuiteOrder, parseSuiteOrder } from '../../integration/order';

suite('integration suite order (MENTORSHIP_PREP_SUITE_ORDER)', () => {
  const names = ['a', 'b', 'c', 'd', 'e', 'f'];

  test('unset or as-listed keeps the order; reverse reverses it', () => {
    assert.deepStrictEqual(arrange(names, parseSuiteOrder(undefined)), names);
    assert.deepStrictEqual(arrange(names, parseSuiteOrder('as-listed')), names);
    assert.deepStrictEqual(arrange(names, parseSuiteOrder('reverse')), [...names].reverse());
  });

  test('a seed gives the same permutation every time, and different seeds differ', () => {
    const one = arrange(names, parseSuiteOrder('shuffle:42'));
    assert.deepStrictEqual(arrange(names, parseSuiteOrder('shuffle:42')), one);
    assert.deepStrictEqual([...one].sort(), names, 'a permutation');
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => arrange(names, { kind: 'shuffle', seed: s }).join('')));
    assert.ok(orders.size >= 6, `${orders.size} distinct orders from 8 seeds`);
  });

  test('shuffle without a seed draws one and prints it so the order can be replayed', () => {
    const order = parseSuiteOrder('shuffle', () => 0.5);
    assert.strictEqual(formatSuiteOrder(order), `shuffle:${2 ** 30}`);
    assert.deepStrictEqual(arrange(names, parseSuiteOrder(formatSuiteOrder(order))), arrange(names, order));
  });

  test('anything else is refused with the allowed values named', () => {
    for (const bad of ['random', 'shuffle:', 'shuffle:x', 'reversed']) assert.throws(() => parseSuiteOrder(bad), /as-listed, reverse, shuffle or shuffle:<seed>/);
  });
});
