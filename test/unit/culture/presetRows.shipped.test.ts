import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COUNTRY_CODES, PRESETS, presetFor } from '../../../src/core/culture/presets';

// The extension ships the presets' rows as dist/presetRows.json, read after activation with the
// phrasebook (scripts/shipped-files.mjs); the command line and these tests carry them inline.
const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

suite('Country presets shipped beside the extension', () => {
  test('the shipped file holds every preset, field for field, and the codes in order', () => {
    const shipped = JSON.parse(read('dist/presetRows.json')) as { PRESETS: unknown[]; COUNTRY_CODES: string[] };
    assert.deepStrictEqual(Object.keys(shipped).sort(), ['COUNTRY_CODES', 'HONORIFIC_GENDER', 'PRESETS']);
    assert.deepStrictEqual(shipped.PRESETS, JSON.parse(JSON.stringify(PRESETS)));
    assert.deepStrictEqual(shipped.COUNTRY_CODES, [...COUNTRY_CODES]);
    assert.ok(PRESETS.length >= 50 && presetFor(' jp ')?.name === 'Japan');
  });

  test("the extension's bundle carries no preset row; the command line carries them inline", () => {
    const extension = read('dist/extension.js'), cli = read('dist/cli-commands.js');
    for (const name of PRESETS.map((p) => p.name).filter((n) => n.length > 8).slice(0, 12)) {
      assert.ok(!extension.includes(`"${name}"`), `dist/extension.js carries "${name}"`);
      assert.ok(cli.includes(`"${name}"`), `dist/cli-commands.js lacks "${name}"`);
    }
    assert.ok(read('.vscodeignore').split('\n').includes('!dist/presetRows.json'), 'the VSIX must carry dist/presetRows.json');
  });
});
