// Team templates (.mentorship/templates/**/*.hbs) are compiled at run time, so this module needs
// Handlebars' compiler; the built-ins never do.
import FullHandlebars from 'handlebars/dist/cjs/handlebars';
import { parse as parseYaml } from 'yaml';
import { TemplateLibrary, problemFrom, safeOutput, type TemplateProblem } from './library';

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
    const meta = parseYaml(m[1]!);
    return { meta: meta && typeof meta === 'object' && !Array.isArray(meta) ? meta as Record<string, unknown> : {}, body: text.slice(m[0].length), bodyLine };
  } catch (err) {
    return { meta: {}, body: text.slice(m[0].length), bodyLine, error: `front matter: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}

/** Built-ins plus a team's templates and partials, which add to or override them by name. */
export class TeamTemplateLibrary extends TemplateLibrary {
  readonly problems: TemplateProblem[] = [];

  constructor(files: readonly TeamTemplateFile[]) {
    super(FullHandlebars.create());
    const sorted = [...files].sort((a, b) => Number(isPartial(b)) - Number(isPartial(a)));
    for (const f of sorted) {
      const { meta, body, bodyLine, error } = splitFrontMatter(f.text);
      if (error) { this.problems.push({ file: f.file, line: 2, column: 1, message: error }); continue; }
      try {
        this.env.parse(body); // syntax errors now, with their position, rather than at first render
        const fn = this.env.compile(body, { noEscape: true, strict: true });
        const name = f.relativePath.replace(/\.hbs$/i, '');
        if (isPartial(f)) {
          this.env.registerPartial(name.split('/').pop()!, fn);
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
        this.problems.push(problemFrom(err, f.file, bodyLine));
      }
    }
  }
}

function isPartial(f: TeamTemplateFile): boolean {
  return /(^|\/)partials\//.test(f.relativePath) || /(^|\/)_[^/]*$/.test(f.relativePath);
}
