// The one place the browser-driven test tiers get their browser: Debian's chromium (never a
// Playwright download), with the flags that keep it quiet on a machine without a network.
import fs from 'node:fs';

/** CHROMIUM_PATH wins; else the real binary behind Debian's /usr/bin/chromium wrapper script. */
export const executablePath = process.env.CHROMIUM_PATH
  || ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p))
  || '/usr/bin/chromium';

/** Without the networking flags, chromium's background connections are refused many at a time. */
export const browserArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

function ensureBrowser() {
  if (!fs.existsSync(executablePath)) throw new Error(`chromium not found at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

/** A headless browser from a playwright(-core) `chromium` browser type. */
export function launchBrowser(chromium, options = {}) {
  ensureBrowser();
  return chromium.launch({ headless: true, ...options, executablePath, args: [...browserArgs, ...(options.args ?? [])] });
}

/** A headless browser with its own profile folder (code-server keeps state per profile). */
export function launchPersistent(chromium, profileDir, options = {}) {
  ensureBrowser();
  return chromium.launchPersistentContext(profileDir, { headless: true, viewport: { width: 1400, height: 900 }, ...options, executablePath, args: [...browserArgs, ...(options.args ?? [])] });
}
