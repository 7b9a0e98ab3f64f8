// A workspace's own wording for single messages: `.mentorship/phrases.json`, an object from message
// ID to message source in Fluent syntax ("request-subject": "Fifteen minutes on { $topic }?").
// Read only in trusted workspaces (the feature that loads it decides; as for team templates).
// Every problem names the file and line and the rest still renders.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Expression, Pattern } from '@fluent/bundle/esm/ast';
import { BUNDLE_OPTIONS, type PhraseProblem } from './phrasebook';

export interface PhraseOverride {
  id: string;
  source: string;
  /** 1-based line of the ID in the file. */
  line: number;
}

export interface PhraseOverrides {
  file: string;
  entries: PhraseOverride[];
}

/** The variables every message is given: the facts (facts.ts `factArgs`). */
export const FACT_VARIABLES = ['tone', 'relationship', 'organization', 'communication', 'hierarchy', 'cadence', 'format', 'firstResponse', 'trust', 'disagreement', 'time', 'workplace', 'titled', 'salutation', 'gender', 'fullName', 'leader', 'addressForm', 'praise', 'register', 'messenger', 'theirSector', 'gatekeeper', 'anrede', 'documents', 'channel', 'offerKind', 'comeBackOn', 'chatApp', 'followUp', 'length'] as const;
export type FactVariable = (typeof FACT_VARIABLES)[number];

const lineAt = (text: string, offset: number) => text.slice(0, Math.max(0, offset)).split('\n').length;

/** The 1-based line where each string of the file (a key or a value, as JSON reads it) first
 *  appears, in one pass. Looking each key up from the start of the file (indexOf, then counting the
 *  lines before it) cost the square of the file's size for a file of many entries. */
function stringLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  // JSON.parse accepted the text: outside strings there is no quote, so each match is one string.
  const strings = /"[^"\\]*(?:\\.[^"\\]*)*"/g;
  let line = 1, newline = text.indexOf('\n');
  for (let m = strings.exec(text); m; m = strings.exec(text)) {
    for (; newline >= 0 && newline < m.index; newline = text.indexOf('\n', newline + 1)) line++;
    const value = JSON.parse(m[0]) as string;
    if (!lines.has(value)) lines.set(value, line);
  }
  return lines;
}

/** The file's entries, and what is wrong with it (not JSON, not an object, a value not a string). */
export function parseOverrides(text: string, file: string): { overrides: PhraseOverrides; problems: PhraseProblem[] } {
  const problems: PhraseProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    problems.push({ id: '', message: `not valid JSON: ${message}`, file, line: at ? lineAt(text, Number(at[1])) : 1 });
    return { overrides: { file, entries: [] }, problems };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { overrides: { file, entries: [] }, problems: [{ id: '', message: 'expected an object from message ID to message text', file, line: 1 }] };
  }
  const entries: PhraseOverride[] = [];
  const lines = stringLines(text);
  for (const [id, source] of Object.entries(data)) {
    const line = lines.get(id) ?? 1;
    if (typeof source !== 'string') problems.push({ id, message: `the text for “${id}” must be a string`, file, line });
    else entries.push({ id, source, line });
  }
  return { overrides: { file, entries }, problems };
}

/** Variable names a pattern uses, following message references in `bundle`. */
export function variablesOf(pattern: Pattern | null, bundle?: FluentBundle, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  const expression = (e: Expression): void => {
    if (e.type === 'var') found.add(e.name);
    else if (e.type === 'select') { expression(e.selector); for (const v of e.variants) walk(v.value); }
    else if (e.type === 'func' || e.type === 'term') for (const a of e.args) { if (a.type !== 'narg') expression(a); }
    else if (e.type === 'mesg' && bundle && !seen.has(e.name)) {
      seen.add(e.name);
      for (const v of variablesOf(bundle.getMessage(e.name)?.value ?? null, bundle, seen)) found.add(v);
    }
  };
  const walk = (p: Pattern | null): void => { if (Array.isArray(p)) for (const el of p) if (typeof el !== 'string') expression(el); };
  walk(pattern);
  return found;
}

/** The overrides as a bundle checked before the built-ins; the ones that cannot apply are reported and left out. */
export function compileOverrides(overrides: PhraseOverrides, builtin: FluentBundle, report: (p: PhraseProblem) => void): FluentBundle {
  const bundle = new FluentBundle(builtin.locales, BUNDLE_OPTIONS);
  for (const { id, source, line } of overrides.entries) {
    const at = { id, file: overrides.file, line };
    const original = builtin.getMessage(id);
    if (!original) { report({ ...at, message: `unknown message ID “${id}” (generate with --show-ids to see the IDs)` }); continue; }
    // A message value continues on indented lines: the user's line breaks are kept.
    const resource = new FluentResource(`${id} = ${source.replace(/\r?\n/g, '\n    ')}\n`);
    const message = resource.body.find((m) => m.id === id && !m.id.startsWith('-'));
    if (!message || resource.body.length !== 1 || source.trim() === '') { report({ ...at, message: `“${id}” is not a valid Fluent message (check { and } and the select syntax)` }); continue; }
    const allowed = new Set<string>([...FACT_VARIABLES, ...variablesOf(original.value, builtin)]);
    const unknown = [...variablesOf(message.value)].filter((v) => !allowed.has(v));
    if (unknown.length > 0) {
      report({ ...at, message: `“${id}” uses ${unknown.map((v) => `$${v}`).join(', ')}, which this message does not have (it has ${[...allowed].map((v) => `$${v}`).join(', ')})` });
      continue;
    }
    message.value = typographicApostrophes(message.value);
    bundle.addResource(resource);
  }
  return bundle;
}

/** A straight apostrophe between two letters, as people type it ("I'm", "geht's"). */
const TYPED_APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

/**
 * The built-in words use the typographic apostrophe (’); a user's "I'm" beside them would show the
 * seam, so an override's text gets it too. Only text is touched, in every variant of a choice; a
 * value such as { $name } and quotation marks are left as typed.
 */
function typographicApostrophes<P extends Pattern | null>(pattern: P): P {
  if (typeof pattern === 'string') return pattern.replace(TYPED_APOSTROPHE, '\u2019') as P;
  if (!Array.isArray(pattern)) return pattern;
  for (let i = 0; i < pattern.length; i++) {
    const el = pattern[i]!;
    if (typeof el === 'string') pattern[i] = el.replace(TYPED_APOSTROPHE, '\u2019');
    else if (el.type === 'select') for (const v of el.variants) v.value = typographicApostrophes(v.value);
  }
  return pattern;
}
