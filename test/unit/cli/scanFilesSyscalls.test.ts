import * as assert from 'assert';
import fs, { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReadBuffer, readFileAtMostSync } from '../../../src/cli/scanFiles';

// A scan reads thousands of small files: each is opened, read once and closed. Asking the file's
// size (fstat) is needed only when the first read fills the buffer (a larger file) or returns
// nothing (an empty file, or something that is not a file).
suite('vocab reads a small file in one read, without asking its size', () => {
  let dir: string;
  let fstats: number;
  const realFstat = fs.fstatSync;
  setup(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'scanfiles-calls-'));
    fstats = 0;
    (fs as { fstatSync: unknown }).fstatSync = (...args: Parameters<typeof fs.fstatSync>) => { fstats++; return realFstat(...args); };
  });
  teardown(() => {
    (fs as { fstatSync: unknown }).fstatSync = realFstat;
    rmSync(dir, { recursive: true, force: true });
  });

  test('files shorter than the buffer: no fstat, the same bytes', () => {
    const buffer = new ReadBuffer();
    for (const [name, text] of [['a.md', 'CQRS'], ['b.md', 'API Gateway\n'.repeat(500)], ['c.txt', 'x'.repeat(buffer.bytes.length - 1)]] as const) {
      writeFileSync(path.join(dir, name), text);
      assert.strictEqual((readFileAtMostSync(path.join(dir, name), 1 << 20, buffer) as Buffer).toString('latin1'), text);
    }
    assert.strictEqual(fstats, 0);
  });

  test('a file that fills the buffer, an empty file, a file over the limit: sizes asked, results as before', () => {
    const buffer = new ReadBuffer();
    const first = buffer.bytes.length;
    const full = 'y'.repeat(first);
    const larger = 'z'.repeat(first * 3 + 7);
    writeFileSync(path.join(dir, 'full.md'), full);
    writeFileSync(path.join(dir, 'larger.md'), larger);
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'small-over.md'), 'w'.repeat(2000));
    assert.strictEqual((readFileAtMostSync(path.join(dir, 'full.md'), 1 << 20, buffer) as Buffer).toString('latin1'), full);
    assert.strictEqual((readFileAtMostSync(path.join(dir, 'larger.md'), 1 << 20, buffer) as Buffer).toString('latin1'), larger);
    assert.strictEqual((readFileAtMostSync(path.join(dir, 'empty.md'), 1 << 20, buffer) as Buffer).length, 0);
    // Over the limit though shorter than the buffer: still "large", as the editor counts it.
    assert.strictEqual(readFileAtMostSync(path.join(dir, 'small-over.md'), 1024, buffer), 'large');
    assert.strictEqual(readFileAtMostSync(path.join(dir, 'larger.md'), first, buffer), 'large');
    // full, larger and empty, then larger again (it fills the buffer grown to its size): four.
    assert.strictEqual(fstats, 4);
  });
});
