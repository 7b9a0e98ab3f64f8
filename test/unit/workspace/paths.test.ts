import * as assert from 'assert';
import fc from 'fast-check';
import { URI } from 'vscode-uri';
import { joinInFolder } from '../../../src/core/workspace/paths';

const POSIX = URI.file('/home/sam/repo');
const WINDOWS = URI.parse('file:///c%3A/Users/sam/repo');
const REMOTE = URI.parse('vscode-vfs://github/org/repo');
const ROOT = URI.file('/');

function inside(folder: URI, setting: string): string {
  const r = joinInFolder(folder, setting);
  assert.ok(r.ok, `${JSON.stringify(setting)} was refused: ${JSON.stringify(r)}`);
  return r.relative;
}

function refused(folder: URI, setting: string): string {
  const r = joinInFolder(folder, setting);
  assert.ok(!r.ok, `${JSON.stringify(setting)} was accepted as ${r.ok && r.uri.toString()}`);
  return r.reason;
}

suite('workspace paths from settings', () => {
  test('ordinary relative paths join below the folder, with either separator', () => {
    for (const folder of [POSIX, WINDOWS, REMOTE, ROOT]) {
      assert.strictEqual(inside(folder, '.mentorship/profile.json'), '.mentorship/profile.json');
      assert.strictEqual(inside(folder, '.mentorship\\profile.json'), '.mentorship/profile.json');
      assert.strictEqual(inside(folder, './docs//out/'), 'docs/out');
      assert.strictEqual(inside(folder, 'a/../b'), 'b');
      assert.strictEqual(inside(folder, 'a/b/../../c'), 'c');
    }
    const r = joinInFolder(WINDOWS, 'docs\\mentorship');
    assert.ok(r.ok);
    assert.strictEqual(r.uri.toString(), 'file:///c%3A/Users/sam/repo/docs/mentorship');
  });

  test('a path that leaves the folder is refused, whatever the separator (the Windows ..\\ attack)', () => {
    for (const folder of [POSIX, WINDOWS, REMOTE, ROOT]) {
      for (const s of ['..', '../package.json', '..\\package.json', '..\\..\\Windows\\win.ini', 'docs/../../x', 'docs\\..\\..\\x', 'a/./../../b']) {
        assert.strictEqual(refused(folder, s), 'outside', s);
      }
    }
  });

  test('absolute paths, drive letters, UNC and URIs are refused', () => {
    for (const s of ['/etc/passwd', '\\Windows\\win.ini', 'C:\\Windows\\win.ini', 'c:/x', 'C:x', '\\\\server\\share\\x', '//server/share', '~/x', 'file:///etc/passwd', 'command:evil']) {
      assert.strictEqual(refused(POSIX, s), 'absolute', s);
    }
  });

  test('empty, control characters, Windows device names and trailing dots are refused', () => {
    assert.strictEqual(refused(POSIX, ''), 'empty');
    assert.strictEqual(refused(POSIX, '.'), 'empty');
    assert.strictEqual(refused(POSIX, ' ./ '), 'empty');
    for (const s of ['a\u0000b', 'x\r\ny', 'out\u001b[2J', 'CON', 'docs/nul.md', 'aux.json', 'COM1', 'lpt9.txt', 'docs.', 'docs /x']) {
      assert.strictEqual(refused(POSIX, s), 'invalid', JSON.stringify(s));
    }
    assert.strictEqual(inside(POSIX, 'console/contour.md'), 'console/contour.md');
  });

  test('property: whatever the setting, an accepted path is inside the folder and never throws', () => {
    const part = fc.constantFrom('..', '.', 'a', 'b c', '\\', '/', 'C:', '~', '..\\', '%2e%2e', '\u0000', 'CON', 'é');
    fc.assert(fc.property(fc.array(part, { maxLength: 8 }).map((a) => a.join('')), fc.constantFrom(POSIX, WINDOWS, REMOTE, ROOT), (setting, folder) => {
      const r = joinInFolder(folder, setting);
      if (!r.ok) return;
      const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
      assert.ok(r.uri.path.startsWith(base) && r.uri.path.length > base.length, `${setting} → ${r.uri.path}`);
      assert.strictEqual(r.uri.scheme, folder.scheme);
      assert.ok(!r.relative.split('/').includes('..'));
    }), { numRuns: 2000 });
  });
});
