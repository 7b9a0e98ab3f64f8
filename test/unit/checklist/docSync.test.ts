import * as assert from 'assert';
import fc from 'fast-check';
import { docCheckEdits, mergeFromDoc, parseTaskLine, readDocChecks, type DocEdit } from '../../../src/core/checklist/docSync';
import { markdownLines } from '../../../src/core/markdown/blocks';
import { emptyState, isDone, setDone, type ChecklistState } from '../../../src/core/checklist/state';
import { PREP_STEPS, stepsFor, type PrepStep } from '../../../src/core/checklist/steps';
import { exampleProfile, render } from '../render/helpers';
import type { Profile } from '../../../src/core/profile/profile';

const NOW = new Date('2026-11-24T09:30:00.000Z');
const title = (id: string) => PREP_STEPS.find((s) => s.id === id)!.title;

function tick(...ids: string[]): ChecklistState {
  return ids.reduce((s, id) => setDone(s, id, true, NOW), emptyState());
}

/** Applies edits the way VS Code would: one character replaced at (line, character). */
function applyEdits(text: string, edits: readonly DocEdit[]): string {
  const parts = text.split(/(\r\n|\r|\n)/); // lines at even indices, separators at odd ones
  for (const e of edits) {
    const line = parts[e.line * 2];
    assert.ok(line !== undefined && /^[ xX]$/.test(line[e.character] ?? ''), `edit ${JSON.stringify(e)} must land on a check mark`);
    parts[e.line * 2] = line.slice(0, e.character) + e.replacement + line.slice(e.character + 1);
  }
  return parts.join('');
}

function sync(text: string, state: ChecklistState): string {
  return applyEdits(text, docCheckEdits(text, state));
}

