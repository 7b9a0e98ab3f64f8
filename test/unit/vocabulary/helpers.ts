import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';
import type { LoadedGlossary } from '../../../src/core/vocabulary/loader';
import { TermMatcher, type TermMatch } from '../../../src/core/vocabulary/matcher';

/** A hand-made glossary entry for edge cases. */
export function entry(name: string, aliases: string[] = [], extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { name, aliases, definition: `${name} (definition)`, source: { kind: 'builtin' }, ...extra };
}

/** A team glossary file as the loader would return it. */
export function teamGlossary(file: string, entries: GlossaryEntry[]): LoadedGlossary {
  return { file, entries: entries.map((e) => ({ ...e, source: { kind: 'team', file, line: 1 } })), problems: [] };
}

let builtinMatcher: TermMatcher | undefined;

/** One matcher over the built-in glossary, shared by the tests (building it is the slow part). */
export function builtins(): TermMatcher {
  builtinMatcher ??= new TermMatcher(builtinGlossary());
  return builtinMatcher;
}

/** The matches as [matched text, entry name] pairs: what most assertions compare. */
export function found(text: string, matcher: TermMatcher = builtins()): [string, string][] {
  return matcher.findAll(text).map((m) => [m.text, m.entry.name]);
}

/** Checks the invariants every match list must hold; returns a failure description or undefined. */
export function brokenInvariant(text: string, matches: readonly TermMatch[]): string | undefined {
  let previousEnd = -1;
  for (const m of matches) {
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) return `range [${m.start}, ${m.end}) outside the text`;
    if (text.slice(m.start, m.end) !== m.text) return `range [${m.start}, ${m.end}) holds ${JSON.stringify(text.slice(m.start, m.end))}, not ${JSON.stringify(m.text)}`;
    if (m.start < previousEnd) return `match at ${m.start} overlaps or precedes the previous one (ending at ${previousEnd})`;
    previousEnd = m.end;
  }
  return undefined;
}

/** Number of property runs: FUZZ_RUNS raises (or lowers) the default. */
export function fuzzRuns(defaultRuns: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : defaultRuns;
}
