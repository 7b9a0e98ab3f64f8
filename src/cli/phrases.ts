/** `phrases`: the built-in messages' IDs, words and values, for .mentorship/phrases.json. */
import { parseArgs } from 'node:util';
import { phraseCatalog, type CatalogEntry } from '../core/phrases/catalog';
import { CliError, clip, EXIT, type Io } from './common';

export async function phrases(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { lang: { type: 'string' } }, allowPositionals: true, strict: true });
  const catalog = phraseCatalog(values.lang ?? 'en');
  if (positionals.length === 0) {
    let file = '';
    for (const entry of catalog) {
      if (entry.file !== file) io.out(`${file ? '\n' : ''}# ${(file = entry.file)}\n`);
      io.out(`${entry.id}${entry.values.length ? `  ${entry.values.map((v) => `$${v}`).join(' ')}` : ''}\n`);
    }
    return EXIT.ok;
  }
  const shown: CatalogEntry[] = [];
  for (const wanted of positionals) {
    const exact = catalog.find((e) => e.id === wanted);
    // A prefix shows a family: `phrases request-meeting` is every message of the meeting request.
    const found = exact ? [exact] : catalog.filter((e) => e.id.startsWith(wanted));
    if (found.length === 0) throw new CliError(`there is no message '${clip(wanted).text}'. Run 'mentorship-prep phrases' to list them, or 'generate --show-ids' to see which sentence has which ID.`, EXIT.usage);
    shown.push(...found.filter((e) => !shown.includes(e)));
  }
  io.out(shown.map(describe).join('\n'));
  return EXIT.ok;
}

function describe(e: CatalogEntry): string {
  const takes = [
    e.values.length ? `values: ${e.values.map((v) => `$${v}`).join(', ')}` : 'no values of its own',
    ...(e.facts.length ? [`varies by: ${e.facts.map((v) => `$${v}`).join(', ')}`] : []),
  ].join(' · ');
  return `# ${e.file}\n# ${takes}\n${e.source}\n`;
}
