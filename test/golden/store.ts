// Where the golden corpus lives: one Brotli file per template (test/golden/<template>.golden.br)
// holding every case's document, and test/golden/lines.txt, every distinct line of every document,
// sorted. The Brotli files are what the test compares byte for byte; lines.txt is what a reviewer
// reads: a wording change shows up in its diff as the old sentence and the new one.
import { readFileSync, writeFileSync, readdirSync, unlinkSync, existsSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { GoldenDoc } from './corpus';

/** The folder, from the repository root (tests run from there). */
export const GOLDEN_DIR = path.resolve(process.cwd(), 'test/golden');
const SEP = '\u001e'; // a record separator: control characters never survive into a document

export type Golden = Map<string, Map<string, string>>; // template → case id → text

export function pack(docs: Iterable<GoldenDoc>): Golden {
  const out: Golden = new Map();
  for (const d of docs) {
    let t = out.get(d.template);
    if (!t) out.set(d.template, (t = new Map()));
    t.set(d.caseId, d.text);
  }
  return out;
}

export function distinctLines(g: Golden): string {
  const lines = new Set<string>();
  for (const t of g.values()) for (const text of t.values()) for (const l of text.split('\n')) if (l.trim() !== '') lines.add(l);
  return [...lines].sort().join('\n') + '\n';
}

export function writeGolden(g: Golden): void {
  for (const f of readdirSync(GOLDEN_DIR)) if (f.endsWith('.golden.br')) unlinkSync(path.join(GOLDEN_DIR, f));
  for (const [template, docs] of g) {
    const raw = Buffer.from([...docs].map(([id, text]) => `${SEP}${id}\n${text}`).join(''), 'utf8');
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    writeFileSync(path.join(GOLDEN_DIR, `${template}.golden.br`), br);
  }
  writeFileSync(path.join(GOLDEN_DIR, 'lines.txt'), distinctLines(g));
}

export function readGolden(): Golden {
  const out: Golden = new Map();
  if (!existsSync(GOLDEN_DIR)) return out;
  for (const f of readdirSync(GOLDEN_DIR).filter((x) => x.endsWith('.golden.br')).sort()) {
    const raw = brotliDecompressSync(readFileSync(path.join(GOLDEN_DIR, f))).toString('utf8');
    const docs = new Map<string, string>();
    for (const rec of raw.split(SEP).slice(1)) {
      const nl = rec.indexOf('\n');
      docs.set(rec.slice(0, nl), rec.slice(nl + 1));
    }
    out.set(f.slice(0, -'.golden.br'.length), docs);
  }
  return out;
}

export function readLines(): string {
  const p = path.join(GOLDEN_DIR, 'lines.txt');
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

/** The first line where two documents differ, 1-based, with both sides. */
export function firstDifference(expected: string, actual: string): { line: number; expected: string; actual: string } | undefined {
  if (expected === actual) return undefined;
  const a = expected.split('\n'), b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, expected: a[i] ?? '(end of document)', actual: b[i] ?? '(end of document)' };
  }
  return { line: a.length, expected: '(same lines, different bytes)', actual: '' };
}
