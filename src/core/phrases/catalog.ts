// The built-in messages as their files write them, for `mentorship-prep phrases`: before a user
// overrides a message in .mentorship/phrases.json they can see its words, its variants and the
// values it takes (`$name` is ", Dana" or empty, not a bare name: the source shows it).
import BUILTIN from 'phrases:builtin';
import { builtinBundle, FALLBACK_LOCALE } from './phrasebook';
import { FACT_VARIABLES, variablesOf } from './overrides';

export interface CatalogEntry {
  id: string;
  /** The phrasebook file, as `phrases/en/request-meeting.ftl` (bundled without its comments, so
   *  without line numbers that would match the file). */
  file: string;
  /** The message as written in the file, its variants included. */
  source: string;
  /** Its own values (`minutes`, `challenge`), then the facts it selects on (`tone`). */
  values: string[];
  facts: string[];
}

const MESSAGE_START = /^([a-zA-Z][\w-]*)[ \t]*=/;
const FACTS: ReadonlySet<string> = new Set(FACT_VARIABLES);

/** Every message of `locale` (English when it has none of its own), in the files' order. */
export function phraseCatalog(locale: string = FALLBACK_LOCALE): CatalogEntry[] {
  const chosen = BUILTIN[locale] ? locale : FALLBACK_LOCALE;
  const bundle = builtinBundle(chosen);
  const entries: CatalogEntry[] = [];
  for (const { file, text } of BUILTIN[chosen] ?? []) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const start = MESSAGE_START.exec(lines[i]!);
      if (!start) continue;
      const id = start[1]!;
      // A message goes on while its lines are indented (blank lines inside it included).
      let end = i + 1;
      while (end < lines.length && (/^[ \t]+\S/.test(lines[end]!) || (lines[end]!.trim() === '' && /^[ \t]+\S/.test(lines[end + 1] ?? '')))) end++;
      const used = [...variablesOf(bundle?.getMessage(id)?.value ?? null, bundle)].sort();
      entries.push({
        id, file,
        source: lines.slice(i, end).join('\n'),
        values: used.filter((v) => !FACTS.has(v)),
        facts: used.filter((v) => FACTS.has(v)),
      });
      i = end - 1;
    }
  }
  return entries;
}
