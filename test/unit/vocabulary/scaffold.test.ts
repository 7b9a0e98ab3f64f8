import * as assert from 'assert';
import { parseGlossary } from '../../../src/core/vocabulary/loader';
import { GLOSSARY_FILE } from '../../../src/core/vocabulary/loader';
import { TEAM_GLOSSARY_FILE, teamGlossaryScaffold } from '../../../src/core/vocabulary/scaffold';

suite('Vocabulary: Create Team Glossary scaffold', () => {
  test('is a glossary file name the extension loads', () => {
    assert.match(TEAM_GLOSSARY_FILE, GLOSSARY_FILE);
  });
  test('parses without problems into its example terms, in a context', () => {
    const g = parseGlossary(teamGlossaryScaffold(), 'file:///w/team.glossary.yml');
    assert.deepStrictEqual(g.problems, []);
    assert.deepStrictEqual(g.entries.map((e) => e.name), ['Example Term', 'Platform Team']);
    assert.ok(g.entries.every((e) => e.definition.length > 0 && e.source.kind === 'team' && e.source.context === 'Our team'));
  });
  test('explains itself in comments', () => {
    const comments = teamGlossaryScaffold().split('\n').filter((l) => l.startsWith('#'));
    assert.ok(comments.length >= 10);
    assert.ok(comments.some((l) => /aliases/.test(l)) && comments.some((l) => /definition/.test(l)));
  });
});
