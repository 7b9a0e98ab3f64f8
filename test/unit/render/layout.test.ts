// Built-in templates are layout (issue 20, item 5): headings, order and structural sections only.
// No wording inside a conditional (the rules choose the message, the phrasebook holds its words),
// no line over 160 characters, at most 12 conditionals per template or partial.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import { handlebarsCompiler } from '../../../src/core/libraries';

const MAX_CONDITIONALS = 12;
const MAX_LINE = 160;

interface Layout {
  /** `{{#if`, `{{#unless` and `{{else if` (each arm of a chain counts once). */
  conditionals: number;
  /** 1-based line numbers of lines longer than MAX_LINE characters (front matter included). */
  longLines: number[];
  /** Literal words (text outside mustaches) inside a conditional's body or else, as "line: text". */
  wordsInConditionals: string[];
}

/** The GFM task-list mark `[x]` is structure, not wording. */
const STRUCTURAL = new Set(['x']);

/** Measures a template's text with the Handlebars parser, so `{{~#if`, chains and comments are read as Handlebars does. */
function layoutOf(text: string): Layout {
  const longLines = text.split('\n').flatMap((l, i) => (l.length > MAX_LINE ? [i + 1] : []));
  const front = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const offset = front ? front[0].split('\n').length - 1 : 0;
  const body = front ? text.slice(front[0].length) : text;
  const program = handlebarsCompiler().parse(body);
  const lineStarts = [0, ...[...body.matchAll(/\n/g)].map((m) => m.index + 1)];
  // The file line of a word at or after a node's start (standalone stripping moves a node's value, not its loc).
  const lineOf = (loc: hbs.AST.SourceLocation, word: string) => {
    const at = body.indexOf(word, lineStarts[loc.start.line - 1]! + loc.start.column);
    return body.slice(0, at).split('\n').length + offset;
  };
  let conditionals = 0;
  const words: string[] = [];
  const walk = (nodes: readonly hbs.AST.Statement[], inConditional: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'ContentStatement' && inConditional) {
        const content = node as hbs.AST.ContentStatement;
        const found = (content.value.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !STRUCTURAL.has(w));
        if (found.length) words.push(`${lineOf(content.loc, found[0]!)}: ${found.join(' ')}`);
      } else if (node.type === 'BlockStatement') {
        const block = node as hbs.AST.BlockStatement;
        const name = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
        const conditional = name === 'if' || name === 'unless';
        if (conditional) conditionals++;
        walk(block.program?.body ?? [], inConditional || conditional);
        walk(block.inverse?.body ?? [], inConditional || conditional);
      }
    }
  };
  walk(program.body, false);
  return { conditionals, longLines, wordsInConditionals: words };
}

/** Every built-in template and partial, by its path under templates/. */
function builtins(): { file: string; layout: Layout }[] {
  const files = [...readdirSync('templates'), ...readdirSync('templates/partials').map((n) => `partials/${n}`)].filter((n) => n.endsWith('.hbs')).sort();
  return files.map((file) => ({ file, layout: layoutOf(readFileSync(`templates/${file}`, 'utf8')) }));
}

suite('Built-in templates are layout', () => {
  test('the measure counts every arm of a chain, long lines and words inside a conditional, and nothing outside one', () => {
    const text = `---\nname: ${'n'.repeat(MAX_LINE)}\n---\n# {{t "Heading"}} Prepared for {{you.name}}\n`
      + '{{~#if is.warm}}Hi{{else if is.formal}}{{m "x"}}{{else}}{{#each terms}}- **{{name}}** Try{{/each}}{{/if}}\n'
      + '{{#unless is.async}}- [{{#if done}}x{{else}} {{/if}}] {{! a comment with words }}{{/unless}}\n'
      + `{{#each objections}}${'{{short}} '.repeat(20)}{{/each}}\n`;
    const layout = layoutOf(text);
    assert.strictEqual(layout.conditionals, 4);
    assert.deepStrictEqual(layout.longLines, [2, 7]);
    assert.deepStrictEqual(layout.wordsInConditionals, ['5: Hi', '5: Try']);
  });

  test(`no template or partial has more than ${MAX_CONDITIONALS} conditionals`, () => {
    const all = builtins();
    assert.ok(all.length >= 20, `found ${all.length} templates and partials`);
    const over = all.filter((t) => t.layout.conditionals > MAX_CONDITIONALS).map((t) => `${t.file}: ${t.layout.conditionals}`);
    assert.deepStrictEqual(over, []);
  });

  test(`no template or partial has a line over ${MAX_LINE} characters`, () => {
    const over = builtins().flatMap((t) => t.layout.longLines.map((n) => `${t.file}:${n}`));
    assert.deepStrictEqual(over, []);
  });

  test('no template or partial has words inside a conditional: the rules pick the message', () => {
    const found = builtins().flatMap((t) => t.layout.wordsInConditionals.map((w) => `${t.file}:${w}`));
    assert.ok(found.length === 0, `${found.length} places:\n${found.join('\n')}`);
  });
});
