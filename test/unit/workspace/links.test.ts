import * as assert from 'assert';
import { checkLinks, partsBelow, type EntryKind, type LinkProbe } from '../../../src/core/workspace/links';

/** An in-memory tree: path → kind; links → where they resolve ('inside' | 'outside' | undefined for dangling). */
function probe(entries: Record<string, EntryKind>, links: Record<string, boolean | undefined> = {}, canResolve = true): LinkProbe & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    kind: async (parts) => { asked.push(parts.join('/')); return entries[parts.join('/')]; },
    ...(canResolve ? { resolvesInside: async (parts: readonly string[]) => links[parts.join('/')] } : {}),
  };
}

suite('symbolic links in the workspace (issue 26)', () => {
  test('plain files and folders, and paths that do not exist yet, pass', async () => {
    const p = probe({ '.mentorship': 'directory', '.mentorship/profile.json': 'file' });
    assert.deepStrictEqual(await checkLinks(['.mentorship', 'profile.json'], p, 'read'), { ok: true });
    assert.deepStrictEqual(await checkLinks(['.mentorship', 'profile.json'], p, 'write'), { ok: true });
    assert.deepStrictEqual(await checkLinks(['mentorship', 'new', 'doc.md'], p, 'write'), { ok: true });
  });

  test('a file linked outside is refused for reading, naming the link', async () => {
    const p = probe({ t: 'directory', 't/prep-doc.hbs': 'link' }, { 't/prep-doc.hbs': false });
    assert.deepStrictEqual(await checkLinks(['t', 'prep-doc.hbs'], p, 'read'), { ok: false, reason: 'outside', at: 't/prep-doc.hbs', replaceable: false });
  });

  test('a link that stays inside is followed for reading where the host can resolve it, never where it cannot', async () => {
    const entries: Record<string, EntryKind> = { docs: 'link', 'docs/a.md': 'file' };
    assert.deepStrictEqual(await checkLinks(['docs', 'a.md'], probe(entries, { docs: true }), 'read'), { ok: true });
    assert.deepStrictEqual(await checkLinks(['docs', 'a.md'], probe(entries, {}, false), 'read'), { ok: false, reason: 'link', at: 'docs', replaceable: false });
  });

  test('a folder on the way that links outside is refused, for reading and writing', async () => {
    const p = probe({ mentorship: 'link' }, { mentorship: false });
    for (const purpose of ['read', 'write'] as const) {
      assert.deepStrictEqual(await checkLinks(['mentorship', 'log.md'], p, purpose), { ok: false, reason: 'outside', at: 'mentorship', replaceable: false });
    }
  });

  test('a write never follows a link at its own path, inside or out, dangling or not', async () => {
    for (const inside of [true, false, undefined]) {
      const p = probe({ mentorship: 'directory', 'mentorship/prep-dana.md': 'link' }, { 'mentorship/prep-dana.md': inside });
      assert.deepStrictEqual(await checkLinks(['mentorship', 'prep-dana.md'], p, 'write'), { ok: false, reason: 'link', at: 'mentorship/prep-dana.md', replaceable: true });
    }
  });

  test('a dangling link is refused for reading (it cannot be shown to stay inside)', async () => {
    const p = probe({ 'log.md': 'link' }, { 'log.md': undefined });
    assert.deepStrictEqual(await checkLinks(['log.md'], p, 'read'), { ok: false, reason: 'link', at: 'log.md', replaceable: false });
  });

  test('one look per part of the path: the cost is the depth, not more', async () => {
    const parts = Array.from({ length: 50 }, (_, i) => `d${i}`);
    const entries = Object.fromEntries(parts.map((_, i) => [parts.slice(0, i + 1).join('/'), 'directory' as EntryKind]));
    const p = probe(entries);
    await checkLinks(parts, p, 'read');
    assert.strictEqual(p.asked.length, 50);
  });

  test('partsBelow: only paths strictly below the folder', () => {
    assert.deepStrictEqual(partsBelow('/w', '/w/a/b.md'), ['a', 'b.md']);
    assert.deepStrictEqual(partsBelow('/w/', '/w/a'), ['a']);
    assert.strictEqual(partsBelow('/w', '/w'), undefined);
    assert.strictEqual(partsBelow('/w', '/wx/a'), undefined);
    assert.strictEqual(partsBelow('/w', '/w/../x'), undefined);
  });
});

suite('printable: file text in messages (issue 26)', () => {
  test('ESC/OSC sequences, C1 controls and bidi controls are escaped; line breaks only on request', async () => {
    const { printable } = await import('../../../src/core/text/printable');
    const evil = 'a\x1b]0;pwned\x07b\u202Ec\u2066d\x9be\nf';
    assert.strictEqual(printable(evil), 'a\\x1b]0;pwned\\x07b\\u202ec\\u2066d\\x9be\\nf');
    assert.strictEqual(printable(evil, { keepLineBreaks: true }), 'a\\x1b]0;pwned\\x07b\\u202ec\\u2066d\\x9be\nf');
  });
});
