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

/** Long patterns of the first-answer reading, as source text (compiled once, when first used): a clause
 *  that starts a new sentence, "I'm not the right person" said of themselves, the "I want to" before a wish (slots.ts); "no meetings", "no time for meetings" in the languages read
 *  and "no decks, no documents" (leaderWords.ts). */
export const READING_PATTERNS = {
  clauseStart: String.raw`^(?:(?:our|my|the|their|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|most|all|some|every|each|no)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:teams?|offices?|regions?|countries|sites?|departments?|units?|services?|systems?|platforms?|apis?|engineers?|developers?|squads?|customers?|users?|releases?|deploys?|deployments?|builds?|integrations?|databases?|monolith|gateway|architecture|code|clients?|partners?|vendors?|latency|costs?|incidents?|contracts?|owners?|data|models?|process(?:es)?|budgets?|plans?|decisions?|changes?|jobs?|(?!(?:is|was|has|does|its|this|thus|less|across|always|perhaps)\s)\p{L}{3,}s)\s+(?:each\s+|all\s+|still\s+|now\s+|often\s+|keep\s+|never\s+|already\s+|just\s+)?(?:is|are|was|were|has|have|had|keep|keeps|built|build|builds|own|owns|need|needs|use|uses|run|runs|take|takes|depend|depends|break|breaks|fail|fails|call|calls|share|shares|hit|hits|grow|grows|block|blocks|wait|waits|cannot|can't|can|will|won't|do|does|don't|doesn't|did|didn't)\b|(?:we|i|nobody|no one|everyone|everybody|each team|every team|there|it|they)\s+\p{Ll}|(?:i|we|they|it|there)['’](?:ll|m|d|ve|re|s)\s+\p{Ll})`,
  noMeetings: String.raw`(?<!\p{L})(?:no\s+(?:more\s+)?meetings|(?:sitting\s+(?:down|together)|meeting\s+(?:up|in\s+person)|meetings)\s+(?:is|are)\s+(?:not\s+possible|impossible)|(?:no|zero|little|hardly\s+any)\s+time\s+for\s+(?:any\s+)?(?:meetings|calls|sitting\s+(?:together|down)|meeting\s+up)|(?:can['’]?t|cannot)\s+meet(?:\s+up|\s+in\s+person)?|(?:don['’]?t|do\s+not|can['’]?t|cannot)\s+(?:do|take|have\s+time\s+for)\s+(?:any\s+)?meetings|keine\s+Zeit\s+für\s+(?:Meetings|Termine|Treffen)|no\s+tengo\s+tiempo\s+para\s+reuniones|n(?:u\s+|-)am\s+timp\s+de\s+(?:întâlniri|ședințe|şedinţe)|нямам\s+време\s+за\s+срещи|на\s+срещи\s+нямам\s+време|(?:немає|нема|не\s+маю)\s+часу\s+на\s+зустрічі|на\s+зустрічі\s+(?:\p{L}+\s+)?(?:немає|нема)\s+часу|нет\s+времени\s+на\s+встречи|на\s+встречи\s+(?:\p{L}+\s+)?нет\s+времени)(?!\p{L})`,
  ownCurrency: String.raw`\b(?:I['’]?m|I am|I['’]ve been|I have been)\s+(?:a (?:bit|little) |rather |quite |very |well |hopelessly )?(?:out of date|out of touch|rusty|behind the times|not current|not up to date)\b|\bmy (?:hands-on |technical |own )?(?:knowledge|experience|skills?|expertise)\b[^.;!?]{0,30}\b(?:moved on|out of date|dated|stale|rusty|behind)\b|\b(?:I['’]ve|I have) not (?:touched|done|worked (?:on|with)|used)\b|\bI haven['’]?t (?:touched|done|worked (?:on|with)|used)\b[^.;!?]{0,60}\b(?:since|for years|in years|in a while|in a long time)\b|\b(?:it|the field|the tech|things)['’]?s? (?:has )?moved on\b`,
  firstPersonWrapper: String.raw`^(?:(?:i|we)(?:\s+(?:really\s+)?(?:want|would like|need|hope|wish)|['’]d\s+(?:really\s+)?(?:like|love))\s+(?:to\s+(?:learn|know|understand|hear|discuss|get(?=\s+(?:your|some|an?)\s+(?:view|take|perspective|advice|input|help|guidance|feedback|opinion)))\s+(?:about\s+)?|(?:your|some)\s+(?:view|take|perspective|advice|input|help|guidance)\s+(?:on|with)\s+|to\s+be\s+able\s+to\s+|help\s+with\s+)|(?:i|we)(?:\s+(?:will|can|could|would)|['’]ll)\s+(?:bring|offer|provide|give you)\s+|(?:your|their)\s+(?:view|take|perspective|advice|input)\s+on\s+|(?:to\s+)?be\s+able\s+to\s+)`,
  // More of the same later ("something more regular"), writtenReply.ts.
  moreLater: String.raw`(?<!\p{L})(?:something\s+more(?:\s+(?:regular|often|fixed|structured))?|more\s+(?:regular(?:ly)?|often|structured)|(?:a|something)\s+(?:regular|fixed|proper)\s+(?:slot|rhythm|time|sessions?|meetings?))(?!\p{L})`,
  noDocuments: String.raw`\bno (?:more )?(?:decks?|slides?|slide ?decks?|powerpoints?|presentations?|documents?|docs|write-?ups?|pre-?reads?|one-?pagers?|papers?|attachments?)\b|\b(?:don['’]?t|do not|never) send (?:me )?(?:a |any )?(?:decks?|slides?|documents?|docs|write-?ups?|pre-?reads?|one-?pagers?|attachments?)\b|\bkeep it (?:short|brief)\b|\b(?:sin|nada de|sem) (?:papeles|papéis|documentos|presentaciones|apresentações|diapositivas|transparencias|slides|powerpoints?)\b|\bno me (?:mandes|envíes|traigas) (?:papeles|documentos|presentaciones)\b|\b(?:keine|ohne) (?:Folien|Unterlagen|Dokumente|Präsentationen|Präsentation|Papiere|Slides)\b|\b(?:pas de|sans) (?:documents?|slides?|présentations?|papiers?|diapos?)\b`,
};
