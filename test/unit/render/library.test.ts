import * as assert from 'assert';
import fc from 'fast-check';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { safeOutput, tidy } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleProfile, LIBRARY, TODAY } from './helpers';

const BUILTIN_IDS = ['prep-doc', 'script', 'objections', 'thank-you', 'first-checkin', 'async-update', 'next-checkin', 'request-meeting', 'manager-first', 'one-pager', 'brief', 'no-reply'];

/** A plain file name in the current folder: no separators, no parent references, ends in .md. */
function assertPlainMdFileName(name: string): void {
  assert.match(name, /\.md$/i, name);
  assert.doesNotMatch(name, /[/\\]/, name);
  assert.ok(!name.includes('..'), name);
}

suite('tidy', () => {
  test('collapses runs of blank lines to one', () => {
    assert.strictEqual(tidy('a\n\n\n\nb'), 'a\n\nb\n');
  });

  test('strips trailing spaces and tabs, so whitespace-only lines count as blank', () => {
    assert.strictEqual(tidy('a  \n \t \n\n  \nb\t'), 'a\n\nb\n');
  });

  test('keeps indentation at the start of lines', () => {
    assert.strictEqual(tidy('- a\n  - b'), '- a\n  - b\n');
  });

  test('ends with exactly one newline and starts with text', () => {
    assert.strictEqual(tidy('\n\n# Title\n\n\n'), '# Title\n');
  });

  test('normalizes Windows line endings before collapsing', () => {
    assert.strictEqual(tidy('a \r\n\r\n\r\n\r\nb\r\n'), 'a\n\nb\n');
  });

  test('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '#') }), (s) => {
      assert.strictEqual(tidy(tidy(s)), tidy(s));
    }));
  });
});

suite('safeOutput', () => {
  test('keeps a plain .md pattern with the {leader} placeholder', () => {
    assert.strictEqual(safeOutput('prep-{leader}.md', 'prep-doc'), 'prep-{leader}.md');
  });

  test('falls back to <id>-{leader}.md for a path that leaves the folder', () => {
    assert.strictEqual(safeOutput('../../etc/passwd.md', 'prep-doc'), 'prep-doc-{leader}.md');
  });

  test('falls back for absolute paths, sub-folders, other extensions and non-strings', () => {
    for (const output of ['/etc/passwd.md', 'C:\\x.md', 'a/b.md', 'a\\b.md', 'notes.txt', 'x.md.exe', '..md', '', 42, null, undefined, ['a.md']]) {
      assert.strictEqual(safeOutput(output, 'agenda'), 'agenda-{leader}.md', JSON.stringify(output));
    }
  });

  test('the fallback uses only the last segment of a nested template id', () => {
    assert.strictEqual(safeOutput(undefined, 'team/agenda'), 'agenda-{leader}.md');
  });

  test('any output and any id give a plain .md file name', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (output, id) => {
      assertPlainMdFileName(safeOutput(output, id));
    }), { numRuns: 500 });
  });
});

suite('TemplateLibrary', () => {
  test('lists the twelve built-in templates, in order, as built-ins', () => {
    const list = LIBRARY.list();
    assert.deepStrictEqual(list.map((t) => t.id), BUILTIN_IDS);
    for (const t of list) assert.strictEqual(t.origin, 'builtin');
  });

  test('every built-in has a name, a description and an output pattern from its front matter', () => {
    for (const t of LIBRARY.list()) {
      assert.ok(t.name && t.name !== t.id, `${t.id} name`);
      assert.ok(t.description.length > 20, `${t.id} description`);
      assert.match(t.output, /^[\w-]+-\{leader\}\.md$/, `${t.id} output`);
    }
  });

  test('get returns a template by id and undefined for an unknown id', () => {
    assert.strictEqual(LIBRARY.get('script')?.name, 'Script');
    assert.strictEqual(LIBRARY.get('nope'), undefined);
  });

  test('rendering an unknown id is a problem that lists what is available', () => {
    const ctx = buildContext(validateProfile(exampleProfile()).profile, builtinGlossary(), TODAY);
    const outcome = LIBRARY.render('nope', ctx);
    assert.strictEqual(outcome.ok, false);
    if (outcome.ok) return;
    assert.match(outcome.problem.message, /no template 'nope'/);
    for (const id of BUILTIN_IDS) assert.ok(outcome.problem.message.includes(id), id);
  });

  test('rendered output is tidied: no runs of blank lines, no trailing spaces, one final newline', () => {
    const ctx = buildContext(validateProfile(exampleProfile()).profile, builtinGlossary(), TODAY);
    for (const id of BUILTIN_IDS) {
      const outcome = LIBRARY.render(id, ctx);
      assert.ok(outcome.ok, id);
      if (!outcome.ok) continue;
      assert.doesNotMatch(outcome.text, /\n\n\n/, id);
      assert.doesNotMatch(outcome.text, /[ \t]$/m, id);
      assert.match(outcome.text, /[^\n]\n$/, id);
    }
  });
});

suite('outputName', () => {
  test('replaces {leader} with a slug of the leader’s name', () => {
    assert.strictEqual(LIBRARY.outputName('prep-doc', 'Dana O’Kafor'), 'prep-dana-okafor.md');
  });

  test('uses each built-in’s own pattern', () => {
    assert.strictEqual(LIBRARY.outputName('thank-you', 'Dana Okafor'), 'thank-you-dana-okafor.md');
    assert.strictEqual(LIBRARY.outputName('first-checkin', 'Dana Okafor'), 'first-checkin-dana-okafor.md');
  });

  test('a leader name with path characters cannot leave the folder', () => {
    const name = LIBRARY.outputName('prep-doc', '../../etc/passwd');
    assert.strictEqual(name, 'prep-etc-passwd.md');
  });

  test('an empty leader name still gives a file name', () => {
    assert.strictEqual(LIBRARY.outputName('script', ''), 'script-leader.md');
  });

  test('an unknown template id falls back to a safe <id>-<leader>.md', () => {
    assert.strictEqual(LIBRARY.outputName('agenda', 'Dana'), 'agenda-dana.md');
    assertPlainMdFileName(LIBRARY.outputName('../../etc/passwd', 'Dana'));
    assertPlainMdFileName(LIBRARY.outputName('..\\..\\evil', 'Dana'));
  });

  test('any template id and leader name give a plain .md file name', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (id, leader) => {
      assertPlainMdFileName(LIBRARY.outputName(id, leader));
    }), { numRuns: 1000 });
  });
});
