// In-process measurements of the pure core, bundled and run by scripts/bench.mjs.
// Prints one JSON object on its last line.
import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { validateProfile } from '../src/core/profile/validate';
import { buildContext } from '../src/core/render/context';
import { TemplateLibrary, RUNTIME_OPTIONS, registerHelpers } from '../src/core/render/library';
import { splitFrontMatter } from '../src/core/render/team';
import { builtinGlossary } from '../src/core/vocabulary/glossary';
import { matchAt, TermMatcher } from '../src/core/vocabulary/matcher';
import { lineWindow } from '../src/core/vocabulary/window';

const args = JSON.parse(process.argv[2] ?? '{}') as { corpus: string[]; quick: boolean; root: string };
const quick = args.quick;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Deterministic pseudo-random numbers, so runs are comparable. */
function rng(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

// ---- a Markdown document of prose that uses the terms ---------------------------------------
const glossary = builtinGlossary();
const matcher = new TermMatcher(glossary);
const words = 'the team we plan to move our service into a new model because it keeps costs low and lets each group ship on its own schedule while the platform stays stable'.split(' ');
function prose(bytes: number, seed: number): string {
  const r = rng(seed);
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    let line = r() < 0.1 ? '## ' : r() < 0.2 ? '- ' : '';
    for (let i = 0; i < 14; i++) {
      line += r() < 0.12 ? glossary[Math.floor(r() * glossary.length)]!.name.toLowerCase() : words[Math.floor(r() * words.length)]!;
      line += ' ';
    }
    lines.push(line.trimEnd() + '.');
    size += line.length + 1;
  }
  return lines.join('\n');
}

function hoverMedian(doc: string, samples: number, seed: number): number {
  const lines = doc.split('\n');
  const r = rng(seed);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const line = Math.floor(r() * lines.length);
    const character = Math.floor(r() * (lines[line]!.length + 1));
    const t0 = performance.now();
    const win = lineWindow((n) => lines[n]!, lines.length, line, character);
    const m = matchAt(matcher, win.text, win.offset);
    if (m) win.toPosition(m.start);
    times.push(performance.now() - t0);
  }
  return median(times) * 1000;
}

/** The naive baseline: the whole glossary as one regex, run over the whole document per hover. */
function fullScanMedian(doc: string, samples: number, seed: number): number {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  const spellings = glossary.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${spellings.map(esc).join('|')})\\b`, 'gi');
  const r = rng(seed);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const offset = Math.floor(r() * doc.length);
    const t0 = performance.now();
    let found: RegExpExecArray | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(doc); m; m = re.exec(doc)) if (m.index <= offset && offset <= m.index + m[0].length) { found = m; }
    times.push(performance.now() - t0);
    if (found && found.index < 0) throw new Error('unreachable');
  }
  return median(times) * 1000;
}

const doc10k = prose(10 * 1024, 1);
const doc10m = prose(10 * 1024 * 1024, 2);
const hover10k = hoverMedian(doc10k, quick ? 500 : 20000, 3);
const hover10m = hoverMedian(doc10m, quick ? 500 : 20000, 4);
const fullscan = fullScanMedian(doc10m, quick ? 2 : 15, 5);

// ---- scan throughput over real files ---------------------------------------------------------
// Each pass reads every file from disk and scans it, as the Vocabulary view does. The first pass
// runs while the JIT is still compiling the matcher; scan_mb_s is the median of five passes
// (ripgrep, a native program, is likewise the median of five runs), the first one is reported too.
let bytes = 0;
let hits = 0;
const passes: number[] = [];
/** The same passes in CPU time (user + system of this process): on a machine shared with other
 *  work, wall time also counts the time spent waiting for a core. */
const cpuPasses: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  bytes = 0;
  hits = 0;
  const tScan = performance.now();
  const cpu0 = process.cpuUsage();
  for (const file of args.corpus) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    hits += matcher.findAll(text).length;
  }
  const cpu = process.cpuUsage(cpu0);
  passes.push(bytes / 1e6 / ((performance.now() - tScan) / 1000));
  cpuPasses.push(bytes / (cpu.user + cpu.system));
}

// ---- a glossary of 1,000 terms sharing a first word ("Alpha BetaN") over 1 MB ---------------
// Building the matcher and scanning both count: a team glossary of that shape is built on the
// first hover and scanned with every file.
const sharedEntries = Array.from({ length: 1000 }, (_, i) => ({ name: `Alpha Beta${i}`, aliases: [`alpha gamma ${i}`], definition: 'x', source: { kind: 'builtin' as const } }));
const sharedText = (() => {
  const r = rng(7);
  let out = '';
  while (out.length < 1024 * 1024) {
    const x = r();
    out += x < 0.3 ? `alpha beta${Math.floor(r() * 1200)} ` : x < 0.5 ? 'alpha ' : x < 0.6 ? `alpha\n# beta${Math.floor(r() * 1000)}\n` : `${words[Math.floor(r() * words.length)]!} `;
  }
  return out;
})();
const sharedTimes: number[] = [];
let sharedHits = 0;
for (let i = 0; i < (quick ? 1 : 5); i++) {
  const t0 = performance.now();
  sharedHits = new TermMatcher(sharedEntries).findAll(sharedText).length;
  sharedTimes.push(performance.now() - t0);
}

