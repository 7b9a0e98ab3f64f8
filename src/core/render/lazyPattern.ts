import { READING_PATTERNS } from './wordLists';

/** A pattern whose source is data shipped beside the bundle (wordLists.ts): compiled on first use, never
 *  while modules load, then kept. */
export function lazyPattern(source: () => string, flags: string): () => RegExp {
  let compiled: RegExp | undefined;
  return () => (compiled ??= new RegExp(source(), flags));
}

/** One of the first-answer reading's long patterns (wordLists.ts READING_PATTERNS), compiled on first use. */
export const readingPattern = (key: keyof typeof READING_PATTERNS, flags: string): (() => RegExp) => lazyPattern(() => READING_PATTERNS[key], flags);
