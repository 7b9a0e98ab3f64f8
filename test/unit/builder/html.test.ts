import * as assert from 'assert';
import { buildBuilderHtml, createNonce, escapeAttribute } from '../../../src/features/builder/html';

const options = { cspSource: 'https://webview.example', nonce: 'abc123NONCE', scriptUri: 'https://webview.example/builder.js', styleUri: 'https://webview.example/builder.css', initial: { leader: { name: '"><script>alert(1)</script>' } } };

suite('Prep Builder page', () => {
  const html = buildBuilderHtml(options);
  const csp = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");

  test('declares a CSP that forbids everything by default and allows scripts only by nonce', () => {
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123NONCE'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /style-src https:\/\/webview\.example/);
  });

  test('every script element carries the nonce, and there are no inline scripts', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs!, /nonce="abc123NONCE"/);
      assert.strictEqual(body!.trim(), '', 'no inline script body');
    }
  });

  test('no inline event handlers or javascript: URLs', () => {
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /javascript:/i);
  });

  test('initial data sits escaped in a data- attribute and cannot close it', () => {
    const attr = /data-initial="([^"]*)"/.exec(html)?.[1];
    assert.ok(attr);
    assert.doesNotMatch(attr, /[<>"]/);
    const decoded = attr.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(decoded), options.initial);
    assert.strictEqual((html.match(/<script/g) ?? []).length, 1, 'the payload adds no script element');
  });

  test('the translated labels from the host sit escaped in data-l10n, with the page language and title', () => {
    const l10n = { 'Save profile': 'Profil speichern', 'x"><script>alert(1)</script>': '&<>\'"' };
    const page = buildBuilderHtml({ ...options, l10n, lang: 'de', title: 'Prep <Builder>' });
    const attr = /data-l10n="([^"]*)"/.exec(page)?.[1];
    assert.ok(attr);
    assert.doesNotMatch(attr, /[<>"]/);
    const decoded = attr.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(decoded), l10n);
    assert.match(page, /<html lang="de">/);
    assert.match(page, /<title>Prep &lt;Builder&gt;<\/title>/);
    assert.strictEqual((page.match(/<script/g) ?? []).length, 1, 'the labels add no script element');
    // Without a table (English, or no bundle loaded) the page says so plainly.
    assert.match(html, /data-l10n="\{\}"/);
    assert.match(html, /<html lang="en">/);
  });

  test('escapeAttribute escapes every character that could end an attribute', () => {
    assert.strictEqual(escapeAttribute(`a&"'<>`), 'a&amp;&quot;&#39;&lt;&gt;');
  });

  test('nonces are fresh, long and URL-safe', () => {
    const seen = new Set(Array.from({ length: 200 }, createNonce));
    assert.strictEqual(seen.size, 200);
    for (const n of seen) assert.match(n, /^[A-Za-z0-9_-]{24,}$/);
  });
});
