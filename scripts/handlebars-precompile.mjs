// esbuild plugin: `import tpl from './x.hbs'` yields { meta, source }: the template's text, compiled by
// Handlebars the first time it renders (src/core/render/library.ts). It is checked here by
// precompiling it, so a syntax error still fails the build; the extension ships the text, about a
// third of the precompiled code's size (228 KB of precompiled JavaScript against 66 KB of templates).
// The command line, where size matters less than each run's start, takes { meta, spec } instead
// (handlebarsTemplates({ precompiled: true })). Front matter (YAML between --- lines) becomes meta.
import Handlebars from 'handlebars';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

export function splitFrontMatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { meta: parseYaml(m[1]) ?? {}, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length } : { meta: {}, body: text, bodyLine: 1 };
}

/** Only built-in block helpers, 'eq', 't' and 'm' exist: the compiled code can skip helper lookups.
 *  The same options as BUILTIN_COMPILE_OPTIONS in src/core/render/library.ts. */
const BUILTIN_COMPILE_OPTIONS = { noEscape: true, strict: false, knownHelpers: { eq: true, t: true, m: true }, knownHelpersOnly: true };

export const handlebarsTemplates = ({ precompiled = false } = {}) => ({
  name: 'handlebars-templates',
  setup(build) {
    build.onLoad({ filter: /\.hbs$/ }, async (args) => {
      const { meta, body } = splitFrontMatter(await readFile(args.path, 'utf8'));
      let spec;
      try {
        spec = Handlebars.precompile(body, BUILTIN_COMPILE_OPTIONS);
      } catch (err) {
        return { errors: [{ text: `${args.path}: ${err.message}` }] };
      }
      const template = precompiled ? `spec: ${spec}` : `source: ${JSON.stringify(body)}`;
      return { contents: `export default { meta: ${JSON.stringify(meta)}, ${template} };`, loader: 'js' };
    });
  },
});

/** The extension's form: the templates' text. */
export const handlebarsPrecompile = handlebarsTemplates();
