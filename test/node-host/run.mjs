// Node extension host tier: starts code-server (VS Code server on Node 24, installed by
// scripts/setup-node-host.sh), then
//   1. runs the integration suite inside its Node extension host (workbench URL payload with
//      extensionDevelopmentPath/extensionTestsPath, honoured with enable-smoke-test-driver);
//   2. runs the UI tests in test/node-host/ui/ with Playwright driving Debian's chromium.
// Prints one MENTORSHIP-PREP-RESULT line per part. Everything lives under .cache/node-host.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchPersistent } from '../browser.mjs';
import { spawnSync } from 'node:child_process';
import { uiTests } from './ui/tests.mjs';
import { germanUiTests } from './ui/german.mjs';
import { newUserFlow } from '../new-user/flow.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = path.join(root, '.cache/node-host');
const node24 = path.join(cache, 'node24/bin/node');
const entry = path.join(cache, 'server/node_modules/code-server/out/node/entry.js');
if (!fs.existsSync(node24) || !fs.existsSync(entry)) {
  console.error('node host: code-server is not installed; run bash scripts/setup-node-host.sh');
  process.exit(1);
}
const port = Number(process.env.NODE_HOST_PORT || 18943);
const base = `http://127.0.0.1:${port}`;
const only = process.argv[2]; // 'suite' | 'ui' | 'german' | 'new-user' | undefined (suite and ui)
// The display language: 'german' runs the German UI tests with the workbench in German.
const locale = only === 'german' ? 'de' : process.env.NODE_HOST_LOCALE;
// One run folder per port: sessions sharing .cache (one per port) do not delete each other's.
const run = path.join(cache, `run-${port}`);
fs.rmSync(run, { recursive: true, force: true });
const home = path.join(run, 'home');
// NODE_HOST_WORKSPACE opens a given folder as it is (the large-workspace test) instead of a copy of the fixture.
const workspace = process.env.NODE_HOST_WORKSPACE || path.join(run, 'workspace');
const outDir = path.join(root, 'test-results/node-host');
fs.mkdirSync(home, { recursive: true });
fs.mkdirSync(outDir, { recursive: true });
if (!process.env.NODE_HOST_WORKSPACE) fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
const resultsFile = path.join(run, 'suite-results.json');
// NODE_HOST_TRUST=1: workspace trust on, so the folder opens untrusted (the hostile-workspace tier).
const trust = process.env.NODE_HOST_TRUST === '1';
const userData = path.join(run, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
// A fixed, quiet workbench: no welcome page on start, no trust prompt, hovers quick to appear.
fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': trust, 'security.workspace.trust.startupPrompt': 'never', 'editor.hover.delay': 100,
  'workbench.tips.enabled': false, 'extensions.ignoreRecommendations': true, 'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true, 'workbench.colorTheme': process.env.UI_THEME || 'Default Dark Modern',
}));

// A display language other than English, offline. VS Code only honours --locale when a language
// pack for it is installed (otherwise vscode.env.language stays "en" and no extension bundle is
// loaded): it reads <user-data>/languagepacks.json, the cache of installed packs. A stand-in entry
// whose core translation file is empty makes the locale resolve, so the extension gets its
// l10n/bundle.l10n.<locale>.json and package.nls.<locale>.json while the workbench's own strings
// stay English (no Marketplace download).
if (locale && !locale.startsWith('en')) {
  const pack = path.join(run, 'language-pack');
  fs.mkdirSync(pack, { recursive: true });
  fs.writeFileSync(path.join(pack, 'main.i18n.json'), JSON.stringify({ contents: {} }));
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `test-${locale}`, label: locale, translations: { vscode: path.join(pack, 'main.i18n.json') },
      extensions: [{ extensionIdentifier: { id: `mentorship-prep-test.language-pack-${locale}` }, version: '0.0.0' }],
    },
  }));
}

// NODE_HOST_VSIX: install the packaged extension like a user would, instead of loading it from source.
const vsix = process.env.NODE_HOST_VSIX;
if (vsix) {
  const r = spawnSync(node24, [entry, '--user-data-dir', userData, '--extensions-dir', path.join(run, 'extensions'), '--install-extension', vsix],
    { env: { ...process.env, HOME: home }, encoding: 'utf8' });
  if (r.status !== 0) { console.error(`node host: installing ${vsix} failed: ${r.stderr}`); process.exit(1); }
  console.log(`node host: ${r.stdout.trim().split('\n').pop()}`);
}

// MENTORSHIP_PREP_SUITE_ORDER (test/integration/order.ts) reaches the extension host through the
// environment; `shuffle` draws its seed here so the order to replay is printed before anything runs.
if (process.env.MENTORSHIP_PREP_SUITE_ORDER?.trim() === 'shuffle') process.env.MENTORSHIP_PREP_SUITE_ORDER = `shuffle:${Math.floor(Math.random() * 2 ** 31)}`;
if (process.env.MENTORSHIP_PREP_SUITE_ORDER && only !== 'ui') console.log(`node host: suite order ${process.env.MENTORSHIP_PREP_SUITE_ORDER} (replay with MENTORSHIP_PREP_SUITE_ORDER=${process.env.MENTORSHIP_PREP_SUITE_ORDER})`);

