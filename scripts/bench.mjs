// `npm run bench [-- --json] [-- --quick]`: measures, side by side in one run, the hover cost on
// 10 KB and 10 MB documents against a naive full-scan baseline, the vocabulary scan against
// ripgrep on the same corpus, compiled-once vs compile-per-render templates, the production bundle
// sizes, and activation time inside a real VS Code (web worker host). With --json the last line of
// standard output is one JSON object (a contract: tools read it).
import * as esbuild from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { handlebarsPrecompile } from './handlebars-precompile.mjs';
import { phrasebookBundle } from './phrasebook-bundle.mjs';
import { rgPatterns } from './rg-patterns.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
// MENTORSHIP_PREP_BENCH_DIR moves the work folder (corpus, bundles) elsewhere, e.g. /tmp.
const work = process.env.MENTORSHIP_PREP_BENCH_DIR ? path.resolve(process.env.MENTORSHIP_PREP_BENCH_DIR) : path.join(root, '.cache/bench');
fs.mkdirSync(work, { recursive: true });
const say = (s) => { if (!json) console.log(s); else console.error(s); };

const run = (cmd, argv, opts = {}) => {
  const r = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr?.slice(-2000)}`);
  return r.stdout;
};

// 1. Production bundles.
say('building production bundles…');
run(process.execPath, ['scripts/build.mjs', '--production']);
const kb = (f) => Math.round(fs.statSync(path.join(root, f)).size / 102.4) / 10;
// One bundle serves both hosts (package.json's main and browser); both keys stay for the JSON's readers.
const bundles = { bundle_kb_node: kb('dist/extension.js'), bundle_kb_web: kb('dist/extension.js'), webview_kb: kb('dist/media/builder.js') };
// The VSIX as users download it (vsce packs what .vscodeignore lets through, compressed).
run(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', path.join(work, 'mentorship-prep.vsix')]);
bundles.vsix_kb = Math.round(fs.statSync(path.join(work, 'mentorship-prep.vsix')).size / 102.4) / 10;

// 2. A corpus of real files: the Markdown shipped inside node_modules, copied into one folder so
//    ripgrep and our scanner read exactly the same bytes from disk.
const corpus = path.join(work, 'corpus');
if (!fs.existsSync(path.join(corpus, '.complete'))) {
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.mkdirSync(corpus, { recursive: true });
  let n = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md') && fs.statSync(p).size > 0) fs.copyFileSync(p, path.join(corpus, `${String(n++).padStart(5, '0')}-${e.name}`));
    }
  };
  walk(path.join(root, 'node_modules'));
  fs.writeFileSync(path.join(corpus, '.complete'), String(n));
}
const corpusFiles = fs.readdirSync(corpus).filter((f) => f.endsWith('.md') || f.endsWith('.MD')).map((f) => path.join(corpus, f));

// 3. Core measurements (hover, full scan, our scanner, render) in one Node process.
say('measuring hover, scan and render…');
await esbuild.build({ entryPoints: [path.join(root, 'bench/core.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: path.join(work, 'core.js'), plugins: [handlebarsPrecompile, phrasebookBundle], logLevel: 'error', absWorkingDir: root });
const argFile = path.join(work, 'args.json');
fs.writeFileSync(argFile, JSON.stringify({ corpus: corpusFiles, quick, root }));
const coreOut = run(process.execPath, ['-e', `process.argv[2]=require('fs').readFileSync(${JSON.stringify(argFile)},'utf8');require(${JSON.stringify(path.join(work, 'core.js'))})`]);
const core = JSON.parse(coreOut.trim().split('\n').pop());

// 4. ripgrep over the same corpus, one thread, the same terms as case-insensitive regexes, in two
//    forms: the fair one (ASCII word boundaries and separators, `(?-u:…)`, which ripgrep runs on
//    its fast byte engines; `scan_vs_rg` compares with it) and the Unicode-aware form it used to
//    run (Unicode `\s`, no boundaries), which is several times slower and flattered us.
say('running ripgrep on the same corpus…');
const forms = await rgPatterns();
let rg = { rg_mb_s: null, rg_unicode_mb_s: null, rg_version: null };
const rgBin = spawnSync('rg', ['--version'], { encoding: 'utf8' });
if (rgBin.status === 0) {
  rg.rg_version = rgBin.stdout.split('\n')[0];
  for (const [form, patterns] of Object.entries(forms)) {
    const patternFile = path.join(work, `patterns-${form}.txt`);
    fs.writeFileSync(patternFile, patterns.join('\n') + '\n');
    const times = [];
    for (let i = 0; i < (quick ? 1 : 5); i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync('rg', ['-j1', '-i', '--no-config', '--count-matches', '--no-filename', '-f', patternFile, corpus], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times.push(Number(process.hrtime.bigint() - t0) / 1e9);
      if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed: ${r.stderr}`);
    }
    times.sort((a, b) => a - b);
    rg[form === 'fair' ? 'rg_mb_s' : 'rg_unicode_mb_s'] = Math.round((core.scan_corpus_mb / times[Math.floor(times.length / 2)]) * 10) / 10;
    // CPU time too (GNU time's user + system), comparable with scan_cpu_mb_s on a busy machine.
    if (form === 'fair' && fs.existsSync('/usr/bin/time')) {
      const cpu = [];
      for (let i = 0; i < (quick ? 1 : 5); i++) {
        const r = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', 'rg', '-j1', '-i', '--no-config', '--count-matches', '--no-filename', '-f', patternFile, corpus], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const m = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
        if (m) cpu.push(Number(m[1]) + Number(m[2]));
      }
      cpu.sort((a, b) => a - b);
      if (cpu.length && cpu[Math.floor(cpu.length / 2)] > 0) rg.rg_cpu_mb_s = Math.round((core.scan_corpus_mb / cpu[Math.floor(cpu.length / 2)]) * 10) / 10;
    }
  }
} else {
  say('ripgrep not found (apt-get install ripgrep): rg_mb_s is null');
}

