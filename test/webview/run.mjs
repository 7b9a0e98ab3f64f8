// The Prep Builder's webview script in a real browser (Debian's chromium via Playwright): the page
// is built by the same buildBuilderHtml() the extension uses (CSP, nonce, data attribute), served
// from localhost, with a stand-in for acquireVsCodeApi that records what the script posts.
import * as esbuild from 'esbuild';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { launchBrowser } from '../browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The page's HTML and the preview's HTML, both from the extension's own code.
const bundled = await esbuild.build({
  stdin: { contents: "export * from './src/features/builder/html'; export * from './src/core/markdown/html';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', write: false,
});
const { buildBuilderHtml, createNonce, markdownToHtml, markdownInlineToHtml } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
/** A preview message as the host posts it: the document and the cards rendered by the host. */
const previewOf = (markdown, cards = []) => ({ type: 'preview', html: markdownToHtml(markdown), cards: cards.map((c) => ({ objection: c.objection, objectionHtml: markdownInlineToHtml(c.objection), answerHtml: markdownToHtml(c.answer) })) });

const media = path.join(root, 'dist/media');
if (!fs.existsSync(path.join(media, 'builder.js'))) throw new Error('dist/media/builder.js is missing: run node scripts/build.mjs first');
const types = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.html': 'text/html' };
let page_html = '';
let page_html_de = '';
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/favicon.ico') { res.writeHead(204); res.end(); return; }
  if (url.pathname === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page_html); return; }
  if (url.pathname === '/de') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page_html_de); return; }
  const file = path.join(media, path.normalize(url.pathname).replace(/^\/+/, ''));
  if (!file.startsWith(media) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
page_html = buildBuilderHtml({ cspSource: origin, nonce: createNonce(), scriptUri: `${origin}/builder.js`, styleUri: `${origin}/builder.css`, initial: null });

// The page as the extension builds it in German: the host passes vscode.l10n's German bundle.
const GERMAN = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.de.json'), 'utf8'));
page_html_de = buildBuilderHtml({ cspSource: origin, nonce: createNonce(), scriptUri: `${origin}/builder.js`, styleUri: `${origin}/builder.css`, initial: null, l10n: GERMAN, lang: 'de', title: GERMAN['Prep Builder'] });

const browser = await launchBrowser(chromium);

const DRAFT = { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway', tone: 'formal' };
const INIT = { type: 'init', draft: DRAFT, saved: null, template: 'prep-doc', templates: [{ id: 'prep-doc', name: 'Full prep doc' }, { id: 'script', name: 'Script' }] };

async function openPage(pagePath = '/') {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.addInitScript(() => {
    // Like VS Code, the stand-in keeps the webview's state across a reload of the page.
    window.__posted = [];
    Object.defineProperty(window, '__state', { get: () => JSON.parse(sessionStorage.getItem('state') ?? 'null') ?? undefined });
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => window.__state,
      setState: (s) => sessionStorage.setItem('state', JSON.stringify(s)),
    });
  });
  await page.goto(origin + pagePath);
  return { page, problems };
}
const posted = (page, type) => page.evaluate((t) => window.__posted.filter((m) => m.type === t), type);
const send = (page, msg) => page.evaluate((m) => window.postMessage(m, '*'), msg);

