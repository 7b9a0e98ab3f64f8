// esbuild plugin: `import tpl from './x.hbs'` yields { meta, spec } where spec is the template
// precompiled by Handlebars at build time, so the shipped bundle needs only the Handlebars runtime
// (no eval at run time, faster first render). Front matter (YAML between --- lines) becomes meta.
import Handlebars from 'handlebars';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

export function splitFrontMatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { meta: parseYaml(m[1]) ?? {}, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length } : { meta: {}, body: text, bodyLine: 1 };
}

export const handlebarsPrecompile = {
  name: 'handlebars-precompile',
  setup(build) {
    build.onLoad({ filter: /\.hbs$/ }, async (args) => {
      const { meta, body } = splitFrontMatter(await readFile(args.path, 'utf8'));
      let spec;
      try {
        // Only built-in block helpers, 'eq', 't' and 'm' exist: the compiled code can skip helper lookups.
        spec = Handlebars.precompile(body, { noEscape: true, strict: false, knownHelpers: { eq: true, t: true, m: true }, knownHelpersOnly: true });
      } catch (err) {
        return { errors: [{ text: `${args.path}: ${err.message}` }] };
      }
      return { contents: `export default { meta: ${JSON.stringify(meta)}, spec: ${spec} };`, loader: 'js' };
    });
  },
};
