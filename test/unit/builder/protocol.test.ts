import * as assert from 'assert';
import fc from 'fast-check';
import { parseHostMessage, parseWebviewMessage, savedDraft } from '../../../src/features/builder/protocol';

suite('Prep Builder message protocol', () => {
  test('accepts each well-formed webview message', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'change', draft: { a: 1 }, template: 'prep-doc' }), { type: 'change', draft: { a: 1 }, template: 'prep-doc', showIds: false });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'change', draft: {}, template: 'prep-doc', showIds: true }), { type: 'change', draft: {}, template: 'prep-doc', showIds: true });
    // Show message IDs is on only when the webview says true, not for any truthy value.
    assert.deepStrictEqual(parseWebviewMessage({ type: 'change', draft: {}, template: 'prep-doc', showIds: 'yes' }), { type: 'change', draft: {}, template: 'prep-doc', showIds: false });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'generate', draft: {}, template: 'team/x' }), { type: 'generate', draft: {}, template: 'team/x' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'save', draft: {} }), { type: 'save', draft: {} });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'copyScript', draft: {} }), { type: 'copyScript', draft: {} });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'copyPlainText', draft: {}, template: 'brief' }), { type: 'copyPlainText', draft: {}, template: 'brief' });
    assert.strictEqual(parseWebviewMessage({ type: 'copyPlainText', draft: {}, template: '../x' }), undefined);
  });

  test('drops extra fields rather than passing them on', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'save', draft: {}, command: 'rm -rf' }), { type: 'save', draft: {} });
  });

  test('rejects malformed and unknown messages', () => {
    for (const bad of [null, undefined, 42, 'ready', [], {}, { type: 'run', command: 'x' }, { type: 'change', draft: 'x', template: 'prep-doc' },
      { type: 'change', draft: {} }, { type: 'generate', draft: {}, template: '../../etc' }, { type: 'generate', draft: [], template: 'a' },
      { type: 'save' }, { type: 'save', draft: { big: 'x'.repeat(70_000) } }]) {
      assert.strictEqual(parseWebviewMessage(bad), undefined, JSON.stringify(bad)?.slice(0, 80));
    }
  });

  test('a draft with a cycle is rejected, not thrown on', () => {
    const draft: Record<string, unknown> = {};
    draft.self = draft;
    assert.strictEqual(parseWebviewMessage({ type: 'save', draft }), undefined);
  });

  test('host messages are validated too', () => {
    assert.ok(parseHostMessage({ type: 'status', message: 'ok', kind: 'info' }));
    assert.strictEqual(parseHostMessage({ type: 'status', message: 'ok', kind: 'html' }), undefined);
    const card = { objection: 'a', objectionHtml: 'a', answerHtml: '<p>b</p>' };
    const preview = parseHostMessage({ type: 'preview', html: '<h1>x</h1>', cards: [card, { objection: 1 }, { objection: 'c', answer: 'd' }] });
    assert.deepStrictEqual(preview, { type: 'preview', html: '<h1>x</h1>', cards: [card], error: undefined });
    // The Markdown form the webview rendered itself before is not a preview any more.
    assert.strictEqual(parseHostMessage({ type: 'preview', markdown: '# x', cards: [] }), undefined);
  });

  test('a saved profile the form cannot hold is a stated problem, not an init the webview drops (blank panel)', () => {
    const big = { leader: { name: 'x'.repeat(70 * 1024) } };
    const init = (saved: unknown) => ({ type: 'init', draft: {}, saved, template: 'prep-doc', templates: [] });
    // What the host used to send: the webview dropped it and stayed blank.
    assert.strictEqual(parseHostMessage(init(big)), undefined);
    assert.strictEqual(parseHostMessage(init([1, 2])), undefined);
    // What it sends now.
    for (const [raw, problem] of [[big, 'too-large'], [[1, 2], 'not-object'], ['text', 'not-object'], [null, 'not-object'], [42, 'not-object']] as const) {
      const checked = savedDraft(raw);
      assert.deepStrictEqual(checked, { saved: null, problem }, JSON.stringify(raw).slice(0, 40));
      assert.ok(parseHostMessage({ ...init(checked.saved), problem: 'why' }));
    }
    assert.deepStrictEqual(savedDraft({ leader: { name: 'Dana' } }), { saved: { leader: { name: 'Dana' } } });
    assert.deepStrictEqual(parseHostMessage({ ...init(null), problem: 'profile.json is not valid JSON' }), { ...init(null), problem: 'profile.json is not valid JSON' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openProfile', path: '/etc/passwd' }), { type: 'openProfile' });
  });

  test('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (v) => { parseWebviewMessage(v); parseHostMessage(v); }), { numRuns: 2000 });
    fc.assert(fc.property(fc.record({ type: fc.constantFrom('ready', 'change', 'save', 'generate', 'copyScript', 'copyPlainText', 'init', 'preview'), draft: fc.anything(), template: fc.anything() }),
      (v) => { parseWebviewMessage(v); parseHostMessage(v); }), { numRuns: 2000 });
  });
});
