// Bundles the extension twice (Node host + web worker host), the CLI, and the test suites.
//   node scripts/build.mjs                 development build (source maps, not minified)
//   node scripts/build.mjs --production    minified, no source maps (what the VSIX ships)
//   node scripts/build.mjs --tests         also bundles unit and integration tests into out/
//   node scripts/build.mjs --watch         rebuilds the extension bundles on change
//   node scripts/build.mjs --analyze       also prints what takes the bytes of the two extension bundles
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { handlebarsPrecompile, handlebarsTemplates } from './handlebars-precompile.mjs';
import { checkTemplateNames } from './check-template-names.mjs';
import { phrasebookBundle } from './phrasebook-bundle.mjs';
import { shippedAsFiles } from './shipped-files.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const withTests = args.has('--tests');

// Handlebars' compiler tries require('source-map') only to emit source maps we never ask for.
const noSourceMapLib = {
  name: 'no-source-map-lib',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {}', loader: 'js' }));
  },
};

// mocha >= 12 is "type": "module", so esbuild would treat its UMD browser build as ESM and its
// `module.exports = factory()` would overwrite the bundle's own exports (VS Code would then call
// mocha.run() instead of ours). Load it from a private namespace so it is wrapped as CommonJS.
const mochaUmdAsCjs = {
  name: 'mocha-umd-as-cjs',
  setup(build) {
    build.onResolve({ filter: /^mocha\/mocha(\.js)?$/ }, () => ({ path: require.resolve('mocha/mocha.js'), namespace: 'mocha-umd' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-umd' }, async (a) => ({ contents: await readFile(a.path, 'utf8'), loader: 'js' }));
  },
};

// The Builder's icons: `import paths from 'codicon:NAME'` gives the path data of @vscode/codicons'
// source SVG for NAME, drawn inline (media/builder/icons.ts), so the webview ships the few icons it
// shows instead of the whole codicon font and its style sheet (160 KB, 67 KB of the VSIX).
const codiconPaths = {
  name: 'codicon-paths',
  setup(build) {
    build.onResolve({ filter: /^codicon:/ }, (a) => ({ path: path.join(path.dirname(require.resolve('@vscode/codicons/package.json')), 'src/icons', `${a.path.slice('codicon:'.length)}.svg`), namespace: 'codicon' }));
    build.onLoad({ filter: /.*/, namespace: 'codicon' }, async (a) => {
      const svg = await readFile(a.path, 'utf8');
      if (!/viewBox="0 0 16 16"/.test(svg)) return { errors: [{ text: `${a.path}: expected a 16×16 codicon` }] };
      const paths = [...svg.matchAll(/<path\b([^>]*)\/?>/g)].map(([, attrs]) => ({ d: /\bd="([^"]+)"/.exec(attrs)?.[1], evenOdd: /fill-rule="evenodd"/.test(attrs) }));
      if (paths.length === 0 || paths.some((p) => !p.d) || /<(?!svg|path|\/)/.test(svg)) return { errors: [{ text: `${a.path}: only <path> elements are drawn inline` }] };
      return { contents: `export default ${JSON.stringify(paths)};`, loader: 'js', watchFiles: [a.path] };
    });
  },
};

// markdown-it builds a linkify-it instance in its constructor, whether or not links are linkified;
// both our parsers run with linkify off (src/core/markdown/blocks.ts, src/core/render/plainText.ts),
// so its 9 KB of URL and TLD rules never run. In its place, an object that says so if a parser is
// ever created with linkify on (markdown-it calls pretest() first).
const linkifyOff = {
  name: 'linkify-off',
  setup(build) {
    build.onResolve({ filter: /^linkify-it$/ }, () => ({ path: 'linkify-it', namespace: 'linkify-off' }));
    build.onLoad({ filter: /.*/, namespace: 'linkify-off' }, () => ({
      loader: 'js',
      contents: 'const off = () => { throw new Error("markdown-it\'s linkify option is not bundled: see linkifyOff in scripts/build.mjs"); };\n'
        + 'export default class LinkifyOff { test() { return off(); } pretest() { return off(); } match() { return off(); } matchAtStart() { return off(); } set() { return this; } tlds() { return this; } add() { return this; } }\n',
    }));
  },
};

// markdown-it imports only decodeHTML and decodeHTMLStrict from 'entities', whose table of every HTML5
// name is 27 KB: every bundle resolves 'entities' to src/core/markdown/namedEntities.ts, the names of
// HTML 4.01 (what it says there), so the CLI and the extension read a document alike.
const namedEntitiesHtml4 = {
  name: 'named-entities-html4',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, () => ({ path: path.join(root, 'src/core/markdown/namedEntities.ts') }));
  },
};

// The extension and the command line only read YAML (glossaries, template front matter): yaml's
// writer (stringify/, 13 KB) is reached only through toString(), its document builder (createNode,
// applyReviver: 2 KB) only through set() and a toJS reviver, and its YAML 1.1 schema (binary,
// omap, pairs, set, timestamp: 9 KB) only through a `%YAML 1.1` directive or those `!!` tags. Both
// stay out: a toString() throws, and a 1.1 document is read with the core schema (`yes` stays the
// text "yes"; `!!set` is an unresolved tag, reported as a warning like any other). The build fails
// if yaml's tags.js no longer has the shape this expects.
const yamlReadOnly = {
  name: 'yaml-read-only',
  setup(build) {
    const dist = /[\\/]yaml[\\/]browser[\\/]dist[\\/]/;
    // Every bundle reads yaml's ES module build (the browser one), the Node bundles too, so the
    // command line and the tests read a glossary as the extension does.
    build.onResolve({ filter: /^yaml$/ }, async (a) => {
      if (a.pluginData === 'yaml-index') return undefined;
      const index = await build.resolve('yaml', { resolveDir: a.resolveDir, kind: a.kind, pluginData: 'yaml-index' });
      if (index.errors.length > 0) return { errors: index.errors };
      const browser = path.join(index.path.slice(0, index.path.lastIndexOf(`${path.sep}yaml${path.sep}`)), 'yaml', 'browser', 'index.js');
      return { path: browser };
    });
    build.onResolve({ filter: /^\.\.?\/.*stringify\/\w+\.js$|^\.\/stringify\w*\.js$/ }, (a) => {
      if (!dist.test(a.importer) || /cst-stringify/.test(a.path)) return undefined;
      const file = path.join(a.resolveDir, a.path);
      return /[\\/]stringify[\\/]/.test(file) ? { path: file, namespace: 'yaml-no-stringify' } : undefined;
    });
    // Building a document from JS values (createNode) and toJS's reviver: writing side too, never called.
    build.onResolve({ filter: /\/(createNode|applyReviver)\.js$/ }, (a) => (dist.test(a.importer) ? { path: path.join(a.resolveDir, a.path), namespace: 'yaml-no-build' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'yaml-no-build' }, () => ({
      loader: 'js',
      contents: 'const off = () => { throw new Error("yaml\'s document builder is not bundled: see yamlReadOnly in scripts/build.mjs"); };\n'
        + 'export { off as createNode, off as applyReviver };\n',
    }));
    build.onLoad({ filter: /.*/, namespace: 'yaml-no-stringify' }, () => ({
      loader: 'js',
      contents: 'const off = () => { throw new Error("yaml\'s writer is not bundled: see yamlReadOnly in scripts/build.mjs"); };\n'
        + 'export const FOLD_BLOCK = "block", FOLD_FLOW = "flow", FOLD_QUOTED = "quoted";\n'
        + 'export { off as foldFlowLines, off as createStringifyContext, off as stringify, off as stringifyCollection, off as indentComment, '
        + 'off as lineComment, off as stringifyComment, off as stringifyDocument, off as stringifyNumber, off as stringifyPair, off as stringifyString };\n',
    }));
    build.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/]schema[\\/]tags\.js$/ }, async (a) => {
      let text = await readFile(a.path, 'utf8');
      const edits = [
        [/^import \{ (binary|omap|pairs|set) \} from '\.\/yaml-1\.1\/\w+\.js';\n/gm, '', 4],
        [/^import \{ schema as schema\$2 \} from '\.\/yaml-1\.1\/schema\.js';\n/m, '', 1],
        [/^import \{ timestamp, intTime, floatTime \} from '\.\/yaml-1\.1\/timestamp\.js';\n/m, '', 1],
        [/schema\$2\]/g, 'schema]', 2],
        [/^ {4}(binary|floatTime|intTime|omap|pairs|set|timestamp),?\n/gm, '', 7],
        [/^ {4}'tag:yaml\.org,2002:(binary|omap|pairs|set|timestamp)': \w+,?\n/gm, '', 5],
      ];
      for (const [re, by, count] of edits) {
        const found = text.match(re)?.length ?? 0;
        if (found !== count) return { errors: [{ text: `yamlReadOnly: ${a.path} has ${found} of ${re}, expected ${count}` }] };
        text = text.replace(re, by);
      }
      return { contents: text, loader: 'js', resolveDir: path.dirname(a.path) };
    });
  },
};

