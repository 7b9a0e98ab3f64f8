import type Handlebars from 'handlebars/dist/cjs/handlebars';
import { handlebarsCompiler } from '../libraries';
import { slug } from '../profile/profile';
import { BUILTIN_PARTIALS, BUILTIN_TEMPLATES } from './builtins';
import type { RenderContext } from './context';
import { heading, languageOf } from './headings';
import { WINDOWS_RESERVED } from '../workspace/names';
import { trimLineEnds } from './trim';
import { argsFromHash, say } from './phrasing';
import { challengeMentionOf, nameChallengeOnce } from './namedOnce';
import { nameOfferOnce, offerMentionOf } from './offerOnce';
import { capitalizeAddressAtStarts } from './addressStart';

type Env = typeof Handlebars;
type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  /** Output file name pattern; `{leader}` stands for a slug of the leader's name. */
  output: string;
  origin: 'builtin' | 'team';
  /** The team template's file (URI or path as given). */
  file?: string;
}

/** Where a template went wrong: 1-based line and column in the template file. */
export interface TemplateProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type RenderOutcome =
  | { ok: true; text: string; template: TemplateInfo }
  | { ok: false; problem: TemplateProblem; template?: TemplateInfo };

/** Runtime options shared by every render: no prototype access, whatever a template asks for. */
export const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
};

export function registerHelpers(env: Env): void {
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // {{t "Mentorship prep: {0}" leader.name}}: a heading in the document's language (context.lang).
  env.registerHelper('t', function (this: unknown, key: unknown, ...rest: unknown[]) {
    const options = rest.pop() as { data?: { root?: { lang?: string } } };
    return heading(String(key), languageOf(options?.data?.root?.lang), rest);
  });
  // {{m "request-subject" topic=said.subjectTopic}}: a phrasebook message, given the facts and the hash.
  env.registerHelper('m', (id: unknown, options: { hash?: Record<string, unknown>; data?: { root?: unknown } }) =>
    say(options?.data?.root, { id: String(id), args: argsFromHash(options?.hash) }));
}

interface Entry { info: TemplateInfo; fn: Compiled; bodyLine: number }

/** How long one render of a team template may run and how much text it may write. A prep doc
 *  renders in milliseconds; a template of nested loops over the data can run for hours. */
export interface RenderLimits { milliseconds: number; characters: number }
export const TEAM_RENDER_LIMITS: RenderLimits = { milliseconds: 2_000, characters: 5 * 1024 * 1024 };

/** Thrown from inside a render that went over its limits; the render reports it as a problem. */
export class RenderBudgetExceeded extends Error {}

/** The render in progress (renders are synchronous, so one at a time). */
let budget: { limits: RenderLimits; deadline: number; characters: number; iterations: number } | undefined;

const now = () => globalThis.performance?.now() ?? Date.now();

/** Counts text written by a loop and checks the clock; throws once a limit is passed. */
function spend(characters: number): void {
  if (!budget) return;
  budget.characters += characters;
  if (budget.characters > budget.limits.characters) throw new RenderBudgetExceeded(`it wrote more than ${megabytes(budget.limits.characters)}`);
  if (now() > budget.deadline) throw new RenderBudgetExceeded(`it ran for more than ${budget.limits.milliseconds / 1000} s`);
}

function megabytes(characters: number): string {
  return `${Math.round(characters / (1024 * 1024))} MB`;
}

type HelperOptions = { fn: (context: unknown, options?: unknown) => string } & Record<string, unknown>;

/** Makes `each` count its iterations against the budget: the text of innermost iterations
 *  (those that ran no loop themselves) is counted once, and the clock is read every iteration. */
export function budgetLoops(env: Env): void {
  const each = env.helpers.each as (this: unknown, context: unknown, options: HelperOptions) => string;
  env.registerHelper('each', function (this: unknown, context: unknown, options: HelperOptions) {
    if (!budget) return each.call(this, context, options);
    const fn = options.fn;
    return each.call(this, context, {
      ...options,
      fn: (item: unknown, o?: unknown) => {
        spend(0);
        const started = ++budget!.iterations;
        const out = fn(item, o);
        spend(budget!.iterations === started ? out.length : 0);
        return out;
      },
    });
  });
}

/** A partial that checks the clock each time it is entered: partials calling each other twice
 *  over a few levels multiply without any loop. */
export function budgetedPartial(fn: Compiled): Compiled {
  return (context, options) => { spend(0); return fn(context, options); };
}

/** Only built-in block helpers, 'eq', 't' and 'm' exist: the compiled code can skip helper lookups
 *  (the build checks every built-in with these options: scripts/handlebars-precompile.mjs). */
const BUILTIN_COMPILE_OPTIONS = { noEscape: true, strict: false, knownHelpers: { eq: true, t: true, m: true }, knownHelpersOnly: true };

/** A built-in as a template function: precompiled (the command line's bundle) or its text, compiled
 *  on first render (the extension's). */
function builtin(env: Env, t: { source?: string; spec?: Parameters<Env['template']>[0] }): Compiled {
  return (t.spec ? env.template(t.spec) : env.compile(t.source ?? '', BUILTIN_COMPILE_OPTIONS)) as Compiled;
}

