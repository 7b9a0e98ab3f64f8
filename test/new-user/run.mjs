// The new-user flow from the packaged VSIX, in both hosts: code-server (Node extension host, the
// VSIX installed with --install-extension) and VS Code for the web (web worker host).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const step = (args, env = {}) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
let status = step(['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '-o', 'mentorship-prep.vsix']);
if (status !== 0) {
  console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify({ host: 'new-user', passed: 0, failed: 1, failures: ['vsce package failed'] })}`);
  process.exit(1);
}
status = step(['test/node-host/run.mjs', 'new-user'], { NODE_HOST_VSIX: path.join(root, 'mentorship-prep.vsix'), NODE_HOST_PORT: process.env.NODE_HOST_PORT || '18981' });
status = step(['test/new-user/web.mjs']) || status;
process.exit(status);
