import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { SETTINGS_SECTION, settingDefault, settingValue, type SettingKey } from '../../../src/core/config/settings';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { type: string; default: unknown }> } } };
const declared = Object.entries(manifest.contributes.configuration.properties);

suite('Settings: one typed table with the manifest’s defaults', () => {
  test('every setting package.json declares has its default, of its declared type', () => {
    assert.ok(declared.length >= 9);
    for (const [id, p] of declared) {
      assert.ok(id.startsWith(`${SETTINGS_SECTION}.`), id);
      const key = id.slice(SETTINGS_SECTION.length + 1) as SettingKey;
      const value = settingDefault(key);
      assert.deepStrictEqual(value, p.default, id);
      if (p.type === 'array') assert.ok(Array.isArray(value), id);
      else assert.strictEqual(typeof value, p.type === 'number' || p.type === 'integer' ? 'number' : p.type, id);
    }
  });

  test('a hand-edited value of the wrong type falls back to the default', () => {
    assert.strictEqual(settingValue('vocabulary.maxFileSizeKB', 'big'), 1024);
    assert.strictEqual(settingValue('vocabulary.maxFileSizeKB', Number.NaN), 1024);
    assert.strictEqual(settingValue('vocabulary.maxFileSizeKB', 64), 64);
    assert.strictEqual(settingValue('output.folder', undefined), 'mentorship');
    assert.strictEqual(settingValue('output.folder', 'docs/prep'), 'docs/prep');
    assert.strictEqual(settingValue('vocabulary.hover.enabled', 'false'), true);
    assert.strictEqual(settingValue('vocabulary.hover.enabled', false), false);
    assert.deepStrictEqual(settingValue('vocabulary.ignoreTerms', { 0: 'Kubernetes' }), []);
    assert.deepStrictEqual(settingValue('vocabulary.ignoreTerms', ['Kubernetes', 7, null]), ['Kubernetes']);
  });

  test('settings are read in one place: no other source file calls getConfiguration for our section', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && !p.endsWith(path.join('shared', 'config.ts'))) {
          const text = readFileSync(p, 'utf8');
          if (/getConfiguration\(\s*['"]mentorshipPrep/.test(text) || /get(?:<[^>]*>)?\(\s*['"]mentorshipPrep\./.test(text)) offenders.push(path.relative(root, p));
        }
      }
    };
    walk(path.join(root, 'src'));
    assert.deepStrictEqual(offenders, []);
  });
});
