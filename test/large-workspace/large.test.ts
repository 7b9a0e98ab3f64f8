// Runs inside code-server's Node extension host on a generated workspace of many files
// (test/large-workspace/run.mjs): the Vocabulary view's scan shows progress, can be stopped
// midway, keeps hovers answering while it runs (also with a second process loading one core), and
// finishes; its time is printed next to ripgrep's on the same files; peak memory is sampled.
import * as vscode from 'vscode';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';

type Summary = { files: number; skipped: number; occurrences: number; cancelled: boolean; terms: Record<string, number> };

const slow: string[] = [];
/** When the probe's own hover provider was last asked: a hover's round trip splits there into the
 *  way to the providers (extension host → workbench → extension host) and the way back. */
let providerAsked = 0;
/** Per hover: [ms until the providers were asked, ms from then until the answer]. */
const legs: [number, number][] = [];
vscode.languages.registerHoverProvider({ language: 'markdown', scheme: 'untitled' }, { provideHover: () => { providerAsked = performance.now(); return undefined; } });
async function hoverLatencies(uri: vscode.Uri, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  const begin = performance.now();
  legs.length = 0;
  while (!until()) {
    const t0 = performance.now();
    providerAsked = 0;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 2));
    times.push(performance.now() - t0);
    if (providerAsked) legs.push([providerAsked - t0, performance.now() - providerAsked]);
    if (performance.now() - t0 > 500) slow.push(`${Math.round(performance.now() - t0)} ms at ${Math.round((t0 - begin) / 100) / 10} s`);
    if (!hovers.length) throw new Error('no hover on the probe document during the scan');
    await new Promise((r) => setTimeout(r, 50));
  }
  return times;
}

/** ripgrep: the one on PATH (as the bench runs it), else the one VS Code ships. */
function ripgrep(): string | undefined {
  if (spawnSync('rg', ['--version']).status === 0) return 'rg';
  const app = vscode.env.appRoot;
  return [path.join(app, 'node_modules/@vscode/ripgrep/bin/rg'), path.join(app, 'node_modules.asar.unpacked/@vscode/ripgrep/bin/rg'),
    path.join(app, `node_modules/@vscode/ripgrep-universal/bin/${process.platform}-${process.arch}/rg`)].find((p) => existsSync(p));
}

/** Seconds for `rg -j1 -i` with the bench's patterns over the workspace, printing every match to a file. */
function ripgrepSeconds(rg: string, patterns: string, folder: string): number {
  const outFile = path.join(os.tmpdir(), `large-rg-${process.pid}.txt`);
  const fd = openSync(outFile, 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(rg, ['-j1', '-i', '--no-config', '--column', '-o', '-f', patterns, folder], { stdio: ['ignore', fd, 'pipe'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`ripgrep failed (${r.status}): ${String(r.stderr).slice(0, 500)}`);
    return (performance.now() - t0) / 1000;
  } finally {
    closeSync(fd);
  }
}

/** A full scan from Refresh with hovers asked for all along; its time and the hovers' latencies. */
async function fullScanWithHovers(probe: vscode.Uri): Promise<{ summary: Summary; seconds: number; latencies: number[]; loopDelay: { p95: number; max: number }; legs: { way_p50: number; way_p95: number; back_p50: number; back_p95: number } }> {
  let done = false;
  // How long callbacks (a hover request among them) waited for the extension host's event loop.
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t0 = performance.now();
  const full = vscode.commands.executeCommand<Summary>('mentorshipPrep.vocabularyView.refresh').then((s) => { done = true; return s; });
  const latencies = await hoverLatencies(probe, () => done);
  const way = legs.map(([out]) => out).sort((a, b) => a - b), back = legs.map(([, ret]) => ret).sort((a, b) => a - b);
  const summary = await full;
  const seconds = (performance.now() - t0) / 1000;
  delay.disable();
  const loopDelay = { p95: Math.round(delay.percentile(95) / 1e5) / 10, max: Math.round(delay.max / 1e5) / 10 };
  const legsOf = { way_p50: percentile(way, 0.5), way_p95: percentile(way, 0.95), back_p50: percentile(back, 0.5), back_p95: percentile(back, 0.95) };
  return { summary, seconds, latencies: latencies.sort((a, b) => a - b), loopDelay, legs: legsOf };
}

/**
 * Waits (at most 60 s) until the extension host has been mostly idle for a second: right after
 * start, VS Code's git extension runs `git rev-parse` once for each of the fixture's 100 top-level
 * folders (its repository scan), which took the host's main thread for about 10 s on a busy
 * machine and would be counted against whatever is measured first. Returns the seconds waited.
 */
async function settle(): Promise<number> {
  const t0 = performance.now();
  let quiet = 0;
  while (performance.now() - t0 < 60_000 && quiet < 2) {
    const before = performance.eventLoopUtilization();
    await new Promise((r) => setTimeout(r, 500));
    quiet = performance.eventLoopUtilization(before).utilization < 0.15 ? quiet + 1 : 0;
  }
  return Math.round((performance.now() - t0) / 100) / 10;
}

/** Starts the V8 profiler on this (the extension host's) thread; the returned function stops it. */
async function startProfile(): Promise<() => Promise<unknown>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) =>
    session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async () => {
    const { profile } = await post('Profiler.stop') as { profile: unknown };
    session.disconnect();
    return profile;
  };
}

