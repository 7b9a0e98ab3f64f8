// Runs inside code-server's Node extension host on a generated workspace of many files
// (test/large-workspace/run.mjs): the Vocabulary view's scan shows progress, can be stopped
// midway, keeps hovers answering while it runs, and finishes; peak memory is sampled.
import * as vscode from 'vscode';
import { writeFileSync } from 'node:fs';

type Summary = { files: number; skipped: number; occurrences: number; cancelled: boolean; terms: Record<string, number> };

const slow: string[] = [];
async function hoverLatencies(uri: vscode.Uri, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  const begin = performance.now();
  while (!until()) {
    const t0 = performance.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 2));
    times.push(performance.now() - t0);
    if (performance.now() - t0 > 500) slow.push(`${Math.round(performance.now() - t0)} ms at ${Math.round((t0 - begin) / 100) / 10} s`);
    if (!hovers.length) throw new Error('no hover on the probe document during the scan');
    await new Promise((r) => setTimeout(r, 50));
  }
  return times;
}

export async function run(): Promise<void> {
  const out = process.env.MENTORSHIP_PREP_TEST_RESULTS!;
  const result: Record<string, unknown> = {};
  const failures: string[] = [];
  let rssPeak = 0;
  const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, process.memoryUsage().rss); }, 50);
  try {
    await vscode.extensions.getExtension('mentorshipprep.mentorship-prep')!.activate();
    const probe = await vscode.workspace.openTextDocument({ content: 'eventual consistency', language: 'markdown' });
    const baseRss = process.memoryUsage().rss;

    // 1. Start a scan, stop it midway.
    const t0 = performance.now();
    const first = vscode.commands.executeCommand<Summary>('mentorshipPrep.vocabularyView.refresh');
    await new Promise((r) => setTimeout(r, 3000));
    await vscode.commands.executeCommand('mentorshipPrep.vocabularyView.stop');
    const stopped = await first;
    result.stopped_after_ms = Math.round(performance.now() - t0);
    result.stopped_cancelled = stopped.cancelled;
    result.stopped_files = stopped.files;
    if (!stopped.cancelled) failures.push('the first scan was not cancelled by Stop');

    // 2. A full scan, with hovers answered while it runs.
    let done = false;
    const t1 = performance.now();
    const full = vscode.commands.executeCommand<Summary>('mentorshipPrep.vocabularyView.refresh').then((s) => { done = true; return s; });
    const latencies = await hoverLatencies(probe.uri, () => done);
    const summary = await full;
    const scanMs = performance.now() - t1;
    latencies.sort((a, b) => a - b);
    Object.assign(result, {
      full_scan_s: Math.round(scanMs / 100) / 10,
      files_with_terms: summary.files,
      files_skipped: summary.skipped,
      occurrences: summary.occurrences,
      hovers_during_scan: latencies.length,
      hover_ms_p50: Math.round(latencies[Math.floor(latencies.length / 2)]! * 10) / 10,
      hover_ms_p95: Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))]! * 10) / 10,
      hover_ms_max: Math.round(latencies[latencies.length - 1]! * 10) / 10,
      rss_base_mb: Math.round(baseRss / 2 ** 20),
      rss_peak_mb: Math.round(rssPeak / 2 ** 20),
      slow_hovers: slow,
    });
    if (summary.cancelled) failures.push('the full scan was cancelled');
    if (latencies.length < 3) failures.push(`only ${latencies.length} hovers answered during the scan`);
    if (latencies[latencies.length - 1]! > 2000) failures.push(`a hover took ${latencies[latencies.length - 1]} ms during the scan`);
  } catch (err) {
    failures.push(err instanceof Error ? err.message : String(err));
  } finally {
    clearInterval(sampler);
  }
  console.log(`MENTORSHIP-PREP-LARGE ${JSON.stringify(result)}`);
  writeFileSync(out, JSON.stringify({ host: 'node-large-workspace', passed: failures.length ? 0 : 1, failed: failures.length ? 1 : 0, failures, result }));
  if (failures.length) throw new Error(failures.join('; '));
}