// 4b. The whole command against ripgrep, as a user runs them: `node dist/cli.js vocab DIR` and
//     `rg -j1 -i` with the same terms (ASCII boundaries) printing every match with its line and
//     column, each to a file, over 60 MB made by repeating the real-text corpus above (so no
//     network is needed). Run in turn, ours then rg, and the ratio taken pair by pair.
let cliScan = { cli_scan_vs_rg_60mb: null, cli_scan_s_60mb: null, rg_scan_s_60mb: null, cli_scan_peak_mb_60mb: null };
if (rgBin.status === 0) {
  say('running the vocab command and ripgrep on 60 MB…');
  const big = path.join(work, 'corpus-60mb');
  const BIG_BYTES = 60 * 1024 * 1024;
  if (!fs.existsSync(path.join(big, '.complete'))) {
    fs.rmSync(big, { recursive: true, force: true });
    let total = 0;
    for (let copy = 0; total < BIG_BYTES; copy++) {
      const dir = path.join(big, `copy-${String(copy).padStart(3, '0')}`);
      fs.mkdirSync(dir, { recursive: true });
      for (const f of corpusFiles) {
        if (total >= BIG_BYTES) break;
        fs.copyFileSync(f, path.join(dir, path.basename(f)));
        total += fs.statSync(f).size;
      }
    }
    // Its own repository root, so the work folder's .gitignore (which lists .cache) is not applied.
    fs.mkdirSync(path.join(big, '.git'), { recursive: true });
    fs.writeFileSync(path.join(big, '.complete'), String(total));
  }
  const bigMb = Math.round(Number(fs.readFileSync(path.join(big, '.complete'), 'utf8')) / 2 ** 20);
  const outFile = path.join(work, 'scan-out.txt');
  const timed = (cmd, argv) => {
    const fd = fs.openSync(outFile, 'w');
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    fs.closeSync(fd);
    if (r.status !== 0 && !(cmd === 'rg' && r.status === 1)) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr?.slice(-1000)}`);
    return seconds;
  };
  const ours = [process.execPath, [path.join(root, 'dist/cli.js'), 'vocab', big]];
  const theirs = ['rg', ['-j1', '-i', '--no-config', '--column', '-o', '-f', path.join(work, 'patterns-fair.txt'), big]];
  timed(...ours); timed(...theirs); // warm the page cache
  const pairs = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) pairs.push([timed(...ours), timed(...theirs)]);
  const mid = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  // Peak memory of one run, from GNU time where it is installed.
  let peak = null;
  if (fs.existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', 'PEAK %M', ...[ours[0], ...ours[1]]], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const m = /PEAK (\d+)/.exec(r.stderr ?? '');
    if (m) peak = Math.round(Number(m[1]) / 1024);
  }
  cliScan = {
    cli_scan_vs_rg_60mb: Math.round(mid(pairs.map(([a, b]) => a / b)) * 100) / 100,
    cli_scan_s_60mb: Math.round(mid(pairs.map(([a]) => a)) * 1000) / 1000,
    rg_scan_s_60mb: Math.round(mid(pairs.map(([, b]) => b)) * 1000) / 1000,
    cli_scan_peak_mb_60mb: peak,
    cli_scan_corpus_mb: bigMb,
  };
}

// 5. Activation inside a real VS Code (web worker host).
say('measuring activation in VS Code for the web…');
let activate = { activate_ms: null };
if (!args.has('--no-activate')) {
  run(process.execPath, ['scripts/build.mjs', '--production', '--tests']);
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['test/web-host/run.mjs'], { cwd: root, env: { ...process.env, MENTORSHIP_PREP_TESTS: 'out/integration/bench.web.js', TEST_WEB_PORT: process.env.TEST_WEB_PORT || '3127' } });
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.stderr.on('data', (d) => { text += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', () => { clearTimeout(timer); resolve(text); });
  });
  const line = /MENTORSHIP-PREP-BENCH (\{.*\})/.exec(out);
  if (line) activate = { activate_ms: Math.round(JSON.parse(line[1]).activate_ms * 100) / 100 };
  else say(`could not read the activation time:\n${out.slice(-1500)}`);
}

const result = {
  ...core,
  scan_vs_rg: rg.rg_mb_s ? Math.round((core.scan_mb_s / rg.rg_mb_s) * 1000) / 1000 : null,
  scan_vs_rg_cpu: rg.rg_cpu_mb_s ? Math.round((core.scan_cpu_mb_s / rg.rg_cpu_mb_s) * 1000) / 1000 : null,
  ...rg,
  ...cliScan,
  ...bundles,
  ...activate,
  machine: `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  quick,
};