// markdown-it turns a link's international host name into punycode (münchen.de → xn--mnchen-3ya.de)
// with punycode.js (2.5 KB). Left as typed, the link's address carries it percent-encoded, which
// browsers read as the same host (the URL standard decodes a host before converting it), and an
// autolink's text shows the host as it was typed.
const hostnamesAsTyped = {
  name: 'hostnames-as-typed',
  setup(build) {
    build.onResolve({ filter: /^punycode\.js$/ }, () => ({ path: 'punycode.js', namespace: 'hostnames-as-typed' }));
    build.onLoad({ filter: /.*/, namespace: 'hostnames-as-typed' }, () => ({
      loader: 'js', contents: 'const asTyped = (host) => host;\nexport default { toASCII: asTyped, toUnicode: asTyped };\n',
    }));
  },
};

// The settings' defaults are all the code reads of package.json (src/core/config/settings.ts): the
// rest of the manifest (commands, menus, walkthroughs: 12 KB) stays out of the bundles.
const settingsDefaultsOnly = {
  name: 'settings-defaults-only',
  setup(build) {
    build.onResolve({ filter: /package\.json$/ }, (a) => {
      const file = path.resolve(a.resolveDir, a.path);
      if (file !== path.join(root, 'package.json') || !a.importer.endsWith(path.join('src', 'core', 'config', 'settings.ts'))) return undefined;
      return { path: file, namespace: 'settings-defaults' };
    });
    build.onLoad({ filter: /.*/, namespace: 'settings-defaults' }, async (a) => {
      const { properties } = JSON.parse(await readFile(a.path, 'utf8')).contributes.configuration;
      const kept = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key, { type: p.type, default: p.default }]));
      return { contents: JSON.stringify({ contributes: { configuration: { properties: kept } } }), loader: 'json', watchFiles: [a.path] };
    });
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  // The phrases' typographic quotes and dashes as UTF-8 (3 bytes) rather than \uXXXX escapes (6):
  // VS Code reads extension code as UTF-8, in both hosts.
  charset: 'utf8',
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: args.has('--analyze'),
  plugins: [handlebarsPrecompile, phrasebookBundle, noSourceMapLib, namedEntitiesHtml4, yamlReadOnly, hostnamesAsTyped, linkifyOff, settingsDefaultsOnly],
};

