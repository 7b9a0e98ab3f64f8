/**
 * A form of address typed in lower case, as the leader's language writes it inside a sentence
 * ("paní Nováková", "khun Wichai"), takes a capital where a sentence starts: at the start of a line
 * (after Markdown marks, a bold label such as "**You:**" and an opening quote) or after . ! or ?.
 * A pass over the rendered document, so it holds whichever message put the name first. Headings are
 * left as typed: a title shows the leader's name exactly as the user wrote it ("# … 1. ҳ" keeps its
 * "ҳ"). Each mention looks back over at most a few marks (bounded), so the pass is linear in the document.
 */
import { asName } from './leaderWords';
import { escapeRegExp } from './mentionPass';

const MARKS = ' \t>_-“"‘„*”’)';
const LOOK_BACK = 24;

/** Whether the text before `at` ends a sentence, a line or a bold label, past Markdown marks and quotes. */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1, stars = 0;
  for (; i >= 0 && at - i <= LOOK_BACK && MARKS.includes(text[i]!); i--) if (text[i] === '*') stars++;
  if (i < 0 || text[i] === '\n') return true;
  if (at - i > LOOK_BACK) return false;
  const c = text[i]!;
  return c === '.' || c === '!' || c === '?' || (c === ':' && stars >= 2);
}

export function capitalizeAddressAtStarts(markdown: string, forms: readonly string[]): string {
  const lower = [...new Set(forms)].filter((f) => /^\p{Ll}/u.test(f)).sort((a, b) => b.length - a.length);
  if (lower.length === 0) return markdown;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lower.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return markdown.split('\n').map((line) => (/^ {0,3}#/.test(line) ? line
    : line.replace(pattern, (form: string, at: number) => (atSentenceStart(line, at) ? asName(form) : form)))).join('\n');
}
