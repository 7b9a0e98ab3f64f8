// A build step: every name a template uses (built-in templates and partials, and the team
// templates in the test fixtures) must exist in the render context's declared shape
// (src/core/render/contextShape.ts), or the build fails naming the file, line and name.
// The check itself is src/core/render/templateNames.ts, bundled here in memory and run once.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { phrasebookBundle } from './phrasebook-bundle.mjs';

const require = createRequire(import.meta.url);

const noSourceMapLib = {
  name: 'no-source-map-lib',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {}', loader: 'js' }));
  },
};

async function loadChecker(root) {
  const out = await esbuild.build({
    entryPoints: [path.join(root, 'src/core/render/templateNames.ts')], bundle: true, platform: 'node', format: 'cjs', write: false,
    absWorkingDir: root, logLevel: 'silent', plugins: [noSourceMapLib, phrasebookBundle], // the facts speak the rhythm's messages
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

const hbsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort() : []);
const sources = (root, dir) => hbsIn(dir).map((f) => ({ name: f.replace(/\.hbs$/, ''), file: path.relative(root, path.join(dir, f)), text: readFileSync(path.join(dir, f), 'utf8') }));

/** Team template folders in the fixtures (…/.mentorship/templates). */
function fixtureTemplateDirs(root) {
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.name === 'templates' && path.basename(dir) === '.mentorship') found.push(full);
      else walk(full);
    }
  };
  walk(path.join(root, 'test/fixtures'));
  return found.sort();
}

/** Problems as "file:line:column: …" lines; empty when every name exists. */
export async function checkTemplateNames(root) {
  const { unknownNames } = await loadChecker(root);
  const builtinPartials = new Map(sources(root, path.join(root, 'templates/partials')).map((s) => [s.name, s]));
  const sets = [{ templates: sources(root, path.join(root, 'templates')), partials: builtinPartials }];
  for (const dir of fixtureTemplateDirs(root)) {
    const own = sources(root, path.join(dir, 'partials'));
    sets.push({ templates: sources(root, dir), partials: new Map([...builtinPartials, ...own.map((s) => [s.name, s])]), own: own.map((s) => s.name) });
  }
  return sets.flatMap((s) => unknownNames(s.templates, s.partials, s.own))
    .map((p) => `${p.file}:${p.line}:${p.column}: '${p.name}' is not in the render context (src/core/render/contextShape.ts)`);
}
