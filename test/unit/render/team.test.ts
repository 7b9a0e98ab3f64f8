import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext, type RenderContext } from '../../../src/core/render/context';
import { TemplateLibrary, type RenderOutcome, type TemplateProblem } from '../../../src/core/render/library';
import { splitFrontMatter, TeamTemplateLibrary, type TeamTemplateFile } from '../../../src/core/render/team';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleProfile, exampleWith, TODAY } from './helpers';

/** Sources of built-ins a team might copy and adapt (the test bundle lives in out/unit/render/). */
const BUILTIN_SOURCES: Record<string, string> = Object.fromEntries(['thank-you', 'async-update', 'first-checkin']
  .map((id) => [id, readFileSync(path.resolve(__dirname, '../../../templates', `${id}.hbs`), 'utf8')]));

const CONTEXT = buildContext(validateProfile(exampleProfile()).profile, builtinGlossary(), TODAY);

/** A team file at .mentorship/templates/<relativePath>. */
const file = (relativePath: string, text: string): TeamTemplateFile => ({ relativePath, file: `/ws/.mentorship/templates/${relativePath}`, text });

/** Three lines of front matter: the body starts on line 6 of the file. */
const FRONT = '---\nname: Team agenda\ndescription: Our own agenda.\noutput: agenda-{leader}.md\n---\n';

function text(outcome: RenderOutcome): string {
  if (!outcome.ok) assert.fail(`expected a rendered text, got ${JSON.stringify(outcome.problem)}`);
  return outcome.text;
}

function problem(outcome: RenderOutcome): TemplateProblem {
  if (outcome.ok) assert.fail(`expected a problem, got ${JSON.stringify(outcome.text)}`);
  return outcome.problem;
}

/** The one load problem of a library made from a single file. */
function loadProblem(relativePath: string, body: string): TemplateProblem {
  const lib = new TeamTemplateLibrary([file(relativePath, body)]);
  assert.strictEqual(lib.problems.length, 1, JSON.stringify(lib.problems));
  return lib.problems[0]!;
}

