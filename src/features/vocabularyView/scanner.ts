import * as vscode from 'vscode';
import type { TermMatch } from '../../core/vocabulary/matcher';
import type { GlossaryService } from '../vocabulary/glossaryService';

export interface Occurrence {
  uri: vscode.Uri;
  range: vscode.Range;
  text: string;
  preview: string;
  term: string;
}

export interface ScanSummary {
  files: number;
  skipped: number;
  occurrences: number;
  terms: Record<string, number>;
  cancelled: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Globs VS Code users already maintain to keep files out of searches. */
export function excludeGlob(): string | undefined {
  const keys = new Set<string>(['**/node_modules/**', '**/.git/**']);
  for (const section of ['files.exclude', 'search.exclude']) {
    const value = vscode.workspace.getConfiguration().get<Record<string, unknown>>(section) ?? {};
    for (const [glob, on] of Object.entries(value)) if (on === true) keys.add(glob);
  }
  return `{${[...keys].join(',')}}`;
}

/** Finds glossary terms in workspace files; keeps per-file results so a change rescans one file. */
export class VocabularyScanner {
  readonly results = new Map<string, Occurrence[]>();

  constructor(private readonly glossaries: GlossaryService) {}

  async scanAll(token: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<ScanSummary> {
    await this.glossaries.ready();
    const uris = await vscode.workspace.findFiles('**/*', excludeGlob(), 20000, token);
    this.results.clear();
    let skipped = 0;
    const batch = 8;
    for (let i = 0; i < uris.length; i += batch) {
      if (token.isCancellationRequested) return { ...this.summary(), skipped, cancelled: true };
      const done = await Promise.all(uris.slice(i, i + batch).map((u) => this.scanFile(u)));
      skipped += done.filter((ok) => !ok).length;
      progress?.(Math.min(i + batch, uris.length), uris.length);
    }
    return { ...this.summary(), skipped, cancelled: false };
  }

  /** Scans one file; false when it was skipped (too large, binary, unreadable). */
  async scanFile(uri: vscode.Uri): Promise<boolean> {
    const maxKB = vscode.workspace.getConfiguration('mentorshipPrep.vocabulary', uri).get<number>('maxFileSizeKB', 1024);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory || stat.size > maxKB * 1024) { this.results.delete(uri.toString()); return false; }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.subarray(0, 1024).includes(0)) { this.results.delete(uri.toString()); return false; }
      const text = decoder.decode(bytes);
      const matches = this.glossaries.scope.matcherFor(uri.toString()).findAll(text);
      if (matches.length) this.results.set(uri.toString(), toOccurrences(uri, text, matches));
      else this.results.delete(uri.toString());
      return true;
    } catch {
      this.results.delete(uri.toString());
      return false;
    }
  }

  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
  }

  summary(): Omit<ScanSummary, 'skipped' | 'cancelled'> {
    const terms: Record<string, number> = {};
    let occurrences = 0;
    for (const list of this.results.values()) {
      for (const o of list) { terms[o.term] = (terms[o.term] ?? 0) + 1; occurrences++; }
    }
    return { files: this.results.size, occurrences, terms };
  }
}

function toOccurrences(uri: vscode.Uri, text: string, matches: TermMatch[]): Occurrence[] {
  // Line starts once per file, then a binary search per match.
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const pos = (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
    return new vscode.Position(lo, offset - starts[lo]!);
  };
  return matches.map((m) => {
    const start = pos(m.start);
    const lineEnd = text.indexOf('\n', starts[start.line]!);
    const line = text.slice(starts[start.line]!, lineEnd < 0 ? undefined : lineEnd);
    return { uri, range: new vscode.Range(start, pos(m.end)), text: m.text, term: m.entry.name, preview: line.trim().slice(0, 160) };
  });
}
