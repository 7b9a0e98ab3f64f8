// The built-in glossary's spellings as ripgrep patterns, for measuring our scans against ripgrep
// with the same terms: `fair` (ASCII word boundaries and separators, `(?-u:…)`, which ripgrep runs
// on its fast byte engines) and `unicode` (Unicode `\s`, no boundaries: several times slower).
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function rgPatterns() {
  const bundled = await esbuild.build({ entryPoints: [path.join(root, 'src/core/vocabulary/glossary.ts')], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const { builtinGlossary } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spellings = builtinGlossary().flatMap((e) => [e.name, ...e.aliases]).map((s) => s.trim().split(/[\s-]+/).map(esc));
  return {
    fair: spellings.map((words) => `(?-u:\\b)${words.join('(?-u:[\\s_-]+)')}(?-u:\\b)`),
    unicode: spellings.map((words) => words.join('[\\s_-]+')),
  };
}
