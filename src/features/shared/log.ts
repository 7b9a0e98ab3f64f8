import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The extension's one output channel ("Mentorship Prep" in the Output panel). */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Mentorship Prep', { log: true });
  return channel;
}