suite('Team templates: adding and overriding', () => {
  test('a team template with front matter adds a new template with its name, description and output', () => {
    const lib = new TeamTemplateLibrary([file('agenda.hbs', `${FRONT}# Agenda for {{leader.name}}\n`)]);
    assert.deepStrictEqual(lib.problems, []);
    assert.deepStrictEqual(lib.get('agenda'), {
      id: 'agenda', name: 'Team agenda', description: 'Our own agenda.', output: 'agenda-{leader}.md', origin: 'team', file: '/ws/.mentorship/templates/agenda.hbs',
    });
    assert.strictEqual(text(lib.render('agenda', CONTEXT)), '# Agenda for Dana Okafor\n');
    assert.strictEqual(lib.outputName('agenda', 'Dana Okafor'), 'agenda-dana-okafor.md');
  });

  test('the built-ins stay available next to team templates', () => {
    const lib = new TeamTemplateLibrary([file('agenda.hbs', `${FRONT}x`)]);
    assert.deepStrictEqual(lib.list().map((t) => t.id), ['prep-doc', 'script', 'objections', 'thank-you', 'first-checkin', 'async-update', 'next-checkin', 'request-meeting', 'manager-first', 'one-pager', 'brief', 'no-reply', 'agenda']);
    assert.match(text(lib.render('script', CONTEXT)), /^# Script: asking Dana Okafor for mentorship/);
  });

  test('a team template without front matter gets its file name and a safe output name', () => {
    const lib = new TeamTemplateLibrary([file('notes/one-pager.hbs', 'Hi {{leader.name}}')]);
    const info = lib.get('notes/one-pager')!;
    assert.strictEqual(info.name, 'notes/one-pager');
    assert.strictEqual(info.description, 'Team template');
    assert.strictEqual(lib.outputName('notes/one-pager', 'Dana'), 'one-pager-dana.md');
  });

  test('front matter that is not a mapping is ignored', () => {
    const lib = new TeamTemplateLibrary([file('list.hbs', '---\n- a\n- b\n---\nbody\n')]);
    assert.deepStrictEqual(lib.problems, []);
    assert.strictEqual(lib.get('list')?.name, 'list');
    assert.strictEqual(text(lib.render('list', CONTEXT)), 'body\n');
  });

  test('a team template named prep-doc overrides the built-in', () => {
    const lib = new TeamTemplateLibrary([file('prep-doc.hbs', '---\nname: Our prep doc\n---\n# Ours: {{leader.name}}\n')]);
    assert.strictEqual(text(lib.render('prep-doc', CONTEXT)), '# Ours: Dana Okafor\n');
    assert.strictEqual(lib.get('prep-doc')?.origin, 'team');
    assert.strictEqual(lib.list().filter((t) => t.id === 'prep-doc').length, 1);
  });

  test('a team partial overrides the built-in partial inside the built-in templates', () => {
    const lib = new TeamTemplateLibrary([file('partials/terms.hbs', 'OUR TERMS for {{leader.name}}\n')]);
    const doc = text(lib.render('prep-doc', CONTEXT));
    assert.match(doc, /## Vocabulary for this conversation\n\nOUR TERMS for Dana Okafor\n\n## After the meeting/);
    assert.ok(!doc.includes('Ranked by fit to this conversation'));
  });

  test('a file whose name starts with _ is a partial too', () => {
    const lib = new TeamTemplateLibrary([file('_signature.hbs', '-- {{you.name}}'), file('note.hbs', 'Thanks.\n\n{{> _signature}}')]);
    assert.strictEqual(lib.get('_signature'), undefined);
    assert.strictEqual(text(lib.render('note', CONTEXT)), 'Thanks.\n\n-- Sam Rivera\n');
  });

  test('a team template can use team and built-in partials', () => {
    const lib = new TeamTemplateLibrary([file('mine.hbs', '{{> greeting}}\n\n{{> checklist}}'), file('partials/greeting.hbs', 'Hello {{leader.name}}\n')]);
    const out = text(lib.render('mine', CONTEXT));
    assert.ok(out.startsWith('Hello Dana Okafor\n\n- [ ] '), out);
  });

  test('overrides stay in their own library', () => {
    new TeamTemplateLibrary([file('prep-doc.hbs', 'ours'), file('partials/terms.hbs', 'ours')]);
    assert.match(text(new TemplateLibrary().render('prep-doc', CONTEXT)), /^# Mentorship prep: Dana Okafor/);
    assert.match(text(new TeamTemplateLibrary([]).render('prep-doc', CONTEXT)), /Ranked by fit to this conversation/);
  });

  test('user text reaches team templates Markdown-safe and without HTML entities', () => {
    const ctx = buildContext(validateProfile(exampleWith({ challenge: 'R&D <b>now</b> "quoted"' })).profile, builtinGlossary(), TODAY);
    // Once in the narrative and once in a quoted line: each is the first mention of its kind, in full (issue 23).
    const lib = new TeamTemplateLibrary([file('c.hbs', '{{challenge}}\n> {{{challenge}}}')]);
    assert.strictEqual(text(lib.render('c', ctx)), 'R&D \\<b>now\\</b> "quoted"\n> R&D \\<b>now\\</b> "quoted"\n');
  });

  test('the eq helper is available', () => {
    const lib = new TeamTemplateLibrary([file('t.hbs', '{{#if (eq tone "formal")}}Dear{{else}}Hi{{/if}}')]);
    assert.strictEqual(text(lib.render('t', CONTEXT)), 'Dear\n');
  });

  test('Windows line endings are fine', () => {
    const lib = new TeamTemplateLibrary([file('crlf.hbs', '---\r\nname: CRLF\r\n---\r\n# {{leader.name}}\r\n\r\n\r\n\r\nend\r\n')]);
    assert.deepStrictEqual(lib.problems, []);
    assert.strictEqual(lib.get('crlf')?.name, 'CRLF');
    assert.strictEqual(text(lib.render('crlf', CONTEXT)), '# Dana Okafor\n\nend\n');
  });
});

suite('Team templates: output names are sanitized', () => {
  test('an output that leaves the folder falls back to <name>-{leader}.md', () => {
    const lib = new TeamTemplateLibrary([file('agenda.hbs', '---\noutput: ../../etc/passwd.md\n---\nx')]);
    assert.strictEqual(lib.get('agenda')?.output, 'agenda-{leader}.md');
    assert.strictEqual(lib.outputName('agenda', 'Dana Okafor'), 'agenda-dana-okafor.md');
  });

  test('absolute paths, other extensions and non-text outputs fall back too', () => {
    for (const output of ['/tmp/x.md', 'C:\\\\x.md', 'x.sh', '[a.md]', '{a: 1}', '42']) {
      const lib = new TeamTemplateLibrary([file('agenda.hbs', `---\noutput: ${output}\n---\nx`)]);
      assert.strictEqual(lib.get('agenda')?.output, 'agenda-{leader}.md', output);
    }
  });

  test('an odd file name still gives a plain file name', () => {
    const lib = new TeamTemplateLibrary([file('we:ird?.hbs', 'x')]);
    assert.strictEqual(lib.outputName('we:ird?', 'Dana'), 'we-ird--dana.md');
  });
});

suite('Team templates: syntax errors', () => {
  test('an unclosed {{#if}} is reported at the line and column of its opening, counting the front matter', () => {
    const p = loadProblem('agenda.hbs', `${FRONT}# Agenda\n\n  {{#if leader.name}}\nHello\n\nmore text\n`);
    assert.strictEqual(p.file, '/ws/.mentorship/templates/agenda.hbs');
    assert.deepStrictEqual([p.line, p.column], [8, 6]);
    assert.match(p.message, /"if" block is never closed/);
  });

  test('an unclosed {{ is reported where it opens', () => {
    const p = loadProblem('agenda.hbs', `${FRONT}# Agenda\nHello {{ foo\nmore text\n`);
    assert.deepStrictEqual([p.line, p.column], [7, 7]);
    assert.match(p.message, /never closed/);
  });

  test('an unclosed {{ at the very end is reported where it opens', () => {
    const p = loadProblem('agenda.hbs', 'line 1\nline 2 {{ foo');
    assert.deepStrictEqual([p.line, p.column], [2, 8]);
  });

  test('a block closed with the wrong name is reported at its opening', () => {
    const p = loadProblem('agenda.hbs', `${FRONT}\n  {{#if x}}\n{{/each}}\n`);
    assert.deepStrictEqual([p.line, p.column], [7, 6]);
    assert.match(p.message, /if doesn't match each/);
  });

  test('a stray closing tag is reported where it is', () => {
    const p = loadProblem('agenda.hbs', `${FRONT}text\n\n   {{/if}}\n`);
    assert.deepStrictEqual([p.line, p.column], [8, 4]);
    assert.match(p.message, /^Parse error: Expecting/);
  });

  test('a malformed expression is reported at the offending token', () => {
    const p = loadProblem('agenda.hbs', 'ok\n  {{foo bar=}}\n');
    assert.deepStrictEqual([p.line, p.column], [2, 13]);
  });

  test('the message does not repeat a line number that counts from the body', () => {
    const p = loadProblem('agenda.hbs', `${FRONT}{{#if x}}\n`);
    assert.doesNotMatch(p.message, /on line/);
  });

  test('an error Handlebars finds when compiling, not parsing, is reported at load with its line', () => {
    const p = loadProblem('agenda.hbs', `${FRONT}ok\n{{> greeting a b}}\n`);
    assert.strictEqual(p.line, 7);
    assert.match(p.message, /partial arguments/);
  });

  test('a template with a syntax error is not available for rendering', () => {
    const lib = new TeamTemplateLibrary([file('broken.hbs', '{{#if x}}')]);
    assert.strictEqual(lib.get('broken'), undefined);
    assert.ok(!lib.list().some((t) => t.id === 'broken'));
    assert.match(problem(lib.render('broken', CONTEXT)).message, /no template 'broken'/);
  });

  test('a broken override is reported and the built-in stays in use', () => {
    const lib = new TeamTemplateLibrary([file('prep-doc.hbs', '{{#if x}}')]);
    assert.strictEqual(lib.problems.length, 1);
    assert.strictEqual(lib.get('prep-doc')?.origin, 'builtin');
    assert.match(text(lib.render('prep-doc', CONTEXT)), /^# Mentorship prep/);
  });

  test('a broken partial is reported and does not replace the built-in one', () => {
    const lib = new TeamTemplateLibrary([file('partials/terms.hbs', '{{ broken')]);
    assert.strictEqual(lib.problems[0]?.file, '/ws/.mentorship/templates/partials/terms.hbs');
    assert.match(text(lib.render('prep-doc', CONTEXT)), /Ranked by fit to this conversation/);
  });

  test('invalid front matter is reported on the file and the template is skipped', () => {
    const lib = new TeamTemplateLibrary([file('agenda.hbs', '---\nname: [unclosed\n---\nbody\n')]);
    assert.strictEqual(lib.problems.length, 1);
    assert.strictEqual(lib.problems[0]!.line, 2);
    assert.match(lib.problems[0]!.message, /^front matter: /);
    assert.strictEqual(lib.get('agenda'), undefined);
  });

  test('every problem of several files is reported, and the good files still load', () => {
    const lib = new TeamTemplateLibrary([file('a.hbs', '{{#if x}}'), file('b.hbs', 'fine'), file('c.hbs', '{{ x')]);
    assert.deepStrictEqual(lib.problems.map((p) => p.file.split('/').pop()).sort(), ['a.hbs', 'c.hbs']);
    assert.strictEqual(text(lib.render('b', CONTEXT)), 'fine\n');
  });
});

suite('Team templates: runtime errors', () => {
  test('an unknown field is an error (strict mode) at its line and column, counting the front matter', () => {
    const lib = new TeamTemplateLibrary([file('agenda.hbs', `${FRONT}Hello\n\n  Dear {{leader.nickname}},\n`)]);
    assert.deepStrictEqual(lib.problems, []);
    const p = problem(lib.render('agenda', CONTEXT));
    assert.strictEqual(p.file, '/ws/.mentorship/templates/agenda.hbs');
    assert.deepStrictEqual([p.line, p.column], [8, 10]);
    assert.match(p.message, /"nickname" not defined/);
  });

  test('an unknown helper is an error, not silently empty', () => {
    const lib = new TeamTemplateLibrary([file('agenda.hbs', 'x\n{{shout leader.name}}')]);
    const p = problem(lib.render('agenda', CONTEXT));
    assert.strictEqual(p.line, 2);
  });

  test('a runtime error names the template it happened in', () => {
    const lib = new TeamTemplateLibrary([file('agenda.hbs', '{{nope}}')]);
    assert.strictEqual(problem(lib.render('agenda', CONTEXT)).file, '/ws/.mentorship/templates/agenda.hbs');
  });
});

suite('Team templates: no prototype access', () => {
  const attempts = [
    '{{constructor.name}}',
    '{{constructor}}',
    '{{lookup this "__proto__"}}',
    '{{lookup this "constructor"}}',
    '{{lookup (lookup this "constructor") "name"}}',
    '{{#with "x"}}{{constructor}}{{/with}}',
    '{{#with "x"}}{{constructor.name}}{{/with}}',
    '{{#with leader.name}}{{toString}}{{/with}}',
    '{{this.__proto__}}',
    '{{__proto__.constructor.name}}',
    '{{leader.constructor.constructor}}',
    '{{#with leader}}{{__defineGetter__}}{{/with}}',
    '{{#each this}}{{#if (eq @key "constructor")}}{{this}}{{/if}}{{/each}}',
    '{{lookup terms "constructor"}}',
  ];
  for (const attempt of attempts) {
    test(`${attempt} gets nothing`, () => {
      const lib = new TeamTemplateLibrary([file('evil.hbs', `[${attempt}]`)]);
      assert.deepStrictEqual(lib.problems, []);
      const outcome = lib.render('evil', CONTEXT);
      const shown = outcome.ok ? outcome.text : outcome.problem.message;
      assert.doesNotMatch(shown, /function|native code|Object|=>/, shown);
      if (outcome.ok) assert.strictEqual(outcome.text, '[]\n');
    });
  }

  test('prototype access in one render does not affect the next', () => {
    const lib = new TeamTemplateLibrary([file('evil.hbs', '{{lookup this "__proto__"}}'), file('ok.hbs', '{{leader.name}}')]);
    lib.render('evil', CONTEXT);
    assert.strictEqual(text(lib.render('ok', CONTEXT)), 'Dana Okafor\n');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });
});

suite('splitFrontMatter', () => {
  test('reads YAML between --- lines and says where the body starts', () => {
    assert.deepStrictEqual(splitFrontMatter('---\nname: X\noutput: x.md\n---\nbody\n'), { meta: { name: 'X', output: 'x.md' }, body: 'body\n', bodyLine: 5 });
  });

  test('without front matter the body is the whole text, starting on line 1', () => {
    assert.deepStrictEqual(splitFrontMatter('# Title\n---\n'), { meta: {}, body: '# Title\n---\n', bodyLine: 1 });
  });

  test('handles CRLF and trailing spaces after the closing ---', () => {
    const r = splitFrontMatter('---\r\nname: X\r\n--- \r\nbody');
    assert.deepStrictEqual([r.meta, r.body, r.bodyLine], [{ name: 'X' }, 'body', 4]);
  });

  test('reports invalid YAML instead of throwing', () => {
    const r = splitFrontMatter('---\nname: [\n---\nbody');
    assert.match(r.error ?? '', /^front matter: /);
    assert.strictEqual(r.body, 'body');
  });

  test('an empty front matter block is an empty mapping', () => {
    assert.deepStrictEqual(splitFrontMatter('---\n\n---\nbody').meta, {});
  });
});

suite('Team templates: the context they get', () => {
  test('exposes every documented field', () => {
    const lib = new TeamTemplateLibrary([file('all.hbs', [
      '{{you.name}}|{{you.role}}|{{you.strengths}}|{{leader.name}}|{{leader.role}}|{{leader.initiative}}|{{leader.expertise}}',
      '{{challenge}}|{{expertiseApplied}}|{{valueYouBring}}|{{cadence.id}}|{{cadence.label}}|{{sessionMinutes}}|{{format.id}}|{{format.label}}',
      '{{culture.communication}}|{{culture.hierarchy}}|{{relationship.id}}|{{relationship.label}}|{{tone}}|{{today}}',
      '{{#each terms}}{{name}};{{/each}}|{{#each checklist}}{{id}};{{/each}}',
    ].join('\n'))]);
    const out = text(lib.render('all', CONTEXT));
    assert.ok(out.includes('Sam Rivera|Software Architect|event-driven integration|Dana Okafor|VP Engineering|'), out);
    assert.ok(out.includes('|biweekly|every two weeks|30|mixed|'), out);
    assert.ok(out.includes('indirect|hierarchical|skip-level|a skip-level leader|formal|2024-05-01'), out);
    assert.ok(out.includes('API Gateway;Bounded Context;'), out);
    assert.ok(out.includes('understand-resistance;'), out);
  });

  test('the is flags work in strict mode, including for choices the profile did not make', () => {
    const lib = new TeamTemplateLibrary([file('t.hbs', '{{#if is.warm}}warm{{else if is.formal}}formal{{/if}}{{#if is.skipLevel}} skip{{/if}}')]);
    assert.strictEqual(text(lib.render('t', CONTEXT)), 'formal skip\n');
  });

  test('a team copy of a built-in renders like the built-in, in every tone', () => {
    for (const id of ['thank-you', 'async-update', 'first-checkin']) {
      for (const tone of ['formal', 'warm', 'concise']) {
        const ctx: RenderContext = buildContext(validateProfile(exampleWith({ tone })).profile, builtinGlossary(), TODAY);
        const team = new TeamTemplateLibrary([file(`${id}.hbs`, BUILTIN_SOURCES[id]!)]);
        assert.deepStrictEqual(team.problems, [], id);
        assert.strictEqual(text(team.render(id, ctx)), text(new TemplateLibrary().render(id, ctx)), `${id} ${tone}`);
      }
    }
  });
});
