// esbuild plugin for the extension's two bundles: the phrasebook (phrases/<locale>/*.ftl), the
// built-in templates (templates/**/*.hbs) and the built-in glossary ship as files beside the code,
// read once after activation (src/services/shipped.ts), instead of inside the bundle as strings:
// about 330 KB of each bundle's 1 MB was text the extension host parsed as JavaScript.
// The modules that import them get a stand-in with the same shape whose text is looked up when
// it is used (src/core/shipped.ts): `phrases:builtin` keeps its { locale: [{ file, text }] },
// a template keeps its front matter (parsed here) and reads its body, the glossary reads its terms.
// `shipped:files` lists the files to read. The command line, the tests and the benchmark bundle the
// same text inline instead (scripts/phrasebook-bundle.mjs, scripts/handlebars-precompile.mjs).
import * as esbuild from 'esbuild';
import Handlebars from 'handlebars';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from './handlebars-precompile.mjs';

const GLOSSARY = 'src/core/vocabulary/builtin-glossary.json';
/** Data modules whose tables ship as JSON beside the bundle: module → the file written. */
const DATA_MODULES = {
  'src/core/culture/calendarTables.ts': 'dist/calendarTables.json',
  'src/core/culture/presetRows.ts': 'dist/presetRows.json',
  'src/core/render/wordLists.ts': 'dist/wordLists.json',
  'src/core/culture/addressTables.ts': 'dist/addressTables.json',
};

/** A data module's exports, evaluated here: its tables (JSON-safe) and the names of its functions,
 *  which are re-exported from where they are written. */
async function evaluateDataModule(root, file) {
  const out = await esbuild.build({ entryPoints: [path.join(root, file)], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const tables = Object.fromEntries(Object.entries(mod).filter(([, v]) => typeof v === 'object' && v !== null));
  return { tables, functions: Object.keys(mod).filter((k) => typeof mod[k] === 'function') };
}
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
        const files = [...phrases(), ...filesUnder(root, 'templates', '.hbs'), GLOSSARY, ...Object.values(DATA_MODULES)];
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
    // A data module's tables are written to a JSON file the extension reads after activation; the
    // bundle keeps a stand-in whose tables look their rows up when used (src/core/shipped.ts).
    const dataFilter = new RegExp(`[\\\\/](?:${Object.keys(DATA_MODULES).map((f) => path.basename(f, '.ts')).join('|')})\\.ts$`);
    build.onLoad({ filter: dataFilter }, async (a) => {
      const file = path.relative(root, a.path).split(path.sep).join('/');
      const json = DATA_MODULES[file];
      if (!json) return undefined;
      const { tables, functions } = await evaluateDataModule(root, file);
      mkdirSync(path.dirname(path.join(root, json)), { recursive: true });
      writeFileSync(path.join(root, json), JSON.stringify(tables));
      const source = readFileSync(a.path, 'utf8');
      const reexports = [...source.matchAll(/^export \{([^}]*)\} from '([^']+)';$/gm)];
      if (reexports.flatMap((m) => m[1].split(',').map((n) => n.trim())).sort().join() !== [...functions].sort().join()) {
        return { errors: [{ text: `${file}: a data module's functions must be re-exported from another module (export { … } from '…'), found ${functions.join(', ')}` }] };
      }
      return {
        contents: [`import { shippedTable } from ${shipped};`, ...reexports.map((m) => m[0]),
          ...Object.keys(tables).map((name) => `export const ${name} = shippedTable(${JSON.stringify(json)}, ${JSON.stringify(name)});`)].join('\n'),
        loader: 'js', resolveDir: path.dirname(a.path), watchFiles: [a.path],
      };
    });
    build.onLoad({ filter: /[\\/]builtin-glossary\.json$/ }, () => ({
      contents: `import { shippedJson } from ${shipped};\nexport default { get terms() { return shippedJson(${JSON.stringify(GLOSSARY)})?.terms; } };`,
      loader: 'js', resolveDir: root,
    }));
  },
};
