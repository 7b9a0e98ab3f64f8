import type { LineCounter, Node, Pair } from 'yaml';
import { yaml } from '../libraries';
import type { GlossaryEntry } from './glossary';

/** A problem in a glossary file, 1-based line and column, with the end of the offending node. */
export interface GlossaryProblem {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
}

export interface LoadedGlossary {
  file: string;
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

/** File names that hold a team glossary: Contextive's `*.glossary.yml`, plus YAML and JSON variants. */
export const GLOSSARY_FILE = /\.glossary\.(?:ya?ml|json)$/i;

/** Far deeper than a glossary needs. The YAML composer recurses once per level, and a few hundred
 *  levels (`[[[[…`, `- - - …`) exhaust the stack, which can abort the whole extension host. */
const MAX_DEPTH = 64;

/** More contexts or terms than a team glossary needs (the built-in one has about a hundred terms):
 *  a glossary over either is refused whole, so one file cannot make every matcher build slow. */
export const MAX_GLOSSARY_CONTEXTS = 1_000;
export const MAX_GLOSSARY_TERMS = 5_000;

/** A name or alias of one letter or digit would match in nearly every sentence ("I", "a"). */
const ONE_LETTER = /^[\p{L}\p{N}]\p{M}*$/u;

const STRING_FIELDS = ['definition', 'whyItMatters', 'howToSay', 'askAnyone', 'link'] as const;
const LIST_FIELDS = ['aliases', 'keywords', 'examples', 'related'] as const;

/**
 * Parses a team glossary. Accepts Contextive's layout (`contexts: [{ name, terms: [...] }]`) and a
 * flat `terms: [...]`, in YAML or JSON (JSON is read by the same YAML parser, which keeps
 * positions). Every problem is reported with its position; every valid term still loads.
 */
export function parseGlossary(text: string, file: string): LoadedGlossary {
  let lines = new (yaml().LineCounter)();
  const problems: GlossaryProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const at = (range: readonly number[] | null | undefined, message: string, severity: GlossaryProblem['severity'] = 'error') => {
    const start = lines.linePos(range?.[0] ?? 0);
    const end = lines.linePos(range?.[1] ?? range?.[0] ?? 0);
    problems.push({ message, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, severity });
  };

  let doc;
  try {
    const deep = tooDeep(text, lines);
    if (deep !== undefined) {
      at([deep, deep + 1], `nests deeper than ${MAX_DEPTH} levels; a glossary needs only a few`);
      return { file, entries, problems };
    }
    lines = new (yaml().LineCounter)(); // parseDocument counts the lines again
    doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false });
  } catch (err) {
    at([0, 0], `cannot be read as YAML or JSON: ${err instanceof Error ? err.message : String(err)}`);
    return { file, entries, problems };
  }
  for (const e of doc.errors) at(e.pos, firstLine(e.message));
  const errorOffsets = doc.errors.map((e) => e.pos[0]);
  for (const w of doc.warnings) at(w.pos, firstLine(w.message), 'warning');
  // A key given twice in one mapping is an error at the second one; the first is used (for every
  // key alike, so a term never mixes the first `name` with the last `definition`).
  yaml().visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!yaml().isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) at(pair.key.range, `duplicate key \`${key.length > 80 ? `${key.slice(0, 80)}…` : key}\`: only the first one is used`);
        seen.add(key);
      }
    },
  });

  const root = doc.contents;
  if (root === null || root === undefined) {
    if (doc.errors.length === 0) at([0, 0], 'is empty: expected `contexts:` (Contextive) or `terms:`', 'warning');
    return { file, entries, problems };
  }
  if (!yaml().isMap(root)) {
    at(root.range, 'must be a mapping with `contexts:` (Contextive) or `terms:`');
    return { file, entries, problems };
  }

  const readTerms = (termsNode: unknown, context: string | undefined) => {
    if (!yaml().isSeq(termsNode)) {
      at(rangeOf(termsNode), '`terms` must be a list of terms');
      return;
    }
    for (const item of termsNode.items) {
      const entry = readTerm(item as Node, context, file, lines, at, errorOffsets);
      if (entry) entries.push(entry);
    }
  };

  const contexts = root.get('contexts', true);
  const terms = root.get('terms', true);
  if (contexts === undefined && terms === undefined) {
    at(root.range, 'has neither `contexts:` (Contextive) nor `terms:`');
  }
  const over = overBudget(terms, contexts);
  if (over) {
    at(over.range, over.message);
    return { file, entries, problems };
  }
  if (terms !== undefined) readTerms(terms, undefined);
  if (contexts !== undefined) {
    if (!yaml().isSeq(contexts)) {
      at(rangeOf(contexts), '`contexts` must be a list');
    } else {
      for (const ctx of contexts.items) {
        if (!yaml().isMap(ctx)) { at(rangeOf(ctx), 'each context must be a mapping with `name` and `terms`'); continue; }
        const nameNode = ctx.get('name', true);
        const name = yaml().isScalar(nameNode) && typeof nameNode.value === 'string' ? nameNode.value : undefined;
        const ctxTerms = ctx.get('terms', true);
        if (ctxTerms === undefined) { at(ctx.range, `context${name ? ` '${name}'` : ''} has no \`terms\``, 'warning'); continue; }
        readTerms(ctxTerms, name);
      }
    }
  }
  return { file, entries, problems };
}

