// Loaded by the web worker extension host instead of the test suite when benchmarking
// (scripts/bench.mjs): reports how long the extension's activate() took in this real host.
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension('mentorshipprep.mentorship-prep');
  if (!ext) throw new Error('extension not found');
  await ext.activate();
  const d = await vscode.commands.executeCommand<{ activateMs: number }>('mentorshipPrep.diagnostics');
  console.log(`MENTORSHIP-PREP-BENCH ${JSON.stringify({ activate_ms: d.activateMs, phases: (d as { phases?: unknown }).phases, host: 'web worker', vscode: vscode.version })}`);
}
