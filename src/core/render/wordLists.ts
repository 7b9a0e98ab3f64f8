// Word lists of the languages the tool reads: conditions and rhythms (conditionWords.ts), what keeps a
// leader busy beside a referral and why they named someone (leaderBusy.ts, referralReason.ts). A data module: shipped as JSON beside the
// bundle (scripts/shipped-files.mjs), so read only when used, never while modules load.
export const BUSY_WORDS = {
  /** They are in the middle of something: while, because, amid; jer, ker, bo, weil, mitten, omdat… */
  cue: 'while|during|in the middle of|busy|because|since|amid|until|jer|ker|bo|zbog|zaradi|usred|sredi|sredini|podczas|w trakcie|trwa|ponieważ|gdyż|weil|während|mitten|wegen|omdat|tijdens|midden in|parce que|pendant|en plein|en pleine|porque|durante|em plena|em pleno|en pleno|en plena|protože|kvůli|uprostřed|během|perché',
  /** Each kind, as said to you, and the stems that name it. */
  kinds: [
    ['budget', 'the budget round', 'budget|proračun|budżet|rozpoč|orçament|presupuest|begroting|haushalt|bilancio'],
    ['reorganisation', 'the reorganisation', 'reorg|réorg|restru[ck]tur|reestrutur|reestructur|umstrukturier|umorganis|neuorganis|herstructur|riorganizz'],
    ['audit', 'the audit', 'audit|audyt|revizij|revize'],
    ['merger', 'the merger', 'merger|fusion|fusão|fusión|fuzj|fúz|spajanj|združitv|fusie'],
  ],
  /** A because in sl, hr, pl, cs, de, nl, fr, es, pt, it; and a pronoun for the person named. */
  because: 'jer|ker|bo|ponieważ|gdyż|protože|jelikož|weil|omdat|parce que|puisque|porque|perché|poiché',
  pronoun: 'ona|on|ela|ele|ella|él|sie|er|zij|hij|elle|il|lei|lui',
};

/** Per language: the conjunctions that open a condition, the word that may close it, the first-person words after the opener (conditionWords.ts). */
export const CONDITION_LISTS = [
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

/** A rhythm named in their language (conditionWords.ts foreignRhythm). */
export const FOREIGN_RHYTHM_LIST = [
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
];
