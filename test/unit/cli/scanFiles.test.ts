import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeText, isBinary, ReadBuffer, readFileAtMostSync } from '../../../src/cli/scanFiles';

suite('vocab reads each file synchronously into one reused buffer', () => {
  let dir: string;
  setup(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'scanfiles-')); });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('a small file after a large one gets its own bytes, not the tail of the larger', () => {
    const buffer = new ReadBuffer();
    writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(200_000));
    writeFileSync(path.join(dir, 'small.md'), 'CQRS');
    assert.strictEqual((readFileAtMostSync(path.join(dir, 'big.md'), 1 << 20, buffer) as Buffer).length, 200_000);
    assert.strictEqual(decodeText(readFileAtMostSync(path.join(dir, 'small.md'), 1 << 20, buffer) as Buffer), 'CQRS');
  });

  test('over the limit is "large", a missing file or a folder "unreadable", an empty file empty', () => {
    const buffer = new ReadBuffer();
    writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(2048));
    writeFileSync(path.join(dir, 'empty.md'), '');
    assert.strictEqual(readFileAtMostSync(path.join(dir, 'big.md'), 1024, buffer), 'large');
    assert.strictEqual(readFileAtMostSync(path.join(dir, 'nope.md'), 1024, buffer), 'unreadable');
    assert.strictEqual(readFileAtMostSync(dir, 1024, buffer), 'unreadable');
    assert.strictEqual((readFileAtMostSync(path.join(dir, 'empty.md'), 1024, buffer) as Buffer).length, 0);
  });

  test('a FIFO is refused at once, not waited on', function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    assert.strictEqual(readFileAtMostSync(fifo, 1024, new ReadBuffer()), 'unreadable');
  });

  test('decoding: ASCII, UTF-8 with a byte order mark, Latin-1 that is not UTF-8; NUL means binary', () => {
    assert.strictEqual(decodeText(Buffer.from('plain API Gateway\r\n')), 'plain API Gateway\r\n');
    assert.strictEqual(decodeText(Buffer.from('\ufeffDomänen — 我们', 'utf8')), 'Domänen — 我们');
    assert.strictEqual(decodeText(Buffer.from([0x44, 0xe4, 0x6e])), 'Dän');
    assert.ok(isBinary(Buffer.from([0x41, 0, 0x42])));
    assert.ok(!isBinary(Buffer.from('API')));
  });
});
