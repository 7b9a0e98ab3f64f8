// Desktop tier: the same integration suite inside desktop VS Code (Electron), for machines that can
// download it. Offline (as on the project's CI machines) the download fails and this says so.
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = path.join(root, '.cache/workspaces/desktop');
fs.rmSync(workspace, { recursive: true, force: true });
fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/integration/node.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    cachePath: path.join(root, '.cache/vscode-test'),
  });
} catch (err) {
  console.error(`desktop tests failed or VS Code could not be downloaded: ${err?.message ?? err}`);
  process.exit(1);
}
