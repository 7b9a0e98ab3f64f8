// The leader's first answer as the documents read it: the one the user confirmed (the profile's
// `firstResponse` and `firstResponseDetails`), else a reading proposed from their words, shown to the
// user to confirm (guided flow, Builder) and flagged at the top of the doc. The user's choice always
// wins: their words are quoted, never re-read against a confirmed choice.
import { yesOnCondition } from './conditionalYes';
import { getText, type FirstResponse, type FirstResponseDetail, type FirstResponseDetails, type Profile } from '../profile/profile';
import { asName, nameInAnyCase, noMeetingsIn, NOT_A_PERSON, writingAskedIn, writtenFirstIn } from './leaderWords';
import { namedObservanceEnd } from '../culture/calendars';
import { doubtsFit, firstResponseFromWords, isCondition, soundsLikeNo } from './slots';
import { withoutImpliedComeBack } from './declinedWhen';
import { moreLater, repliesInWriting } from './writtenReply';
import { swapToYou } from './pronouns';
import { germanComeBack } from './germanComeBack';
import { foreignConditionIn, quotedCondition } from './conditionWords';
import { rhythmLimitIn, withoutRhythmLimits } from './rhythmLimit';

export interface FirstAnswer {
  /** The answer the documents build on; undefined when neither picked nor readable from their words. */
  readonly response?: FirstResponse;
  readonly details: Readonly<FirstResponseDetails>;
  /** The user picked the answer; false when it was read from their words (the doc says so). */
  readonly confirmed: boolean;
}

/** An offer with its limit: "happy to chat when I'm in London, but I can't commit to anything regular".
 *  Bounded repeats only: linear. */
const OFFER = /\b(?:happy|glad|willing|open|able) to\s+((?:chat|meet|talk|have|grab|get|catch up|answer|review|look|do|take|join|share|help with)\b[^.;!?]{0,80}?)\s*(?:,\s*|\s+)(?:but|though|although)\s+([^.;!?]{3,100})/i;

/** An offer made without a "but" after it, each kind in its own bounded pattern (linear): "You can come
 *  and sit in the architecture review on Thursdays", "feel free to send me questions", "Happy to answer the
 *  odd question by email if it helps", "If you have questions, send me on WeChat". Each
 *  gives the offer in the leader's voice, as `offered` holds it. */
const OPEN_OFFERS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(?:happy|glad|willing|delighted) to\s+((?:chat|meet|talk|have|grab|get|catch up|answer|review|look|do|take|join|share|help with|read|comment)\b[^.;!?]{0,80})/i, (m) => `to ${m[1]!}`],
  [/\b[Yy]ou(?:['’]re| are)?\s+(?:can|could|may|(?:are |['’]re )?(?:most |very )?welcome to)\s+((?:come|join|sit|shadow|attend|send|ask|drop|message|ping|email|e-mail|write|bring|listen|call)\b[^.;!?]{0,80})/, (m) => m[1]!],
  [/\bfeel free to\s+((?:send|ask|drop|message|ping|email|e-mail|write|come|join|sit|call|book)\b[^.;!?]{0,80})/i, (m) => m[1]!],
  [/\bif you have (?:any |a |the odd |a specific )?(?:questions?|something specific)\b[^,.;!?]{0,30},?\s+(?:just\s+)?(send|drop|message|ping|email|e-mail|write|text|ask)(?:\s+me)?\b([^.;!?]{0,60})/i,
    (m) => `${m[1]!.toLowerCase()} me your questions${m[2]!}`],
  [/\bI (?:can|could) do\s+((?:a|an|one|the occasional|the odd)\s+[^.;!?]{3,60})/i, (m) => m[1]!],
  // A meal or a coffee for when you come back ("after Tết, come to my house for a meal", "once Ramadan is
  // over, we can have coffee"): up to an "and talk" or "and you", which is what happens there, not the offer.
  [/\b(?:we(?:['’]ll| will| can| could| should)|let['’]s|let us)\s+(?:have|grab|get|do|share|go for)\s+((?:a |an |some )?(?:proper |quick |long |good |nice |real )?(?:meal|coffee|lunch|dinner|breakfast|tea|drink|beer|walk|bite)\b(?:(?!\s+and\s+(?:you|I|we|talk|chat|discuss)\b)[^.;!?]){0,60})/i, (m) => m[1]!],
  [/\bcome (?:round |over |by )?to my (house|home|place|office)\s+for\s+((?:a |an |some )?[\p{L} ]{2,30}?)(?=\s+and\b|\s*[.;!?,]|$)/iu, (m) => `${m[2]!} at my ${m[1]!}`],
];

