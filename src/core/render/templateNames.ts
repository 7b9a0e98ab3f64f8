// Every name a template uses must exist in the render context's declared shape (contextShape.ts):
// `{{#if is.warmm}}` would otherwise take the else branch silently. Follows the context as
// Handlebars does: `#each` and `#with` enter a field, `../` and `@root` leave it, and a partial is
// checked where it is used, in the context it is given there.
import { handlebarsCompiler } from '../libraries';
import { CONTEXT_SHAPE } from './contextShape';

export interface TemplateSource {
  /** Where to point the reader (a path). */
  file: string;
  text: string;
}

export interface UnknownName {
  file: string;
  line: number;
  column: number;
  /** The name as written in the template ("is.warmm"). */
  name: string;
}

type ShapeNode = 0 | { readonly [key: string]: ShapeNode };

/** Helpers that take values, not names of the context. */
const HELPERS = new Set(['t', 'eq', 'm', 'if', 'unless', 'each', 'with', 'lookup', 'log']);
const LOOP_DATA = new Set(['first', 'last', 'index', 'key']);

interface Parsed { file: string; program: hbs.AST.Program; bodyLine: number }

function parse(source: TemplateSource): Parsed {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.text);
  const body = m ? source.text.slice(m[0].length) : source.text;
  const bodyLine = m ? m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1) : 1;
  return { file: source.file, program: handlebarsCompiler().parse(body), bodyLine };
}

/** The field a path names, or undefined when it does not exist. */
function resolve(shape: ShapeNode, parts: readonly string[]): ShapeNode | undefined {
  let at: ShapeNode | undefined = shape;
  for (const part of parts) {
    if (at === undefined || at === 0) return undefined;
    const list: ShapeNode | undefined = at['[]'];
    if (list !== undefined) at = part === 'length' ? 0 : /^\d+$/.test(part) ? list : undefined;
    else at = Object.hasOwn(at, part) ? at[part] : undefined;
  }
  return at;
}

class Checker {
  readonly problems: UnknownName[] = [];
  /** The partial files some template used. */
  readonly used = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly scopeIds = new Map<ShapeNode, number>();

  constructor(private readonly partials: ReadonlyMap<string, Parsed>, private readonly root: ShapeNode) {}

  template(t: Parsed, inline: Map<string, hbs.AST.Program> = new Map()): void {
    this.program(t, t.program, [this.root], inline);
  }

  private program(t: Parsed, p: hbs.AST.Program | undefined, scopes: ShapeNode[], inline: Map<string, hbs.AST.Program>): void {
    for (const s of p?.body ?? []) this.statement(t, s, scopes, inline);
  }

  private statement(t: Parsed, s: hbs.AST.Statement, scopes: ShapeNode[], inline: Map<string, hbs.AST.Program>): void {
    if (s.type === 'MustacheStatement' || s.type === 'SubExpression') this.call(t, s as hbs.AST.MustacheStatement, scopes);
    else if (s.type === 'BlockStatement') this.block(t, s as hbs.AST.BlockStatement, scopes, inline);
    else if (s.type === 'DecoratorBlock') {
      const d = s as unknown as hbs.AST.BlockStatement;
      const name = (d.params[0] as hbs.AST.StringLiteral | undefined)?.value;
      if (name) inline.set(name, d.program);
    } else if (s.type === 'PartialStatement') this.partial(t, s as hbs.AST.PartialStatement, scopes, inline);
  }

  private call(t: Parsed, s: hbs.AST.MustacheStatement | hbs.AST.SubExpression, scopes: ShapeNode[]): void {
    const path = s.path as hbs.AST.PathExpression;
    const isHelper = path.type === 'PathExpression' && HELPERS.has(path.original) || s.params.length > 0 || (s.hash?.pairs.length ?? 0) > 0;
    if (!isHelper) this.value(t, s.path, scopes);
    for (const p of s.params) this.value(t, p, scopes);
    for (const pair of s.hash?.pairs ?? []) this.value(t, pair.value, scopes);
  }

