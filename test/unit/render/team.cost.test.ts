import * as assert from 'assert';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import fc from 'fast-check';
import { TeamTemplateLibrary, tooDeepBlock, unclosedMustache, type TeamTemplateFile } from '../../../src/core/render/team';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { assertLinear, stepsDoubling } from '../doubling';
import { exampleProfile, TODAY } from './helpers';

const CONTEXT = buildContext(validateProfile(exampleProfile()).profile, builtinGlossary(), TODAY);
const file = (relativePath: string, text: string): TeamTemplateFile => ({ relativePath, file: `/ws/.mentorship/templates/${relativePath}`, text });

/** `{{#each @root.checklist}}` nested `depth` times: (steps)^depth iterations. */
function nestedLoops(depth: number): string {
  return `${'{{#each @root.checklist}}'.repeat(depth)}x${'{{/each}}'.repeat(depth)}`;
}

suite('Team templates: a render budget', function () {
  this.timeout(60_000);

  test('nested loops over the checklist are stopped after the time budget, naming the template', () => {
    const lib = new TeamTemplateLibrary([file('loops.hbs', nestedLoops(9))]);
    assert.deepStrictEqual(lib.problems, []);
    const started = Date.now();
    const outcome = lib.render('loops', CONTEXT);
    const took = Date.now() - started;
    assert.ok(!outcome.ok, 'rendered');
    if (!outcome.ok) {
      assert.match(outcome.problem.message, /^The template 'loops' \(\/ws\/\.mentorship\/templates\/loops\.hbs\) was stopped: it (ran for more than 2 s|wrote more than 5 MB)/);
      assert.strictEqual(outcome.problem.file, '/ws/.mentorship/templates/loops.hbs');
    }
    assert.ok(took < 10_000, `${took} ms`);
  });

  test('a template that writes more than the output budget is stopped', () => {
    const lib = new TeamTemplateLibrary([file('big.hbs', `{{#each @root.checklist}}${'y'.repeat(1_000_000)}{{/each}}`)]);
    const outcome = lib.render('big', CONTEXT);
    assert.ok(!outcome.ok && /wrote more than 5 MB/.test(outcome.problem.message), JSON.stringify(outcome.ok || outcome.problem));
  });

  test('partials that include each other twice per level are stopped', () => {
    const files = [file('tree.hbs', '{{> p0}}')];
    for (let i = 0; i < 40; i++) files.push(file(`partials/p${i}.hbs`, i === 39 ? 'x' : `{{> p${i + 1}}}{{> p${i + 1}}}`));
    const outcome = new TeamTemplateLibrary(files).render('tree', CONTEXT);
    assert.ok(!outcome.ok && /was stopped/.test(outcome.problem.message), JSON.stringify(outcome.ok || outcome.problem));
  });

  test('ordinary team templates and loops still render, the budget reset between renders', () => {
    const lib = new TeamTemplateLibrary([file('two.hbs', nestedLoops(2)), file('partials/sig.hbs', 'Thanks'), file('note.hbs', '{{> sig}} {{#each @root.checklist}}.{{/each}}')]);
    for (let i = 0; i < 3; i++) {
      const a = lib.render('two', CONTEXT);
      assert.ok(a.ok && a.text.trim() === 'x'.repeat(CONTEXT.checklist.length ** 2), JSON.stringify(a));
      const b = lib.render('note', CONTEXT);
      assert.ok(b.ok && b.text.startsWith('Thanks .'), JSON.stringify(b));
    }
  });
});

/** Malformed templates whose error is reported (position found) at a cost linear in their size. */
const MALFORMED: [string, (n: number) => string][] = [
  ['`{{!--` repeated', (n) => '{{!--'.repeat(n)],
  ['`{{!--x}}` repeated (a comment opener closed only as a mustache)', (n) => '{{!--x}}'.repeat(n)],
  ['`{{` repeated', (n) => 'a {{'.repeat(n)],
  ['`{{x}}` lines then an unclosed `{{`', (n) => `${'{{x}}\n'.repeat(n)}{{`],
  ['`{{{{` repeated', (n) => '{{{{'.repeat(n)],
  ['`{{#a}}` never closed', (n) => '{{#a}}\n'.repeat(n)],
  ['`{{~!--` then `--}` repeated', (n) => `{{~!--${'--}'.repeat(n)}`],
];

suite('Team templates: reporting a syntax error is linear in the template', function () {
  this.timeout(120_000);
  for (const [name, make] of MALFORMED) {
    // Counted, not timed: the characters read by the checks and handed to Handlebars' parser (a
    // 1 MB template took 19 s to report before; wall-time ratios flaked under load).
    test(`${name}: reported with a position; the characters read double, no more, when the template doubles`, () => {
      const problems = new TeamTemplateLibrary([file('bad.hbs', make(200))]).problems;
      assert.strictEqual(problems.length, 1);
      assert.ok(problems[0]!.line >= 1 && problems[0]!.column >= 1);
      const n = Math.max(1, Math.round((1 << 19) / make(1).length)); // about 512 KB, then 1 MB
      const d = stepsDoubling(n, (size, counter) => { new TeamTemplateLibrary([file('bad.hbs', make(size))], counter); });
      assertLinear(name, d, 'steps');
      const length = make(2 * n).length;
      assert.ok(d.large <= 8 * length, `${d.large} characters read for a template of ${length}`);
      assert.ok(d.small >= make(n).length, `${d.small} characters read: the counter misses the parse`);
    });
  }

  test('counting changes no problem reported', () => {
    for (const [, make] of MALFORMED) {
      const plain = new TeamTemplateLibrary([file('bad.hbs', make(50))]).problems;
      const counted = new TeamTemplateLibrary([file('bad.hbs', make(50))], { steps: 0 }).problems;
      assert.deepStrictEqual(counted, plain);
    }
  });
});

suite('Team templates: finding the unclosed `{{`', () => {
  test('blocks nested deeper than a template needs are refused before Handlebars parses them', () => {
    const problems = new TeamTemplateLibrary([file('deep.hbs', `---\nname: Deep\n---\n${'{{#if x}}\n'.repeat(150)}`)]).problems;
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0]!.message, /nested more than 100 levels/);
    assert.strictEqual(problems[0]!.line, 4 + 100);
    assert.strictEqual(tooDeepBlock(`${'{{#if x}}{{/if}}'.repeat(500)}{{!-- {{#a}} --}}`), undefined);
  });

  /** The regular expression it replaced (quadratic on `{{{{` and `{{!--` without their ends). */
  const reference = (body: string): number | undefined => {
    const re = /(?<!\\)\\\{\{|\{\{\{\{[\s\S]*?\}\}\}\}|\{\{~?!--[\s\S]*?--~?\}\}|\{\{(?:(?!\{\{)[\s\S])*?\}\}|\{\{/g;
    for (const m of body.matchAll(re)) if (m[0] === '{{') return m.index;
    return undefined;
  };
  test('the same answer as the regular expression on random templates', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('{{', '}}', '{{{{', '}}}}', '{{!--', '--}}', '--~}}', '{{~!--', '\\', 'a', ' ', '\n', '{', '}', '-', '~', '!'), { maxLength: 30 }), (parts) => {
      const body = parts.join('');
      assert.strictEqual(unclosedMustache(body), reference(body), JSON.stringify(body));
    }), { numRuns: 3_000 });
  });
});
