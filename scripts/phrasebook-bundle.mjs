// esbuild plugin: `import PHRASES from 'phrases:builtin'` yields every phrases/<locale>/*.ftl as
// text, grouped by locale ({ en: [{ file, text }] }), so the command line, the tests and the benchmark
// carry the phrasebook inside the bundle and never read it from disk at run time. (The extension's
// two bundles read it as files instead: scripts/shipped-files.mjs.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const phrasebookBundle = {
  name: 'phrasebook-bundle',
  setup(build) {
    build.onResolve({ filter: /^(phrases:builtin|shipped:files)$/ }, (a) => ({ path: a.path, namespace: 'phrasebook' }));
    // Nothing to read from disk at run time: everything is in the bundle (scripts/shipped-files.mjs).
    build.onLoad({ filter: /^shipped:files$/, namespace: 'phrasebook' }, () => ({ contents: 'export default [];', loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'phrasebook' }, () => {
      const root = path.join(build.initialOptions.absWorkingDir ?? process.cwd(), 'phrases');
      const byLocale = {};
      const watchFiles = [];
      for (const locale of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
        const files = readdirSync(path.join(root, locale)).filter((f) => f.endsWith('.ftl')).sort();
        byLocale[locale] = files.map((f) => {
          watchFiles.push(path.join(root, locale, f));
          // Comments are for translators and reviewers, not the bundle: a line starting with # at the
          // first column is always a comment in Fluent (a message's own lines are indented).
          const text = readFileSync(path.join(root, locale, f), 'utf8').split('\n').filter((line) => !line.startsWith('#')).join('\n');
          return { file: `phrases/${locale}/${f}`, text };
        });
      }
      return { contents: `export default ${JSON.stringify(byLocale)};`, loader: 'js', watchFiles, watchDirs: [root] };
    });
  },
};