const targets = {
  hover_growth: ['≤', 1.5], hover_speedup_10mb: ['≥', 1000], scan_mb_s: ['≥', 100], scan_vs_rg: ['≥', 0.25], render_ms_p50: ['≤', 1], render_with_context_ms_p50: ['≤', 1],
  glossary_shared_prefix_1k_ms: ['≤', 1000], cli_scan_vs_rg_60mb: ['≤', 2],
  bundle_kb_node: ['≤', 700], bundle_kb_web: ['≤', 700], activate_ms: ['≤', 10], vsix_kb: ['≤', 600],
};
const rows = [
  ['hover_us_10kb', 'hover, 10 KB doc (median µs)'], ['hover_us_10mb', 'hover, 10 MB doc (median µs)'], ['hover_growth', '10 MB / 10 KB'],
  ['fullscan_us_10mb', 'baseline: full regex scan per hover (µs)'], ['hover_speedup_10mb', 'baseline / ours'],
  ['scan_mb_s', `our scan (MB/s, ${result.scan_corpus_files} files, ${result.scan_corpus_mb} MB, median of 5 passes)`],
  ['scan_first_pass_mb_s', 'our scan, first pass while the JIT warms up (MB/s)'],
  ['scan_cpu_mb_s', 'our scan per CPU second (MB/s, median of 5 passes)'], ['rg_mb_s', 'ripgrep -j1 -i, same terms, ASCII boundaries (MB/s)'],
  ['rg_unicode_mb_s', 'ripgrep -j1 -i, Unicode form without boundaries (MB/s)'], ['scan_vs_rg', 'ours / ripgrep (ASCII boundaries)'],
  ['rg_cpu_mb_s', 'ripgrep, ASCII boundaries, per CPU second (MB/s)'], ['scan_vs_rg_cpu', 'ours / ripgrep, per CPU second'],
  ['cli_scan_s_60mb', `vocab command, whole process, ${cliScan.cli_scan_corpus_mb ?? 60} MB (s, median of pairs)`], ['rg_scan_s_60mb', 'rg -j1 -i --column -o, same terms, whole process (s)'],
  ['cli_scan_vs_rg_60mb', 'vocab command / ripgrep, whole process (median of paired ratios)'], ['cli_scan_peak_mb_60mb', 'vocab command, peak RSS (MB)'],
  ['glossary_shared_prefix_1k_ms', '1,000 terms sharing a first word over 1 MB (ms)'],
  ['render_ms_p50', 'render, compiled once (median ms)'], ['render_compile_ms_p50', 'render, compiled each time (median ms)'],
  ['render_with_context_ms_p50', 'context (terms ranked) + render (median ms)'],
  ['bundle_kb_node', 'bundle, Node host (KB)'], ['bundle_kb_web', 'bundle, web worker (KB)'], ['webview_kb', 'Prep Builder webview script (KB)'], ['vsix_kb', 'VSIX (KB)'], ['activate_ms', 'activate() in VS Code web (ms)'],
];
const table = ['| measure | value | target |', '|---|---:|---|', ...rows.map(([k, label]) => {
  const t = targets[k];
  const v = result[k];
  const ok = t && v !== null ? ((t[0] === '≤' ? v <= t[1] : v >= t[1]) ? 'met' : 'missed') : '';
  return `| ${label} | ${v ?? 'n/a'} | ${t ? `${t[0]} ${t[1]} ${ok}` : ''} |`;
})].join('\n');
say(`\n${table}\n\nmachine: ${result.machine}`);
if (json) console.log(JSON.stringify(result));
