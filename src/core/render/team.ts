// Team templates (.mentorship/templates/**/*.hbs) are compiled at run time, so this module needs
// Handlebars' compiler; the built-ins never do.
import type FullHandlebars from 'handlebars/dist/cjs/handlebars';
import { handlebarsCompiler, yaml } from '../libraries';
import type { StepCounter } from '../vocabulary/matcher';
import { TEAM_RENDER_LIMITS, TemplateLibrary, budgetLoops, budgetedPartial, problemFrom, safeOutput, type TemplateProblem } from './library';

export interface TeamTemplateFile {
  /** Path relative to the templates folder, with forward slashes: "prep-doc.hbs", "partials/intro.hbs". */
  relativePath: string;
  /** Where to point the user (URI string or path). */
  file: string;
  text: string;
}

export function splitFrontMatter(text: string): { meta: Record<string, unknown>; body: string; bodyLine: number; error?: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text, bodyLine: 1 };
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  try {
    // parseDocument, not parse: parse prints the document's warnings (an unknown tag) to stderr raw.
    const doc = yaml().parseDocument(m[1]!, { prettyErrors: false });
    if (doc.errors.length) throw doc.errors[0]!;
    const meta: unknown = doc.toJS({ maxAliasCount: 100 });
    return { meta: meta && typeof meta === 'object' && !Array.isArray(meta) ? meta as Record<string, unknown> : {}, body: text.slice(m[0].length), bodyLine };
  } catch (err) {
    return { meta: {}, body: text.slice(m[0].length), bodyLine, error: `front matter: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}

const TEAM_OPTIONS = { noEscape: true, strict: true };

/** Built-ins plus a team's templates and partials, which add to or override them by name.
 *  `counter` counts the characters read while checking the files (tests): each text handed to
 *  Handlebars' parser counts whole, each search by how far it read. */
export class TeamTemplateLibrary extends TemplateLibrary {
  readonly problems: TemplateProblem[] = [];

  constructor(files: readonly TeamTemplateFile[], counter?: StepCounter) {
    super(silenced(handlebarsCompiler().create()));
    this.limits = TEAM_RENDER_LIMITS;
    budgetLoops(this.env);
    for (const [name, partial] of Object.entries(this.env.partials)) if (typeof partial === 'function') this.env.registerPartial(name, budgetedPartial(partial as Parameters<typeof budgetedPartial>[0]));
    const sorted = [...files].sort((a, b) => Number(isPartial(b)) - Number(isPartial(a)));
    for (const f of sorted) {
      if (counter) counter.steps += f.text.length; // the front matter's expression: one anchored pass
      const { meta, body, bodyLine, error } = splitFrontMatter(f.text);
      if (error) { this.problems.push({ file: f.file, line: 2, column: 1, message: error }); continue; }
      const deep = tooDeepBlock(body, counter);
      if (deep !== undefined) {
        const p = position(body, deep, counter);
        this.problems.push({ file: f.file, line: p.line + bodyLine - 1, column: p.column, message: `Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep here; a template needs only a few.` });
        continue;
      }
      try {
        // Syntax and compile errors now, with their position, rather than at first render (compile
        // is lazy; precompile parses and compiles, without eval).
        if (counter) counter.steps += body.length;
        this.env.precompile(body, TEAM_OPTIONS);
        const fn = this.env.compile(body, TEAM_OPTIONS);
        const name = f.relativePath.replace(/\.hbs$/i, '');
        if (isPartial(f)) {
          this.env.registerPartial(name.split('/').pop()!, budgetedPartial(fn));
        } else {
          this.entries.set(name, {
            info: {
              id: name,
              name: typeof meta.name === 'string' ? meta.name : name,
              description: typeof meta.description === 'string' ? meta.description : 'Team template',
              output: safeOutput(meta.output, name),
              origin: 'team',
              file: f.file,
            },
            fn,
            bodyLine,
          });
        }
      } catch (err) {
        this.problems.push({ ...problemFrom(err, f.file, bodyLine), ...locateSyntaxError(this.env, body, bodyLine, err, counter) });
      }
    }
  }
}

/** `{{log}}` in a team template writes nothing: Handlebars' logger prints to the console, which is
 *  the CLI's stdout and stderr, raw (escape sequences included). Its other messages (a property it
 *  refused to read) go to the same logger, so that is quieted too. */
function silenced(env: typeof FullHandlebars): typeof FullHandlebars {
  const quiet = () => undefined;
  env.registerHelper('log', quiet);
  env.log = quiet;
  (env.logger as { level: number | string }).level = Number.MAX_SAFE_INTEGER;
  return env;
}

function isPartial(f: TeamTemplateFile): boolean {
  return /(^|\/)partials\//.test(f.relativePath) || /(^|\/)_[^/]*$/.test(f.relativePath);
}

/**
 * Handlebars reports a parse error where its parser gave up, which for an unclosed `{{` or block is
 * the end of the file. Point at the opening instead, and otherwise at the token it stopped on.
 */
function locateSyntaxError(env: typeof FullHandlebars, body: string, bodyLine: number, err: unknown, counter?: StepCounter): Partial<TemplateProblem> {
  const text = err instanceof Error ? err.message : '';
  if (!/^(Parse|Lexical) error on line \d+/.test(text)) return {}; // other errors carry their own position
  const lines = text.split('\n');
  const expecting = lines[lines.length - 1]!.startsWith('Expecting') ? `: ${lines[lines.length - 1]}` : '';
  const summary = `${lines[0]!.replace(/ on line \d+:?/, '')}${expecting}`;
  const at = (line: number, column: number, message: string) => ({ line: line + bodyLine - 1, column, message });
  // The parser is shared and synchronous: its lexer still holds the token it failed on.
  const loc = (env as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
  const failed = loc ? { line: loc.first_line, column: loc.first_column + 1 } : undefined;

  const open = unclosedMustache(body, counter);
  if (open !== undefined) {
    const p = position(body, open, counter);
    if (!failed || p.line < failed.line || (p.line === failed.line && p.column <= failed.column)) return at(p.line, p.column, '"{{" is never closed with "}}".');
  }
  if (/got 'EOF'$/.test(text) && text.includes("'OPEN_ENDBLOCK'")) {
    try {
      if (counter) counter.steps += body.length;
      env.parse(`${body}{{/__unclosed_block__}}`);
    } catch (e) {
      const x = e as { lineNumber?: number; column?: number; message?: string };
      const name = /^(.+) doesn't match __unclosed_block__/.exec(x.message ?? '')?.[1];
      if (name && x.lineNumber !== undefined) return at(x.lineNumber, (x.column ?? 0) + 1, `The "${name}" block is never closed with {{/${name}}}.`);
    }
  }
  return failed ? at(failed.line, failed.column, summary) : { message: summary };
}

/** Offset of the first `{{` that is never closed (an escaped \\{{ is text), or undefined. One
 *  pass: each closing marker is searched for forward from where the last search found it, so a
 *  file of `{{{{` or `{{!--` without their ends is read a few times, not once per opener. */
export function unclosedMustache(body: string, counter?: StepCounter): number | undefined {
  const next = forwardSearch(body, counter);
  const find = (marker: string, from: number) => search(body, marker, from, counter);
  for (let i = find('{{', 0); i >= 0; i = find('{{', i)) {
    if (i > 0 && body[i - 1] === '\\' && (i < 2 || body[i - 2] !== '\\')) { i += 2; continue; } // \{{ is text
    if (body.startsWith('{{{{', i)) {
      const close = next('}}}}', i + 4);
      if (close >= 0) { i = close + 4; continue; }
    }
    const comment = body.startsWith('{{!--', i) ? 5 : body.startsWith('{{~!--', i) ? 6 : 0;
    if (comment) {
      const close = Math.min(...[next('--}}', i + comment), next('--~}}', i + comment)].map((c) => (c < 0 ? Infinity : c)));
      if (close !== Infinity) { i = close + (body.startsWith('--}}', close) ? 4 : 5); continue; }
    }
    // A mustache ends at the first `}}` before the next `{{`.
    const close = next('}}', i + 2);
    const open = next('{{', i + 2);
    if (close < 0 || (open >= 0 && open < close)) return i;
    i = close + 2;
  }
  return undefined;
}

/** Deeper than any template needs. Handlebars' parser slows down sharply with the depth of
 *  unclosed blocks (a file of `{{#a}}` lines takes minutes to report), so deeper is refused first. */
const MAX_BLOCK_DEPTH = 100;

/** Offset of the block opening (`{{#`, `{{^`, `{{#>`) that nests deeper than MAX_BLOCK_DEPTH, or
 *  undefined. One pass; comments and raw blocks are not looked into. */
export function tooDeepBlock(body: string, counter?: StepCounter): number | undefined {
  let depth = 0;
  const find = (marker: string, from: number) => search(body, marker, from, counter);
  for (let i = find('{{', 0); i >= 0; i = find('{{', i + 2)) {
    let j = i + 2;
    if (body[j] === '~') j++;
    const c = body[j];
    if (c === '!' && body.startsWith('!--', j)) { const end = find('--', j + 3); if (end < 0) return undefined; i = end; continue; }
    if (c === '{' && body[j + 1] === '{') { const end = find('}}}}', j); if (end < 0) return undefined; i = end; continue; }
    if (c === '#' || (c === '^' && body[j + 1] !== '}' && body[j + 1] !== '~')) {
      if (++depth > MAX_BLOCK_DEPTH) return i;
    } else if (c === '/') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** indexOf(marker, from) for non-decreasing `from`, remembering each marker's last find. */
function forwardSearch(text: string, counter?: StepCounter): (marker: string, from: number) => number {
  const found = new Map<string, number>();
  return (marker, from) => {
    const last = found.get(marker);
    if (last !== undefined && (last < 0 || last >= from)) return last;
    const at = search(text, marker, from, counter);
    found.set(marker, at);
    return at;
  };
}

/** text.indexOf(marker, from), counting the characters it read. */
function search(text: string, marker: string, from: number, counter?: StepCounter): number {
  const at = text.indexOf(marker, from);
  if (counter) counter.steps += Math.max(1, (at < 0 ? text.length : at + marker.length) - Math.max(0, from));
  return at;
}

/** 1-based line and column of an offset. */
function position(text: string, offset: number, counter?: StepCounter): { line: number; column: number } {
  if (counter) counter.steps += offset;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
