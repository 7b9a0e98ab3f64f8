// Writes l10n/bundle.l10n.json from the l10n.t() calls in src/ and media/ (npm run l10n:export),
// with @vscode/l10n-dev's analyzer. That analyzer only counts `l10n.t` where `l10n` comes from
// 'vscode' or '@vscode/l10n'; core/ and the webview script cannot import 'vscode', so they take an
// `l10n` parameter (src/core/l10n/l10n.ts) and are analyzed as if it were imported.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getL10nJson } from '@vscode/l10n-dev';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = [];
for (const dir of ['src', 'media']) {
  for (const rel of fs.readdirSync(path.join(root, dir), { recursive: true })) {
    if (!rel.endsWith('.ts') || rel.endsWith('.d.ts')) continue;
    const text = fs.readFileSync(path.join(root, dir, rel), 'utf8');
    const importsVscode = /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(text);
    files.push({ extension: '.ts', contents: importsVscode ? text : `import { l10n } from 'vscode';\n${text}` });
  }
}
const bundle = await getL10nJson(files);
const out = path.join(root, 'l10n/bundle.l10n.json');
fs.writeFileSync(out, `${JSON.stringify(bundle, null, 2)}\n`);
console.log(`l10n export: ${Object.keys(bundle).length} messages → ${path.relative(root, out)}`);
