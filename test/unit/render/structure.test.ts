// User text must never change a document's structure: whatever someone types as a name or a
// challenge, the rendered Markdown has the same headings, paragraphs, lists and inline markup as
// it would with plain words, and shows the text exactly as typed.
import * as assert from 'assert';
import fc from 'fast-check';
import { TEXT_FIELDS } from '../../../src/core/profile/profile';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { slot } from '../../../src/core/render/slots';
import { unreadScript } from '../../../src/core/render/wordsScript';
import { collapse, exampleProfile, exampleWith, headings, md, render, structure } from './helpers';

const IDS = Object.keys(BUILTIN_TEMPLATES);

/** No glossary, so the vocabulary section is the same whatever the text: terms are only shown
 *  when they fit (no padding), and plain words fit none. */
const FALLBACK_ONLY = builtinGlossary().filter(() => false);

/** Sets a dotted text field ("leader.name") on a profile-like object. */
function withText(profile: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const [a, b] = path.split('.') as [string, string | undefined];
  return b === undefined ? { ...profile, [a]: value } : { ...profile, [a]: { ...(profile[a] as object), [b]: value } };
}

/** The same profile with every text field it answers set to a plain word (an answered optional
 *  field such as goal adds a sentence, so unanswered ones stay unanswered). */
function plain(profile: Record<string, unknown>): Record<string, unknown> {
  const has = (path: string) => { const [a, b] = path.split('.') as [string, string | undefined]; const v = b === undefined ? profile[a] : (profile[a] as Record<string, unknown> | undefined)?.[b]; return v !== undefined; };
  return TEXT_FIELDS.filter((f) => has(f.path)).reduce((p, f) => withText(p, f.path, plainValue(f.path, valueAt(profile, f.path))), profile);
}

function valueAt(profile: Record<string, unknown>, path: string): unknown {
  const [a, b] = path.split('.') as [string, string | undefined];
  return b === undefined ? profile[a] : (profile[a] as Record<string, unknown> | undefined)?.[b];
}

/** A plain word, except for their words in a script the reading cannot read: those get a note of
 *  their own on purpose, so the plain version keeps their letters (and so their script), no markup. */
function plainValue(path: string, value: unknown): string {
  if (path === 'firstResponseWords' && typeof value === 'string' && unreadScript(value) !== undefined) return (value.match(/\p{L}+/gu) ?? []).join(' ');
  return 'word';
}

function assertSameStructure(hostile: Record<string, unknown>, label: string): void {
  for (const id of IDS) {
    const got = structure(render(id, hostile, { glossary: FALLBACK_ONLY }));
    const want = structure(render(id, plain(hostile), { glossary: FALLBACK_ONLY }));
    assert.deepStrictEqual(got, want, `${id}: ${label}`);
  }
}

const html = (id: string, input: unknown) => md.render(render(id, input));

