import { BUSY_WORDS } from './wordLists';
import { inlineMarkdown } from './markdown';

// Why the leader named the person they sent you to, read from their words and said to that person:
// "Talk to Rokas — he ran the customs integration" → "you ran the customs integration" (the first
// message to them says who sent you and why them).

/** The clause after the name: "— he ran …", ", she built …", ". She's done …", "because he knows …",
 *  "who has been through …". Bounded runs, no nested repeats: linear. */
const REASON = /(?:^|[—–,;:(]|\s-|[.!]\s|\b(?:because|since|as)\b)\s*(?:(?:because|since|as)\s+)?(?:he|she|they|who)(?=[\s'’])((?:['’]s|['’]ve)?\s*[^.;!?()\n]{3,160})/iu;
/** Words that make the clause no reason (a promise, an offer, a plan): "she will help you", "he can say". */
const NOT_A_FACT = /^(?:['’]ll|['’]d|will|would|can|could|might|may|should|must|shall|won['’]t|can['’]t|cannot|wouldn['’]t|isn['’]t|doesn['’]t|didn['’]t|hasn['’]t|wasn['’]t|never|not|also\s+(?:will|can|could))\b/iu;
/** Where they are, not what they did: "he is on holiday until May", "she's back next week". */
const AWAY = /\b(?:holidays?|leave|vacation|away|back|busy|travell?ing|off|out of (?:the )?office)\b/iu;
/** The leader's own first person cannot be said by you: such a clause is left out. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|me|my|mine|myself)(?![\p{L}'’])/u;
/** A clause that begins with "you" is about you, not them. */
const ABOUT_YOU = /^(?:you|your)\b/iu;
const ADVERBS = new Set(['actually', 'already', 'also', 'basically', 'literally', 'really', 'just', 'once', 'personally', 'practically', 'pretty', 'much', 'effectively', 'essentially']);
const IRREGULAR: Readonly<Record<string, string>> = { is: 'are', was: 'were', has: 'have', does: 'do', "isn't": "aren't", "wasn't": "weren't" };
/** Past tenses and words that are not a third-person verb in -s. */
const KEEP_S = new Set(['was', 'has', 'is', 'does', 'this', 'his', 'its', 'process', 'across', 'always', 'perhaps', 'plus', 'bus', 'status']);
const PARTICIPLE = /^(?:been|done|seen|run|built|led|written|made|had|gone|taken|got|gotten|known|shown|driven|set|put|brought|found|spent|won|begun|grown|owned|\p{L}+ed)$/iu;

/** "he ran the customs integration" → "you ran the customs integration"; undefined when their words
 *  give no reason after the name (or give it in words we cannot turn: "he helped me with it"). */
export function referralReasonOf(words: string | undefined, referTo: string | undefined): string | undefined {
  if (!words || !referTo) return undefined;
  // Read after the name as they wrote it, by its last word found ("Kazlauskas" of "Rokas Kazlauskas",
  // "Priya" when they wrote only that).
  // Declined in their language ("z panią Anną Lewandowską", "Javi se Ivani"): found by the name less its ending.
  const names = referTo.trim().split(/\s+/);
  const found = names.filter((w) => w.length > 2 && words.includes(w)).pop()
    ?? names.filter((w) => w.length > 4 && words.includes(w.slice(0, -1))).map((w) => w.slice(0, -1)).pop();
  if (found === undefined) return undefined;
  const start = words.indexOf(found) + found.length;
  const after = words.slice(start + (/^\p{L}/u.exec(words.slice(start))?.[0].length ?? 0));
  // Only the clause of the name's own sentence or the one after it.
  const near = after.split(/[.!?](?:\s|$)/u).slice(0, 2).join('. ');
  const m = REASON.exec(near);
  if (!m) return foreignReasonOf(near);
  // One clause: "he moved payments out of the monolith, he knows this better" ends at the second subject.
  let clause = m[1]!.replace(/,\s+(?:he|she|they|I|we)\s[^]*$/iu, '').trim().replace(/[\s,—–-]+$/u, '');
  if (NOT_A_FACT.test(clause) || FIRST_PERSON.test(clause) || ABOUT_YOU.test(clause) || AWAY.test(clause)) return undefined;
  clause = toSecondPerson(clause);
  return clause.length > 3 ? `you${/^['’]/u.test(clause) ? '' : ' '}${clause}` : undefined;
}

/** The verb turned to "you" ("knows" → "know", "'s done" → "’ve done", "is" → "are"), their pronouns to
 *  yours ("his team" → "your team", "herself" → "yourself"). */
function toSecondPerson(clause: string): string {
  const tokens = clause.split(/\s+/);
  if (/^['’]s$/u.test(tokens[0]!)) tokens[0] = PARTICIPLE.test(tokens[1] ?? '') ? '’ve' : '’re';
  else {
    let i = 0;
    while (i < tokens.length - 1 && ADVERBS.has(tokens[i]!.toLowerCase())) i++;
    tokens[i] = presentFor(tokens[i]!);
  }
  // A second verb of theirs ("owns the engine and watches its costs"): before a determiner, turned too.
  for (let i = 1; i < tokens.length - 2; i++) {
    if (/^and$/iu.test(tokens[i]!) && /^(?:its|the|a|an|our|all|every|their|his|her)$/iu.test(tokens[i + 2]!)) tokens[i + 1] = presentFor(tokens[i + 1]!);
  }
  return tokens.map((t, i) => pronounFor(t, tokens[i + 1])).join(' ').replace(/^\s*(['’])/u, '$1');
}

function presentFor(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (!/s$/u.test(lower) || /ss$/u.test(lower) || KEEP_S.has(lower)) return verb;
  if (/[^aeiou]ies$/u.test(lower)) return verb.slice(0, -3) + 'y';
  if (/(?:[^aeiou]s|sh|ch|x|z|[^aeiou]o)es$/u.test(lower)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** Their pronoun as yours; "her" is "your" before a noun, "you" otherwise. */
function pronounFor(token: string, next: string | undefined): string {
  const m = /^(his|him|himself|herself|themselves|their|them|her)(\W*)$/iu.exec(token);
  if (!m) return token;
  const word = m[1]!.toLowerCase();
  const yours = word === 'his' || word === 'their' || (word === 'her' && next !== undefined && !/^(?:and|or|to|for|with|on|in|at|about|first|too)\b/iu.test(next) && !/[,.;:]$/u.test(token))
    ? 'your' : /self$|selves$/u.test(word) ? 'yourself' : 'you';
  return yours + m[2]!;
}

/** The reason in their language ("jer je ona vodila migraciju", "bo ona prowadziła wdrożenie", "weil sie die
 *  Migration geleitet hat", ", ela fez exatamente isso"): a because of sl, hr, pl, cs, de, nl, fr, es, pt, it, or
 *  their pronoun for that person after a comma or dash. Bounded runs: linear. */
let foreign: RegExp | undefined;
const FOREIGN = (): RegExp => (foreign ??= new RegExp(`(?:(?<!\\p{L})(?:${BUSY_WORDS.because})(?!\\p{L})|(?<!\\p{L})parce qu['’]|[,—–:]\\s*(?:${BUSY_WORDS.pronoun})(?!\\p{L}))\\s*([^.;!?()\\n]{3,160})`, 'iu'));
/** English words: ", on the platform team" is no Croatian "on" (he). */
const ENGLISH = /(?<!\p{L})(?:the|is|was|has|and|of|with|for|you|your)(?!\p{L})/iu;
/** Turned to "you" it cannot be: left for you to say, with their words beside it. */
function foreignReasonOf(near: string): string | undefined {
  const clause = FOREIGN().exec(near)?.[1]?.trim().replace(/[\s,—–-]+$/u, '');
  return clause === undefined || clause.length < 4 || ENGLISH.test(clause) ? undefined : `you ${PLACEHOLDER}${clause}”)*`;
}
const PLACEHOLDER = '*(say in your own words what they named: “';

/** The reason as Markdown: their words escaped, the blank for you to fill left in italics. */
export function referralReasonMarkdown(words: string | undefined, referTo: string | undefined): string | undefined {
  const reason = referralReasonOf(words, referTo);
  if (reason === undefined) return undefined;
  const at = reason.indexOf(PLACEHOLDER);
  return at < 0 ? inlineMarkdown(reason) : `${reason.slice(0, at + PLACEHOLDER.length)}${inlineMarkdown(reason.slice(at + PLACEHOLDER.length, -3))}”)*`;
}
