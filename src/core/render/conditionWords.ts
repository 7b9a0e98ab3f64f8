import { CONDITION_LISTS, FOREIGN_RHYTHM_LIST } from './wordLists';
// A come-back tied to a condition, and a rhythm, in the leader's own language (issue 21): "kad prođe
// revizija sigurnosti u ožujku, onda dođite k meni", "когда закончится аудит в марте, тогда приходите",
// "setelah audit selesai", "denetim bitince". Word lists per language (data), read by one pattern each.
// A month inside the condition ("u ožujku", "в марте") stays part of it: the come-back is the condition.

/** Per language: the conjunctions that open a condition (a clause follows, never a date alone: "nakon
 *  Uskrsa", "после праздников" are times); the word that may close it ("onda"); and the first-person
 *  words after the opener that make it their place or time ("когда буду в Алматы"), not a condition. */
const LISTS = (): readonly (readonly string[])[] => CONDITION_LISTS;
const alt = (k: 0 | 1 | 2): string => LISTS().map((l) => l[k]).join('|');
/** Indonesian "setelah" also opens a date ("setelah Lebaran"): a condition only with a word of work done. */
const DONE_ID = /(?<!\p{L})(?:sudah|selesai|beres|rampung|kelar|disetujui|berjalan|terbit|diterbitkan|live)(?!\p{L})/iu;
const ID_OPEN = /^(?:setelah|sesudah|begitu|kalau|nanti kalau|nanti setelah)\s/iu;
/** Turkish puts the condition in the verb: "denetim bitince", "bütçe onaylandıktan sonra", "proje bittiğinde";
 *  read on the verbs of work being done, so that no English word ending in "-ince" is taken for one. */
const TR_VERB = String.raw`(?<!\p{L})(?:bit|ol|tamamlan|onaylan|imzalan|geç|başla|çık|kapan|açıl|alın|yerleş|kesinleş|sonuçlan|otur|bitir)y?(?:[ıiuü]nc[ae]|[dt][ıiuü]kt[ae]n\s+sonra|[dt][ıiuü]ğ[ıiuü]nd[ae])`;

/** The come-back they gave (comeBackAfter) opens with a condition in their language. Bounded: linear. */
let field: RegExp | undefined;
const FIELD = (): RegExp => (field ??= new RegExp(`^(?:(?:${alt(0)})\\s+(?!(?:${alt(2)})(?!\\p{L}))\\p{L}|(?:[\\p{L}'’]+\\s+){0,6}${TR_VERB}(?!\\p{L}))`, 'iu'));
export const foreignCondition = (when: string): boolean => FIELD().test(when) && (!ID_OPEN.test(when) || DONE_ID.test(when));
/** A come-back whose condition is in their language, quoted as theirs wherever an English line says it
 *  ("you suggested I come back to you “kad prođe revizija sigurnosti u ožujku”"); any other left as it is. */
export function quotedCondition<D extends { readonly comeBackAfter?: string }>(details: D): D {
  const after = details.comeBackAfter?.trim();
  return after !== undefined && foreignCondition(after) ? { ...details, comeBackAfter: `“${after.replace(/[.!]+$/u, '')}”` } : details;
}

/** The condition in their words, up to the word that closes it ("kad prođe revizija sigurnosti u ožujku",
 *  from "…, onda dođite k meni"), or a Turkish condition verb and the words before it in its clause. */
let inWords: RegExp | undefined;
const IN_WORDS = (): RegExp => (inWords ??= new RegExp(`(?<!\\p{L})((?:${alt(0)})\\s+(?!(?:${alt(2)})(?!\\p{L}))[^.,;!?—–]{3,80}?)\\s*,?\\s*(?:${alt(1)})(?!\\p{L})|(?:^|[.!?,;]\\s*)((?:[\\p{L}'’]+\\s+){0,6}${TR_VERB})(?!\\p{L})`, 'iu'));
export function foreignConditionIn(words: string): string | undefined {
  const m = IN_WORDS().exec(words);
  const clause = (m?.[1] ?? m?.[2])?.trim();
  return clause !== undefined && foreignCondition(clause) ? clause.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : undefined;
}

/** A rhythm named in their language: "jednom mjesečno", "раз в месяц", "щомісяця", "o dată pe lună",
 *  "raz w miesiącu", "kas mėnesį", "sebulan sekali", "ayda bir", "una volta al mese", "uma vez por mês",
 *  "en gång i månaden". Alternatives of fixed words (the source of one pattern): linear. */
export const foreignRhythm = (): string => FOREIGN_RHYTHM_LIST.join('|');