/** The first context or term over MAX_GLOSSARY_CONTEXTS / MAX_GLOSSARY_TERMS, counted on the
 *  parsed lists before any term is read. */
function overBudget(terms: unknown, contexts: unknown): { range: readonly number[] | undefined; message: string } | undefined {
  const contextList = yaml().isSeq(contexts) ? contexts.items : [];
  if (contextList.length > MAX_GLOSSARY_CONTEXTS) {
    return { range: rangeOf(contextList[MAX_GLOSSARY_CONTEXTS]), message: `has ${contextList.length.toLocaleString('en-US')} contexts, more than the limit of ${MAX_GLOSSARY_CONTEXTS.toLocaleString('en-US')}; the glossary is not loaded` };
  }
  const lists = [terms, ...contextList.map((c) => (yaml().isMap(c) ? c.get('terms', true) : undefined))];
  let count = 0;
  let first: unknown;
  for (const list of lists) {
    if (!yaml().isSeq(list)) continue;
    if (count <= MAX_GLOSSARY_TERMS && count + list.items.length > MAX_GLOSSARY_TERMS) first = list.items[MAX_GLOSSARY_TERMS - count];
    count += list.items.length;
  }
  if (count <= MAX_GLOSSARY_TERMS) return undefined;
  return { range: rangeOf(first), message: `has ${count.toLocaleString('en-US')} terms, more than the limit of ${MAX_GLOSSARY_TERMS.toLocaleString('en-US')}; the glossary is not loaded` };
}

type Report = (range: readonly number[] | null | undefined, message: string, severity?: GlossaryProblem['severity']) => void;

