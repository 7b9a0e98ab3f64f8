import type Handlebars from 'handlebars/runtime';
import { handlebarsRuntime } from '../libraries';
import { slug } from '../profile/profile';
import { BUILTIN_PARTIALS, BUILTIN_TEMPLATES } from './builtins';
import type { RenderContext } from './context';
import { heading, languageOf } from './headings';
import { WINDOWS_RESERVED } from '../workspace/names';
import { trimLineEnds } from './trim';
import { argsFromHash, say } from './phrasing';

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

/** The templates available for rendering: the built-ins, optionally overridden by a team's. */
export class TemplateLibrary {
  protected readonly entries = new Map<string, Entry>();

  constructor(protected readonly env: Env = handlebarsRuntime().create()) {
    registerHelpers(env);
    for (const [name, t] of Object.entries(BUILTIN_PARTIALS)) env.registerPartial(name, env.template(t.spec));
    for (const [id, t] of Object.entries(BUILTIN_TEMPLATES)) {
      const meta = t.meta as { name?: string; description?: string; output?: string };
      this.entries.set(id, {
        info: { id, name: meta.name ?? id, description: meta.description ?? '', output: safeOutput(meta.output, id), origin: 'builtin' },
        fn: env.template(t.spec) as Compiled,
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
    try {
      const text = entry.fn(context, RUNTIME_OPTIONS);
      return { ok: true, text: tidy(text), template: entry.info };
    } catch (err) {
      return { ok: false, problem: problemFrom(err, entry.info.file ?? `templates/${id}.hbs`, entry.bodyLine), template: entry.info };
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