/** The templates available for rendering: the built-ins, optionally overridden by a team's. */
export class TemplateLibrary {
  protected readonly entries = new Map<string, Entry>();
  /** Limits on each render; the built-ins, which the golden corpus pins, need none. */
  protected limits: RenderLimits | undefined;

  constructor(protected readonly env: Env = handlebarsCompiler().create()) {
    registerHelpers(env);
    // Compiled on first render (Handlebars' compile is lazy): the bundle carries the templates' text,
    // not their precompiled code, and starting the extension compiles nothing.
    for (const [name, t] of Object.entries(BUILTIN_PARTIALS)) env.registerPartial(name, builtin(env, t));
    for (const [id, t] of Object.entries(BUILTIN_TEMPLATES)) {
      const meta = t.meta as { name?: string; description?: string; output?: string };
      this.entries.set(id, {
        info: { id, name: meta.name ?? id, description: meta.description ?? '', output: safeOutput(meta.output, id), origin: 'builtin' },
        fn: builtin(env, t),
        bodyLine: 1,
      });
    }
  }

  list(): TemplateInfo[] {
    return [...this.entries.values()].map((e) => e.info);
  }

  get(id: string): TemplateInfo | undefined {
    return this.entries.get(id)?.info;
  }

  render(id: string, context: RenderContext): RenderOutcome {
    const entry = this.entries.get(id);
    if (!entry) return { ok: false, problem: { file: id, line: 1, column: 1, message: `There is no template '${id}'. Available: ${[...this.entries.keys()].join(', ')}.` } };
    const file = entry.info.file ?? `templates/${id}.hbs`;
    if (this.limits) budget = { limits: this.limits, deadline: now() + this.limits.milliseconds, characters: 0, iterations: 0 };
    try {
      const text = entry.fn(context, RUNTIME_OPTIONS);
      if (this.limits && text.length > this.limits.characters) throw new RenderBudgetExceeded(`it wrote more than ${megabytes(this.limits.characters)}`);
      const named = nameOfferOnce(nameChallengeOnce(text, challengeMentionOf(context)), offerMentionOf(context));
      return { ok: true, text: tidy(capitalizeAddressAtStarts(named, [context.leader?.addressAs ?? '', context.leader?.saidAs ?? ''])), template: entry.info };
    } catch (err) {
      if (err instanceof RenderBudgetExceeded) {
        const message = `The template '${entry.info.name}' (${file}) was stopped: ${err.message}. Look for loops inside loops, such as {{#each}} over @root inside another {{#each}}, or partials that include each other.`;
        return { ok: false, problem: { file, line: entry.bodyLine, column: 1, message }, template: entry.info };
      }
      return { ok: false, problem: problemFrom(err, file, entry.bodyLine), template: entry.info };
    } finally {
      budget = undefined;
    }
  }

  /** The output file name for a template and a leader. */
  outputName(id: string, leaderName: string): string {
    const info = this.get(id);
    const name = (info?.output ?? safeOutput(undefined, id)).replace(/\{leader\}/g, slug(leaderName));
    // A leader named "Con" must not make `{leader}.md` the console device on Windows.
    return WINDOWS_RESERVED.test(name) ? safeOutput(undefined, id).replace(/\{leader\}/g, slug(leaderName)) : name;
  }
}

/** Output names are plain `.md` file names; anything else falls back to `<id>-{leader}.md`. */
export function safeOutput(output: unknown, id: string): string {
  if (typeof output === 'string' && /^[\w.{}\- ]+\.md$/i.test(output) && !output.includes('..') && !WINDOWS_RESERVED.test(output)) return output;
  const base = id.split(/[\\/]/).pop()!.replace(/[^\w\- ]+/g, '-');
  return `${base}-{leader}.md`;
}

/** Collapses runs of blank lines left by block helpers (in CRLF templates too) and ends with one newline. */
export function tidy(markdown: string): string {
  return trimLineEnds(markdown.replace(/\r\n?/g, '\n')).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Reads Handlebars' parse, compile and runtime errors into a file position. */
export function problemFrom(err: unknown, file: string, bodyLine: number): TemplateProblem {
  const e = err as { message?: string; lineNumber?: number; column?: number; hash?: { loc?: { first_line?: number; first_column?: number }; line?: number } };
  const message = String(e?.message ?? err).split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  let line = e?.lineNumber ?? e?.hash?.loc?.first_line ?? (e?.hash?.line !== undefined ? e.hash.line + 1 : undefined);
  let column = e?.column !== undefined ? e.column + 1 : e?.hash?.loc?.first_column !== undefined ? e.hash.loc.first_column + 1 : undefined;
  const fromMessage = /on line (\d+)/.exec(String(e?.message ?? ''));
  if (line === undefined && fromMessage) line = Number(fromMessage[1]);
  const detail = /(\d+):(\d+)$/.exec(String(e?.message ?? '').split('\n')[0]!);
  if (line === undefined && detail) { line = Number(detail[1]); column = Number(detail[2]) + 1; }
  return { file, line: (line ?? 1) + bodyLine - 1, column: column ?? 1, message };
}
