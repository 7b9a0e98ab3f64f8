// `npm test`: lint, type check, unit tests, and the integration suite in both VS Code hosts.
// Streams every tier's output, then ends with one plain line: "N passed, N failed" over all tiers.
// Lint, type check and build count as one check each. Each tier runs under a time limit.
import { spawn } from 'node:child_process';

/** The integration suites' order for one tier: as asked, else a seeded shuffle with a fresh seed. */
function suiteOrder() {
  return process.env.MENTORSHIP_PREP_SUITE_ORDER?.trim() || `shuffle:${Math.floor(Math.random() * 2 ** 31)}`;
}

const tiers = [
  { name: 'lint', cmd: ['npx', 'eslint', '.'], minutes: 5, count: 'check' },
  { name: 'type check', cmd: ['npx', 'tsc', '--noEmit', '-p', '.'], minutes: 5, count: 'check' },
  { name: 'type check (webview)', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.webview.json'], minutes: 5, count: 'check' },
  { name: 'build', cmd: ['node', 'scripts/build.mjs', '--tests'], minutes: 3, count: 'check' },
  { name: 'unit', cmd: ['npx', 'mocha', '--reporter', 'spec', '--no-color', 'out/unit/**/*.test.js'], minutes: 45, count: 'mocha' },
  { name: 'webview script (Chromium)', cmd: ['node', 'test/webview/run.mjs'], minutes: 5, count: 'marker' },
  // The integration suites run in a shuffled order (a fresh seed each run, printed with the line to
  // replay it), so a suite that leans on another's leftovers fails here instead of lurking; set
  // MENTORSHIP_PREP_SUITE_ORDER (as-listed, reverse, shuffle:<seed>) to choose the order instead.
  { name: 'integration (web worker host)', cmd: ['node', 'test/web-host/run.mjs'], minutes: 10, count: 'marker', env: { MENTORSHIP_PREP_SUITE_ORDER: suiteOrder() } },
  { name: 'integration + UI (Node host, code-server)', cmd: ['node', 'test/node-host/run.mjs'], minutes: 20, count: 'marker', env: { MENTORSHIP_PREP_SUITE_ORDER: suiteOrder() } },
  { name: 'German UI (Node host, code-server --locale de)', cmd: ['node', 'test/node-host/run.mjs', 'german'], minutes: 6, count: 'marker' },
  { name: 'new user flow from the VSIX (both hosts)', cmd: ['node', 'test/new-user/run.mjs'], minutes: 10, count: 'marker' },
  { name: 'untrusted workspace (Node host)', cmd: ['node', 'test/untrusted/run.mjs'], minutes: 6, count: 'marker' },
  // A bounded large workspace (2,000 files, 20 MB) in CI; LARGE_FILES=10000 LARGE_FILE_KB=20 for the full 200 MB run.
  { name: 'large workspace (Node host)', cmd: ['node', 'test/large-workspace/run.mjs'], minutes: 10, count: 'marker', env: { LARGE_FILES: process.env.LARGE_FILES || '2000', LARGE_FILE_KB: process.env.LARGE_FILE_KB || '10' } },
  { name: 'benchmark smoke', cmd: ['node', 'test/bench-smoke.mjs'], minutes: 6, count: 'marker' },
];
const only = process.env.TEST_TIERS?.split(',');

function runTier(tier) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n=== ${tier.name}`);
    const child = spawn(tier.cmd[0], tier.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, FORCE_COLOR: '0', ...tier.env } });
    let out = '';
    const take = (stream) => (d) => { out += d; stream.write(d); };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    const timer = setTimeout(() => {
      console.error(`\n${tier.name}: timed out after ${tier.minutes} min`);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, tier.minutes * 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ...count(tier, out, code), seconds: (Date.now() - started) / 1000 });
    });
  });
}

function count(tier, out, code) {
  if (tier.count === 'check') return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (tier.count === 'mocha') {
    const passed = Number(/(\d+) passing/.exec(out)?.[1] ?? 0);
    const failed = Number(/(\d+) failing/.exec(out)?.[1] ?? 0);
    return { passed, failed: failed || (code === 0 ? 0 : 1) };
  }
  let passed = 0, failed = 0, seen = false;
  for (const m of out.matchAll(/^MENTORSHIP-PREP-RESULT (\{.*\})$/gm)) {
    const r = JSON.parse(m[1]);
    passed += r.passed; failed += r.failed; seen = true;
  }
  // A tier that exits non-zero without its own failure count still counts as one failure.
  if (!seen || (code !== 0 && failed === 0)) failed += 1;
  return { passed, failed, order: tier.env?.MENTORSHIP_PREP_SUITE_ORDER };
}

const summary = [];
for (const tier of tiers) {
  if (only && !only.some((o) => tier.name.startsWith(o))) continue;
  summary.push({ name: tier.name, ...(await runTier(tier)) });
}
console.log('\n=== summary');
for (const s of summary) console.log(`${s.name.padEnd(44)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed  ${s.seconds.toFixed(1)}s${s.order ? `  (suite order ${s.order}${s.failed ? `: replay with MENTORSHIP_PREP_SUITE_ORDER=${s.order}` : ''})` : ''}`);
const passed = summary.reduce((a, s) => a + s.passed, 0);
const failed = summary.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
