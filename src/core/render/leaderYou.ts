/**
 * The leader named in the user's own text, said to the leader's face: "a draft specification that
 * Dr. Brandt has read" is said to Dr. Brandt as "a draft specification that you have read".
 * Their name in any form the user may type it (the full name, how they are addressed,
 * the surname or first name, with or without a title or "-san") becomes "you", the verb after it
 * agreeing ("has" → "have", "signs" → "sign"), and "Brandt's" becomes "your". Only lines spoken or
 * sent to the leader use this; notes to the user keep the name.
 */

/** Titles and forms of address that may stand before a name ("Frau Dr. Brandt", "Mr Tan"). */
const TITLE = String.raw`(?:(?:Frau|Herr|Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Madam|Madame|Monsieur|Sr|Sra|Dra|Don|Doña|Shri|Smt)\.?\s+)`;
/** Honorifics written after a name ("Tanaka-san", "Anand-ji"). */
const SUFFIX = String.raw`(?:-(?:san|sama|sensei|ji|nim|ssi)|\s+(?:ji|sahib|garu))?`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_WORD = new RegExp(`^${TITLE}`, 'u');

/** Every way the user may name the leader, longest first: the full name, how they are addressed,
 *  and the first and last words of the name (at least three letters, starting with a capital). */
export function leaderNames(name: string, addressAs: string): string[] {
  const bare = (s: string) => {
    let t = s.trim();
    for (let m = TITLE_WORD.exec(t); m; m = TITLE_WORD.exec(t)) t = t.slice(m[0].length);
    return t.replace(/-(?:san|sama|sensei|ji|nim|ssi)$/u, '');
  };
  const out = new Set<string>();
  for (const full of [name, addressAs]) {
    const b = bare(full);
    // A name with no two letters in a row ("*", "—") names nobody: turning it into "you" would rewrite the text around it.
    if (b === '' || !/\p{L}{2}/u.test(b)) continue;
    out.add(b);
    const words = b.split(/\s+/u);
    for (const w of [words[0]!, words[words.length - 1]!]) if (/^\p{Lu}[\p{L}'’-]{2,}$/u.test(w)) out.add(w);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** "has" → "have", "signs" → "sign", "answered" stays: a third-person verb after "you". */
export function verbAfterYou(verb: string): string {
  const irregular: Record<string, string> = { has: 'have', is: 'are', was: 'were', does: 'do', "doesn't": "don't", 'doesn’t': 'don’t', "isn't": "aren't", 'isn’t': 'aren’t', "wasn't": "weren't", 'wasn’t': 'weren’t', "hasn't": "haven't", 'hasn’t': 'haven’t', goes: 'go' };
  const v = verb.toLowerCase();
  if (irregular[v]) return irregular[v]!;
  if (!/^\p{Ll}+s$/u.test(verb) || /(?:ss|us|is|ys)$/u.test(v) && !/(?:ays|eys|oys|uys)$/u.test(v)) return verb;
  if (/(?:ches|shes|sses|xes|zes|oes)$/u.test(v)) return verb.slice(0, -2);
  if (/[^aeiou]ies$/u.test(v)) return `${verb.slice(0, -3)}y`;
  return verb.slice(0, -1);
}

/** Words after a name that are not its verb: "Brandt and I", "Rafa on the call", "with Rafa as sponsor". */
const NOT_A_VERB = /^(?:and|or|but|as|on|in|at|of|for|to|from|with|by|about|over|under|the|a|an|this|that|these|those|who|which|whose|when|if|so|than|news|series|status|process|analysis|basis|business|access|success|progress|address)$/iu;

/** The text with the leader's names turned into "you" (and "your"), the verb agreeing. Linear:
 *  one regex pass with an alternation of a few fixed names. */
export function leaderToYou(text: string, names: readonly string[]): string {
  if (names.length === 0 || text === '') return text;
  const alternation = names.map(escape).join('|');
  // A text that is nothing but their name (a challenge typed as the leader's name) is not turned
  // into a bare "you": it would stand for the challenge everywhere the challenge is named.
  if (new RegExp(`^\\s*(?:${alternation})\\s*$`, 'u').test(text)) return text;
  // At most four titles before the name ("Frau Prof. Dr. Dr. Brandt"): with no bound, a run of
  // titles not followed by the name ("Herr Herr Herr …") was read again from each of them.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE}{0,4}(?:${alternation})${SUFFIX}(?![\\p{L}\\p{N}-])(?:(['’]s)(?![\\p{L}])|(\\s+)([\\p{L}'’]+))?`, 'gu');
  return text.replace(re, (_m, possessive: string | undefined, space: string | undefined, next: string | undefined, at: number) => {
    const start = at === 0 || /[.!?]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
    const you = start ? 'You' : 'you';
    if (possessive) return start ? 'Your' : 'your';
    if (next === undefined) return you;
    // "Rafa answered", "Dr. Brandt has read": the verb follows "you"; "Brandt and I" keeps its word.
    return `${you}${space}${NOT_A_VERB.test(next) ? next : verbAfterYou(next)}`;
  });
}
