import * as assert from 'assert';
import { docCheckEdits, isLeadersDoc, mayAffectChecklist, readDocChecks, unclosedFence } from '../../../src/core/checklist/docSync';
import { emptyState, setDone } from '../../../src/core/checklist/state';
import { PREP_STEPS } from '../../../src/core/checklist/steps';

const title = (id: string) => PREP_STEPS.find((s) => s.id === id)!.title;
const asObject = (m: Map<string, boolean>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
const NOW = new Date('2026-11-24T09:30:00.000Z');

suite('docSync: code, comments, fences and steps listed twice', () => {
  test('task boxes inside an HTML comment are not ticks', () => {
    const doc = ['## Prep checklist', '', '<!--', `- [x] ${title('rehearse')}`, '-->', `- [ ] ${title('book-meeting')}`].join('\n');
    assert.deepStrictEqual(asObject(readDocChecks(doc)), { 'book-meeting': false });
    assert.deepStrictEqual(docCheckEdits(doc, setDone(emptyState(), 'rehearse', false, NOW)), []);
  });

  test('task boxes in indented code are not ticks; a list item nested in a list still is', () => {
    const doc = ['## Prep checklist', '', 'An example:', '', `    - [x] ${title('rehearse')}`, '', `- [ ] ${title('book-meeting')}`, `    - [x] ${title('hold-meeting')}`].join('\n');
    assert.deepStrictEqual(asObject(readDocChecks(doc)), { 'book-meeting': false, 'hold-meeting': true });
  });

  test('an unclosed fence is reported with its line; a closed one is not', () => {
    assert.strictEqual(unclosedFence(['# Doc', '', '```ts', 'code', `- [ ] ${title('rehearse')}`].join('\n')), 2);
    assert.strictEqual(unclosedFence(['# Doc', '', '```ts', 'code', '```', `- [ ] ${title('rehearse')}`].join('\n')), undefined);
    assert.strictEqual(unclosedFence(['~~~~', '~~~'].join('\n')), 0);
    assert.strictEqual(unclosedFence('```'), 0);
  });

  test('ticking the second listing of a step is read as the edit, not reverted', () => {
    const doc = ['## Prep checklist', `- [ ] ${title('rehearse')}`, '', '## Prep checklist', `- [x] ${title('rehearse')}`].join('\n');
    const single = ['## Prep checklist', `- [ ] ${title('rehearse')}`, `- [x] ${title('rehearse')}`].join('\n');
    for (const text of [doc, single]) {
      const checks = readDocChecks(text, PREP_STEPS, emptyState());
      assert.strictEqual(checks.get('rehearse'), true);
      // … and the sync then ticks the first listing too, instead of unticking the second.
      const state = setDone(emptyState(), 'rehearse', true, NOW);
      assert.deepStrictEqual(docCheckEdits(text, state).map((e) => e.replacement), ['x']);
    }
    // Unticking the second of two ticked listings is read as an untick.
    const unticked = ['## Prep checklist', `- [x] ${title('rehearse')}`, `- [ ] ${title('rehearse')}`].join('\n');
    assert.strictEqual(readDocChecks(unticked, PREP_STEPS, setDone(emptyState(), 'rehearse', true, NOW)).get('rehearse'), false);
  });

  test('each leader’s prep doc is told apart by its file name', () => {
    assert.ok(isLeadersDoc('prep-dana-okafor.md', 'Dana Okafor'));
    assert.ok(isLeadersDoc('prep-doc-con.md', 'Con'));
    assert.ok(!isLeadersDoc('prep-sam-lee.md', 'Dana Okafor'));
    assert.ok(!isLeadersDoc('prep-dana-okafor-2.md', 'Dana Okafor'));
  });

  test('typing prose on a line needs no sync; a box, heading, fence or comment does', () => {
    assert.ok(!mayAffectChecklist(['We talked about the platform roadmap and']));
    for (const line of [`- [x] ${title('rehearse')}`, '## Prep checklist', '```', '<!-- x', '']) assert.ok(mayAffectChecklist([line]), line);
  });
});
