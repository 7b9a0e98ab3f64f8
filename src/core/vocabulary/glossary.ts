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
  /** Match the name and aliases exactly as written (team glossaries: `caseSensitive: true`). Names
   *  with two or more capitals (DDD, NFRs) are matched so anyway; a one-letter name needs it. */
  caseSensitive?: boolean;
  /** Contextive-style usage examples (team glossaries). */
  examples?: string[];
  related?: string[];
  link?: string;
  source: GlossarySource;
}

let builtins: GlossaryEntry[] | undefined;
const NONE_YET: readonly GlossaryEntry[] = Object.freeze([]);

/** The built-in glossary, shipped with the extension. The extension reads it as a file after
 *  activation (src/core/shipped.ts): until then it is empty, and nothing is kept. */
export function builtinGlossary(): readonly GlossaryEntry[] {
  const terms = (builtinData as { terms?: Omit<GlossaryEntry, 'source'>[] }).terms;
  if (terms === undefined) return NONE_YET;
  builtins ??= terms.map((t) => ({ ...t, source: { kind: 'builtin' } as const }));
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
  // Per spelling key, the entry kept under it in each context. Every entry under one key comes
  // from the last layer that used the key (a later layer removes all earlier ones), so the bucket
  // records that layer once; a new entry replaces the one in its own context. Each entry is added
  // once and removed at most once: linear, however many contexts define the same term.
  interface Bucket { layer: number; byContext: Map<string | undefined, GlossaryEntry> }
  const byKey = new Map<string, Bucket>();
  const keysOf = new Map<GlossaryEntry, string[]>();
  const kept = new Set<GlossaryEntry>();
  const contextOf = (e: GlossaryEntry) => (e.source.kind === 'team' ? e.source.context : undefined);
  const keys = (e: GlossaryEntry) => {
    let list = keysOf.get(e);
    if (!list) keysOf.set(e, (list = [...new Set([e.name, ...e.aliases].map(termKey))]));
    return list;
  };
  const remove = (e: GlossaryEntry) => {
    kept.delete(e);
    const context = contextOf(e);
    for (const k of keys(e)) {
      const bucket = byKey.get(k);
      if (bucket?.byContext.get(context) === e) bucket.byContext.delete(context);
    }
  };
  layers.forEach((layer, index) => {
    for (const entry of layer) {
      const context = contextOf(entry);
      for (const k of keys(entry)) {
        const bucket = byKey.get(k);
        if (!bucket) continue;
        if (bucket.layer !== index) {
          for (const previous of [...bucket.byContext.values()]) if (previous !== entry) remove(previous);
          bucket.layer = index;
        } else {
          const previous = bucket.byContext.get(context);
          if (previous && previous !== entry) remove(previous);
        }
      }
      kept.add(entry);
      for (const k of keys(entry)) {
        let bucket = byKey.get(k);
        if (!bucket) byKey.set(k, (bucket = { layer: index, byContext: new Map() }));
        bucket.byContext.set(context, entry);
      }
    }
  });
  return [...kept];
}

/** Finds an entry by its name or one of its aliases. */
export function findEntry(entries: readonly GlossaryEntry[], nameOrAlias: string): GlossaryEntry | undefined {
  const k = termKey(nameOrAlias);
  return entries.find((e) => termKey(e.name) === k || e.aliases.some((a) => termKey(a) === k));
}
