// A come-back tied to a condition, and a rhythm, in the leader's own language (issue 21): "kad prođe
// revizija sigurnosti u ožujku, onda dođite k meni", "когда закончится аудит в марте, тогда приходите",
// "setelah audit selesai", "denetim bitince". Word lists per language (data), read by one pattern each.
// A month inside the condition ("u ožujku", "в марте") stays part of it: the come-back is the condition.

/** Per language: the conjunctions that open a condition (a clause follows, never a date alone: "nakon
 *  Uskrsa", "после праздников" are times); the word that may close it ("onda"); and the first-person
 *  words after the opener that make it their place or time ("когда буду в Алматы"), not a condition. */
const LISTS: readonly (readonly [open: string, then: string, not: string])[] = [
  ['kad|kada|čim|tek kad|tek kada|nakon što|pošto', 'onda|tada', 'budem|sam|god'], // hr, bs, sr (Latin)
  ['кад|када|чим|тек кад|након што|пошто', 'онда|тада', 'будем|сам'], // sr
  ['когда|как только|только когда|после того как', 'тогда|потом', 'буду|будешь|будете|захочешь|захотите'], // ru, and Russian in KZ
  ['коли|як тільки|щойно|тільки коли|після того як', 'тоді|потім', 'буду|будеш|захочеш'], // uk
  ['когато|щом|веднага щом|едва когато|след като', 'тогава', 'съм|бъда|дойда'], // bg
  ['când|după ce|imediat ce|odată ce|de îndată ce|abia când', 'atunci|apoi', 'sunt|voi|o să fiu|ajung'], // ro
  ['kiedy|gdy|jak tylko|dopiero gdy|dopiero kiedy|po tym jak|jak już', 'wtedy|to', 'będę|jestem'], // pl
  ['až|jakmile|teprve až|poté co', 'pak|potom|tak', 'budu|jsem|v|ve|po|do|příští'], // cs
  ['kai|kai tik|tik kai|kai jau', 'tada|tuomet', 'būsiu|esu|būsi'], // lt
  ['quando|appena|non appena|una volta che|dopo che|solo quando', 'allora|poi', 'sarò|sono|passo|torno|vuoi'], // it
  ['assim que|depois que|logo que|só quando|quando', 'então|aí|daí', 'estiver|eu estiver|quiser|passar'], // pt
  ['när|så fort|så snart|först när|efter att', 'då|sen|sedan', 'jag är i|jag kommer till|du vill'], // sv
  ['setelah|sesudah|begitu|kalau|nanti kalau|nanti setelah', 'baru|nanti|barulah', 'saya|aku|bapak|ibu'], // id
];
const alt = (k: 0 | 1 | 2): string => LISTS.map((l) => l[k]).join('|');
const OPEN = alt(0), THEN = alt(1), NOT = alt(2);
/** Indonesian "setelah" also opens a date ("setelah Lebaran"): a condition only with a word of work done. */
const DONE_ID = /(?<!\p{L})(?:sudah|selesai|beres|rampung|kelar|disetujui|berjalan|terbit|diterbitkan|live)(?!\p{L})/iu;
const ID_OPEN = /^(?:setelah|sesudah|begitu|kalau|nanti kalau|nanti setelah)\s/iu;
/** Turkish puts the condition in the verb: "denetim bitince", "bütçe onaylandıktan sonra", "proje bittiğinde";
 *  read on the verbs of work being done, so that no English word ending in "-ince" is taken for one. */
const TR_VERB = String.raw`(?<!\p{L})(?:bit|ol|tamamlan|onaylan|imzalan|geç|başla|çık|kapan|açıl|alın|yerleş|kesinleş|sonuçlan|otur|bitir)y?(?:[ıiuü]nc[ae]|[dt][ıiuü]kt[ae]n\s+sonra|[dt][ıiuü]ğ[ıiuü]nd[ae])`;

