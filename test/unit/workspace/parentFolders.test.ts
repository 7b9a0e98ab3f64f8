import * as assert from 'assert';
import { isParentFolderOf, withParentFolders } from '../../../src/core/workspace/paths';

suite('Watching a file and the folders above it', () => {
  test('every folder above the file is in the glob, the file last', () => {
    assert.strictEqual(withParentFolders('.mentorship/leaders/*.json'), '{.mentorship,.mentorship/leaders,.mentorship/leaders/*.json}');
    assert.strictEqual(withParentFolders('.mentorship/profile.json'), '{.mentorship,.mentorship/profile.json}');
    assert.strictEqual(withParentFolders('config//team/profile.json'), '{config,config/team,config/team/profile.json}');
  });
  test('a file at the top has no folder to add', () => {
    assert.strictEqual(withParentFolders('profile.json'), 'profile.json');
  });
  test('a folder event is told apart from the file’s own', () => {
    assert.ok(isParentFolderOf('.mentorship', '.mentorship/profile.json'));
    assert.ok(isParentFolderOf('.mentorship/leaders', '.mentorship/leaders/*.json'));
    assert.ok(!isParentFolderOf('.mentorship/profile.json', '.mentorship/profile.json'));
    assert.ok(!isParentFolderOf('.mentor', '.mentorship/profile.json'));
    assert.ok(!isParentFolderOf('', '.mentorship/profile.json'));
  });
});