/** A courtesy tail that is not part of the offer: "if it helps", "if that's useful". It starts at a
 *  space or comma before "if", never with a run of spaces, so a long run costs one pass. */
const TAIL = /(?:^|[\s,])(?:if (?:it|that)(?:['’]s| is| would be)? (?:helps?|useful|of use)|if you like|if you want)\s*$/i;

/** The offer without its courtesy tail, nor the comma that led into it. */
function withoutTail(offer: string): string {
  const kept = offer.replace(TAIL, '').trimEnd();
  return (kept.endsWith(',') ? kept.slice(0, -1) : kept).trim();
}

/** What they offered without a "but": the first offer their words hold, and a second of another kind
 *  ("come and sit in…" and "send me your questions on WeChat"), joined; undefined when none. */
export function openOfferIn(words: string): string | undefined {
  const found: string[] = [];
  for (const [re, take] of OPEN_OFFERS) {
    const m = re.exec(words);
    if (m && found.length < 2) found.push(withoutTail(take(m)));
  }
  return found.length === 0 ? undefined : found.join(', and ');
}

/** A clear no, that an offer beside it does not turn into a yes ("I have to say no, but feel free to send
 *  me a question" is still a no, with an offer). */
const CLEAR_NO = /^\s*no\b|\b(?:have to|must|going to|will have to) (?:say no|decline|pass)\b|\b(?:the )?answer is no\b|\bnot for me\b|\b(?:don['’]?t|do not) take on (?:individual |personal |any )?(?:mentees|mentoring)|\bnot taking on (?:any )?(?:new )?(?:mentees|mentoring)|\b(?:can['’]?t|cannot|can not|won['’]?t|will not) (?:mentor|be your mentor|take (?:this|you|it) on)\b/i;
/** A limit on the rhythm ("No regular meetings, sorry") is no clear no (rhythmLimit.ts). */
export const clearNo = (words: string): boolean => CLEAR_NO.test(withoutRhythmLimits(words)) && !/\bno (?:problem|worries)\b/i.test(words);

/** Someone they named instead: "Maybe talk to Marcos?", "Ask someone on the programme side." */
const NAMED = /\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|ask|reach out to|try|contact|go (?:and )?see|have a word with|you should meet|[Tt]he (?:one|person|man|woman|guy|lady) you (?:want|need) is)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\b/u;
/** The name first, then the pointer: "Kerem ran it end to end, he's the one you should talk to". The
 *  name is the last capitalised word before the pointer in its sentence (bounded: linear). */
const NAMED_BEFORE = /(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:[^.?!\p{Lu}]|\bI\b){0,80}?(?:[.!?…]\s+)?\b(?:[Ss]?he|[Hh]e|[Tt]hey)(?:['’]s|['’]re| is| are) (?:(?:really |definitely |honestly )?(?:the (?:one|person|man|woman|guy)|who))(?: you (?:should|need to|want to|ought to)| to)\s+(?:talk|speak)\s+(?:to|with)\b/u;
/** "Fale com a engenheira Inês Carvalho", "habla con el ingeniero Ruiz", "parlez à la directrice Martin",
 *  "sprich mit der Frau Weber": a person named in the leader's own language, with the article and the
 *  title they used (personNamed keeps the title). Bounded: linear. */
const NAMED_ABROAD = /(?:^|[\s,.;!?])(?:[Ff]al[ea]r?|[Hh]abl[ae]r?|[Pp]arle[rz]?|[Ss]prich|[Ss]prechen Sie|[Rr]eden Sie|[Pp]arl[ai])\s+(?:com|con|à|a|avec|mit)\s+((?:(?:[Aa]|[Oo]|[Ee]l|[Ll][ae]|[Dd]e[rmn]|[Dd]ie|[Ii]l|[Ll]o)\s+|[Ll]['’])?(?:\p{Ll}+\s+|\p{Lu}\p{Ll}*\.ª?\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})/u;
/** Articles before a name in the leader's language ("a engenheira Inês", "el ingeniero Ruiz", "der Frau Weber"). */
const ARTICLES = new Set(['a', 'o', 'à', 'ao', 'el', 'la', 'le', 'der', 'dem', 'den', 'die', 'il', 'lo']);

/** The person they named, as the documents write to them: the article dropped, a title kept as their form
 *  of address and capitalised ("a engenheira Inês Carvalho" → "Engenheira Inês Carvalho", "der Frau
 *  Weber" → "Frau Weber"). Anything that does not end in a capitalised name ("someone on the platform
 *  team") is kept as given. */
export function personNamed(referTo: string): string {
  // A role or place after the name ("Frau Dr. Wallner, Leiterin …", "– head of …", "(…)", "Giorgi Lomidze in Platform") is not part of it.
  const head = /^\s*([^,(–—\s]+(?:\s+[^,(–—\s]+)*?)(?:\s*,|\s*\(|\s+[–—]\s|\s+(?:in|at|from|on|of)\s)/u.exec(referTo)?.[1];
  return (head === undefined ? undefined : nameOf(head)) ?? nameOf(referTo) ?? referTo;
}
/** The name in `words` with its title capitalised, undefined when they do not end in a capitalised name. */
function nameOf(referTo: string): string | undefined {
  const words = referTo.trim().split(/\s+/);
  if (words.length > 1 && ARTICLES.has(words[0]!.toLowerCase())) words.shift();
  else if (words.length > 0 && /^[Ll]['’]\p{L}/u.test(words[0]!)) words[0] = words[0]!.slice(2);
  const title = words.length > 1 && (/^\p{Ll}+$/u.test(words[0]!) || /^\p{Lu}\p{Ll}*\.ª?$/u.test(words[0]!)) ? words.shift()! : undefined;
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return [...(title === undefined ? [] : [title.charAt(0).toUpperCase() + title.slice(1)]), ...words].join(' ');
}
const SOMEONE = /\b(?:talk to|speak to|speak with|ask|try)\s+((?:someone|somebody)\s+(?:on|in|from|at)\s+[^.,;!?]{3,50})/i;
/** The person named has to approve first: your manager, not a referral ("it has to go through him first"). */
const THROUGH_THEM_FIRST = /\b(?:go|goes|run|come|comes)\s+through\s+(?:him|her|them|your\s+(?:manager|boss|line manager))\b|\b(?:manager|boss)\b[^.?!]{0,40}\bfirst\b/i;
/** Your manager, named, to talk to first: "Talk to Marcos first", "check with Ana first", "run it past
 *  Paulo first". Without "first" ("maybe talk to Marcos") a name is someone to ask instead. Bounded: linear. */
const NAMED_FIRST = /\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|check with|run (?:it|this) (?:by|past)|clear (?:it|this) with)\s+(\p{L}+)\s+first\b/iu;
/** The manager they named to talk to first ("Talk to Marcos first" → "Marcos"), undefined when none. */
export function managerNamedIn(words: string): string | undefined {
  const name = NAMED_FIRST.exec(words)?.[1];
  // Whatever the case it was typed in ("talk to marta first"), written as a name.
  return name === undefined || NOT_A_NAME.test(name) || NOT_A_PERSON.test(name) ? undefined : asName(name);
}
/** Capitalised words that open a sentence, not names ("Honestly Ana knows…" names Ana). */
const SENTENCE_WORD = /^(?:Honestly|Really|Frankly|Actually|Oh|Well|So|But|And|Look|Sorry|Thanks|Yes|No|Sure|That|This|It|He|She|They|We|You)$/;
const NOT_A_NAME = /^(?:Your|The|Our|My|Someone|Somebody|Maybe|Perhaps|Please|Human|People|Engineering|Product|Mentoring|HR)\b/;

/** What they pointed you to: a program, scheme, guild, community of practice, their office or assistant.
 *  "the programme side" is a department, not a program. */
const CHANNEL = /\b((?:the|our|your|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:programme|program|scheme|guild|community of practice|office|assistant|EA))\b(?!\s+side)/iu;

/** When to come back, as they said it: "until the reorg is done", "after the festival season", "this year". */
// A clause is taken whole, up to its punctuation or a dash, or not at all: a cut one reads
// "after the budget arbitrations — remind me at,".
const COME_BACK = /\b((?:once|when|after)\s+you(?:['’]ve| have)\s+[^.,;!?—–]{3,60}(?=\s*(?:[.,;!?—–]|$))|when\s+the\s+[^.,;!?—–]{3,40}?\s+(?:is|are)\s+(?:in place|ready|live|done|set up|staffed|up and running|hired|signed off|approved|finished)|first\s+[^.,;!?—–]{3,60}?(?=\s*,?\s*(?:and\s+)?then\b)|once\s+[^.,;!?—–]{3,40}?\s+(?:is|are)\s+(?:over|done|through|finished|behind us)|después de\s+[^.,;!?—–]{3,40}(?=\s*(?:[.,;!?—–]|$))|not\s+before\s+[^.,;!?—–]{3,40}(?=\s*(?:[.,;!?—–]|$))|until\s+[^.,;!?—–]{3,60}(?=\s*(?:[.,;!?—–]|$))|after\s+(?!(?:that|this|it|then)\b)[^.,;!?—–]{3,40}(?=\s*(?:[.,;!?—–]|$))|once\s+(?:the|we|our)\s+[^.,;!?—–]{3,40}(?=\s*(?:[.,;!?—–]|$))|(?:not\s+)?this year(?:\s+(?:due to|because of)\s+[^.,;!?]{3,60})?|next (?:quarter|year|month)|in a few (?:weeks|months)|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month a "come back" names, as YYYY-MM, relative to `today`: a month name (the next one to
 *  come), "this year" / "next year" (January after), "next quarter" (its first month), a named
 *  observance (the month of the first days after its next occurrence ends, or the next month when
 *  those fall after the 20th: "after Ramadan" in 2027, with Eid al-Fitr on 10 March, is March, as a
 *  Gulf reader said; in 2026, with Eid on 20 March, April). Undefined when their words name no month. */
export function monthFrom(words: string, today: Date): string | undefined {
  const y = today.getFullYear(), m = today.getMonth();
  const fmt = (year: number, month: number) => `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  const named = /\b(?:in|after|until|till|by|from|before)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(words);
  if (named) {
    const month = MONTHS.indexOf(named[1]!.toLowerCase());
    // "after March" means the month after it; a month already past this year means next year's.
    const shift = /^after/i.test(named[0]) ? 1 : 0;
    return fmt(month >= m ? y : y + 1, month + shift);
  }
  const observanceEnds = namedObservanceEnd(words, today);
  if (observanceEnds) {
    // Back four days after its last (or, for Eid, its first) day: past the holiday itself.
    const back = new Date(Date.UTC(Number(observanceEnds.slice(0, 4)), Number(observanceEnds.slice(5, 7)) - 1, Number(observanceEnds.slice(8, 10)) + 4));
    return fmt(back.getUTCFullYear(), back.getUTCMonth() + (back.getUTCDate() > 20 ? 1 : 0));
  }
  if (/\b(?:this|next) year\b/i.test(words)) return fmt(y + 1, 0);
  if (/\bnext quarter\b/i.test(words)) return fmt(y, (Math.floor(m / 3) + 1) * 3);
  if (/\bnext month\b/i.test(words)) return fmt(y, m + 1);
  return undefined;
}

/** What kept them busy when they put it off, in their words: "anything except the NIK audit", "busy with
 *  the migration", "underwater with the reorg" → "the NIK audit". A noun phrase with its article, bounded
 *  (linear); undefined when their words name none. */
const BUSY = /\b(?:except|other than|apart from|besides|busy with|underwater with|buried in|swamped with|heads[- ]down on|consumed by)\s+((?:the|our|my)\s+[^.,;:!?—–]{2,40}?)(?=\s*(?:[.,;:!?—–]|$|\s+(?:and|so|but|until|till|right now|at the moment)\b))/i;
/** A workload said as what sits on them: "with the PRR on my plate", "with the audit on my desk", "com o PRR
 *  em cima", "with the budget round on top of me" (bounded: linear). */
const ON_MY_PLATE = /\b(?:with|com|con)\s+((?:the|our|my|o|a|os|as|el|la)\s+[^.,;:!?—–]{2,40}?)\s+(?:on my (?:plate|desk|hands)|on top of me|em cima|encima)\b/i;
export function busyWithIn(words: string): string | undefined {
  const m = BUSY.exec(words) ?? ON_MY_PLATE.exec(words);
  return m ? m[1]!.replace(/^(?:our|my|os|as|o|a|el|la)\s/i, 'the ').trim() : undefined;
}

/** The month `n` months after a YYYY-MM month, as YYYY-MM; undefined for a month not written so. */
export function monthsAfter(month: string, n: number): string | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return undefined;
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A `comeBackMonth` (YYYY-MM) as the document's language names it, with the platform's calendar
 *  data (Intl): "January", "Januar"; the year is added when the month is a year or more away
 *  ("March 2028"). Undefined for a month not written YYYY-MM. */
export function monthName(month: string, language: string, today: Date): string | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return undefined;
  const year = Number(m[1]), index = Number(m[2]) - 1;
  const ahead = (year - today.getFullYear()) * 12 + index - today.getMonth();
  const date = new Date(Date.UTC(year, index, 15));
  const options: Intl.DateTimeFormatOptions = ahead >= 12 || ahead < 0 ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', timeZone: 'UTC' };
  try { return new Intl.DateTimeFormat(language, options).format(date); } catch { return new Intl.DateTimeFormat('en', options).format(date); }
}

/** The details their words hold, whatever the reading (each in their words). */
export function detailsFromWords(words: string, today: Date = new Date()): FirstResponseDetails {
  const details: FirstResponseDetails = {};
  const offer = OFFER.exec(words);
  if (offer) { details.offered = `to ${offer[1]!.trim()}`; details.limits = offer[2]!.trim(); }
  else {
    const open = openOfferIn(words);
    if (open !== undefined) details.offered = open;
  }
  // "No regular meetings", "zero time for meetings": the limit, in their words, when no offer's "but" gave one.
  const rhythm = rhythmLimitIn(words) ?? noMeetingsIn(words);
  if (details.limits === undefined && rhythm !== undefined) details.limits = rhythm;
  const named = NAMED.exec(words);
  const someone = SOMEONE.exec(words);
  const before = named ? undefined : NAMED_BEFORE.exec(words);
  if (named && !NOT_A_NAME.test(named[1]!)) details.referTo = named[1]!;
  else if (before) {
    const name = before[1]!.split(' ').filter((w, k) => k > 0 || !SENTENCE_WORD.test(w)).join(' ');
    if (name && !NOT_A_NAME.test(name) && !SENTENCE_WORD.test(name)) details.referTo = name;
  }
  else details.referTo = nameInAnyCase(words) ?? someone?.[1]!.trim();
  if (details.referTo === undefined) delete details.referTo;
  const abroad = details.referTo === undefined ? NAMED_ABROAD.exec(words) : null;
  if (abroad) details.referTo = abroad[1]!;
  if (details.referTo !== undefined) details.referTo = personNamed(details.referTo);
  const channel = CHANNEL.exec(words);
  if (channel) details.channel = channel[1]!.replace(/^(?:The|Our|Your|My)\b/, (w) => w.toLowerCase());
  // "Put something small in writing for me": the short note they asked for first is where the next step goes.
  const written = channel ? undefined : writtenFirstIn(words);
  if (written !== undefined) details.channel = written;
  const comeBack = COME_BACK.exec(words);
  // "once Ramadan is over", "después de Semana Santa", "not before Chuseok": after it, as the documents say it.
  if (comeBack) details.comeBackAfter = /^first\s/i.test(comeBack[1]!) ? doneFirst(comeBack[1]!.slice(6).trim()) : comeBack[1]!.replace(/^(?:not\s+before|después de)\s/i, 'after ').replace(/^once\s+(.+?)\s+(?:is|are)\s+(?:over|done|through|finished|behind us)$/i, 'after $1').replace(/^(?:Until|After|Once|When|Not|This|Next|In)\b/, (w) => w.toLowerCase());
  const german = comeBack ? undefined : germanComeBack(words);
  if (german) details.comeBackAfter = german;
  // "kad prođe revizija sigurnosti u ožujku, onda …": their condition, in their words (conditionWords.ts).
  const foreign = comeBack || german ? undefined : foreignConditionIn(words);
  if (foreign) details.comeBackAfter = foreign;
  const month = monthFrom(words, today);
  if (month) details.comeBackMonth = month;
  return details;
}

/** Past participles an imperative condition may start with; other verbs take -ed. */
const PARTICIPLES: Readonly<Record<string, string>> = {
  take: 'taken', run: 'run', lead: 'led', build: 'built', do: 'done', get: 'got', write: 'written', spend: 'spent', ship: 'shipped',
  go: 'gone', give: 'given', make: 'made', see: 'seen', bring: 'brought', find: 'found', set: 'set', put: 'put', grow: 'grown',
  show: 'shown', drive: 'driven', have: 'had', sit: 'sat', win: 'won', teach: 'taught', become: 'become', plan: 'planned', stop: 'stopped',
};
/** "First take on the platform for a year, then we can talk": the condition, as done ("once you’ve
 *  taken on the platform for a year"), so every document says it as a clause about you. */
function doneFirst(imperative: string): string {
  const [verb = '', ...rest] = imperative.split(/\s+/);
  const v = verb.toLowerCase();
  const done = PARTICIPLES[v] ?? (v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`);
  return ['once you’ve', done, ...rest].join(' ');
}

/** The reading proposed from their words: one answer, and the details it keeps. */
export function proposeReading(words: string, today: Date = new Date()): { response?: FirstResponse; details: FirstResponseDetails } {
  const all = detailsFromWords(words, today);
  // An offer with no clear no is a yes to something smaller: "My calendar is full. You can come and sit
  // in the architecture review" is not "no time". With a doubt or a name beside it, that
  // answer is kept and the offer with it (the ask is the offer either way: takesOffer).
  const openOffer = all.offered !== undefined && !OFFER.test(words) && !clearNo(words);
  // "Zero time for meetings. Write to me": a yes, in writing, within that limit; not a vague yes, nor a no.
  const writesYes = (all.limits !== undefined || repliesInWriting(words)) && writingAskedIn(words) !== undefined && !clearNo(words.replace(all.limits ?? '', '')) && !doubtsFit(words) && all.referTo === undefined
    && ((fr) => ((all.comeBackAfter === undefined && !/not-now/.test(fr)) || moreLater(words)) && !/program|manager|ready/.test(fr))(firstResponseFromWords(words) ?? '');
  // A come-back named by a festival, a season or a round ("after Tết", "after the budget round") is a
  // not now, whatever "can't" or offer sits beside it: not a no, and not a yes to start now.
  const response: FirstResponse | undefined = !clearNo(words) && seasonalComeBack(words, today) ? 'not-now'
    : all.offered && OFFER.test(words) ? 'yes-with-limits'
    : openOffer && doubtsFit(words) ? 'doubts-fit'
      : openOffer && all.referTo && !THROUGH_THEM_FIRST.test(words) ? 'referral'
        // "You can send me a note in March": a not now that holds an offer, taken up when you come back.
        : openOffer && (all.comeBackMonth !== undefined || firstResponseFromWords(words) === 'not-now') ? 'not-now'
        : openOffer ? 'yes-with-limits'
    : writesYes ? 'yes-with-limits'
    : soundsLikeNo(words) ? 'declined'
      : doubtsFit(words) ? 'doubts-fit'
        // "Have you talked to Paulo? It has to go through him first": the one named is your manager, as in
        // "Talk to Marcos first".
        : managerNamedIn(words) !== undefined ? 'ask-your-manager'
        : all.referTo && !THROUGH_THEM_FIRST.test(words) && firstResponseFromWords(words) !== 'ask-your-manager' ? 'referral'
          : THROUGH_THEM_FIRST.test(words) ? 'ask-your-manager'
          : firstResponseFromWords(words)
            // "When the platform team is in place, come find me": a come-back tied to a condition.
            ?? (all.comeBackAfter !== undefined && isCondition(all.comeBackAfter) ? 'not-now'
              // "Mándame un correo cortito y lo vemos": a short note first, and no answer yet.
              : writtenFirstIn(words) !== undefined ? 'noncommittal'
                // "No regular meetings, sorry": a yes to something irregular, within that limit.
                : rhythmLimitIn(words) !== undefined ? 'yes-with-limits' : undefined);
  return { response, details: response ? relevantDetails(response, all) : {} };
}

/** A time named by a season or a round of work, after "after", "once", "until" (bounded: linear). */
const SEASON = /\b(?:after|once|until|till|past|después de)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:season|round|festival|festivities|holidays?|break|cycle|freeze|rush|peak)\b/iu;
/** Their come-back is named by a festival or observance (the platform's calendars), a season or a round. */
export const seasonalComeBack = (words: string, today: Date): boolean => SEASON.test(words) || namedObservanceEnd(words, today) !== undefined;

/** Which details each answer can use; the others, read from the same words, are left out. */
const RELEVANT: Record<FirstResponse, readonly FirstResponseDetail[]> = {
  // A short note asked for first ("put something small in writing for me") is kept as the channel.
  'no-time': ['comeBackAfter', 'comeBackMonth', 'channel'],
  // "After Seollal, come find me and we'll have a proper meal": the offer inside the not now.
  'not-now': ['comeBackAfter', 'comeBackMonth', 'channel', 'offered'],
  noncommittal: ['channel'],
  'use-the-program': ['channel'],
  'ask-your-manager': [],
  'not-ready': ['comeBackAfter', 'comeBackMonth'],
  'no-reply': [],
  'yes-with-limits': ['offered', 'limits'],
  // "Priya's your woman; happy to answer the odd question by email": the offer is kept.
  // "I'm buried in the board paper till March": nothing is asked of them before that month.
  referral: ['referTo', 'offered', 'limits', 'comeBackMonth'],
  'doubts-fit': ['referTo', 'channel', 'offered', 'limits'],
  declined: ['referTo', 'channel', 'comeBackAfter', 'comeBackMonth'],
};

/** The answers whose channel is only the short note they asked for first, never a program or an office. */
const NOTE_CHANNEL_ONLY: ReadonlySet<FirstResponse> = new Set(['noncommittal', 'no-time']);

export function relevantDetails(response: FirstResponse, details: FirstResponseDetails): FirstResponseDetails {
  const kept = (k: FirstResponseDetail) => details[k] !== undefined && (k !== 'channel' || !NOTE_CHANNEL_ONLY.has(response) || writtenFirstIn(details[k]) !== undefined);
  return Object.fromEntries(RELEVANT[response].filter(kept).map((k) => [k, details[k]])) as FirstResponseDetails;
}

/** The first answer the documents use: the confirmed one with its details (the details the user
 *  gave, else those their words hold for that answer), else the proposed reading. */
export function firstAnswerOf(profile: Profile, today: Date = new Date()): FirstAnswer {
  const words = getText(profile, 'firstResponseWords');
  if (profile.firstResponse) {
    const fromWords = words ? withoutImpliedComeBack(profile.firstResponse, relevantDetails(profile.firstResponse, detailsFromWords(words, today)), words) : {};
    // The details the user gave win. A month left out is filled from the user's own "when" ("after
    // Ramadan" is a month), else from a month their words name (the issue: a month in their words fills
    // every "(month)"), so no line asks "which month?" when one was said.
    const given = profile.firstResponseDetails;
    const month = given?.comeBackMonth ?? (given?.comeBackAfter !== undefined ? monthFrom(given.comeBackAfter, today) : undefined) ?? fromWords.comeBackMonth;
    const details = given === undefined ? fromWords : month !== undefined && given.comeBackMonth === undefined ? { ...given, comeBackMonth: month } : given;
    // A not now on a condition that named a rhythm is a yes to it, once met (conditionalYes.ts).
    return yesOnCondition({ response: profile.firstResponse, details: inTheirVoice(withPersonNamed(details), words), confirmed: true }, words);
  }
  if (!words) return { details: profile.firstResponseDetails ?? {}, confirmed: false };
  const proposed = ((p) => ({ ...p, details: withoutImpliedComeBack(p.response, p.details, words) }))(proposeReading(words, today));
  return yesOnCondition({ response: proposed.response, details: inTheirVoice(withPersonNamed({ ...proposed.details, ...profile.firstResponseDetails }), words), confirmed: false }, words);
}
/** The details with the person named as the documents write to them (personNamed), and a condition in
 *  their language quoted (quotedCondition). */
const withPersonNamed = (details: FirstResponseDetails): FirstResponseDetails =>
  quotedCondition(details.referTo === undefined ? details : { ...details, referTo: personNamed(details.referTo) });

/** The ask is what they offered: a yes with limits, or a not now, that holds an offer. Decided here
 *  once, for the facts (`is.takesOffer`), the rules and the checklist; without an offer in words there
 *  is nothing to take up, and the answer's own rules apply. */
export function takesOffer(answer: Pick<FirstAnswer, 'response' | 'details'>): boolean {
  if (answer.details.offered === undefined) return false;
  // A referral or a doubt about fit that still offered something ("happy to answer the odd question by
  // email"): the offer is the ask, not a 1:1 of our own beside it.
  // An offer to introduce you ("I can mention it to her") opens the door to the one they named; it is
  // not help of their own to take up, and the referral's own ask stands.
  if (answer.response === 'referral' || answer.response === 'doubts-fit') return !INTRODUCTION.test(answer.details.offered);
  return answer.response === 'yes-with-limits' || answer.response === 'not-now' || answer.response === 'noncommittal';
}
/** An offer to put you in touch with someone else, not help of their own. Bounded: linear. */
export const INTRODUCTION = /\b(?:mention (?:it|you|this|that)|introduc\w*|put you in touch|connect you|put in a (?:good )?word|(?:say|drop|have) a word|give (?:her|him|them) a heads[- ]up|loop (?:you|her|him|them) in|cc (?:you|her|him|them)|(?:tell|ask|message|email|ping|call) (?:her|him|them)\b)/i;

/** A pronoun and the two words after it ("I'm stuck on"), lower-case with straight apostrophes. */
const PRONOUN_WINDOW = /\b(?:i'm|i am|i'll|i've|i|my|me|you're|you are|you'll|you've|your|you)\b(?:\s+[\p{L}']+){1,2}/giu;
const plain = (t: string) => t.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/** What they offered, always in the leader's voice ("coffee when I'm in town": I is the leader),
 *  as the rest of the documents read it. A user who typed the offer from their own side ("an answer
 *  in writing when I'm stuck", where the leader had said "when you're stuck") gets it turned: the
 *  leader's words decide, by which of the two forms they contain. Without their words, it is kept. */
export function inTheirVoice(details: FirstResponseDetails, words: string | undefined): FirstResponseDetails {
  const offered = details.offered;
  if (!offered || !words) return details;
  const theirs = plain(words);
  // Each window is looked up in their words once: an offer that repeats its pronouns ("my my my …")
  // searched the whole of their words at every one, the square of the length when both are long.
  const found = new Map<string, readonly [number, number]>();
  let asGiven = 0, turned = 0;
  for (const m of plain(offered).matchAll(PRONOUN_WINDOW)) {
    let counts = found.get(m[0]);
    if (counts === undefined) {
      counts = [theirs.includes(plain(m[0])) ? 1 : 0, theirs.includes(plain(swapToYou(m[0]))) ? 1 : 0];
      found.set(m[0], counts);
    }
    asGiven += counts[0];
    turned += counts[1];
  }
  const voiced = turned > asGiven ? swapToYou(offered) : offered;
  // With a person named ("Talk to Priya… I can introduce you to her"), "her" is that person: not the leader.
  const own = details.referTo !== undefined ? voiced : aboutThemToOwn(voiced, theirs);
  return own === offered ? details : { ...details, offered: own };
}

/** "tea in his office" typed by the user is the leader's own office: in the leader's voice, "my office",
 *  so said back to them it is "your office", never "his" about the listener (issue 21). Only when their
 *  words hold no "his/her/him" (there it would be someone else's: "Priya and her team"). */
function aboutThemToOwn(offered: string, theirs: string): string {
  if (/\b(?:his|her|him|hers)\b/.test(theirs)) return offered;
  return offered.replace(/\b(his|him|hers|her)\b(\s+[\p{L}]+)?/giu, (_whole: string, word: string, next: string | undefined) => {
    const w = word.toLowerCase();
    // "her office" is hers; "call her when" is her: a word after "her" that is not a preposition or a conjunction is what she owns.
    const own = w === 'his' || (w === 'her' && next !== undefined && !HER_OBJECT_NEXT.has(next.trim().toLowerCase()));
    const turned = w === 'hers' ? 'mine' : own ? 'my' : 'me';
    return `${/^[A-Z]/.test(word) ? turned[0]!.toUpperCase() + turned.slice(1) : turned}${next ?? ''}`;
  });
}
const HER_OBJECT_NEXT = new Set(['when', 'whenever', 'if', 'and', 'or', 'but', 'on', 'in', 'at', 'by', 'with', 'about', 'for', 'to', 'from', 'after', 'before', 'once', 'so', 'as', 'directly', 'first', 'anytime', 'any', 'again']);
