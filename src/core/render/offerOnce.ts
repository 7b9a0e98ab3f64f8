/**
 * What they offered (a yes with limits) is said once per document, then referred to (issue 21: the
 * offer was repeated five times in one prep doc, nine in another). A pass over the rendered document,
 * like the challenge's (namedOnce.ts), with the same streams: the script's spoken lines, the other
 * quoted lines and the narrative each say it once in full. A later mention is dropped where the
 * sentence already points to it ("exactly what you offered: a monthly call" → "exactly what you
 * offered"; "(a monthly call)"; ", “a monthly call”,"), or becomes "what you offered" / "what they
 * offered" where it stands with "as you offered"; a mention no rule fits is left as it is. The
 * leader's own words, quoted back, are never changed and never count.
 */

import { contextNote, escapeRegExp, type Mention, keptTexts, setAside, streamOf } from './mentionPass';

/** Every form the offer is printed in (their words, said to them, said about them), and the leader's words. */
export type OfferMention = Mention<string>;

const offerNote = contextNote<OfferMention>();
export const attachOfferMention = offerNote.attach;
export const offerMentionOf = offerNote.of;

/** Both apostrophes: a form typed with one may be printed with the other. */
const apostrophes = (s: string) => escapeRegExp(s).replace(/['’]/g, '[\'’]');

/** The ways a later mention leaves its sentence, longest context first; `$w` keeps whose offer it was. */
function shortenings(form: string): { pattern: RegExp; by: string }[] {
  const bare = apostrophes(form);
  // The offer is quoted where a sentence carries it ("what you offered: “to chat when …”").
  const o = `[“"]?${bare}[”"]?`;
  const end = '(?=[.,;:!?)]|$)';
  return [
    // "what you offered, “a monthly call”, when it suits them" → "what you offered, when it suits them"
    { pattern: new RegExp(`, [“"]${bare}[”"](?=[,:;.])`, 'iu'), by: '' },
    // Said plainly out loud: "You offered a monthly call, and that is all I am asking for" → "What you offered is all …"
    { pattern: new RegExp(`(?<![\\p{L}])You offered ${bare}(?:, and|;) that(?:’s| is)`, 'u'), by: 'What you offered is' },
    // Said plainly out loud: "exactly what you offered, a quarter of an hour, on …" → "exactly what you offered, on …"
    { pattern: new RegExp(`(offered), ${bare}(?=[,;.])`, 'iu'), by: '$1' },
    // "exactly what you offered: a monthly call, on this one decision" → "exactly what you offered, on …"
    { pattern: new RegExp(`(offered|offer)(?:\\*\\*)?:(?:\\*\\*)? ${o}${end}`, 'iu'), by: '$1' },
    // "exactly what they offered (a monthly call) and nothing on top"
    { pattern: new RegExp(` \\(${o}\\)`, 'iu'), by: '' },
    // "a monthly call, as they offered" → "what they offered"
    { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${o}, as (you|they|he|she) (?:kindly )?offered`, 'iu'), by: 'what $1 offered' },
  ];
}

/** The document with every mention of the offer after the first (per stream) shortened where a rule fits. */
export function nameOfferOnce(markdown: string, mention: OfferMention | undefined): string {
  const forms = [...new Set((mention?.forms ?? []).filter((f) => /[\p{L}\p{N}]{2}/u.test(f)))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return markdown;
  const any = new RegExp(forms.map(apostrophes).join('|'), 'iu');
  const keep = keptTexts(mention?.keep);
  const named = { spoken: false, quoted: false, narrative: false };
  const rules = forms.flatMap(shortenings).map(({ pattern, by }) => ({ pattern: new RegExp(pattern.source, `${pattern.flags}g`), by }));
  return markdown.split('\n').map((line) => {
    const stream = streamOf(line);
    const aside = setAside(line, keep);
    let text = aside.text;
    if (!any.test(text)) return line;
    if (!named[stream]) {
      named[stream] = true;
      // The first mention stays; a second in the same line is shortened like any later one.
      const at = text.search(any);
      const head = text.slice(0, at + (text.slice(at).match(any)?.[0].length ?? 0));
      text = head + shorten(text.slice(head.length), rules);
    } else {
      text = shorten(text, rules);
    }
    return aside.putBack(text);
  }).join('\n');
}

function shorten(text: string, rules: { pattern: RegExp; by: string }[]): string {
  let out = text;
  for (const { pattern, by } of rules) out = out.replace(pattern, by);
  return out;
}
