/**
 * The challenge is named in full once per document, then by its short label (issue 23: it was
 * named up to 25 times across one profile's documents, three times in four lines of the manager
 * talk). A pass over the rendered document, so it holds whichever template, partial, rule or
 * message printed the challenge, and whichever of them a profile's situation leaves out: the
 * first mention stays in full, every later one becomes the label. The script's spoken lines
 * (`> **You:**`), the other quoted lines (the 30-second version, a message to send) and the doc's
 * own narrative each get their first mention in full: the leader hears the script as one
 * conversation, not as the sequel of the 30-second version printed above it, reads a
 * message on its own, and the user reads the rest. The leader's own words, quoted back, are never changed.
 */

import { contextNote, escapeRegExp, type Mention, keptTexts, setAside, streamOf } from './mentionPass';

/** One way the challenge is printed ("the problem that …", "that …", the phrase itself) and what replaces it. */
export interface ChallengeForm {
  full: string; short: string;
  /** German: the short label in the accusative, where a preposition before it takes that case („um
   *  den Domänenschnitt“); `short` is then the nominative, after a label, a colon or „ist“. */
  shortAcc?: string;
}

/** German prepositions that take the accusative, just before the mention (a „ may open a quotation). */
const ACCUSATIVE_BEFORE = /(?<![\p{L}])(?:um|für|über|gegen|durch|ohne)\s+„?$/u;
/** „Es geht darum, wie wir …“: a clause the short label cannot continue; it becomes „Es geht um …“. */
const DARUM_BEFORE = /(?<![\p{L}])darum, $/u;

/** Every printed form with its short replacement (the pass tries the longest first), and the leader's words. */
export type ChallengeMention = Mention<ChallengeForm>;

const challengeNote = contextNote<ChallengeMention>();
/** Attaches to a render context what the pass needs; without it a document is left as rendered. */
export const attachChallengeMention = challengeNote.attach;
export const challengeMentionOf = challengeNote.of;

const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** The document with every mention after the first (per stream: quoted lines, the rest) shortened. */
export function nameChallengeOnce(markdown: string, mention: ChallengeMention | undefined): string {
  // A form with no two letters or digits in a row (a challenge typed as "*") would match other text.
  const forms = (mention?.forms ?? []).filter((f) => f.full !== '' && f.short !== '' && f.full !== f.short && /[\p{L}\p{N}]{2}/u.test(f.full)).sort((a, b) => b.full.length - a.full.length);
  if (forms.length === 0) return markdown;
  // Unique forms; a form typed with a capital at the start of a sentence matches too.
  const byFull = new Map<string, ChallengeForm>();
  for (const f of forms) if (!byFull.has(f.full.toLowerCase())) byFull.set(f.full.toLowerCase(), f);
  const pattern = new RegExp([...byFull.values()].map((f) => {
    const first = f.full[0]!;
    const rest = escapeRegExp(f.full.slice(1));
    const form = first.toLowerCase() !== first.toUpperCase() ? `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]${rest}` : `${escapeRegExp(first)}${rest}`;
    // Whole words only: a short form never matches inside a longer word ("you" inside "Your").
    return `(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`;
  }).join('|'), 'gu');
  // One scan first: most documents name it once or not at all, and are left as they are.
  const first = pattern.exec(markdown);
  const second = first ? pattern.exec(markdown) : null;
  pattern.lastIndex = 0;
  if (!second) return markdown;
  const keep = keptTexts(mention?.keep);
  const named = { spoken: false, quoted: false, narrative: false };
  return markdown.split('\n').map((line) => {
    const stream = streamOf(line);
    // The leader's words are set aside, then put back unchanged.
    const aside = setAside(line, keep);
    let text = aside.text;
    if (aside.kept === 0 && !pattern.test(text)) { pattern.lastIndex = 0; return line; }
    pattern.lastIndex = 0;
    let out = '', from = 0;
    for (const m of text.matchAll(pattern)) {
      const match = m[0], at = m.index;
      out += text.slice(from, at);
      from = at + match.length;
      if (!named[stream]) { named[stream] = true; out += match; continue; }
      const form = byFull.get(match.toLowerCase())!;
      const said = (x: string) => (match[0] !== form.full[0] ? capitalize(x) : x);
      if (form.shortAcc === undefined) { out += said(form.short); continue; }
      // German: the case the words before it ask for; „darum, “ before a clause becomes „um “.
      if (DARUM_BEFORE.test(out)) out = `${out.slice(0, -'darum, '.length)}um ${form.shortAcc}`;
      else out += said(ACCUSATIVE_BEFORE.test(out) ? form.shortAcc : form.short);
    }
    text = out + text.slice(from);
    return aside.putBack(text);
  }).join('\n');
}
