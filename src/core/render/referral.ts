/** A referral's two readings that decide its documents: whether the person named is to be seen first,
 *  and the pronoun their title gives them. */

// "You go and see Encik Farid first… After that, come see me", "talk to Anna first and then we can talk",
// "speak with X, and if you still need me after that…": the person named comes first, the leader after.
/** "see X first, then come back": "first", then within that sentence or the next words that send you
 *  back to them ("come back", "come see me", "we can talk", "if still…"). */
const FIRST = /\bfirst\b/i;
// A way back to the leader, not any "then": "Let me tell her first, then you can go see her" is the
// leader's own first step, and the person named is seen after it.
const BACK_AFTER_FIRST = /\b(?:come (?:back|see me|to me|find me)|back to me|talk to me|we can (?:talk|chat|meet)|let['’]s (?:talk|chat|meet)|if (?:you )?still)\b/i;
/** "if you still have questions after that, …" */
const STILL = /\bif (?:you )?still (?:need|have|got)\b/i;
const STILL_THEN = /\b(?:after that|afterwards|then)\b/i;
/** "after you have spoken to her, come back to me" */
const AFTER_MET = /\bafter (?:that|you(?:'ve| have)? (?:spoken|talked|met|seen))\b/i;
const COME_BACK = /\b(?:come (?:back|see me|to me)|talk to me|we can talk)\b/i;

/** "Talk to Rania first", "you should speak with Anna first": you are sent to the person before you see
 *  them, whether or not a way back is said (bounded: linear). */
const TALK_FIRST = /\b(?:talk|speak|chat|see|meet|check|ask|call|ring|email|write)\b(?:\s+(?:to|with|in with))?\s+[^.?!;,]{1,50}?\s+first\b/i;
/** The leader's own first step ("let me talk to her first", "I'll speak with Anna first"): not yours. */
const THEIR_OWN_STEP = /\b(?:I|I['’]ll|I will|I['’]d|let me|we['’]ll|we will|I need to|I want to|I should)\s*$/i;

/** Their words send you to the person named first and then back to them ("see X first, then come back").
 *  Read sentence by sentence from the first cue in each: one pattern spanning "first … then" with two
 *  lazy runs retried from every "first" was cubic (a few thousand characters of "first " took seconds). */
export function seeFirst(words: string | undefined): boolean {
  if (words === undefined) return false;
  const sentences = words.split(/[.?!]/);
  const after = (sentence: string, cue: RegExp): string | undefined => {
    const m = cue.exec(sentence);
    return m ? sentence.slice(m.index + m[0].length) : undefined;
  };
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const afterFirst = after(sentence, FIRST);
    if (afterFirst !== undefined && BACK_AFTER_FIRST.test(`${afterFirst} ${sentences[i + 1] ?? ''}`)) return true;
    const afterStill = after(sentence, STILL);
    if (afterStill !== undefined && STILL_THEN.test(afterStill)) return true;
    const afterMet = after(sentence, AFTER_MET);
    if (afterMet !== undefined && COME_BACK.test(afterMet)) return true;
    const talk = TALK_FIRST.exec(sentence);
    if (talk && !THEIR_OWN_STEP.test(sentence.slice(Math.max(0, talk.index - 20), talk.index))) return true;
  }
  return false;
}

/** The pronoun for a person named with a gendered title (Encik, Mr, Herr, Señor; Puan, Ms, Mrs, Frau,
 *  Señora); else the one their words use for them ("she did the whole switch. Let me tell her first", "ella
 *  lleva toda la arquitectura"),
 *  when they use only one; "them" when neither says. */
export function pronounOf(referTo: string | undefined, words?: string): 'him' | 'her' | 'them' {
  const titled = pronounOfTitle(referTo);
  if (titled !== 'them' || words === undefined) return titled;
  // Spanish and Portuguese too: "ella lleva toda la arquitectura", "ele fez a migração" ("él", accented, never the article "el");
  // Slavic "ona" (she: "jer je ona vodila migraciju", "bo ona prowadziła"); "on" (he) is English too, so not read.
  const her = /\b(?:she|her|hers|herself)\b|\b(?:bei|mit|von|zu) ihr\b|\bihr (?:vorher |zuerst |kurz )?Bescheid\b|(?<!\p{L})(?:ella|ela|ona)(?!\p{L})/iu.test(words);
  const him = /\b(?:he|him|his|himself)\b|\bihm\b|(?<!\p{L})(?:él|ele)(?!\p{L})/iu.test(words);
  return her && !him ? 'her' : him && !her ? 'him' : 'them';
}

function pronounOfTitle(referTo: string | undefined): 'him' | 'her' | 'them' {
  const title = /^\s*([\p{L}.']+)/u.exec(referTo ?? '')?.[1]?.replace(/\.$/, '').toLowerCase() ?? '';
  if (['encik', 'mr', 'herr', 'señor', 'senor', 'sr', 'monsieur', 'm', 'signor', 'sir', 'tuan', 'pak', 'bapak'].includes(title)) return 'him';
  if (['puan', 'ms', 'mrs', 'miss', 'frau', 'señora', 'senora', 'sra', 'madame', 'mme', 'madam', 'signora', 'cik', 'ibu', 'bu'].includes(title)) return 'her';
  return 'them';
}
