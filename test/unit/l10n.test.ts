import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

// The extension's translations: package.nls*.json for the manifest, l10n/bundle.l10n*.json for
// the strings passed to vscode.l10n.t(). Run from the repository root (as `npm run test:unit` does).
const root = process.cwd();
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const readStrings = (file: string): Record<string, string> => {
  const value = readJson(file);
  assert.ok(value && typeof value === 'object' && !Array.isArray(value), `${file} must be a JSON object`);
  for (const [k, v] of Object.entries(value)) assert.strictEqual(typeof v, 'string', `${file}: "${k}" must be a string`);
  return value as Record<string, string>;
};

const LANGUAGES = ['de'];
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
const commandLinks = (s: string) => [...new Set([...s.matchAll(/\]\((command:[^)\s]+)\)/g)].map((m) => m[1]!))].sort();

/** Every `%key%` string anywhere in the manifest. */
function manifestKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m) found.add(m[1]!);
  } else if (Array.isArray(value)) {
    for (const v of value) manifestKeys(v, found);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) manifestKeys(v, found);
  }
  return found;
}

/** Unescapes the body of a JavaScript string literal (the escapes these sources use). */
function unescapeLiteral(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (e === '\n' || e === '\r\n') return ''; // line continuation
    return simple[e] ?? e;
  });
}

/** Where `l10n.t()` calls live: the extension (vscode.l10n, or the `l10n` parameter core code takes)
 *  and the webview scripts (the table the extension host passes in). */
const SOURCE_DIRS = ['src', 'media'];

/** The message literals of `l10n.t('…')`, `l10n.t("…")` and l10n.t(`…`) (without `${}`) in the source folders. */
function sourceMessages(dirs: readonly string[] = SOURCE_DIRS): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of dirs) collectMessages(dir, found);
  return found;
}