const tests = [
  ['posts ready on load, then fills the form from init', async ({ page }) => {
    assert.equal((await posted(page, 'ready')).length, 1);
    await send(page, INIT);
    await page.locator('#f-leader-name').waitFor();
    assert.equal(await page.locator('#f-leader-name').inputValue(), 'Dana Okafor');
    assert.equal(await page.locator('#f-tone').inputValue(), 'formal');
  }],
  ['typing updates the saved state at once and posts a debounced change with the draft', async ({ page }) => {
    await send(page, INIT);
    await page.locator('#f-leader-name').fill('Priya Nair');
    const state = await page.evaluate(() => window.__state);
    assert.equal(state.draft.leader.name, 'Priya Nair');
    await page.waitForFunction(() => window.__posted.some((m) => m.type === 'change' && m.draft.leader?.name === 'Priya Nair'));
    const changes = await posted(page, 'change');
    assert.equal(changes.at(-1).template, 'prep-doc');
  }],
  ['invalid input shows the validator’s message next to the field, and Generate posts nothing', async ({ page }) => {
    await send(page, INIT);
    await page.locator('#f-challenge').fill('');
    await page.locator('#f-challenge-error', { hasText: 'challenge is required' }).waitFor();
    assert.equal(await page.locator('#f-challenge').getAttribute('aria-invalid'), 'true');
    await page.locator('#f-sessionMinutes').fill('500');
    await page.locator('#f-sessionMinutes-error', { hasText: 'from 10 to 120' }).waitFor();
    await page.locator('#generate').click();
    assert.equal((await posted(page, 'generate')).length, 0);
    await page.locator('.status.error').waitFor();
  }],
  ['Generate, Save profile and Copy script post their messages with the draft', async ({ page }) => {
    await send(page, INIT);
    await page.locator('#generate').click();
    await page.locator('#save').click();
    await page.locator('#copy-script').click();
    const g = await posted(page, 'generate');
    assert.equal(g.length, 1);
    assert.equal(g[0].draft.leader.name, 'Dana Okafor');
    assert.equal((await posted(page, 'save')).length, 1);
    assert.equal((await posted(page, 'copyScript')).length, 1);
  }],
  ['Copy as plain text posts the draft with the previewed template', async ({ page }) => {
    await send(page, INIT);
    await page.locator('#template').selectOption('script');
    await page.locator('#copy-plain-text').click();
    const c = await posted(page, 'copyPlainText');
    assert.equal(c.length, 1);
    assert.equal(c[0].template, 'script');
    assert.equal(c[0].draft.leader.name, 'Dana Okafor');
  }],
  ['the preview shows the host-rendered Markdown, and HTML in it stays text', async ({ page }) => {
    await send(page, INIT);
    await send(page, previewOf('# Title\n\n**bold** <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>'));
    await page.locator('.preview h1', { hasText: 'Title' }).waitFor();
    assert.equal(await page.locator('.preview img, .preview script').count(), 0);
    assert.match(await page.locator('.preview').innerText(), /<img src=x/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }],
  ['every icon is drawn inline in the theme’s text colour, the same size, with nothing fetched for it', async ({ page }) => {
    await send(page, INIT);
    await page.locator('#f-leader-name').waitFor();
    const icons = await page.evaluate(() => [...document.querySelectorAll('svg.icon')].map((s) => {
      const box = s.getBoundingClientRect();
      return { name: s.getAttribute('class'), w: box.width, h: box.height, paths: s.querySelectorAll('path[d]').length, fill: window.getComputedStyle(s).fill, color: window.getComputedStyle(s.parentElement).color, hidden: s.getAttribute('aria-hidden') };
    }));
    // The header's buttons, the tabs and the form's five group legends at least.
    assert.ok(icons.length >= 10, `only ${icons.length} icons`);
    for (const i of icons.filter((x) => x.w > 0)) {
      assert.deepEqual([i.w, i.h], [16, 16], `${i.name} is ${i.w}×${i.h}`);
      assert.ok(i.paths >= 1, `${i.name} has no path`);
      assert.equal(i.fill, i.color, `${i.name} is not drawn in its text colour`);
      assert.equal(i.hidden, 'true');
    }
    assert.equal(await page.locator('.codicon').count(), 0);
    // A look at it: test-results/webview/builder-icons.png.
    const out = path.join(root, 'test-results/webview');
    fs.mkdirSync(out, { recursive: true });
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.screenshot({ path: path.join(out, 'builder-icons.png') });
  }],
  ['unexpected messages from the host are ignored', async ({ page }) => {
    await send(page, INIT);
    await send(page, { type: 'init', draft: 'not an object' });
    await send(page, { type: 'eval', code: 'window.__pwned = 1' });
    await send(page, { type: 'preview', markdown: 42 });
    await send(page, { type: 'preview', markdown: '# Old form, rendered by the webview itself', cards: [] });
    assert.equal(await page.locator('.preview h1').count(), 0);
    assert.equal(await page.locator('#f-leader-name').inputValue(), 'Dana Okafor');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }],
  ['rehearse mode: one card at a time, reveal, mark as mastered, keyboard-reachable tabs', async ({ page }) => {
    await send(page, INIT);
    await send(page, previewOf('# x', [{ objection: 'No time.', answer: 'Just **30** minutes.' }, { objection: 'Not ready.', answer: 'Here is my write-up.' }]));
    await page.locator('#tab-build').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#tab-rehearse').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#panel-build').isVisible(), false);
    const first = await page.locator('.objection').innerText();
    assert.equal(await page.locator('#answer').isVisible(), false);
    await page.locator('#reveal').click();
    assert.match(await page.locator('#answer').innerText(), /Just 30 minutes/);
    await page.locator('#mastered').click();
    await page.locator('.progress', { hasText: '1 mastered' }).waitFor();
    assert.notEqual(await page.locator('.objection').innerText(), first);
    assert.match(await page.locator('#clock').innerText(), /^30:00$/);
  }],
  ['a saved profile that cannot be used is shown in the panel with an Open profile button, never a blank form', async ({ page }) => {
    await send(page, INIT);
    assert.equal(await page.locator('#profile-problem').isVisible(), false);
    await send(page, { ...INIT, draft: {}, problem: '.mentorship/profile.json is larger than the Prep Builder can edit (64 KB).' });
    await page.locator('#profile-problem', { hasText: 'larger than the Prep Builder can edit' }).waitFor();
    assert.equal(await page.locator('#profile-problem').getAttribute('role'), 'alert');
    await page.locator('#open-profile').click();
    assert.equal((await posted(page, 'openProfile')).length, 1);
    assert.ok(await page.locator('#f-leader-name').isVisible(), 'the form is still there');
    await send(page, { type: 'saved', saved: DRAFT });
    await page.locator('#profile-problem').waitFor({ state: 'hidden' });
  }],
  ['a restored webview keeps its own draft over the host’s copy', async ({ page }) => {
    await send(page, INIT);
    await page.locator('#f-leader-name').fill('Typed Before Reload');
    await page.reload();
    assert.equal((await posted(page, 'ready')).length, 1, 'the reloaded page says ready again');
    await send(page, INIT); // the host offers its stored draft (Dana Okafor)
    await page.waitForFunction(() => document.querySelector('#f-leader-name')?.value === 'Typed Before Reload');
    assert.equal(await page.locator('#f-challenge').inputValue(), 'scaling our API gateway');
  }],
];

tests.push(['in German, the leader has a Sie-or-du choice; choosing du puts it in the draft', async ({ page }) => {
  await send(page, INIT);
  assert.equal((await page.locator('label[for="f-leader-anrede"]').innerText()).trim(), GERMAN['Sie or du']);
  await page.locator('#f-leader-anrede').selectOption('du');
  await page.waitForFunction(() => window.__posted.some((m) => m.type === 'change' && m.draft.leader?.anrede === 'du'));
}, '/de']);
tests.push(['in English, there is no Sie-or-du choice (English documents have none)', async ({ page }) => {
  await send(page, INIT);
  await page.locator('#f-leader-name').waitFor();
  assert.equal(await page.locator('#f-leader-anrede').count(), 0);
}]);

tests.push(['with the German table from the host, labels, options, status and validation messages are German', async ({ page }) => {
  await send(page, INIT);
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.equal((await page.locator('#tab-rehearse').innerText()).trim(), GERMAN['Rehearse']);
  assert.equal((await page.locator('#generate').innerText()).trim(), GERMAN['Generate']);
  assert.equal(await page.locator('#f-expertiseApplied').getAttribute('placeholder'), GERMAN['using bounded contexts to split the gateway’s routing rules']);
  assert.equal((await page.locator('#f-cadence option[value="weekly"]').innerText()).trim(), GERMAN['Weekly']);
  await page.locator('.status', { hasText: GERMAN['Unsaved changes'] }).waitFor();
  await page.locator('#f-challenge').fill('');
  await page.locator('#f-challenge-error', { hasText: 'challenge ist erforderlich' }).waitFor();
  await page.locator('#tab-rehearse').click();
  await page.locator('#timer-toggle', { hasText: GERMAN['Start'] }).waitFor();
}, '/de']);

let passed = 0, failed = 0;
const failures = [];
for (const [name, fn, pagePath] of tests) {
  const { page, problems } = await openPage(pagePath);
  try {
    await fn({ page });
    const csp = await page.evaluate(() => window.__csp);
    assert.deepEqual(csp, [], `CSP violations: ${csp.join(', ')}`);
    assert.deepEqual(problems, []);
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (err) {
    failed++;
    failures.push(`${name}: ${err.message.split('\n').slice(0, 6).join(' ')}`);
    console.log(`  ✘ ${name}: ${err.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify({ host: 'webview', passed, failed, failures })}`);
process.exit(failed ? 1 : 0);
