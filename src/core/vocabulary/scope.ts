import { builtinGlossary, mergeGlossaries, type GlossaryEntry } from './glossary';
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
 * built-ins. Matchers are built once per distinct set of glossaries and cached.
 */
export class GlossaryScope {
  private readonly glossaries = new Map<string, LoadedGlossary>();
  private readonly matchers = new Map<string, TermMatcher>();

  constructor(private useBuiltins = true, private roots: readonly string[] = []) {}

  configure(useBuiltins: boolean, roots: readonly string[]): void {
    this.useBuiltins = useBuiltins;
    this.roots = roots;
    this.matchers.clear();
  }

  set(glossary: LoadedGlossary): void {
    this.glossaries.set(glossary.file, glossary);
    this.matchers.clear();
  }

  delete(file: string): void {
    if (this.glossaries.delete(file)) this.matchers.clear();
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

  entriesFor(document: string | undefined): GlossaryEntry[] {
    return this.matcherFor(document).entries as GlossaryEntry[];
  }

  matcherFor(document: string | undefined): TermMatcher {
    const layers = this.applicable(document);
    const key = layers.map((g) => g.file).join('\n');
    let matcher = this.matchers.get(key);
    if (!matcher) {
      matcher = new TermMatcher(mergeGlossaries(this.useBuiltins ? builtinGlossary() : [], ...layers.map((g) => g.entries)));
      this.matchers.set(key, matcher);
    }
    return matcher;
  }
}
