import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { markdownToHtml } from '../../../src/core/markdown/html';
import { toPlainText } from '../../../src/core/render/plainText';
import { runCli } from '../../../src/cli/cli';
import { capture, EXAMPLE_PROFILE } from '../cli/helpers';
import { exampleProfile, exampleWith, render } from './helpers';

/** Markdown syntax that must not survive into plain text. */
const SYNTAX: [string, RegExp][] = [
  ['a heading marker', /^#{1,6}\s/m],
  ['a quote marker', /^\s*>/m],
  ['bold or emphasis markers', /\*\*|__|(^|\s)\*\S|\S\*(\s|$)/m],
  ['a task box', /\[[ xX]\]/],
  ['link syntax', /\]\(|\]\[/],
  ['a backslash escape', /\\[\\`*_[\]<>|~#&+\-.!()]/],
  ['a table delimiter row', /\|\s*:?-{3,}/],
  ['a code span', /`/],
  ['a bullet other than "- "', /^\s*[*+]\s/m],
];

function assertNoSyntax(text: string, label: string): void {
  for (const [what, re] of SYNTAX) {
    const m = re.exec(text);
    assert.ok(!m, `${label}: ${what} in plain text: ${JSON.stringify(text.slice(Math.max(0, (m?.index ?? 0) - 40), (m?.index ?? 0) + 40))}`);
  }
}

/** An independent reading of the Markdown: the text of every block as the HTML renderer shows it. */
const html = new MarkdownIt();
function blockTexts(markdown: string): string[] {
  const out: string[] = [];
  for (const t of html.parse(markdown, {})) {
    if (t.type !== 'inline') continue;
    const text = html.renderer.renderInline(t.children ?? [], html.options, {})
      .replace(/<br>/g, '\n').replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    out.push(text.replace(/^\[[ xX]\] /, '')); // a task box is the one piece of text plain text drops
  }
  return out.filter((t) => t.trim() !== '');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every sentence of the Markdown's text content, in order, in the plain text. */
function assertKeepsEverySentence(markdown: string, plain: string, label: string): void {
  const flat = collapse(plain);
  let from = 0;
  for (const block of blockTexts(markdown)) {
    const b = collapse(block);
    const at = flat.indexOf(b, from);
    assert.ok(at >= 0, `${label}: lost ${JSON.stringify(b.slice(0, 120))}`);
    from = at + b.length;
  }
}

suite('Plain text: the converter', () => {
  test('drops heading, emphasis and quote markers and keeps the words', () => {
    assert.strictEqual(toPlainText('# Title\n\nSome **bold** and *soft* words.\n\n> **You:** “Hello.”\n'),
      'Title\n\nSome bold and soft words.\n\nYou: “Hello.”\n');
  });

  test('lists stay readable: "- " bullets, numbered items keep their numbers, nesting is indented', () => {
    assert.strictEqual(toPlainText('- one\n- two\n  - two a\n\n3. third\n4. fourth\n'), '- one\n- two\n  - two a\n\n3. third\n4. fourth\n');
  });

  test('task boxes go; a ticked one says done', () => {
    assert.strictEqual(toPlainText('- [ ] Book the 1:1\n- [x] Send the note\n'), '- Book the 1:1\n- Send the note (done)\n');
  });

  test('backslash escapes and entities are undone, as the preview shows them', () => {
    assert.strictEqual(toPlainText('R\\&D uses C\\# and \\*stars\\* and snake\\_case \\<b\\> &amp; 1\\. not a list\n'), 'R&D uses C# and *stars* and snake_case <b> & 1. not a list\n');
  });

  test('named references of HTML 4.01 are read as their characters; a rarer HTML5 name stays as typed', () => {
    // Every bundle reads names through src/core/markdown/namedEntities.ts, not the 27 KB HTML5 table.
    assert.strictEqual(
      toPlainText('Caf&eacute; &copy; 2026 &ndash; M&uuml;ller&hellip; &euro;5 &apos;ok&apos; &#233; &NotEqual; &bogus;\n'),
      "Café © 2026 – Müller… €5 'ok' é &NotEqual; &bogus;\n",
    );
  });

  test('an international host name stays as typed: the text shows it, the preview\'s address carries it percent-encoded', () => {
    // Every bundle leaves host names to the browser (scripts/build.mjs, hostnamesAsTyped), not punycode.js.
    assert.strictEqual(toPlainText('See <https://münchen.example/plan>.\n'), 'See https://münchen.example/plan.\n');
    const html = markdownToHtml('[the plan](https://münchen.example/plan)');
    assert.match(html, /href="https:\/\/m%C3%BCnchen\.example\/plan"/);
    assert.strictEqual(new URL('https://m%C3%BCnchen.example/plan').hostname, 'xn--mnchen-3ya.example');
  });

  test('links keep their text, with the address when it says something more', () => {
    assert.strictEqual(toPlainText('See [the runbook](https://example.com/run) or <https://example.com>.\n'), 'See the runbook (https://example.com/run) or https://example.com.\n');
  });

  test('a table becomes one line per row without the delimiter row', () => {
    assert.strictEqual(toPlainText('| Date | Decision |\n|---|---|\n| 2024-05-01 | First ask |\n| 2024-05-02 | |\n'), 'Date | Decision\n2024-05-01 | First ask\n2024-05-02\n');
  });

  test('a loose list keeps its blank lines; a multi-paragraph item is indented under its marker', () => {
    assert.strictEqual(toPlainText('1. First\n\n   More about it.\n\n2. Second\n'), '1. First\n\n   More about it.\n\n2. Second\n');
  });

  test('line breaks inside a paragraph stay (a signature under "Best,")', () => {
    assert.strictEqual(toPlainText('Best,\nSam\n'), 'Best,\nSam\n');
  });

  test('the fill-in prompt stays visible without its bold', () => {
    assert.strictEqual(toPlainText('Dear **[fill in: the leader’s name]**,\n'), 'Dear [fill in: the leader’s name],\n');
  });

  test('the syntax checker itself catches each kind of Markdown', () => {
    for (const bad of ['# H', '> q', '**b**', '- [ ] t', '[a](b)', 'C\\#', '|---|', '`c`', '* x']) {
      assert.throws(() => assertNoSyntax(bad, 'probe'), assert.AssertionError, bad);
    }
  });
});

suite('Plain text: every built-in template', () => {
  const profiles: [string, unknown][] = [
    ['example', exampleProfile()],
    ['minimal', { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway' }],
    ['warm, direct, flat, async', exampleWith({ tone: 'warm', format: 'async', culture: { communication: 'direct', hierarchy: 'flat' } })],
    ['concise, cross-team', exampleWith({ tone: 'concise', relationship: 'cross-team' })],
    ['awkward text', exampleWith({ challenge: 'R&D *fast* path_ [v2] <gateway> #1 | 100%', you: { name: 'Ana_María' } })],
  ];
  for (const id of Object.keys(BUILTIN_TEMPLATES)) {
    test(`${id}: no Markdown syntax, every sentence kept`, () => {
      for (const [label, profile] of profiles) {
        const markdown = render(id, profile);
        const plain = toPlainText(markdown);
        assertNoSyntax(plain.replace(/R&D \*fast\* path_ \[v2\] <gateway> #1 \| 100%/g, 'CHALLENGE'), `${id} (${label})`);
        assertKeepsEverySentence(markdown, plain, `${id} (${label})`);
      }
    });
  }
});

suite('Plain text: the CLI', () => {
  test('generate --format text prints the same text as the converter', async () => {
    const md = capture();
    assert.strictEqual(await runCli(['generate', '--profile', EXAMPLE_PROFILE, '--template', 'thank-you'], md), 0, md.stderr);
    const text = capture();
    assert.strictEqual(await runCli(['generate', '--profile', EXAMPLE_PROFILE, '--template', 'thank-you', '--format', 'text'], text), 0, text.stderr);
    assert.strictEqual(text.stdout, toPlainText(md.stdout));
    assert.ok(!text.stdout.includes('**'));
  });

  test('--format markdown is the default; anything else is a usage error', async () => {
    const a = capture(); const b = capture(); const c = capture();
    await runCli(['generate', '--profile', EXAMPLE_PROFILE], a);
    await runCli(['generate', '--profile', EXAMPLE_PROFILE, '--format', 'markdown'], b);
    assert.strictEqual(a.stdout, b.stdout);
    assert.strictEqual(await runCli(['generate', '--profile', EXAMPLE_PROFILE, '--format', 'html'], c), 2);
    assert.match(c.stderr, /--format is 'markdown' or 'text'/);
  });
});
