import { builtinGlossary, mergeGlossaries, type GlossaryEntry } from './glossary';
import { withoutIgnored } from './ignore';
import type { LoadedGlossary } from './loader';
import { TermMatcher } from './matcher';

/** Folder of a file given as a URI or path string ("…/docs/team.glossary.yml" → "…/docs"). */
export function folderOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

/**
 * The glossaries of a workspace and which applies where: a team glossary covers its folder and
 * everything below; deeper glossaries win over shallower ones, and all team terms win over the
 * built-ins. Matchers are built once per distinct set of glossaries and cached; they and the terms
 * offered while typing (`offeredFor`) leave out the muted terms (`ignore`), which documents and
 * Explain Term still know (`entriesFor`).
 */
export class GlossaryScope {
  private readonly glossaries = new Map<string, LoadedGlossary>();
  private readonly matchers = new Map<string, TermMatcher>();
  private readonly merged = new Map<string, GlossaryEntry[]>();
  private readonly offered = new Map<string, GlossaryEntry[]>();
  private ignored: readonly string[] = [];
  /** The built-ins the cached merges were made with: the extension reads them after activation. */
  private builtins: readonly GlossaryEntry[] | undefined;

  constructor(private useBuiltins = true, private roots: readonly string[] = []) {}

  configure(useBuiltins: boolean, roots: readonly string[]): void {
    this.useBuiltins = useBuiltins;
    this.roots = roots;
    this.clear();
  }

  /** Terms to leave out of matching (names or aliases, see ignore.ts). */
  ignore(terms: readonly string[]): void {
    this.ignored = [...terms];
    this.matchers.clear();
    this.offered.clear();
  }

  set(glossary: LoadedGlossary): void {
    this.glossaries.set(glossary.file, glossary);
    this.clear();
  }

  delete(file: string): void {
    if (this.glossaries.delete(file)) this.clear();
  }

  private clear(): void {
    this.matchers.clear();
    this.merged.clear();
    this.offered.clear();
  }

  all(): LoadedGlossary[] {
    return [...this.glossaries.values()];
  }

  /** Glossary files that apply to a document (shallowest first); a document outside any
   *  folder (untitled) gets the glossaries at the workspace roots. */
  applicable(document: string | undefined): LoadedGlossary[] {
    const list = [...this.glossaries.values()].filter((g) => {
      const dir = folderOf(g.file);
      return document === undefined ? this.roots.includes(dir) : document.startsWith(dir + '/');
    });
    return list.sort((a, b) => folderOf(a.file).length - folderOf(b.file).length || a.file.localeCompare(b.file));
  }

  /** Every term that applies to a document, muted ones included. */
  entriesFor(document: string | undefined): GlossaryEntry[] {
    return this.layered(document).entries;
  }

  /** The terms offered while typing in a document: those that apply, without the muted ones. */
  offeredFor(document: string | undefined): GlossaryEntry[] {
    const { key, entries } = this.layered(document);
    let offered = this.offered.get(key);
    if (!offered) this.offered.set(key, (offered = withoutIgnored(entries, this.ignored)));
    return offered;
  }

  /** The matcher for a document: its terms without the muted ones. */
  matcherFor(document: string | undefined): TermMatcher {
    const { key, entries } = this.layered(document);
    let matcher = this.matchers.get(key);
    if (!matcher) {
      matcher = new TermMatcher(withoutIgnored(entries, this.ignored));
      this.matchers.set(key, matcher);
    }
    return matcher;
  }

  private layered(document: string | undefined): { key: string; entries: GlossaryEntry[] } {
    const builtins = this.useBuiltins ? builtinGlossary() : [];
    if (this.useBuiltins && builtins !== this.builtins) { this.clear(); this.builtins = builtins; }
    const layers = this.applicable(document);
    const key = layers.map((g) => g.file).join('\n');
    let entries = this.merged.get(key);
    if (!entries) {
      entries = mergeGlossaries(builtins, ...layers.map((g) => g.entries));
      this.merged.set(key, entries);
    }
    return { key, entries };
  }
}