/** The come-back they gave (comeBackAfter) opens with a condition in their language. Bounded: linear. */
const FIELD = new RegExp(`^(?:(?:${OPEN})\\s+(?!(?:${NOT})(?!\\p{L}))\\p{L}|(?:[\\p{L}'’]+\\s+){0,6}${TR_VERB}(?!\\p{L}))`, 'iu');
export const foreignCondition = (when: string): boolean => FIELD.test(when) && (!ID_OPEN.test(when) || DONE_ID.test(when));
/** A come-back whose condition is in their language, quoted as theirs wherever an English line says it
 *  ("you suggested I come back to you “kad prođe revizija sigurnosti u ožujku”"); any other left as it is. */
export function quotedCondition<D extends { readonly comeBackAfter?: string }>(details: D): D {
  const after = details.comeBackAfter?.trim();
  return after !== undefined && foreignCondition(after) ? { ...details, comeBackAfter: `“${after.replace(/[.!]+$/u, '')}”` } : details;
}

/** The condition in their words, up to the word that closes it ("kad prođe revizija sigurnosti u ožujku",
 *  from "…, onda dođite k meni"), or a Turkish condition verb and the words before it in its clause. */
const IN_WORDS = new RegExp(`(?<!\\p{L})((?:${OPEN})\\s+(?!(?:${NOT})(?!\\p{L}))[^.,;!?—–]{3,80}?)\\s*,?\\s*(?:${THEN})(?!\\p{L})|(?:^|[.!?,;]\\s*)((?:[\\p{L}'’]+\\s+){0,6}${TR_VERB})(?!\\p{L})`, 'iu');
export function foreignConditionIn(words: string): string | undefined {
  const m = IN_WORDS.exec(words);
  const clause = (m?.[1] ?? m?.[2])?.trim();
  return clause !== undefined && foreignCondition(clause) ? clause.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : undefined;
}

/** A rhythm named in their language: "jednom mjesečno", "раз в месяц", "щомісяця", "o dată pe lună",
 *  "raz w miesiącu", "kas mėnesį", "sebulan sekali", "ayda bir", "una volta al mese", "uma vez por mês",
 *  "en gång i månaden". Alternatives of fixed words (the source of one pattern): linear. */
export const FOREIGN_RHYTHM = [
  'jednom\\s+(?:mjesečno|tjedno|mesečno|nedeljno)|svaki\\s+(?:mjesec|tjedan|mesec)|mjesečno|tjedno', // hr, bs, sr
  'раз\\s+в\\s+(?:месяц|неделю|квартал)|каждый\\s+месяц|каждую\\s+неделю|ежемесячно|еженедельно|једном\\s+месечно', // ru, sr
  'раз\\s+на\\s+(?:місяць|тиждень)|щомісяця|щотижня|кожного\\s+місяця', // uk
  'веднъж\\s+(?:месечно|седмично|на\\s+месец)|всеки\\s+месец|всяка\\s+седмица|месечно', // bg
  'o\\s+dată\\s+pe\\s+(?:lună|săptămână)|în\\s+fiecare\\s+lună|lunar', // ro
  'raz\\s+w\\s+(?:miesiącu|tygodniu|kwartale)|co\\s+(?:miesiąc|tydzień)', // pl
  'jednou\\s+(?:měsíčně|týdně|za\\s+měsíc)|každý\\s+měsíc|každý\\s+týden|měsíčně', // cs
  'kartą\\s+per\\s+(?:mėnesį|savaitę)|kas\\s+(?:mėnesį|savaitę)', // lt
  '(?:sebulan|seminggu)\\s+sekali|setiap\\s+(?:bulan|minggu)|tiap\\s+bulan', // id
  '(?:ayda|haftada)\\s+bir|her\\s+(?:ay|hafta)', // tr
  'una\\s+volta\\s+(?:al|a)\\s+(?:mese|settimana)|ogni\\s+(?:mese|settimana)|mensilmente', // it
  'uma\\s+vez\\s+(?:por|ao)\\s+(?:mês|semana)|todo\\s+mês|todos\\s+os\\s+meses|toda\\s+semana|mensalmente', // pt
  'en\\s+gång\\s+(?:i|per)\\s+(?:månaden|veckan|månad|vecka)|varje\\s+(?:månad|vecka)|månatligen', // sv
].join('|');
