/**
 * The terms they set with their yes, as the messages to them say them (issue 21: "You offered some
 * time, within limits" told them nothing they had said). Their limits are said back plainly, turned
 * to "you" ("one question when he is back" → "one question when you are back"); a short slot they
 * offered as an extra in their words ("si algún día hace falta, quince minutos y listo") is kept as
 * the fallback; and "I answer when I can" takes the deadline off them. English only (the last in
 * German too): German documents keep their own sentences.
 */
import { bareOffer, swapToYou, toThem, toYou } from './pronouns';
import { leaderNames, leaderToYou, verbAfterYou } from './leaderYou';
import { inlineMarkdown } from './markdown';

export interface TheirTerms {
  /** Their limits said to them, Markdown-safe ("no recurring meetings; one concrete question every two
   *  weeks, on Slack"); undefined when the profile holds none. */
  limits?: string;
  /** The same limits as typed (their voice or about them), for limitsAbout; undefined when none. */
  limitsTyped?: string;
  /** A short slot offered as an extra, in English ("fifteen minutes", "half hour"); undefined when none. */
  fallback?: string;
  /** `offered` is that extra ("15 minutes if ever needed"): the limits are the ask, the offer its fallback. */
  offeredIsExtra: boolean;
  /** They said they answer when they can ("te contesto cuando pueda", „wenn ich Zeit habe“): no deadline for them. */
  noRush: boolean;
}

