// The hostile-workspace tier: code-server with workspace trust ON, the fixture folder untrusted.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const r = spawnSync(process.execPath, ['test/node-host/run.mjs', 'suite'], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, NODE_HOST_TRUST: '1', NODE_HOST_TESTS: 'out/integration/untrusted.node.js', NODE_HOST_PORT: process.env.NODE_HOST_PORT || '18971' },
});
process.exit(r.status ?? 1);