// When the bundle starts evaluating, so activate() can report how long loading its modules took.
const LOAD_MARK = { js: 'var __mentorshipPrepLoadStart = typeof performance === "object" ? performance.now() : undefined;' };

// The extension reads its phrasebook, templates and glossary as files beside the code (listed in
// .vscodeignore) rather than carrying them as strings: scripts/shipped-files.mjs.
const extensionPlugins = [shippedAsFiles, noSourceMapLib, namedEntitiesHtml4, yamlReadOnly, hostnamesAsTyped, linkifyOff, settingsDefaultsOnly];

// One bundle for both extension hosts (package.json's `main` and `browser`): built for the web
// worker, it runs as it is in the Node host, which is a superset (the VSIX carried the same code
// twice, 237 KB compressed each). What only the Node host has is found at run time: the Vocabulary
// view's matching thread imports node:worker_threads when process.versions.node is there.
const builds = [
  {
    ...common, platform: 'browser', entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', banner: LOAD_MARK, plugins: extensionPlugins,
    mainFields: ['browser', 'module', 'main'], define: { global: 'globalThis' },
    // The Vocabulary view's matching thread and ripgrep listing exist only in the Node host, which
    // imports them at run time; the web worker never reaches those imports.
    external: ['vscode', 'node:worker_threads', 'node:child_process', 'node:fs'],
  },
  // The Vocabulary view's matching thread (Node host): the matcher and nothing else.
  { ...common, platform: 'node', entryPoints: ['src/features/vocabularyView/matchWorker.ts'], outfile: 'dist/matchWorker.js' },
  // Precompiled templates: a command-line run starts without compiling them.
  // The command line in two bundles: cli.js runs `vocab` itself and loads cli-commands.js (templates,
  // Handlebars, the phrasebook) only for the other commands.
  { ...common, platform: 'node', entryPoints: ['src/cli/vocabWorker.ts'], outfile: 'dist/vocabWorker.js', plugins: [noSourceMapLib, namedEntitiesHtml4, yamlReadOnly, settingsDefaultsOnly] },
  { ...common, platform: 'node', entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['vscode', './cli-commands.js'], plugins: [noSourceMapLib, namedEntitiesHtml4, yamlReadOnly, settingsDefaultsOnly] },
  { ...common, platform: 'node', entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli-commands.js', plugins: [handlebarsTemplates({ precompiled: true }), phrasebookBundle, noSourceMapLib, namedEntitiesHtml4, yamlReadOnly, hostnamesAsTyped, linkifyOff, settingsDefaultsOnly] },
];

// The Prep Builder's webview script (a browser page, not the extension host) and its assets.
builds.push({
  ...common, plugins: [codiconPaths, namedEntitiesHtml4, linkifyOff], platform: 'browser', format: 'iife', entryPoints: ['media/builder/main.ts'], outfile: 'dist/media/builder.js',
  external: [], define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
});
const copyAssets = async () => {
  await mkdir(path.join(root, 'dist/media'), { recursive: true });
  await copyFile(path.join(root, 'media/builder/builder.css'), path.join(root, 'dist/media/builder.css'));
};

if (withTests) {
  const unit = readdirSync(path.join(root, 'test/unit'), { recursive: true })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join('test/unit', f));
  builds.push(
    { ...common, minify: false, sourcemap: true, platform: 'node', entryPoints: unit, outdir: 'out/unit', outbase: 'test/unit', external: ['vscode', 'fast-check', 'mocha', 'typescript'] },
    { ...common, minify: false, sourcemap: true, platform: 'node', entryPoints: ['test/integration/index.node.ts'], outfile: 'out/integration/node.js', external: ['vscode', 'mocha'] },
    {
      ...common, minify: false, sourcemap: true, platform: 'browser', entryPoints: ['test/integration/index.web.ts'], outfile: 'out/integration/web.js',
      define: { global: 'globalThis', 'process.env.NODE_DEBUG': 'false' }, plugins: [...common.plugins, mochaUmdAsCjs],
      inject: ['test/integration/process-shim.ts'],
    },
    { ...common, minify: false, platform: 'browser', entryPoints: ['test/integration/bench.web.ts'], outfile: 'out/integration/bench.web.js' },
    { ...common, minify: false, platform: 'node', entryPoints: ['test/large-workspace/large.test.ts'], outfile: 'out/integration/large.node.js' },
    { ...common, minify: false, platform: 'node', entryPoints: ['test/untrusted/untrusted.test.ts'], outfile: 'out/integration/untrusted.node.js' },
  );
}

// A name a template uses that the context does not have fails the build (not in --watch: the
// editor's type check and the next full build report it).
if (!args.has('--watch')) {
  const unknown = await checkTemplateNames(root);
  if (unknown.length > 0) {
    console.error(`Templates name fields the render context does not have:\n  ${unknown.join('\n  ')}`);
    process.exit(1);
  }
}

if (args.has('--watch')) {
  await copyAssets();
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching for changes…');
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  await copyAssets();
  if (args.has('--analyze')) {
    const { sizeTable } = await import('./bundle-size.mjs');
    for (const [i, r] of results.entries()) if (/extension\.js$/.test(builds[i].outfile ?? '')) console.log(sizeTable(builds[i].outfile, r.metafile));
  }
}
