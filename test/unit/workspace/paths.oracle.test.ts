// joinInFolder joins by itself (no URI library in the extension's bundle); vscode-uri's POSIX join is
// the oracle: for every accepted path, both give the same URI.
import * as assert from 'assert';
import fc from 'fast-check';
import { URI, Utils } from 'vscode-uri';
import { joinInFolder } from '../../../src/core/workspace/paths';

const FOLDERS = [URI.file('/home/sam/repo'), URI.parse('file:///c%3A/Users/sam/repo'), URI.parse('vscode-vfs://github/org/repo'), URI.file('/'), URI.file('/srv/a b/ü')];
const segment = fc.oneof(fc.constantFrom('..', '.', '', 'docs', 'a', 'b', '.mentorship', 'x.json', 'ü ö', 'a%20b', '#', '?q'));

suite('workspace paths: the join matches vscode-uri', () => {
  test('every accepted path joins to the URI vscode-uri makes', () => {
    fc.assert(fc.property(fc.constantFrom(...FOLDERS), fc.array(segment, { minLength: 1, maxLength: 8 }), fc.constantFrom('/', '\\'), (folder, parts, sep) => {
      const relative = parts.join(sep);
      const r = joinInFolder(folder, relative);
      if (!r.ok) return;
      const segments = relative.replace(/\\/g, '/').trim().split('/').filter((s) => s && s !== '.');
      assert.strictEqual(r.uri.toString(), Utils.joinPath(folder, ...segments).toString(), `${folder.toString()} + ${JSON.stringify(relative)}`);
    }), { numRuns: 5000 });
  });
});