function readTerm(node: Node, context: string | undefined, file: string, lines: LineCounter, at: Report, errorOffsets: readonly number[]): GlossaryEntry | undefined {
  if (yaml().isAlias(node)) { at(node.range, 'YAML aliases are not supported in glossary terms'); return undefined; }
  if (!yaml().isMap(node)) { at(rangeOf(node), 'each term must be a mapping with at least a `name`'); return undefined; }
  const nameNode = node.get('name', true);
  if (!yaml().isScalar(nameNode) || typeof nameNode.value !== 'string' || nameNode.value.trim() === '') {
    at(nameNode ? rangeOf(nameNode) : node.range, 'term has no `name` (a non-empty string); it is skipped');
    return undefined;
  }
  // A name the parser had to guess at (an unclosed quote swallowing the next lines) is not a term.
  const nameRange = nameNode.range;
  if (nameRange && errorOffsets.some((o) => o >= nameRange[0] && o <= nameRange[1])) {
    at(nameRange, 'term skipped: its name contains the syntax error reported here', 'warning');
    return undefined;
  }
  const caseNode = node.get('caseSensitive', true);
  let caseSensitive = false;
  if (caseNode !== undefined && caseNode !== null && !(yaml().isScalar(caseNode) && caseNode.value === null)) {
    if (yaml().isScalar(caseNode) && typeof caseNode.value === 'boolean') caseSensitive = caseNode.value;
    else at(rangeOf(caseNode), `\`caseSensitive\` of '${nameNode.value.trim()}' must be true or false`);
  }
  if (!caseSensitive && ONE_LETTER.test(nameNode.value.trim())) {
    at(nameRange, `'${nameNode.value.trim()}' is a single letter and would match in nearly every sentence; it is skipped. If it is an acronym written exactly so, add \`caseSensitive: true\` to the term`);
    return undefined;
  }
  const entry: GlossaryEntry = {
    name: nameNode.value.trim(),
    aliases: [],
    definition: '',
    source: { kind: 'team', file, line: lines.linePos(node.range?.[0] ?? 0).line, ...(context ? { context } : {}) },
  };
  if (caseSensitive) entry.caseSensitive = true;
  const seen = new Set<string>();
  for (const pair of node.items as Pair[]) {
    const key = yaml().isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && seen.has(key)) continue; // reported as a duplicate key; the first wins
    if (key !== undefined) seen.add(key);
    const value = pair.value as Node | null;
    if ((STRING_FIELDS as readonly string[]).includes(key ?? '')) {
      if (value === null || (yaml().isScalar(value) && value.value === null)) continue;
      if (!yaml().isScalar(value) || typeof value.value !== 'string') { at(rangeOf(value), `\`${key}\` of '${entry.name}' must be text`); continue; }
      const text = value.value.trim();
      if (key === 'link' && !/^https?:\/\//i.test(text)) { at(value.range, `\`link\` of '${entry.name}' must start with https:// or http://`, 'warning'); continue; }
      (entry as unknown as Record<string, string>)[key!] = text;
    } else if ((LIST_FIELDS as readonly string[]).includes(key ?? '')) {
      if (value === null || (yaml().isScalar(value) && value.value === null)) continue;
      if (!yaml().isSeq(value)) { at(rangeOf(value), `\`${key}\` of '${entry.name}' must be a list of text`); continue; }
      const list: string[] = [];
      for (const item of value.items) {
        const text = yaml().isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? String(item.value).trim() : '';
        if (!text) at(rangeOf(item), `each item of \`${key}\` of '${entry.name}' must be text`);
        else if (key === 'aliases' && !caseSensitive && ONE_LETTER.test(text)) at(rangeOf(item), `alias '${text}' of '${entry.name}' is a single letter and would match in nearly every sentence; it is skipped (or add \`caseSensitive: true\` to the term)`, 'warning');
        else list.push(text);
      }
      (entry as unknown as Record<string, string[]>)[key!] = list;
    }
  }
  return entry;
}

/** Offset of the first collection nested deeper than MAX_DEPTH, found while the CST is built:
 *  the parser is fed one token at a time and stopped at the first token that opens a level too
 *  many, so a 1 MB glossary of `[[[[…` costs what its first few dozen characters cost (the whole
 *  CST first took 65 s and 900 MB for it). `counter` counts the tokens read, for tests. */
export function tooDeep(text: string, lines: LineCounter, counter?: { steps: number }): number | undefined {
  const parser = new (yaml().Parser)(lines.addNewLine);
  lines.addNewLine(0); // what Parser.parse does first: line 1 starts at 0
  for (const token of new (yaml().Lexer)().lex(text, false)) {
    for (const done of parser.next(token)) void done;
    if (counter) counter.steps++;
    // The stack holds the document, then one entry per open collection.
    if (parser.stack.length > MAX_DEPTH + 1) return parser.stack[parser.stack.length - 1]!.offset;
  }
  return undefined;
}

function rangeOf(node: unknown): readonly number[] | undefined {
  return (node as { range?: readonly number[] } | null)?.range ?? undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
