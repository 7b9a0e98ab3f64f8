// `node scripts/build.mjs --production --analyze`: what takes the bytes of a bundle, from esbuild's
// metafile, grouped as a reader asks about them (a dependency, the phrasebook, the templates, a
// folder of our own code), largest first.
import path from 'node:path';

function groupOf(file) {
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (dep) return `dependency ${dep[1]}`;
  if (file.endsWith('.hbs')) return 'templates/*.hbs (inlined)';
  if (file.startsWith('phrasebook:')) return 'phrases/*.ftl (inlined)';
  if (file.endsWith('.json')) return file;
  const parts = file.split('/');
  if (parts[0] === 'src' && (parts[1] === 'core' || parts[1] === 'features') && parts.length > 3) return parts.slice(0, 3).join('/') + '/';
  return parts.length > 2 ? parts.slice(0, 2).join('/') + '/' : file;
}

export function sizeTable(outfile, metafile) {
  const out = Object.entries(metafile.outputs).find(([f]) => path.resolve(f) === path.resolve(outfile) || f.endsWith(outfile))?.[1];
  if (!out) return `${outfile}: no metafile output`;
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + bytesInOutput);
  const rows = [...groups].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= 1024);
  const rest = [...groups].filter(([, n]) => n < 1024).reduce((s, [, n]) => s + n, 0);
  const line = (n, label) => `| ${label} | ${n.toLocaleString('en-US')} | ${(100 * n / out.bytes).toFixed(1)}% |`;
  return [`\n${outfile}: ${out.bytes.toLocaleString('en-US')} bytes`, '| part | bytes | share |', '|---|---:|---:|',
    ...rows.map(([g, n]) => line(n, g)), line(rest, 'everything under 1 KB')].join('\n');
}
