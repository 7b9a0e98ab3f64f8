// esbuild plugin for the extension's two bundles: the phrasebook (phrases/<locale>/*.ftl), the
// built-in templates (templates/**/*.hbs) and the built-in glossary ship as files beside the code,
// read once after activation (src/services/shipped.ts), instead of inside the bundle as strings:
// about 330 KB of each bundle's 1 MB was text the extension host parsed as JavaScript.
// The modules that import them get a stand-in with the same shape whose text is looked up when
// it is used (src/core/shipped.ts): `phrases:builtin` keeps its { locale: [{ file, text }] },
// a template keeps its front matter (parsed here) and reads its body, the glossary reads its terms.
// `shipped:files` lists the files to read. The command line, the tests and the benchmark bundle the
// same text inline instead (scripts/phrasebook-bundle.mjs, scripts/handlebars-precompile.mjs).
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from './handlebars-precompile.mjs';

const GLOSSARY = 'src/core/vocabulary/builtin-glossary.json';
const COMPILE_CHECK = { noEscape: true, strict: false, knownHelpers: { eq: true, t: true, m: true }, knownHelpersOnly: true };

function filesUnder(root, dir, ext) {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .sort();
}

export const shippedAsFiles = {
  name: 'shipped-as-files',
  setup(build) {
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    const shipped = JSON.stringify(path.join(root, 'src/core/shipped.ts'));
    const phrases = () => filesUnder(root, 'phrases', '.ftl');
    build.onResolve({ filter: /^(phrases:builtin|shipped:files)$/ }, (a) => ({ path: a.path, namespace: 'shipped' }));
    build.onLoad({ filter: /.*/, namespace: 'shipped' }, (a) => {
      const watchDirs = [path.join(root, 'phrases'), path.join(root, 'templates')];
      if (a.path === 'shipped:files') {
        const files = [...phrases(), ...filesUnder(root, 'templates', '.hbs'), GLOSSARY];
        return { contents: `export default ${JSON.stringify(files)};`, loader: 'js', watchDirs };
      }
      const byLocale = {};
      for (const file of phrases()) (byLocale[file.split('/')[1]] ??= []).push(file);
      const entries = Object.entries(byLocale).map(([locale, files]) =>
        `${JSON.stringify(locale)}: [${files.map((f) => `{ file: ${JSON.stringify(f)}, get text() { return shippedText(${JSON.stringify(f)}); } }`).join(', ')}]`);
      return { contents: `import { shippedText } from ${shipped};\nexport default { ${entries.join(',\n')} };`, loader: 'js', resolveDir: root, watchDirs };
    });
    build.onLoad({ filter: /\.hbs$/ }, (a) => {
      const { meta, body } = splitFrontMatter(readFileSync(a.path, 'utf8'));
      try {
        Handlebars.precompile(body, COMPILE_CHECK); // a syntax error still fails the build
      } catch (err) {
        return { errors: [{ text: `${a.path}: ${err.message}` }] };
      }
      const file = JSON.stringify(path.relative(root, a.path).split(path.sep).join('/'));
      return { contents: `import { shippedTemplateBody } from ${shipped};\nexport default { meta: ${JSON.stringify(meta)}, get source() { return shippedTemplateBody(${file}); } };`, loader: 'js', resolveDir: root };
    });
    build.onLoad({ filter: /[\\/]builtin-glossary\.json$/ }, () => ({
      contents: `import { shippedJson } from ${shipped};\nexport default { get terms() { return shippedJson(${JSON.stringify(GLOSSARY)})?.terms; } };`,
      loader: 'js', resolveDir: root,
    }));
  },
};
