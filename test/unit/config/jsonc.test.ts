import * as assert from 'assert';
import fc from 'fast-check';
import { parseJsonc } from '../../../src/core/config/jsonc';

const value = (text: string) => { const r = parseJsonc(text); assert.ok(r.ok, r.ok ? '' : r.message); return r.value; };

suite('Settings files: JSON with comments and trailing commas', () => {
  test('comments and trailing commas, as VS Code writes and users edit them', () => {
    const text = `// Workspace settings
{
  /* muted terms */
  "mentorshipPrep.vocabulary.ignoreTerms": [
    "Kubernetes", // our product
    "k8s",
  ],
  "editor.tabSize": 2,
}
`;
    assert.deepStrictEqual(value(text), { 'mentorshipPrep.vocabulary.ignoreTerms': ['Kubernetes', 'k8s'], 'editor.tabSize': 2 });
  });

  test('what looks like a comment or a comma inside a string stays', () => {
    assert.deepStrictEqual(value('{"a": "http://x.org/*y*/", "b": "1,]", "c": "q\\"//,}"}'), { a: 'http://x.org/*y*/', b: '1,]', c: 'q"//,}' });
  });

  test('an empty file is no settings; broken JSON is an error with a message, never a throw', () => {
    assert.deepStrictEqual(parseJsonc('  // nothing\n'), { ok: true, value: undefined });
    const r = parseJsonc('{"a": [1, 2}');
    assert.strictEqual(r.ok, false);
    assert.doesNotThrow(() => parseJsonc('/* unterminated'));
    assert.doesNotThrow(() => parseJsonc('"unterminated'));
  });

  test('plain JSON reads as JSON.parse reads it', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      assert.deepStrictEqual(value(JSON.stringify(v, null, 1)), JSON.parse(JSON.stringify(v)));
    }), { numRuns: 300 });
  });

  test('linear: 200,000 trailing commas and comments take no longer than ten times 20,000', () => {
    const build = (n: number) => `[${'[1,],/**/'.repeat(n)}0]`;
    const time = (n: number) => { const t = process.hrtime.bigint(); parseJsonc(build(n)); return Number(process.hrtime.bigint() - t); };
    time(20_000);
    const small = Math.min(time(20_000), time(20_000));
    const large = Math.min(time(200_000), time(200_000));
    assert.ok(large < small * 40, `20,000: ${small / 1e6} ms, 200,000: ${large / 1e6} ms`);
  });
});
