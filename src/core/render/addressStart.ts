/**
 * A form of address typed in lower case, as the leader's language writes it inside a sentence
 * ("paní Nováková", "khun Wichai"), takes a capital where a sentence starts: at the start of a line
 * (after Markdown marks, a bold label such as "**You:**" and an opening quote) or after . ! or ?.
 * A pass over the rendered document, so it holds whichever message put the name first.
 */
import { escapeRegExp } from './mentionPass';

export function capitalizeAddressAtStarts(markdown: string, forms: readonly string[]): string {
  const lower = [...new Set(forms)].filter((f) => /^\p{Ll}/u.test(f)).sort((a, b) => b.length - a.length);
  if (lower.length === 0) return markdown;
  const start = String.raw`(?:^|[.!?][”’"*)]*[ \t]+)(?:[ \t>_\-“"‘„]|\*\*[^*\n]*\*\*|\*)*`;
  const pattern = new RegExp(`(${start})(${lower.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gmu');
  return markdown.replace(pattern, (_, before: string, form: string) => before + form.charAt(0).toUpperCase() + form.slice(1));
}
