// Issue 14, the smaller items: prototype keys in the heading dictionary, Windows device names as
// output files, `%29` in a glossary link, and bidi controls in user text.
import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { heading } from '../../../src/core/render/headings';
import { safeOutput } from '../../../src/core/render/library';
import { inlineMarkdown } from '../../../src/core/render/markdown';
import { TeamTemplateLibrary, type TeamTemplateFile } from '../../../src/core/render/team';
import { describeEntry } from '../../../src/core/vocabulary/describe';
import type { GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleProfile, exampleWith, TODAY } from './helpers';

const file = (relativePath: string, text: string): TeamTemplateFile => ({ relativePath, file: `/ws/.mentorship/templates/${relativePath}`, text });

suite('Hardening (issue 14): smaller items', () => {
  test('{{t "constructor"}} and other Object.prototype names are plain keys in every language', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      assert.strictEqual(heading(key, 'de', []), key);
      assert.strictEqual(heading(key, 'en', []), key);
    }
    assert.strictEqual(heading('The script', 'de', []), 'Der Gesprächsleitfaden');
    const lib = new TeamTemplateLibrary([file('brief.hbs', '# {{t "constructor"}} {{t "toString"}} {{t "The script"}}\n')]);
    const context = buildContext(validateProfile(exampleProfile()).profile, builtinGlossary(), TODAY, { language: 'de' });
    const outcome = lib.render('brief', context);
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problem));
    assert.strictEqual(outcome.text, '# constructor toString Der Gesprächsleitfaden\n');
  });

  test('Windows device names are never output file names (CON.md, nul.md, a leader named "Aux")', () => {
    for (const output of ['CON.md', 'nul.md', 'Aux.MD', 'com1.md', 'LPT9.md', 'prn.backup.md']) {
      assert.strictEqual(safeOutput(output, 'brief'), 'brief-{leader}.md', output);
    }
    assert.strictEqual(safeOutput('console.md', 'brief'), 'console.md');
    const lib = new TeamTemplateLibrary([file('brief.hbs', '---\nname: Brief\noutput: "{leader}.md"\n---\nx\n')]);
    assert.strictEqual(lib.outputName('brief', 'Aux'), 'brief-aux.md');
    assert.strictEqual(lib.outputName('brief', 'Dana'), 'dana.md');
  });

  test('a glossary link with %29 or %28 stays one link: "Read more" points at the whole address', () => {
    const entry = (link: string): GlossaryEntry => ({ name: 'Saga', aliases: [], definition: 'd', link, source: { kind: 'team', file: '/ws/g.glossary.yml', line: 1 } });
    const md = new MarkdownIt();
    for (const [link, href] of [
      ['https://example.com/wiki/Saga_%28pattern%29', 'https://example.com/wiki/Saga_%28pattern%29'],
      ['https://example.com/a%29b?q=%28x', 'https://example.com/a%29b?q=%28x'],
      ['https://example.com/a%29%20[x](javascript:alert(1))', undefined],
    ] as const) {
      const html = md.render(describeEntry(entry(link)));
      const links = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
      if (href === undefined) { assert.deepStrictEqual(links, [], html); continue; }
      assert.deepStrictEqual(links, [[href, 'Read more']], html);
      assert.doesNotMatch(html, /\)\s*<\/p>|Read more<\/a>[^<\s]/, `no stray text after the link: ${html}`);
    }
  });

  test('bidi override and isolate controls (U+202E and friends) are removed from user text', () => {
    assert.strictEqual(inlineMarkdown('invoice\u202Egpj.exe'), 'invoicegpj.exe');
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      assert.strictEqual(inlineMarkdown(`a${c}b`), 'ab', JSON.stringify(c));
    }
    assert.strictEqual(inlineMarkdown('שלום Dana'), 'שלום Dana', 'right-to-left text itself is kept');
    const context = buildContext(validateProfile(exampleWith({ leader: { name: 'Dana \u202eakafO' } })).profile, builtinGlossary(), TODAY);
    assert.ok(!JSON.stringify(context).includes('\u202e'));
  });
});
