import { inlineMarkdown } from '../render/markdown';
import type { GlossaryEntry } from './glossary';

/**
 * The Markdown shown for a term in a hover or the Explain Term view. Every glossary string is
 * escaped, so a team glossary cannot inject HTML, links or command links; only a reference link
 * with an http(s) address becomes a link.
 */
export function describeEntry(entry: GlossaryEntry, options: { heading?: boolean; folderOf?: (file: string) => string } = {}): string {
  const md = (s: string) => inlineMarkdown(s);
  const source = entry.source.kind === 'builtin'
    ? 'Mentorship Prep glossary'
    : `team glossary ${md(options.folderOf ? options.folderOf(entry.source.file) : entry.source.file)}${entry.source.context ? ` (${md(entry.source.context)})` : ''}`;
  const lines: string[] = [];
  lines.push(options.heading ? `# ${md(entry.name)}` : `**${md(entry.name)}** · _${source}_`);
  if (options.heading) lines.push('', `_${source}_`);
  lines.push('', entry.definition ? md(entry.definition) : '_No definition yet._');
  if (entry.whyItMatters) lines.push('', `**Why it matters to a senior leader:** ${md(entry.whyItMatters)}`);
  if (entry.howToSay) lines.push('', `**Say it like this:** “${md(entry.howToSay)}”`);
  for (const example of entry.examples ?? []) lines.push('', `**Example:** ${md(example)}`);
  if (entry.aliases.length) lines.push('', `**Also:** ${entry.aliases.map(md).join(', ')}`);
  if (entry.related?.length) lines.push('', `**Related:** ${entry.related.map(md).join(', ')}`);
  if (entry.link && /^https?:\/\/[^\s<>()]+$/i.test(entry.link)) lines.push('', `[Read more](${linkTarget(entry.link)})`);
  return lines.join('\n');
}

/** The address as a Markdown link destination: decoding `%29` must not give back a `)` that closes
 *  the link early, so parentheses stay percent-encoded. */
function linkTarget(url: string): string {
  return encodeURI(decodeSafe(url)).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function decodeSafe(url: string): string {
  try { return decodeURI(url); } catch { return url; }
}