  private block(t: Parsed, s: hbs.AST.BlockStatement, scopes: ShapeNode[], inline: Map<string, hbs.AST.Program>): void {
    const helper = (s.path as hbs.AST.PathExpression).original;
    for (const p of s.params) this.value(t, p, scopes);
    const subject = s.params[0];
    const inner = subject?.type === 'PathExpression' ? this.lookup(subject as hbs.AST.PathExpression, scopes) : undefined;
    if ((helper === 'each' || helper === 'with') && inner !== undefined) {
      const entered = helper === 'each' && inner !== 0 && inner['[]'] !== undefined ? inner['[]'] : inner;
      this.program(t, s.program, [...scopes, entered], inline);
    } else this.program(t, s.program, scopes, inline);
    this.program(t, s.inverse, scopes, inline);
  }

  private partial(t: Parsed, s: hbs.AST.PartialStatement, scopes: ShapeNode[], inline: Map<string, hbs.AST.Program>): void {
    const name = (s.name as hbs.AST.PathExpression).original;
    const context = s.params[0];
    if (context) this.value(t, context, scopes);
    const entered = context?.type === 'PathExpression' ? this.lookup(context as hbs.AST.PathExpression, scopes) : scopes.at(-1);
    if (entered === undefined) return;
    const inScopes = context ? [...scopes, entered] : scopes;
    const own = inline.get(name);
    if (own) { this.program(t, own, inScopes, inline); return; }
    const file = this.partials.get(name);
    if (!file) return; // a missing partial is Handlebars' own error, reported when it compiles
    this.used.add(name);
    // Each partial once per context it is used in: recursion and repeats cost nothing.
    const key = `${name}@${inScopes.map((x) => this.scopeId(x)).join('/')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.program(file, file.program, inScopes, new Map());
  }

  private scopeId(shape: ShapeNode): number {
    let id = this.scopeIds.get(shape);
    if (id === undefined) this.scopeIds.set(shape, (id = this.scopeIds.size));
    return id;
  }

  private value(t: Parsed, e: hbs.AST.Expression, scopes: ShapeNode[]): void {
    if (e.type === 'SubExpression') { this.call(t, e as hbs.AST.SubExpression, scopes); return; }
    if (e.type !== 'PathExpression') return;
    const path = e as hbs.AST.PathExpression;
    if (this.lookup(path, scopes) !== undefined) return;
    this.problems.push({ file: t.file, line: path.loc.start.line + t.bodyLine - 1, column: path.loc.start.column + 1, name: path.original });
  }

  /** The field a path expression reaches from where it stands, or undefined. */
  private lookup(path: hbs.AST.PathExpression, scopes: ShapeNode[]): ShapeNode | undefined {
    if (path.data) {
      const [first, ...rest] = path.parts;
      if (first === 'root') return resolve(this.root, rest);
      return first !== undefined && LOOP_DATA.has(first) && rest.length === 0 ? 0 : undefined;
    }
    const at = scopes[scopes.length - 1 - path.depth];
    return at === undefined ? undefined : resolve(at, path.parts);
  }
}

/**
 * The names in `templates` (and in the partials they use) that the context does not have. A
 * partial in `own` that no template uses is checked against the whole context (a team's
 * templates come with the built-in partials, which their own check covers).
 */
export function unknownNames(templates: readonly TemplateSource[], partials: ReadonlyMap<string, TemplateSource>, own: readonly string[] = [...partials.keys()],
  root: ShapeNode = CONTEXT_SHAPE as unknown as ShapeNode): UnknownName[] {
  const parsedPartials = new Map([...partials].map(([name, p]) => [name, parse(p)]));
  const checker = new Checker(parsedPartials, root);
  for (const t of templates) checker.template(parse(t));
  for (const name of own) if (!checker.used.has(name) && parsedPartials.has(name)) checker.template(parsedPartials.get(name)!);
  return checker.problems;
}
