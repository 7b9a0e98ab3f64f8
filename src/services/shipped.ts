import * as vscode from 'vscode';
import SHIPPED_FILES from 'shipped:files';
import { installShipped } from '../core/shipped';
import { log } from '../features/shared/log';

/**
 * Reads the files the extension ships beside its code (the phrasebook, the built-in templates and
 * glossary: scripts/shipped-files.mjs) once, through vscode.workspace.fs so the web worker host
 * reads them too. Started right after activation; every render, the phrases file's check and the
 * glossaries await it first.
 */
export class ShippedFiles {
  private reading: Promise<void> | undefined;
  /** The files are read: what needs them can go on without waiting. */
  done = false;

  constructor(private readonly extensionUri: vscode.Uri) {}

  ready(): Promise<void> {
    this.reading ??= this.read().catch((err: unknown) => {
      this.reading = undefined; // the next caller tries again
      log().error(`cannot read the extension's own files: ${String(err)}`);
      throw err;
    });
    return this.reading;
  }

  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    const files = await Promise.all(SHIPPED_FILES.map(async (file) =>
      [file, decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...file.split('/'))))] as const));
    installShipped(files);
    this.done = true;
  }
}
