// Third-party libraries that the extension does not need to start: each is loaded the first time
// something calls for it, not when the bundle is evaluated. esbuild keeps a module reached only
// through `require()` inside a lazy wrapper (`__commonJS`/`__esm`), so the YAML parser, markdown-it,
// and Handlebars cost nothing at activation. (A static `import` of
// one of them anywhere in the bundle would evaluate it at load again: import their types only;
// eslint.config.mjs enforces it.) The ES module libraries are reached through small modules in
// lazy/ that import only what we use, so the bundle keeps tree-shaking them.
/* eslint-disable @typescript-eslint/no-require-imports */
import type MarkdownIt from 'markdown-it';
import type * as Yaml from 'yaml';
import type FullHandlebars from 'handlebars/dist/cjs/handlebars';

/** A CommonJS module's export, or an ES module's default export when it was bundled as one. */
function defaultOf<T>(m: unknown): T {
  return (m && (typeof m === 'object' || typeof m === 'function') && (m as { __esModule?: boolean }).__esModule && 'default' in m ? (m as { default: T }).default : m) as T;
}

let markdownItLib: typeof MarkdownIt | undefined;
export function markdownIt(): typeof MarkdownIt {
  return (markdownItLib ??= (require('./lazy/markdownIt') as { default: typeof MarkdownIt }).default);
}

export type YamlParts = Pick<typeof Yaml, 'CST' | 'Lexer' | 'LineCounter' | 'Parser' | 'parse' | 'parseDocument' | 'isAlias' | 'isMap' | 'isScalar' | 'isSeq' | 'visit'>;
let yamlLib: YamlParts | undefined;
export function yaml(): YamlParts {
  return (yamlLib ??= require('./lazy/yaml') as YamlParts);
}

let compilerLib: typeof FullHandlebars | undefined;
/** Handlebars with its compiler: the built-in templates and the team's are compiled at first render. */
export function handlebarsCompiler(): typeof FullHandlebars {
  return (compilerLib ??= defaultOf<typeof FullHandlebars>(require('handlebars/dist/cjs/handlebars')));
}
