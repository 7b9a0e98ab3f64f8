// A large workspace (default 10,000 files, about 200 MB) scanned by the Vocabulary view inside
// code-server's Node extension host. LARGE_FILES and LARGE_FILE_KB change the size.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { rgPatterns } from '../../scripts/rg-patterns.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = Number(process.env.LARGE_FILES || 10_000);
const kb = Number(process.env.LARGE_FILE_KB || 20);
// LARGE_WORKSPACE_DIR puts the generated workspace elsewhere (e.g. under /tmp).
const ws = path.join(process.env.LARGE_WORKSPACE_DIR ? path.resolve(process.env.LARGE_WORKSPACE_DIR) : path.join(root, '.cache/large-workspace'), `${files}x${kb}kb`);
if (!fs.existsSync(path.join(ws, '.complete'))) {
  fs.rmSync(ws, { recursive: true, force: true });
  const words = 'the team plans to move the service into a model that keeps costs low while each group ships on its own schedule'.split(' ');
  const terms = ['eventual consistency', 'API gateway', 'technical debt', 'bounded context', 'NFRs', 'circuit breaker', 'service mesh', 'architectural runway'];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const t0 = Date.now();
  for (let i = 0; i < files; i++) {
    const dir = path.join(ws, `area-${String(i % 100).padStart(2, '0')}`);
    if (i < 100) fs.mkdirSync(dir, { recursive: true });
    let text = `# Design note ${i}\n\n`;
    while (text.length < kb * 1024) {
      let line = '';
      for (let w = 0; w < 14; w++) line += (rnd() < 0.08 ? terms[Math.floor(rnd() * terms.length)] : words[Math.floor(rnd() * words.length)]) + ' ';
      text += line.trimEnd() + '.\n';
    }
    fs.writeFileSync(path.join(dir, `note-${i}.md`), text);
  }
  fs.writeFileSync(path.join(ws, '.complete'), '');
  console.log(`generated ${files} files (${Math.round((files * kb) / 1024)} MB) in ${Date.now() - t0} ms`);
}
// ripgrep runs beside the view's scan, inside the test, with the same terms as the bench's
// cli_scan_vs_rg_60mb: the patterns file sits beside the workspace, outside what the view scans.
const patterns = path.join(path.dirname(ws), 'rg-patterns-fair.txt');
fs.writeFileSync(patterns, (await rgPatterns()).fair.join('\n') + '\n');
const r = spawnSync(process.execPath, ['test/node-host/run.mjs', 'suite'], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, NODE_HOST_WORKSPACE: ws, NODE_HOST_TESTS: 'out/integration/large.node.js', NODE_HOST_PORT: process.env.NODE_HOST_PORT || '18961', LARGE_RG_PATTERNS: patterns,
    // Three scans of 10,000 files (stopped, full, full beside a busy core) on a busy machine.
    NODE_HOST_SUITE_TIMEOUT_S: process.env.NODE_HOST_SUITE_TIMEOUT_S || '600' },
});
process.exit(r.status ?? 1);
