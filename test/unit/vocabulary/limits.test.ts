import * as assert from 'assert';
import { DEFAULT_GLOSSARY_MAX_KB, glossaryLimitBytes, overGlossaryLimit } from '../../../src/core/vocabulary/limits';

suite('Vocabulary: glossary size limit', () => {
  test('defaults to 1 MB and falls back to it for a missing or nonsense setting', () => {
    assert.strictEqual(DEFAULT_GLOSSARY_MAX_KB, 1024);
    for (const v of [undefined, null, 'big', -5, 0, Number.NaN, Infinity]) assert.strictEqual(glossaryLimitBytes(v), 1024 * 1024, String(v));
    assert.strictEqual(glossaryLimitBytes(2048), 2048 * 1024);
  });
  test('a file over the limit is reported with its size and the limit, one at the limit is not', () => {
    assert.strictEqual(overGlossaryLimit(1024 * 1024, undefined), undefined);
    assert.deepStrictEqual(overGlossaryLimit(1024 * 1024 + 1, undefined), { sizeKB: 1025, limitKB: 1024 });
    assert.deepStrictEqual(overGlossaryLimit(5 * 1024 * 1024, 4096), { sizeKB: 5120, limitKB: 4096 });
  });
});