/** "When I can", "when I get to it", "as time allows", and the same in Spanish, German, French, Portuguese, Estonian. */
const WHEN_THEY_CAN = /(?<![\p{L}])(?:when(?:ever)? I (?:can|get (?:a )?(?:chance|round to it|around to it|to it)|have (?:the )?time|find (?:the )?time|get a (?:minute|moment))|in my own time|as and when I can|(?:as|when) (?:time|my calendar) (?:allows|permits)|(?:cuando|en cuanto) (?:pueda|puedo|tenga (?:un rato|tiempo))|wenn ich (?:Zeit habe|dazu komme|kann)|sobald ich (?:Zeit habe|dazu komme)|quand je (?:peux|pourrai|peu|aurai le temps|trouve le temps)|quando (?:puder|tiver tempo|der)|kui jõuan)(?![\p{L}])/iu;
/** "If ever needed", "si algún día hace falta", „falls nötig“, „bei Bedarf“, "si besoin", "se precisar". */
const IF_NEEDED = /(?<![\p{L}])(?:if (?:it(?:['’]s| is) )?(?:ever )?needed|if ever|if need be|if it ever|if necessary|if you ever need|when needed|si (?:algún día |alguna vez )?(?:hace falta|es necesario|se necesita|lo necesitás|lo necesitas)|(?:falls|wenn) (?:es )?(?:mal |einmal )?nötig|bei Bedarf|si besoin|au besoin|si nécessaire|se (?:for )?(?:preciso|precisar|necessário))(?![\p{L}])/iu;
const NUMBER: Record<string, number> = {
  five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, cinco: 5, diez: 10, quince: 15, veinte: 20, treinta: 30,
  fünf: 5, zehn: 10, fünfzehn: 15, zwanzig: 20, dreißig: 30, cinq: 5, dix: 10, quinze: 15, vingt: 20, trente: 30, dez: 10, vinte: 20, trinta: 30,
};
const ENGLISH: Record<number, string> = { 5: 'five', 10: 'ten', 15: 'fifteen', 20: 'twenty', 30: 'thirty' };
const MINUTES = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${Object.keys(NUMBER).join('|')})\\s*-?\\s*(?:minutes?|mins?|minutos?|minuten|minuti)(?![\\p{L}])`, 'iu');
const HALF_HOUR = /(?<![\p{L}])(?:half an hour|a half hour|media hora|(?:eine )?halbe Stunde|une demi-heure|meia hora)(?![\p{L}])/iu;

/** The short slot in a sentence that offers it only if needed ("quince minutos y listo, si hace falta"), in English. */
export function fallbackIn(text: string): string | undefined {
  for (const sentence of text.split(/[.!?;]+/u)) {
    if (!IF_NEEDED.test(sentence)) continue;
    if (HALF_HOUR.test(sentence)) return 'half hour';
    const m = MINUTES.exec(sentence);
    if (!m) continue;
    const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : NUMBER[m[1]!.toLowerCase()]!;
    return `${ENGLISH[n] ?? String(n)} minutes`;
  }
  return undefined;
}

export const answersWhenTheyCan = (words: string | undefined): boolean => words !== undefined && WHEN_THEY_CAN.test(words);

const THIRD = /(?<![\p{L}])(?:he|she|him|her|his|hers|they|them|their)(?![\p{L}])/iu;
/** Words after "her" that show it is the object ("ask her first"), not "her calendar". */
const NOT_A_NOUN = /^(?:on|in|at|by|for|to|with|about|when|if|and|or|but|first|directly|again|once|only|before|after|back|up|out|over|so|then|that|know|via|through|any|more)$/iu;
const ADVERB = String.raw`(?:only|usually|often|rarely|never|always|still|just|also|really|sometimes|mostly|generally|probably|normally|typically)\s+`;

/** Their limits as typed, said to them: their "I" becomes "you" (and yours "I"), and "he", "she",
 *  "they" or their name becomes "you", the verb agreeing. Their own words that no swap can turn (an
 *  instruction, a first person in another language) stay quoted. One pass per pronoun kind: linear. */
export function limitsToYou(limits: string, names: readonly string[]): string {
  const t = bareOffer(limits.trim());
  // Written about them ("ask her first"): the user's words, turned; else an instruction in their voice stays quoted.
  const turned = THIRD.test(t) ? swapToYou(t) : toYou(t);
  if (turned.startsWith('“') && !t.startsWith('“')) return turned;
  const cap = (word: string, by: string) => (/^\p{Lu}/u.test(word) ? by[0]!.toUpperCase() + by.slice(1) : by);
  return leaderToYou(turned
    .replace(/(?<![\p{L}])(he|she)['’]s(?![\p{L}])(\s+(?:been|got|\p{L}+ed)(?![\p{L}]))?/giu, (_m, w: string, pp: string | undefined) => cap(w, pp ? `you’ve${pp}` : 'you’re'))
    .replace(new RegExp(String.raw`(?<![\p{L}])(he|she)(\s+)(${ADVERB})?(\p{L}[\p{L}'’]*)`, 'giu'), (_m, w: string, sp: string, adv: string | undefined, verb: string) => `${cap(w, 'you')}${sp}${adv ?? ''}${verbAfterYou(verb)}`)
    .replace(/(?<![\p{L}])(he|she|they|him|them|himself|herself|themselves|his|their|theirs|hers)(?![\p{L}])/giu, (w: string) => {
      const l = w.toLowerCase();
      return cap(w, l.endsWith('self') || l.endsWith('selves') ? 'yourself' : l === 'his' || l === 'their' ? 'your' : l === 'theirs' || l === 'hers' ? 'yours' : 'you');
    })
    .replace(/(?<![\p{L}])her(?![\p{L}])(\s+([\p{L}'’]+))?/giu, (w: string, rest: string | undefined, next: string | undefined) => {
      const you = next !== undefined && !NOT_A_NOUN.test(next) ? 'your' : 'you';
      return `${cap(w, you)}${rest ?? ''}`;
    }), names);
}

const MODAL = /^(?:can|can['’]t|cannot|will|won['’]t|would|wouldn['’]t|could|couldn['’]t|should|shouldn['’]t|must|may|might|only|never|always|usually|often|rarely|still|just|also|really)$/iu;
/** "travel" → "travels", "am" → "is", "can" stays: the verb after "he" or "she". */
function verbAfterThirdPerson(verb: string): string {
  const irregular: Record<string, string> = { am: 'is', have: 'has', do: 'does', "don't": "doesn't", 'don’t': 'doesn’t', go: 'goes', "haven't": "hasn't", 'haven’t': 'hasn’t', were: 'was' };
  const v = verb.toLowerCase();
  if (irregular[v]) return irregular[v]!;
  if (MODAL.test(v) || !/^\p{Ll}+$/u.test(verb)) return verb;
  if (/(?:s|sh|ch|x|z|o)$/u.test(v)) return `${verb}es`;
  return /[^aeiou]y$/u.test(v) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
}

/** Their limits told about them to someone else (your manager), with the leader's pronoun ($they: he,
 *  she or they): their "I" becomes "she", the verb agreeing ("I travel" → "she travels"); written about
 *  them already, as typed. Markdown-safe. */
export function limitsAbout(typed: string, they: string): string {
  const them = toThem(typed);
  // Written about them, or an instruction in their voice ("ping me when you're stuck", quoted): as it is.
  if (THIRD.test(typed) || them.startsWith('“') || !/^(?:he|she)$/u.test(they)) return inlineMarkdown(THIRD.test(typed) ? typed : them);
  const him = they === 'he' ? 'him' : 'her', his = they === 'he' ? 'his' : 'her';
  return inlineMarkdown(typed
    .replace(/(?<![\p{L}])I(?:['’]m| am)(?![\p{L}])/gu, `${they} is`).replace(/(?<![\p{L}])I['’]ve(?![\p{L}])/gu, `${they} has`)
    .replace(/(?<![\p{L}])I['’](ll|d)(?![\p{L}])/gu, `${they}’$1`)
    .replace(/(?<![\p{L}])I(\s+)(\p{L}[\p{L}'’]*)/gu, (_m, sp: string, verb: string) => `${they}${sp}${verbAfterThirdPerson(verb)}`)
    .replace(/(?<![\p{L}])I(?![\p{L}])/gu, they).replace(/(?<![\p{L}])my(?![\p{L}])/giu, his).replace(/(?<![\p{L}])me(?![\p{L}])/giu, him)
    .replace(/(?<![\p{L}])mine(?![\p{L}])/giu, they === 'he' ? 'his' : 'hers'));
}

/** The terms of a yes with limits (and whether they answer when they can), for English documents. */
export function theirTermsOf(i: { firstResponse?: string; limits?: string; offered?: string; words?: string; written: boolean; leader: readonly [string, string]; english: boolean }): TheirTerms {
  const noRush = answersWhenTheyCan(i.words);
  if (!i.english || i.firstResponse !== 'yes-with-limits' || i.limits === undefined || i.limits.trim() === '') return { offeredIsExtra: false, noRush };
  const fromOffer = i.offered === undefined ? undefined : fallbackIn(i.offered);
  // The slot is a fallback beside written questions; where a meeting is asked for, it is no fallback.
  const fallback = i.written ? fromOffer ?? (i.offered === undefined ? fallbackIn(i.words ?? '') : undefined) : undefined;
  return { limits: inlineMarkdown(limitsToYou(i.limits, leaderNames(...i.leader))), limitsTyped: bareOffer(i.limits.trim()), fallback, offeredIsExtra: fromOffer !== undefined, noRush };
}
