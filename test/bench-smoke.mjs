// A short run of `npm run bench` inside `npm test`, so the benchmark cannot rot: it must finish
// and print every key of its JSON contract as a number.
import { spawnSync } from 'node:child_process';

const KEYS = ['hover_us_10kb', 'hover_us_10mb', 'hover_growth', 'fullscan_us_10mb', 'hover_speedup_10mb', 'scan_mb_s', 'rg_mb_s', 'scan_vs_rg',
  'render_ms_p50', 'render_compile_ms_p50', 'render_with_context_ms_p50', 'bundle_kb_node', 'bundle_kb_web', 'activate_ms', 'glossary_shared_prefix_1k_ms', 'rg_unicode_mb_s', 'cli_scan_vs_rg_60mb'];
const r = spawnSync(process.execPath, ['scripts/bench.mjs', '--json', '--quick'], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, TEST_WEB_PORT: process.env.TEST_WEB_PORT || '3131' } });
const failures = [];
let result;
try {
  result = JSON.parse(r.stdout.trim().split('\n').pop());
} catch {
  failures.push(`the last line of stdout is not JSON (exit ${r.status}): ${r.stderr.slice(-800)}`);
}
if (result) {
  for (const k of KEYS) if (typeof result[k] !== 'number' || !Number.isFinite(result[k])) failures.push(`${k} is ${JSON.stringify(result[k])}, not a number`);
  if (result.hover_growth > 5) failures.push(`hover cost grows with document size: hover_growth ${result.hover_growth}`);
}
for (const f of failures) console.log(`  ✘ ${f}`);
if (!failures.length) console.log(`  ✔ npm run bench -- --json --quick prints all ${KEYS.length} keys (hover_growth ${result.hover_growth}, scan_vs_rg ${result.scan_vs_rg})`);
console.log(`MENTORSHIP-PREP-RESULT ${JSON.stringify({ host: 'bench-smoke', passed: failures.length ? 0 : 1, failed: failures.length ? 1 : 0, failures })}`);
process.exit(failures.length ? 1 : 0);
