import * as assert from 'assert';
import { changeMaySync, docCheckEdits, prepDocParses, readDocChecks, unclosedFence, type TextChange } from '../../../src/core/checklist/docSync';
import { emptyState } from '../../../src/core/checklist/state';
import { PREP_STEPS } from '../../../src/core/checklist/steps';

// Doc sync runs on every keystroke in a prep doc: on main before the fix each one cost a parse of
// the whole doc (107 ms at 127 KB, 448 ms at 2 MB). Counted here: the lines and characters a
// keystroke reads, at 127 KB and at 2 MB.

const PARAGRAPH = 'We talked about the platform roadmap, the gateway, and how the team splits its on-call load.';

/** A prep doc of about `bytes`: a heading, the checklist, then paragraphs of notes. */
function prepDoc(bytes: number): string[] {
  const lines = ['# Prep: Dana Okafor', '', '## Prep checklist', '', ...PREP_STEPS.map((s) => `- [ ] ${s.title}`), '', '## Notes', ''];
  let size = lines.join('\n').length;
  while (size < bytes) { lines.push(PARAGRAPH, ''); size += PARAGRAPH.length + 2; }
  return lines;
}

interface Cost { linesRead: number; charactersRead: number; syncs: number }

/** Types `keys` one character at a time at the end of `line`, as the editor reports each. */
function typeInto(lines: string[], line: number, keys: string): Cost {
  const cost: Cost = { linesRead: 0, charactersRead: 0, syncs: 0 };
  const lineAt = (n: number) => { cost.linesRead++; cost.charactersRead += lines[n]!.length; return lines[n]!; };
  for (const key of keys) {
    const change: TextChange = { startLine: line, endLine: line, text: key };
    lines[line] += key;
    if (changeMaySync([change], lineAt, lines.length)) cost.syncs++;
  }
  return cost;
}

suite('docSync: the work per keystroke does not grow with the doc', () => {
  const KEYS = ' and the next steps'; // 19 keystrokes of prose
  const sizes = [127 * 1024, 2 * 1024 * 1024];

  test('prose typed on a notes line: the same lines read at 127 KB and 2 MB, and no sync', () => {
    const costs = sizes.map((bytes) => {
      const lines = prepDoc(bytes);
      assert.ok(lines.join('\n').length >= bytes);
      return typeInto(lines, lines.length - 2, KEYS);
    });
    assert.deepStrictEqual(costs[1], costs[0], JSON.stringify(costs));
    assert.strictEqual(costs[0]!.linesRead, KEYS.length, 'one line read per keystroke');
    assert.strictEqual(costs[0]!.syncs, 0, 'prose needs no sync');
  });

  test('typing in a task line: each keystroke reads its own line, and asks for a sync', () => {
    const costs = sizes.map((bytes) => {
      const lines = prepDoc(bytes);
      return typeInto(lines, lines.indexOf(`- [ ] ${PREP_STEPS[0]!.title}`), KEYS);
    });
    assert.deepStrictEqual(costs[1], costs[0], JSON.stringify(costs));
    assert.strictEqual(costs[0]!.linesRead, KEYS.length);
    assert.strictEqual(costs[0]!.syncs, KEYS.length, 'a task line can change the checklist');
  });

  test('a pasted paragraph reads the lines pasted; removed lines or several changes always sync', () => {
    const lines = prepDoc(127 * 1024);
    let read = 0;
    const lineAt = (n: number) => { read++; return lines[n]!; };
    assert.strictEqual(changeMaySync([{ startLine: 10, endLine: 10, text: 'a\nb\nc' }], lineAt, lines.length), true, 'line 12 is blank');
    assert.strictEqual(read, 3);
    read = 0;
    assert.strictEqual(changeMaySync([{ startLine: 10, endLine: 12, text: 'x' }], lineAt, lines.length), true, 'lines were removed');
    assert.strictEqual(changeMaySync([{ startLine: 20, endLine: 20, text: 'x' }, { startLine: 30, endLine: 30, text: 'y' }], lineAt, lines.length), true);
    assert.strictEqual(read, 1, 'several changes are synced without reading');
    read = 0;
    assert.strictEqual(changeMaySync([{ startLine: lines.length - 1, endLine: lines.length - 1, text: 'a\nb' }], lineAt, lines.length), true);
    assert.ok(read <= 2);
  });

  test('a sync parses the doc once, however many times it reads the same text', () => {
    const text = prepDoc(2 * 1024 * 1024).join('\n');
    const before = prepDocParses.count;
    unclosedFence(text);
    readDocChecks(text, undefined, emptyState());
    unclosedFence(text);
    docCheckEdits(`${text}`, emptyState());
    assert.strictEqual(prepDocParses.count - before, 1);
    readDocChecks(`${text} changed`);
    assert.strictEqual(prepDocParses.count - before, 2, 'a changed text is parsed again');
  });
});
