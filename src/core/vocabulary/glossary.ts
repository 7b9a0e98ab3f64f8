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
  /** The same question for a leader who may never have used the term: used instead of a
   *  `howToSay` that takes their experience for granted ("How did you…"). */
  askAnyone?: string;
  /** Words that signal the term fits a challenge that does not name it ("monolith" for Strangler
   *  Fig). Used to choose a prep doc's vocabulary; hovers match only the name and aliases. */
  keywords?: string[];
  /** The term belongs to one kind of system (FinOps: the cloud; Threat Modeling: security): a
   *  prep doc offers it only when the answers name it or touch its keywords, never because a
   *  related term fits. */
  contextBound?: boolean;
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
 * (or whose name is one of its aliases), so team terms override built-ins of the same name. Within
 * one glossary, the same term in two contexts keeps both entries (each with its own definition
 * and aliases); twice in the same context, the later one wins.
 */
export function mergeGlossaries(...layers: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const byKey = new Map<string, GlossaryEntry[]>();
  const layerOf = new Map<GlossaryEntry, number>();
  const kept = new Set<GlossaryEntry>();
  const keys = (e: GlossaryEntry) => [...new Set([e.name, ...e.aliases].map(termKey))];
  const remove = (e: GlossaryEntry) => {
    kept.delete(e);
    for (const k of keys(e)) {
      const list = byKey.get(k)?.filter((x) => x !== e);
      if (list?.length) byKey.set(k, list); else byKey.delete(k);
    }
  };
  layers.forEach((layer, index) => {
    for (const entry of layer) {
      const context = entry.source.kind === 'team' ? entry.source.context : undefined;
      for (const k of keys(entry)) {
        for (const previous of byKey.get(k) ?? []) {
          if (previous === entry) continue;
          const sameLayer = layerOf.get(previous) === index;
          const previousContext = previous.source.kind === 'team' ? previous.source.context : undefined;
          if (!sameLayer || previousContext === context) remove(previous);
        }
      }
      kept.add(entry);
      layerOf.set(entry, index);
      for (const k of keys(entry)) byKey.set(k, [...(byKey.get(k) ?? []).filter((x) => x !== entry), entry]);
    }
  });
  return [...kept];
}

/** Finds an entry by its name or one of its aliases. */
export function findEntry(entries: readonly GlossaryEntry[], nameOrAlias: string): GlossaryEntry | undefined {
  const k = termKey(nameOrAlias);
  return entries.find((e) => termKey(e.name) === k || e.aliases.some((a) => termKey(a) === k));
}
