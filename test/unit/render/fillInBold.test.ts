import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

// A fill-in marker is bold itself ("**[fill in: …]**"): put inside a bold span, it closes the span
// early and leaves a stray "**" ("**What they did on **[fill in: …]**.**"). Checked over every
// built-in document the golden corpus holds (profiles with and without each optional field).
const GOLDEN = path.resolve(__dirname, '../../../test/golden');

suite('Fill-in markers are never inside bold text', () => {
  test('in every golden document, an even number of "**" comes before each fill-in marker on its line', () => {
    const found: string[] = [];
    for (const file of fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.golden.br'))) {
      const text = zlib.brotliDecompressSync(fs.readFileSync(path.join(GOLDEN, file))).toString('utf8');
      for (const line of text.split('\n')) {
        for (let at = line.indexOf('**[fill in:'); at >= 0; at = line.indexOf('**[fill in:', at + 1)) {
          const before = line.slice(0, at).split('**').length - 1;
          if (before % 2 === 1) { found.push(`${file}: ${line.slice(0, 120)}`); break; }
        }
      }
      if (found.length > 5) break;
    }
    assert.deepStrictEqual(found, []);
  });
});