function collectMessages(dir: string, found: Map<string, string>): void {
  const call = /\bl10n\.t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`)/g;
  for (const rel of readdirSync(path.join(root, dir), { recursive: true }) as string[]) {
    if (!rel.endsWith('.ts')) continue;
    const file = path.join(dir, rel).split(path.sep).join('/');
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(call)) {
      const message = unescapeLiteral(m[1] ?? m[2] ?? m[3] ?? '');
      const line = text.slice(0, m.index).split('\n').length;
      if (!found.has(message)) found.set(message, `${file}:${line}`);
    }
  }
}

/** Labels whose translation may equal the English (product names, words German uses as they are). */
const SAME_IN = { de: new Set((readJson('test/l10n/same-in-german.json') as { same: string[] }).same) } as Record<string, Set<string>>;
/** A message with no word in it ("{0}: {1} in {2}") reads the same in every language. */
const hasWords = (s: string) => /\p{L}{2,}/u.test(s.replace(/\{\d+\}/g, ''));

/** English values left untranslated: equal to the English and neither allowed nor wordless. */
function untranslated(english: Record<string, string>, translated: Record<string, string>, lang: string): string[] {
  return Object.entries(english).filter(([k, en]) => translated[k] === en && hasWords(en) && !SAME_IN[lang]?.has(en)).map(([k]) => k);
}

function assertTranslated(english: Record<string, string>, translated: Record<string, string>, file: string): void {
  const missing = Object.keys(english).filter((k) => typeof translated[k] !== 'string' || translated[k]!.trim() === '');
  assert.deepStrictEqual(missing, [], `${file} lacks a translation for: ${missing.map((k) => JSON.stringify(k)).join(', ')}`);
  for (const [key, en] of Object.entries(english)) {
    const tr = translated[key]!;
    assert.deepStrictEqual(placeholders(tr), placeholders(en), `${file}: "${key}" must keep the placeholders of "${en}"`);
    assert.deepStrictEqual(commandLinks(tr), commandLinks(en), `${file}: "${key}" must keep the command links of "${en}"`);
  }
}

suite('Localization: manifest (package.nls.json)', () => {
  const pkg = readJson('package.json') as { l10n?: string };
  const nls = readStrings('package.nls.json');

  test('package.json points VS Code at the l10n folder', () => {
    assert.strictEqual(pkg.l10n, './l10n');
  });

  test('every %key% in package.json has an English string', () => {
    const keys = [...manifestKeys(pkg)];
    assert.ok(keys.length > 0, 'package.json uses no %key% strings');
    const missing = keys.filter((k) => typeof nls[k] !== 'string' || nls[k]!.trim() === '');
    assert.deepStrictEqual(missing, [], `package.nls.json lacks: ${missing.join(', ')}`);
  });

  test('package.nls.json has no keys package.json does not use', () => {
    const used = manifestKeys(pkg);
    assert.deepStrictEqual(Object.keys(nls).filter((k) => !used.has(k)), []);
  });

  for (const lang of LANGUAGES) {
    const file = `package.nls.${lang}.json`;
    test(`${file} translates every key, with the same placeholders and command links`, () => {
      assertTranslated(nls, readStrings(file), file);
    });
    test(`${file} translates every string: no value is left in English except the allowed same words`, () => {
      const left = untranslated(nls, readStrings(file), lang);
      assert.deepStrictEqual(left, [], `${file} leaves these in English (translate them, or add the word to test/l10n/same-in-german.json if German uses it as it is): ${left.join(', ')}`);
    });
    test(`${file} has no keys that package.nls.json lacks`, () => {
      assert.deepStrictEqual(Object.keys(readStrings(file)).filter((k) => !(k in nls)), []);
    });
  }
});

suite('Localization: runtime strings (l10n/bundle.l10n.json)', () => {
  const bundle = readStrings('l10n/bundle.l10n.json');

  test('the bundle is up to date with the source (run `npm run l10n:export` after changing strings)', () => {
    const messages = sourceMessages();
    assert.ok(messages.size > 0, 'no l10n.t() calls found in src');
    const missing = [...messages].filter(([m]) => !(m in bundle)).map(([m, where]) => `${where} ${JSON.stringify(m)}`);
    assert.deepStrictEqual(missing, [], `l10n/bundle.l10n.json lacks:\n${missing.join('\n')}`);
  });

  test('the bundle has no strings the source no longer uses', () => {
    const messages = sourceMessages();
    assert.deepStrictEqual(Object.keys(bundle).filter((k) => !messages.has(k)), []);
  });

  test('the Prep Builder webview script holds no label outside l10n.t() (its labels come translated from the host)', () => {
    const text = readFileSync(path.join(root, 'media/builder/main.ts'), 'utf8');
    // Text put into the page: el('tag', {…}, 'Label'), button('Label', …), and label-like attributes.
    const literal = /(?:\bbutton\(\s*|\bel\('[a-z0-9]+',\s*\{[^}]*\},\s*(?:[^,()]+,\s*)*|\b(?:title|label|hint|'aria-label'|placeholder)\s*:\s*)'([^']*\p{L}[^']*)'(?=\s*[,)}])/gu;
    const NOT_LABELS = new Set(['Dana Okafor', 'Dana', 'VP Engineering', 'Software Architect', 'Marcos', 'Lumen']); // sample answers: names, job titles and a company
    const found = [...text.matchAll(literal)].map((m) => m[1]!).filter((m) => !NOT_LABELS.has(m));
    assert.deepStrictEqual(found, []);
  });

  test('every built-in template name has a message, so the Builder can show it translated', () => {
    const names = readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.hbs'))
      .map((f) => /^name:\s*(.+)$/m.exec(readFileSync(path.join(root, 'templates', f), 'utf8'))?.[1]?.trim()).filter((n): n is string => !!n);
    assert.ok(names.length > 5);
    assert.deepStrictEqual(names.filter((n) => !(n in bundle)), []);
  });

  test('the English bundle maps each message to itself', () => {
    assert.deepStrictEqual(Object.entries(bundle).filter(([k, v]) => k !== v).map(([k]) => k), []);
  });

  for (const lang of LANGUAGES) {
    const file = `l10n/bundle.l10n.${lang}.json`;
    test(`${file} translates every message, with the same placeholders`, () => {
      assertTranslated(bundle, readStrings(file), file);
    });
    test(`${file} translates every message: none is left in English except the allowed same words`, () => {
      const left = untranslated(bundle, readStrings(file), lang);
      assert.deepStrictEqual(left, [], `${file} leaves these in English (translate them, or add the word to test/l10n/same-in-german.json if German uses it as it is):\n${left.map((k) => JSON.stringify(k)).join('\n')}`);
    });
    test(`${file} translates every label the Prep Builder webview shows (media/builder: the table the host passes in)`, () => {
      const webview = sourceMessages(['media']);
      assert.ok(webview.size > 30, `only ${webview.size} l10n.t() calls found in media/: is the webview still translated?`);
      const tr = readStrings(file);
      const missing = [...webview].filter(([m]) => typeof tr[m] !== 'string' || tr[m]!.trim() === '').map(([m, where]) => `${where} ${JSON.stringify(m)}`);
      assert.deepStrictEqual(missing, [], `${file} lacks:\n${missing.join('\n')}`);
    });
    test(`${file} has no messages the English bundle lacks`, () => {
      assert.deepStrictEqual(Object.keys(readStrings(file)).filter((k) => !(k in bundle)), []);
    });
  }
});