// ---- render: built-ins compiled once (at their first render) vs compiling at each render -----
const profile = validateProfile(JSON.parse(readFileSync(`${args.root}/test/fixtures/profiles/example.json`, 'utf8'))).profile;
const context = buildContext(profile, glossary, new Date('2026-11-24T12:00:00Z'));
const library = new TemplateLibrary();
const renders = quick ? 50 : 1000;
const renderTimes: number[] = [];
for (let i = 0; i < renders; i++) {
  const t0 = performance.now();
  const out = library.render('prep-doc', context);
  renderTimes.push(performance.now() - t0);
  if (!out.ok) throw new Error('render failed');
}
// The whole path a document takes: the context (where the vocabulary is ranked) and the render.
const contextTimes: number[] = [];
for (let i = 0; i < renders; i++) {
  const t0 = performance.now();
  const out = library.render('prep-doc', buildContext(profile, glossary, new Date('2026-11-24T12:00:00Z')));
  contextTimes.push(performance.now() - t0);
  if (!out.ok) throw new Error('render failed');
}
const sources = (name: string) => splitFrontMatter(readFileSync(`${args.root}/templates/${name}.hbs`, 'utf8')).body;
// Every partial the templates may use, read from the folder (a fixed list went stale when one was added).
const partialNames = readdirSync(`${args.root}/templates/partials`).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -4));
const compileTimes: number[] = [];
for (let i = 0; i < renders; i++) {
  const t0 = performance.now();
  const env = Handlebars.create();
  registerHelpers(env);
  for (const p of partialNames) env.registerPartial(p, env.compile(sources(`partials/${p}`), { noEscape: true }));
  env.compile(sources('prep-doc'), { noEscape: true })(context, RUNTIME_OPTIONS);
  compileTimes.push(performance.now() - t0);
}

console.log(JSON.stringify({
  hover_us_10kb: round(hover10k, 2),
  hover_us_10mb: round(hover10m, 2),
  hover_growth: round(hover10m / hover10k, 3),
  fullscan_us_10mb: round(fullscan, 0),
  hover_speedup_10mb: round(fullscan / hover10m, 0),
  scan_mb_s: round(median(passes), 1),
  scan_first_pass_mb_s: round(passes[0]!, 1),
  scan_cpu_mb_s: round(median(cpuPasses), 1),
  scan_corpus_mb: round(bytes / 1e6, 2),
  scan_corpus_files: args.corpus.length,
  scan_hits: hits,
  glossary_shared_prefix_1k_ms: round(median(sharedTimes), 1),
  glossary_shared_prefix_1k_hits: sharedHits,
  render_ms_p50: round(median(renderTimes), 3),
  render_compile_ms_p50: round(median(compileTimes), 3),
  render_with_context_ms_p50: round(median(contextTimes), 3),
}));

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