suite('User text cannot break a document’s structure', () => {
  test('a leader name starting with # does not add a heading', () => {
    const input = exampleWith({ leader: { name: '# Dana' } });
    assert.deepStrictEqual(headings(render('prep-doc', input)).length, headings(render('prep-doc', exampleProfile())).length);
    assertSameStructure(input, 'leader name "# Dana"');
  });

  test('a leader name starting with # is shown in the title as typed', () => {
    assert.deepStrictEqual(headings(render('prep-doc', exampleWith({ leader: { name: '# Dana' } })))[0], [1, 'Mentorship prep: # Dana']);
  });

  test('a leader name ending in " #" keeps its # in the headings', () => {
    const hs = headings(render('prep-doc', exampleWith({ leader: { name: 'Team #' } })));
    assert.strictEqual(hs[0]![1], 'Mentorship prep: Team #');
    assert.deepStrictEqual(headings(render('objections', exampleWith({ leader: { name: 'Team #' } })))[0], [1, 'Objection cards: Team #']);
  });

  test('a challenge with a line break does not start a new paragraph or heading', () => {
    const input = exampleWith({ challenge: 'scaling the gateway\n\n# Big heading\n\nnew paragraph' });
    assertSameStructure(input, 'challenge with blank lines');
    assert.ok(render('prep-doc', input).includes('scaling the gateway # Big heading new paragraph'));
  });

  test('a challenge with | characters does not make a table', () => {
    const input = exampleWith({ challenge: '| a | b |\n|---|---|\n| c | d |' });
    assertSameStructure(input, 'challenge with a table');
    const tables = (out: string) => out.split('<table>').length - 1;
    assert.strictEqual(tables(html('prep-doc', input)), tables(html('prep-doc', exampleProfile())));
  });

  test('<b> and <script> in user text never become HTML elements', () => {
    const input = exampleWith({ leader: { name: '<b>Dana</b>' }, challenge: '<script>alert(1)</script> and <img src=x onerror=alert(1)>' });
    for (const id of IDS) {
      const out = html(id, input);
      assert.doesNotMatch(out, /<b>|<script|<img/, id);
    }
    assert.ok(html('prep-doc', input).includes('&lt;b&gt;Dana&lt;/b&gt;'));
    assertSameStructure(input, 'HTML in user text');
  });

  test('backticks do not open code spans or fences', () => {
    const input = exampleWith({ challenge: '```js\nrm -rf /\n```', leader: { expertise: 'the `kubectl` CLI' } });
    assertSameStructure(input, 'backticks');
    assert.doesNotMatch(html('prep-doc', input), /<code>|<pre>/);
  });

  test('[link](x) stays text', () => {
    const input = exampleWith({ leader: { initiative: '[the platform](javascript:alert(1))' } });
    assertSameStructure(input, 'link');
    assert.doesNotMatch(html('prep-doc', input), /<a /);
  });

  test('*emphasis* and _emphasis_ stay literal', () => {
    const input = exampleWith({ valueYouBring: '*notes* and _summaries_ and **bold** and __init__' });
    assertSameStructure(input, 'emphasis');
    assert.ok(html('prep-doc', input).includes('*notes* and _summaries_ and **bold** and __init__'));
  });

  test('R&D stays R&D, and a typed entity stays as typed', () => {
    const input = exampleWith({ challenge: 'R&D budgets &amp; &copy; &#169;' });
    const text = render('prep-doc', input);
    assert.ok(text.includes('R&D budgets'));
    assert.ok(html('prep-doc', input).includes('R&amp;D budgets &amp;amp; &amp;copy; &amp;#169;'));
  });

  test('your name on a line of its own cannot start a block, even behind a control character', () => {
    for (const name of ['# Sam', '- Sam', '> Sam', '1. Sam', '\u0001 # Sam', '\u0002 - Sam', '---', '===', '<div>Sam</div>']) {
      assertSameStructure(exampleWith({ you: { name } }), `you.name ${JSON.stringify(name)}`);
    }
  });

  test('their words in another script, with markup in them, keep the structure of the same words without it', () => {
    for (const words of ['# Ελένη *μου*, ευχαρίστως | όχι', '> Нет, `спасибо`', '- 私は__忙しい__です', '[לא](x) תודה']) {
      assertSameStructure(exampleWith({ firstResponseWords: words }), `firstResponseWords ${JSON.stringify(words)}`);
    }
  });

  test('a block quote line keeps its quote when the text starts with >', () => {
    assertSameStructure(exampleWith({ leader: { name: '> Dana' }, challenge: '> quoted' }), 'leading >');
  });
});

suite('User text cannot break a document’s structure: property', () => {
  const fragment = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('#', '## ', '*', '_', '`', '```', '~~~', '<b>', '</b>', '<script>', '&amp;', '&copy;', '[x](y)', '|', '\\', '-', '+ ', '1. ', '>', '\n', '\n\n', '\r\n', '\t', '    ', '\u0001', '===', '---', 'R&D', '"', '“') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  );
  /** What a reader should see of a value; '' means it renders as a fill-in prompt. */
  const visible = (s: string) => collapse(s.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')); // eslint-disable-line no-control-regex
  // Punctuation alone (".") is no answer: a slot normalizes it away and shows the fill-in prompt.
  const text = fc.array(fragment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')).filter((s) => visible(s) !== '' && slot(s).text !== '');

  test('any text in any field gives the same structure as plain words, in every built-in', function () {
    // 150 values × every built-in, rendered twice: 20–30 s on a loaded two-core machine.
    this.timeout(90_000);
    fc.assert(fc.property(fc.constantFrom(...TEXT_FIELDS.map((f) => f.path)), text, (path, value) => {
      assertSameStructure(withText(exampleProfile(), path, value), `${path}=${JSON.stringify(value)}`);
    }), { numRuns: 150 });
  });

  test('the leader’s name shows in the title exactly as typed (whitespace collapsed)', () => {
    fc.assert(fc.property(text, (name) => {
      const [level, title] = headings(render('prep-doc', exampleWith({ leader: { name } })))[0]!;
      assert.strictEqual(level, 1);
      assert.strictEqual(collapse(title), collapse(`Mentorship prep: ${visible(name)}`));
    }), { numRuns: 300 });
  });
});

suite('A lower-case form of address keeps the title as typed', () => {
  test('a name whose form follows "1. " is capitalised in sentences, never in the title', () => {
    for (const name of ['1. ҳ\n\n#', 'Dr. khun', 'A. paní']) {
      const [level, title] = headings(render('prep-doc', exampleWith({ leader: { name } })))[0]!;
      assert.strictEqual(level, 1);
      assert.strictEqual(collapse(title), collapse(`Mentorship prep: ${name}`), name);
    }
  });
});
