/** Muted terms (`mentorshipPrep.vocabulary.ignoreTerms`): a workspace's own product name can drown
 *  every other term, so a user can turn one off, as a spell checker's ignore list does. */
import { termKey, type GlossaryEntry } from './glossary';

/** The keys of a list of muted terms (case, hyphens and spacing ignored, as names match). */
export function ignoredKeys(terms: readonly string[]): Set<string> {
  return new Set(terms.map(termKey).filter((k) => k !== ''));
}

/** Whether an entry is muted: its name or one of its aliases is on the list. */
export function isIgnored(entry: GlossaryEntry, keys: ReadonlySet<string>): boolean {
  return keys.size > 0 && (keys.has(termKey(entry.name)) || entry.aliases.some((a) => keys.has(termKey(a))));
}

/** The entries left once the muted ones are taken out. */
export function withoutIgnored(entries: readonly GlossaryEntry[], terms: readonly string[]): GlossaryEntry[] {
  const keys = ignoredKeys(terms);
  return keys.size ? entries.filter((e) => !isIgnored(e, keys)) : [...entries];
}

/** The list with `term` added, unless it is on it already (in any spelling). */
export function withIgnored(terms: readonly string[], term: string): string[] {
  return ignoredKeys(terms).has(termKey(term)) ? [...terms] : [...terms, term];
}

/** The strings of a setting value as hand-edited settings can hold it (anything else dropped). */
export function termList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}