const asObject = (m: Map<string, boolean>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

suite('docSync', () => {
  suite('parseTaskLine', () => {
    test('reads bullets, marks and the mark position', () => {
      assert.deepStrictEqual(parseTaskLine('- [ ] Rehearse'), { checked: false, character: 3, title: 'Rehearse' });
      assert.deepStrictEqual(parseTaskLine('  * [x] Rehearse  '), { checked: true, character: 5, title: 'Rehearse' });
      assert.deepStrictEqual(parseTaskLine('\t+   [X]\tRehearse'), { checked: true, character: 6, title: 'Rehearse' });
    });

    test('leaves lines that are not task items alone', () => {
      for (const line of ['-[ ] Rehearse', '- [] Rehearse', '- [y] Rehearse', '- [ ]Rehearse', '- [ ]', '- [ ]   ', '1. [ ] Rehearse', '[ ] Rehearse', 'Rehearse', '> - [ ] Rehearse']) {
        assert.strictEqual(parseTaskLine(line), undefined, line);
      }
    });
  });

  suite('markdownLines', () => {
    test('marks ATX headings with their level and text', () => {
      const lines = markdownLines('# A\n## Prep checklist ##\n   ### C\n#hashtag\n    # code\n##');
      assert.deepStrictEqual(lines.map((l) => l.heading), [
        { level: 1, text: 'A' }, { level: 2, text: 'Prep checklist' }, { level: 3, text: 'C' }, undefined, undefined, { level: 2, text: '' },
      ]);
    });

    test('marks fenced code, fence lines included', () => {
      const lines = markdownLines('a\n```md\n## x\n~~~\n```\nb\n~~~~\n```\n~~~~');
      assert.deepStrictEqual(lines.map((l) => l.code), [false, true, true, true, true, false, true, true, true]);
      assert.strictEqual(lines[2]!.heading, undefined);
    });

    test('counts lines as VS Code does: CRLF, LF and CR', () => {
      assert.deepStrictEqual(markdownLines('a\r\nb\nc\rd').map((l) => l.text), ['a', 'b', 'c', 'd']);
    });
  });

  suite('readDocChecks', () => {
    test('the generated prep doc lists every step that applies to the profile, unticked', () => {
      const doc = render('prep-doc', exampleProfile());
      const checks = readDocChecks(doc);
      assert.deepStrictEqual([...checks.keys()], stepsFor(exampleProfile() as unknown as Profile).map((s) => s.id));
      assert.ok(checks.size >= PREP_STEPS.length - 1, 'the example profile leaves out only the referral step');
      assert.ok([...checks.values()].every((v) => v === false));
    });

    test('matches titles trimmed, whitespace-collapsed and case-insensitively, with any bullet and mark', () => {
      const doc = [
        `- [x] ${title('rehearse')}`,
        `    * [X]   ${title('book-meeting').toUpperCase()}   `,
        `+ [ ] ${title('hold-meeting').replace(/ /g, ' \t ')}`,
        `\t- [x] ${title('send-thank-you').toLowerCase()}`,
      ].join('\n');
      assert.deepStrictEqual(asObject(readDocChecks(doc)), { 'book-meeting': true, 'hold-meeting': false, rehearse: true, 'send-thank-you': true });
    });

    test('a straight apostrophe matches the typographic one of the title', () => {
      assert.deepStrictEqual(asObject(readDocChecks("- [x] Research the leader's work and priorities")), { 'research-leader': true });
    });

    test('ignores unknown tasks, near-miss titles and non-task mentions', () => {
      const doc = [
        '- [x] Buy milk',
        `- [x] ${title('rehearse')} (again)`,
        `- ${title('rehearse')}`,
        `1. [x] ${title('rehearse')}`,
        `We should ${title('rehearse')}.`,
      ].join('\n');
      assert.strictEqual(readDocChecks(doc).size, 0);
    });

    test('only reads the Prep checklist section when the doc has one', () => {
      const doc = [
        '# My prep',
        `- [x] ${title('rehearse')}`,
        '## Prep checklist',
        `- [x] ${title('book-meeting')}`,
        '### Later',
        `- [ ] ${title('hold-meeting')}`,
        '## Notes',
        `- [x] ${title('send-thank-you')}`,
        '# Appendix',
        `- [x] ${title('review-cadence')}`,
      ].join('\n');
      assert.deepStrictEqual(asObject(readDocChecks(doc)), { 'book-meeting': true, 'hold-meeting': false });
    });

    test('a level-1 heading ends the section too, and the heading matches case-insensitively', () => {
      const doc = ['## PREP CHECKLIST ##', `- [x] ${title('rehearse')}`, '# Done', `- [x] ${title('book-meeting')}`].join('\n');
      assert.deepStrictEqual(asObject(readDocChecks(doc)), { rehearse: true });
    });

    test('reads anywhere when there is no Prep checklist heading', () => {
      const doc = ['# Notes', `- [x] ${title('rehearse')}`, '## Other', `  - [ ] ${title('book-meeting')}`].join('\n');
      assert.deepStrictEqual(asObject(readDocChecks(doc)), { 'book-meeting': false, rehearse: true });
    });

    test('a heading inside a code block is not the section, and tasks there do not count', () => {
      const doc = ['```markdown', '## Prep checklist', `- [x] ${title('rehearse')}`, '```', `- [ ] ${title('book-meeting')}`].join('\n');
      assert.deepStrictEqual(asObject(readDocChecks(doc)), { 'book-meeting': false });
    });

    test('a step listed twice reads as its first line', () => {
      assert.strictEqual(readDocChecks(`- [ ] ${title('rehearse')}\n- [x] ${title('rehearse')}`).get('rehearse'), false);
    });

    test('uses the steps it is given', () => {
      const steps: PrepStep[] = [{ id: 'a', phase: 'after', title: 'Water the plants', description: '' }];
      assert.deepStrictEqual(asObject(readDocChecks(`- [x] water the plants\n- [x] ${title('rehearse')}`, steps)), { a: true });
    });

    test('empty and odd input', () => {
      assert.strictEqual(readDocChecks('').size, 0);
      assert.strictEqual(readDocChecks('\r\n\r\n').size, 0);
      assert.strictEqual(readDocChecks('```\n- [x] ' + title('rehearse')).size, 0, 'an unclosed fence runs to the end');
    });
  });

  suite('docCheckEdits', () => {
    test('one-character edits inside the brackets, only where the doc disagrees', () => {
      const doc = [
        '## Prep checklist',
        '',
        `- [ ] ${title('rehearse')}`,
        `  * [X] ${title('book-meeting')}`,
        `- [x] ${title('hold-meeting')}`,
        `- [ ] ${title('send-thank-you')}`,
      ].join('\n');
      const edits = docCheckEdits(doc, tick('rehearse', 'hold-meeting'));
      assert.deepStrictEqual(edits, [
        { line: 2, character: 3, replacement: 'x' },
        { line: 3, character: 5, replacement: ' ' },
      ]);
    });

    test('no edits when the doc already agrees', () => {
      const doc = `- [x] ${title('rehearse')}\n- [ ] ${title('book-meeting')}\n`;
      assert.deepStrictEqual(docCheckEdits(doc, tick('rehearse')), []);
    });

    test('ticks every copy of a step listed twice', () => {
      const doc = `- [ ] ${title('rehearse')}\nnotes\n- [ ] ${title('rehearse')}`;
      assert.deepStrictEqual(docCheckEdits(doc, tick('rehearse')).map((e) => e.line), [0, 2]);
    });

    test('the generated prep doc: tick some steps, read them back, nothing else moves', () => {
      const doc = render('prep-doc', exampleProfile());
      const state = tick('understand-resistance', 'rehearse', 'send-thank-you');
      const after = sync(doc, state);
      assert.deepStrictEqual([...readDocChecks(after)].filter(([, v]) => v).map(([id]) => id), ['understand-resistance', 'rehearse', 'send-thank-you']);
      assert.strictEqual(after.replace(/\[x\]/g, '[ ]'), doc);
    });

    test('CRLF docs: positions ignore the CR and the CRs stay', () => {
      const doc = `## Prep checklist\r\n\r\n- [ ] ${title('rehearse')}\r\n- [x] ${title('book-meeting')}\r\n`;
      const edits = docCheckEdits(doc, tick('rehearse'));
      assert.deepStrictEqual(edits, [{ line: 2, character: 3, replacement: 'x' }, { line: 3, character: 3, replacement: ' ' }]);
      const after = applyEdits(doc, edits);
      assert.strictEqual(after, `## Prep checklist\r\n\r\n- [x] ${title('rehearse')}\r\n- [ ] ${title('book-meeting')}\r\n`);
      assert.deepStrictEqual(asObject(readDocChecks(after)), { 'book-meeting': false, rehearse: true });
    });

    test('round trip keeps notes, extra tasks, other sections and the user’s order', () => {
      const doc = [
        '# Prep for Dana',
        '',
        `- [ ] ${title('rehearse')} ← outside the section: not mine to touch`,
        `- [ ] ${title('rehearse')}`,
        '',
        '## Prep checklist',
        '',
        'My own notes, with a [link](https://example.com) and **bold**.',
        `- [ ] ${title('send-thank-you')}`,
        '- [ ] Buy Dana a coffee',
        `  - [x] ${title('book-meeting')}`,
        '    - [x] a sub-task of my own',
        `- [ ] ${title('understand-resistance')}`,
        '> - [ ] quoted task',
        '```',
        `- [ ] ${title('hold-meeting')}`,
        '```',
        '### Later',
        `* [ ] ${title('review-cadence')}`,
        '',
        '## Follow-up',
        `- [ ] ${title('plan-first-session')}`,
        'Trailing words',
      ].join('\n');
      const state = tick('rehearse', 'send-thank-you', 'understand-resistance', 'hold-meeting', 'review-cadence', 'plan-first-session');
      const after = sync(doc, state);
      const expected = doc.split('\n');
      expected[8] = `- [x] ${title('send-thank-you')}`;
      expected[10] = `  - [ ] ${title('book-meeting')}`;
      expected[12] = `- [x] ${title('understand-resistance')}`;
      expected[18] = `* [x] ${title('review-cadence')}`;
      assert.strictEqual(after, expected.join('\n'));
      assert.deepStrictEqual(asObject(readDocChecks(after)), { 'book-meeting': false, 'review-cadence': true, 'send-thank-you': true, 'understand-resistance': true });
      assert.deepStrictEqual(docCheckEdits(after, state), [], 'a second sync has nothing to do');
    });

    test('unticking everything leaves the doc as generated', () => {
      const doc = render('prep-doc', exampleProfile());
      const all = tick(...PREP_STEPS.map((s) => s.id));
      assert.strictEqual(sync(sync(doc, all), emptyState()), doc);
    });
  });

  suite('mergeFromDoc', () => {
    test('the doc wins for the steps it lists; others are unchanged', () => {
      const earlier = new Date('2026-11-01T00:00:00.000Z');
      const state = setDone(setDone(emptyState(), 'rehearse', true, earlier), 'review-cadence', true, earlier);
      const merged = mergeFromDoc(state, new Map([['rehearse', false], ['book-meeting', true], ['hold-meeting', false]]), NOW);
      assert.deepStrictEqual(merged, { done: { 'review-cadence': earlier.toISOString(), 'book-meeting': NOW.toISOString() } });
      assert.ok(isDone(state, 'rehearse'), 'the input is untouched');
    });

    test('a step already done keeps its date, and no change returns the same state', () => {
      const state = tick('rehearse');
      const merged = mergeFromDoc(state, new Map([['rehearse', true], ['book-meeting', false]]), new Date('2030-01-01T00:00:00.000Z'));
      assert.strictEqual(merged, state);
    });

    test('doc → state → doc: after merging, the doc needs no edits', () => {
      const doc = `## Prep checklist\n- [x] ${title('rehearse')}\n- [ ] ${title('book-meeting')}\n- [X] ${title('hold-meeting')}`;
      const merged = mergeFromDoc(tick('book-meeting', 'send-thank-you'), readDocChecks(doc), NOW);
      assert.deepStrictEqual(Object.keys(merged.done).sort(), ['hold-meeting', 'rehearse', 'send-thank-you']);
      assert.deepStrictEqual(docCheckEdits(doc, merged), []);
    });
  });

  suite('property: sync then read back', () => {
    const key = (s: string) => s.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    const titleKeys = new Set(PREP_STEPS.map((s) => key(s.title)));

    /** Noise must not be a heading that opens or closes a section, a fence, or a step's task line. */
    const isNoise = (line: string) => !/[\r\n]/.test(line)
      && !/^ {0,3}#{1,2}([ \t]|$)/.test(line)
      && !/^ {0,3}(`{3}|~{3})/.test(line)
      && !(/^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+\S/.test(line) && titleKeys.has(key(line.replace(/^[ \t]*[-*+][ \t]+\[[ xX]\]/, ''))));

    const noise = fc.oneof(
      fc.constantFrom('', '### Before the meeting', '- [ ] Buy milk', '- [x] Ask about DDD', '* a bullet', '> a quote', '---', 'Notes about Dana.',
        '- [ ]', `[ ] ${PREP_STEPS[0]!.title}`, `1. [x] ${PREP_STEPS[1]!.title}`, `- ${PREP_STEPS[2]!.title}`, '#hashtag', '    code', '\t', ' '),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ).filter(isNoise).map((text) => ({ text, id: undefined as string | undefined }));

    const stepLine = fc.record({
      step: fc.constantFrom(...PREP_STEPS),
      indent: fc.constantFrom('', ' ', '  '), // four spaces or a tab at the top level is indented code (docSync.blocks.test.ts)
      bullet: fc.constantFrom('-', '*', '+'),
      mark: fc.constantFrom(' ', 'x', 'X'),
      gap: fc.constantFrom(' ', '  ', '\t'),
      variant: fc.constantFrom<(t: string) => string>((t) => t, (t) => t.toUpperCase(), (t) => t.toLowerCase(), (t) => t.replace(/ /g, '  '), (t) => t.replace(/’/g, "'"), (t) => `${t} \t`),
    }).map((r) => ({ text: `${r.indent}${r.bullet} [${r.mark}]${r.gap}${r.variant(r.step.title)}`, id: r.step.id as string | undefined }));

    const lines = fc.array(fc.oneof(stepLine, noise), { maxLength: 25 });

    const doc = fc.record({
      before: lines,
      heading: fc.boolean(),
      body: lines,
      after: fc.option(fc.record({ heading: fc.constantFrom('## Notes', '# Appendix', '##'), lines })),
      eol: fc.constantFrom('\n', '\r\n'),
      finalEol: fc.boolean(),
      state: fc.subarray(PREP_STEPS.map((s) => s.id)),
    });

    test('the doc agrees with the state for every step it lists, and only check marks change', () => {
      fc.assert(fc.property(doc, (d) => {
        const all = [
          ...d.before.map((l) => ({ ...l, scoped: !d.heading })),
          ...(d.heading ? [{ text: '## Prep checklist', id: undefined, scoped: false }] : []),
          ...d.body.map((l) => ({ ...l, scoped: true })),
          ...(d.after ? [{ text: d.after.heading, id: undefined, scoped: false }, ...d.after.lines.map((l) => ({ ...l, scoped: !d.heading }))] : []),
        ];
        const text = all.map((l) => l.text).join(d.eol) + (d.finalEol ? d.eol : '');
        const state = tick(...d.state);
        const result = sync(text, state);

        const expected = new Map(all.filter((l) => l.scoped && l.id).map((l) => [l.id!, isDone(state, l.id!)]));
        assert.deepStrictEqual(asObject(readDocChecks(result)), asObject(expected));
        assert.deepStrictEqual(docCheckEdits(result, state), []);

        const out = result.split(d.eol);
        assert.strictEqual(out.length, text.split(d.eol).length);
        all.forEach((l, i) => {
          if (l.scoped && l.id) assert.strictEqual(out[i]!.replace(/\[[ xX]\]/, '[?]'), l.text.replace(/\[[ xX]\]/, '[?]'));
          else assert.strictEqual(out[i], l.text, `line ${i} must be byte-identical`);
        });
      }), { numRuns: 2000 });
    });
  });
});
