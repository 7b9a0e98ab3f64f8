import builtinData from './builtin-glossary.json';

/** Where an entry came from: shown in hovers so a reader knows whom to ask about it. */
export type GlossarySource =
  | { kind: 'builtin' }
  | { kind: 'team'; file: string; context?: string; line: number };

export interface GlossaryEntry {
  name: string;
  aliases: string[];
  definition: string;
  /** Why the term matters when talking to a senior leader. */
  whyItMatters?: string;
  /** One sentence showing how to use the term in the mentorship conversation. */
  howToSay?: string;
  /** Words that signal the term fits a challenge that does not name it ("monolith" for Strangler
   *  Fig). Used to choose a prep doc's vocabulary; hovers match only the name and aliases. */
  keywords?: string[];
  /** Contextive-style usage examples (team glossaries). */
  examples?: string[];
  related?: string[];
  link?: string;
  source: GlossarySource;
}

let builtins: GlossaryEntry[] | undefined;

/** The built-in glossary, shipped with the extension. */
export function builtinGlossary(): readonly GlossaryEntry[] {
  builtins ??= (builtinData.terms as Omit<GlossaryEntry, 'source'>[]).map((t) => ({ ...t, source: { kind: 'builtin' } as const }));
  return builtins;
}

/** A key under which two spellings of one term meet: case, hyphens and spacing ignored. */
export function termKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-_]+/g, ' ').trim();
}

/**
 * Merges glossaries, later ones winning: an entry replaces any earlier entry with the same name
 * (or whose name is one of its aliases), so team terms override built-ins of the same name.
 */
export function mergeGlossaries(...layers: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const byKey = new Map<string, GlossaryEntry>();
  for (const layer of layers) {
    for (const entry of layer) {
      for (const k of [entry.name, ...entry.aliases].map(termKey)) {
        const previous = byKey.get(k);
        if (previous && previous !== entry) {
          for (const pk of [previous.name, ...previous.aliases].map(termKey)) byKey.delete(pk);
        }
      }
      for (const k of [entry.name, ...entry.aliases].map(termKey)) byKey.set(k, entry);
    }
  }
  return [...new Set(byKey.values())];
}

/** Finds an entry by its name or one of its aliases. */
export function findEntry(entries: readonly GlossaryEntry[], nameOrAlias: string): GlossaryEntry | undefined {
  const k = termKey(nameOrAlias);
  return entries.find((e) => termKey(e.name) === k || e.aliases.some((a) => termKey(a) === k));
}