const env = {
  ...process.env, HOME: home, XDG_CONFIG_HOME: `${home}/.config`, XDG_DATA_HOME: `${home}/.local/share`,
  XDG_CACHE_HOME: `${home}/.cache`, MENTORSHIP_PREP_TEST_RESULTS: resultsFile,
};
const server = spawn(node24, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
  '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']), ...(locale ? ['--locale', locale] : []), '--user-data-dir', userData,
  '--extensions-dir', path.join(run, 'extensions'), '--vscode-option', 'enable-smoke-test-driver', workspace],
{ env, detached: true, stdio: ['ignore', fs.openSync(path.join(run, 'code-server.log'), 'w'), 'pipe'] });
let serverErr = '';
server.stderr.on('data', (d) => { serverErr += d; });
const stopServer = () => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ } };
process.on('exit', stopServer);


async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) return; } catch { /* not up yet */ }
    if (server.exitCode !== null) throw new Error(`code-server exited: ${serverErr}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

function remoteUri(p) { return `vscode-remote://127.0.0.1:${port}${p}`; }

export function workbenchUrl({ tests = false } = {}) {
  if (vsix) return `${base}/?folder=${encodeURIComponent(workspace)}`;
  const payload = [['extensionDevelopmentPath', remoteUri(root)]];
  if (tests) payload.push(['extensionTestsPath', remoteUri(path.join(root, process.env.NODE_HOST_TESTS || 'out/integration/node.js'))]);
  return `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function newBrowser() {
  const profile = fs.mkdtempSync(path.join(run, 'chrome-'));
  return launchPersistent(chromium, profile);
}

async function runSuite() {
  const ctx = await newBrowser();
  const page = ctx.pages()[0] ?? await ctx.newPage();
  let exit;
  const exited = new Promise((r) => { exit = r; });
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  page.on('console', (m) => {
    const t = m.text().replace(/^%c INFO color: #33f /, '');
    if (/^\s*(✔|✓|\d+\) |\d+ passing|\d+ failing|[A-Z][\w ,]+$)|MENTORSHIP-PREP/.test(t) || process.env.VERBOSE) console.log(`[exthost] ${t}`);
  });
  // On a machine shared by many runs the workbench can take longer than Playwright's 30 s to load.
  await page.goto(workbenchUrl({ tests: true }), { timeout: 120_000 });
  const limit = Number(process.env.NODE_HOST_SUITE_TIMEOUT_S || 240) * 1000;
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), limit))]);
  await ctx.close();
  if (!fs.existsSync(resultsFile)) {
    return { host: 'node', passed: 0, failed: 1, failures: [`the suite did not report (exit ${code})`] };
  }
  return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
}

async function runUi(tests = uiTests, host = 'node-ui') {
  const result = { host, passed: 0, failed: 0, failures: [] };
  for (const t of tests) {
    if (process.env.UI_GREP && !t.name.includes(process.env.UI_GREP)) continue;
    const ctx = await newBrowser();
    const page = ctx.pages()[0] ?? await ctx.newPage();
    if (process.env.VERBOSE) page.on('console', (m) => console.log(`[page] ${m.text()}`));
    const started = Date.now();
    try {
      await t.run({ page, url: workbenchUrl(), workspace, outDir, root });
      result.passed++;
      console.log(`  ✔ ${t.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    } catch (err) {
      result.failed++;
      result.failures.push(`${t.name}: ${err.message.split('\n')[0]}`);
      console.log(`  ✘ ${t.name}: ${err.message.split('\n')[0]}`);
      await page.screenshot({ path: path.join(outDir, `failed-${t.name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    } finally {
      await ctx.close();
    }
  }
  return result;
}

let failed = 0;
try {
  await waitForServer();
  if (only === 'new-user') {
    const ctx = await newBrowser();
    const page = ctx.pages()[0] ?? await ctx.newPage();
    const result = { host: 'new-user-node', passed: 0, failed: 0, failures: [] };
    try {
      await page.goto(workbenchUrl());
      await newUserFlow(page, { outDir: path.join(root, 'test-results/new-user'), prefix: 'node' });
      result.passed = 1;
      console.log('  ✔ new user in code-server: VSIX installed → sidebar → generated doc → hover → ticked step');
    } catch (err) {
      result.failed = 1;
      result.failures.push(err.message.split('\n')[0]);
      console.log(`  ✘ new user in code-server: ${err.message.split('\n')[0]}`);
      await page.screenshot({ path: path.join(root, 'test-results/new-user/node-failed.png') }).catch(() => {});
    } finally {
      await ctx.close();
    }
    console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify(result)}`);
    failed += result.failed;
  } else if (only === 'german') {
    console.log('Node host UI tests in German (display language de)');
    const r = await runUi(germanUiTests, 'node-ui-de');
    console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify(r)}`);
    failed += r.failed;
  } else if (only !== 'ui') {
    const r = await runSuite();
    console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify(r)}`);
    failed += r.failed;
  }
  if (only !== 'suite' && only !== 'new-user' && only !== 'german') {
    console.log('Node host UI tests (Playwright in the real workbench)');
    const r = await runUi();
    console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify(r)}`);
    failed += r.failed;
  }
} catch (err) {
  console.error(`node host: ${err.message}`);
  console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify({ host: 'node', passed: 0, failed: 1, failures: [err.message] })}`);
  failed++;
} finally {
  stopServer();
}
process.exit(failed ? 1 : 0);