/** Our hover provider's own times (inside provideHover), which the extension keeps for the
 *  diagnostics command: apart from VS Code's round trip, which the latencies above include. */
type HoverTimes = { count: number; recentMs: number[] };
const providerTimes = async (): Promise<HoverTimes> => (await vscode.commands.executeCommand<{ hovers: HoverTimes }>('mentorshipPrep.diagnostics')).hovers;
/** The provider's times of the hovers between two readings, sorted. */
function providerSince(before: HoverTimes, after: HoverTimes): number[] {
  const n = Math.min(after.count - before.count, after.recentMs.length);
  return after.recentMs.slice(after.recentMs.length - n).sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 10) / 10;

export async function run(): Promise<void> {
  const out = process.env.MENTORSHIP_PREP_TEST_RESULTS!;
  const result: Record<string, unknown> = {};
  const failures: string[] = [];
  let rssPeak = 0;
  const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, process.memoryUsage.rss()); }, 50);
  try {
    await vscode.extensions.getExtension('mentorshipprep.mentorship-prep')!.activate();
    const probe = await vscode.workspace.openTextDocument({ content: 'eventual consistency', language: 'markdown' });
    result.startup_settle_s = await settle();
    const baseRss = process.memoryUsage.rss();
    // Hovers with nothing else running: what the round trip through the workbench costs on this
    // machine now, the floor for the hovers during the scan.
    const idleStart = performance.now();
    const idleDelay = monitorEventLoopDelay({ resolution: 5 });
    idleDelay.enable();
    const idleTimes = await providerTimes();
    const idle = (await hoverLatencies(probe.uri, () => performance.now() - idleStart > 3000)).sort((a, b) => a - b);
    idleDelay.disable();
    const idleProvider = providerSince(idleTimes, await providerTimes());
    const idleWay = legs.map(([out]) => out).sort((a, b) => a - b), idleBack = legs.map(([, ret]) => ret).sort((a, b) => a - b);
    Object.assign(result, {
      idle_hovers: idle.length, idle_hover_ms_p50: percentile(idle, 0.5), idle_hover_ms_p95: percentile(idle, 0.95),
      idle_hover_way_ms_p95: percentile(idleWay, 0.95), idle_hover_back_ms_p95: percentile(idleBack, 0.95),
      idle_hover_provider_ms_p50: percentile(idleProvider, 0.5), idle_hover_provider_ms_p95: percentile(idleProvider, 0.95),
      // The extension host's own loop with no scan running: its delays come from the machine.
      idle_loop_delay_ms_p95: Math.round(idleDelay.percentile(95) / 1e5) / 10, idle_loop_delay_ms_max: Math.round(idleDelay.max / 1e5) / 10,
    });

    // 1. Start a scan, stop it midway.
    const t0 = performance.now();
    const first = vscode.commands.executeCommand<Summary>('mentorshipPrep.vocabularyView.refresh');
    // Early: on the scan thread the whole fixture takes about a second on a quiet machine.
    await new Promise((r) => setTimeout(r, 250));
    const tStop = performance.now();
    await vscode.commands.executeCommand('mentorshipPrep.vocabularyView.stop');
    const stopped = await first;
    result.stopped_after_ms = Math.round(performance.now() - t0);
    result.stop_took_ms = Math.round(performance.now() - tStop);
    result.stopped_cancelled = stopped.cancelled;
    result.stopped_files = stopped.files;
    if (!stopped.cancelled) failures.push('the first scan was not cancelled by Stop');

    // 2. A full scan, with hovers answered while it runs; then ripgrep on the same folder.
    // LARGE_CPU_PROFILE=<file.cpuprofile> records the extension host's CPU during this scan.
    const profiler = process.env.LARGE_CPU_PROFILE ? await startProfile() : undefined;
    const scanTimes = await providerTimes();
    const { summary, seconds, latencies, loopDelay, legs: hoverLegs } = await fullScanWithHovers(probe.uri);
    const provider = providerSince(scanTimes, await providerTimes());
    // Every hover asked reached our provider once: otherwise the figures below are not its own.
    if (provider.length !== latencies.length) failures.push(`${latencies.length} hovers during the scan, but the provider timed ${provider.length}`);
    // The peak so far: the scan as users run it (on the thread), before the comparisons below.
    result.rss_peak_thread_scan_mb = Math.round(rssPeak / 2 ** 20);
    if (profiler) writeFileSync(process.env.LARGE_CPU_PROFILE!, JSON.stringify(await profiler()));
    const rg = ripgrep();
    const patterns = process.env.LARGE_RG_PATTERNS;
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const rgSeconds = rg && patterns ? ripgrepSeconds(rg, patterns, folder) : undefined;
    Object.assign(result, {
      full_scan_s: Math.round(seconds * 10) / 10,
      rg_scan_s: rgSeconds === undefined ? null : Math.round(rgSeconds * 100) / 100,
      full_scan_vs_rg: rgSeconds === undefined ? null : Math.round((seconds / rgSeconds) * 10) / 10,
      files_with_terms: summary.files,
      files_skipped: summary.skipped,
      occurrences: summary.occurrences,
      hovers_during_scan: latencies.length,
      hover_ms_p50: percentile(latencies, 0.5),
      hover_ms_p95: percentile(latencies, 0.95),
      hover_ms_max: percentile(latencies, 1),
      // Of which inside our provider (matching the window around the cursor, building the hover).
      hover_provider_ms_p50: percentile(provider, 0.5), hover_provider_ms_p95: percentile(provider, 0.95), hover_provider_ms_max: percentile(provider, 1),
      loop_delay_ms_p95: loopDelay.p95,
      loop_delay_ms_max: loopDelay.max,
      // A hover's way to the providers and back (see `legs`): where its time goes.
      hover_way_ms_p50: hoverLegs.way_p50, hover_way_ms_p95: hoverLegs.way_p95,
      hover_back_ms_p50: hoverLegs.back_p50, hover_back_ms_p95: hoverLegs.back_p95,
    });
    if (summary.cancelled) failures.push('the full scan was cancelled');
    if (latencies.length < 3) failures.push(`only ${latencies.length} hovers answered during the scan`);
    // A p95, not the slowest single hover: one hover stuck behind the machine's other work (a
    // build, another test run) is not the scan's doing; a scan that holds the host for long is.
    if (percentile(latencies, 0.95) > 1000) failures.push(`hovers during the scan took ${percentile(latencies, 0.95)} ms at p95`);

    // 2b. The same scan matched on the extension host's own thread (as the web worker host does,
    // and as the Node host did before the matching thread), for comparison in this run.
    const onHostThread = async (prefix: string) => {
      process.env.MENTORSHIP_PREP_SCAN_ON_HOST_THREAD = '1';
      try {
        const host = await fullScanWithHovers(probe.uri);
        Object.assign(result, {
          [`${prefix}full_scan_s`]: Math.round(host.seconds * 10) / 10,
          [`${prefix}hover_ms_p50`]: percentile(host.latencies, 0.5),
          [`${prefix}hover_ms_p95`]: percentile(host.latencies, 0.95),
          [`${prefix}hover_ms_max`]: percentile(host.latencies, 1),
        });
        if (host.summary.occurrences !== summary.occurrences) failures.push(`the scan on the host's thread found ${host.summary.occurrences} uses, not ${summary.occurrences}`);
      } finally {
        delete process.env.MENTORSHIP_PREP_SCAN_ON_HOST_THREAD;
      }
    };
    await onHostThread('host_thread_');

    // 2c. The scan listing the files with ripgrep (as now) and with findFiles (as before), in
    // turn, twice, with hovers: side by side in this run, and the same uses must be found.
    const listings: Record<'ripgrep' | 'findfiles', { seconds: number[]; hovers: number[] }> = { ripgrep: { seconds: [], hovers: [] }, findfiles: { seconds: [], hovers: [] } };
    for (let round = 0; round < 2; round++) {
      for (const listing of ['findfiles', 'ripgrep'] as const) {
        if (listing === 'findfiles') process.env.MENTORSHIP_PREP_SCAN_LIST_WITH_FINDFILES = '1';
        try {
          const scan = await fullScanWithHovers(probe.uri);
          listings[listing].seconds.push(scan.seconds);
          listings[listing].hovers.push(...scan.latencies);
          if (scan.summary.occurrences !== summary.occurrences) failures.push(`the scan listing with ${listing} found ${scan.summary.occurrences} uses, not ${summary.occurrences}`);
          if (scan.summary.files !== summary.files) failures.push(`the scan listing with ${listing} found uses in ${scan.summary.files} files, not ${summary.files}`);
        } finally {
          delete process.env.MENTORSHIP_PREP_SCAN_LIST_WITH_FINDFILES;
        }
      }
    }
    for (const [listing, { seconds: s, hovers }] of Object.entries(listings)) {
      hovers.sort((a, b) => a - b);
      Object.assign(result, {
        [`${listing}_listed_scan_s`]: s.map((x) => Math.round(x * 100) / 100),
        [`${listing}_listed_scan_vs_rg`]: rgSeconds === undefined ? null : Math.round((Math.min(...s) / rgSeconds) * 10) / 10,
        [`${listing}_listed_hover_ms_p50`]: percentile(hovers, 0.5),
        [`${listing}_listed_hover_ms_p95`]: percentile(hovers, 0.95),
      });
    }

    // 3. The same with a second process keeping one core busy, as a build or a test run would.
    const busy = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
    try {
      const loaded = await fullScanWithHovers(probe.uri);
      Object.assign(result, {
        loaded_full_scan_s: Math.round(loaded.seconds * 10) / 10,
        loaded_hovers_during_scan: loaded.latencies.length,
        loaded_hover_ms_p50: percentile(loaded.latencies, 0.5),
        loaded_hover_ms_p95: percentile(loaded.latencies, 0.95),
        loaded_hover_ms_max: percentile(loaded.latencies, 1),
        loaded_loop_delay_ms_p95: loaded.loopDelay.p95,
        loaded_loop_delay_ms_max: loaded.loopDelay.max,
      });
      if (loaded.summary.occurrences !== summary.occurrences) failures.push(`the scan under load found ${loaded.summary.occurrences} uses, not ${summary.occurrences}`);
      await onHostThread('loaded_host_thread_');
    } finally {
      busy.kill();
    }
    Object.assign(result, { rss_base_mb: Math.round(baseRss / 2 ** 20), rss_peak_mb: Math.round(rssPeak / 2 ** 20), slow_hovers: slow });
  } catch (err) {
    failures.push(err instanceof Error ? err.message : String(err));
  } finally {
    clearInterval(sampler);
  }
  console.log(`MENTORSHIP-PREP-LARGE ${JSON.stringify(result)}`);
  writeFileSync(out, JSON.stringify({ host: 'node-large-workspace', passed: failures.length ? 0 : 1, failed: failures.length ? 1 : 0, failures, result }));
  if (failures.length) throw new Error(failures.join('; '));
}
