import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tables from '../../../src/core/culture/calendarTables';
import { installShipped, shippedTable } from '../../../src/core/shipped';

// The extension ships the calendar tables as dist/calendarTables.json, read after activation
// (scripts/shipped-files.mjs), instead of carrying them in its bundle; the command line and these
// tests carry them inline. Both must hold the same rows, and the extension's bundle none of them.
const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

suite('Calendar tables shipped beside the extension', () => {
  test('the shipped file holds every table of the module, row for row', () => {
    const shipped = JSON.parse(read('dist/calendarTables.json')) as Record<string, unknown>;
    const inline = Object.fromEntries(Object.entries(tables).filter(([, v]) => typeof v === 'object'));
    assert.deepStrictEqual(Object.keys(shipped).sort(), Object.keys(inline).sort());
    assert.deepStrictEqual(shipped, JSON.parse(JSON.stringify(inline)));
    assert.ok(Object.keys(inline).includes('SEASONS') && Object.keys(inline).includes('DIWALI'));
  });

  test("the extension's bundle carries no row of them; the command line carries them inline", () => {
    const rows = [tables.DIWALI[2027]!, tables.SEASONS.NO![1]!.name, tables.CHINESE_NEW_YEAR[2031]!];
    const extension = read('dist/extension.js'), cli = read('dist/cli-commands.js');
    for (const row of rows) {
      assert.ok(!extension.includes(row), `dist/extension.js carries "${row}"`);
      assert.ok(cli.includes(row), `dist/cli-commands.js lacks "${row}"`);
    }
    assert.ok(read('.vscodeignore').split('\n').includes('!dist/calendarTables.json'), 'the VSIX must carry dist/calendarTables.json');
  });

  test('a shipped table reads as the object it stands for once read, and says so before', () => {
    const file = 'test/shipped-table.json';
    const diwali = shippedTable<Record<number, string>>(file, 'DIWALI');
    assert.throws(() => diwali[2026], /test\/shipped-table\.json is not read yet: await the shipped files before using DIWALI/);
    installShipped([[file, JSON.stringify({ DIWALI: { 2026: '2026-11-08', 2027: '2027-10-29' } })]]);
    assert.strictEqual(diwali[2026], '2026-11-08');
    assert.strictEqual(diwali[2030], undefined);
    assert.ok(2027 in diwali);
    assert.deepStrictEqual(Object.entries(diwali), [['2026', '2026-11-08'], ['2027', '2027-10-29']]);
  });
});
