// Two readings of the leader's words that every first answer shares: a person they pointed to, whatever
// the case it was typed in, and documents they ruled out ("no decks").
import type { FirstResponse, FirstResponseDetails } from '../profile/profile';
import { readingPattern } from './lazyPattern';
import { READING_PATTERNS } from './wordLists';

/** A person pointed to whatever the case of the words: "Talk to Priya", "talk to inês carvalho", "speak to
 *  dr Okafor". Not "ask" or "try" ("ask around", "try again"). Bounded: linear. */
const POINTER_ANY_CASE = /\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|reach(?:ing)? out to|contact|get in touch with|have a word with|go (?:and )?see)\s+((?:(?:dr|prof|mr|mrs|ms)\.?\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)/iu;
/** Words after a pointer that are no person's name: a role, a group, a pronoun, or what follows a name. */
export const NOT_A_PERSON = /^(?:your|the|my|our|his|her|their|a|an|one|someone|somebody|anyone|anybody|everyone|people|them|him|me|us|it|that|this|those|these|hr|legal|finance|security|procurement|management|leadership|team|teams|manager|boss|colleagues|others|around|about|again|first|later|instead|directly|maybe|please|yourself|you|each|any|all|both|some|no|nobody|what|how|whether|if|why|where|when|who|whoever|something|anything|whatever|product|engineering|design|ops|sales|marketing|support|platform|architecture|mentoring)$/i;
/** Words that follow a name and are not part of it ("talk to marta first", "speak with ana too"). */
const NAME_END = /^(?:first|too|instead|then|now|soon|directly|sometime|who|she|he|they|and|or|if|when|on|in|at|for|from|with)$/i;
/** A word written as a name: its first letter upper case. */
export const asName = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The name after a pointer, written as a name ("inês carvalho" → "Inês Carvalho"), or undefined. */
export function nameInAnyCase(words: string): string | undefined {
  const m = POINTER_ANY_CASE.exec(words);
  if (!m) return undefined;
  const tokens = m[1]!.split(/\s+/);
  const title = /^(?:dr|prof|mr|mrs|ms)\.?$/i.test(tokens[0]!) && tokens.length > 1 ? tokens.shift()! : undefined;
  if (NOT_A_PERSON.test(tokens[0]!)) return undefined;
  // A second word that is no name ends it: "talk to marta about it" names Marta.
  const name = tokens.length > 1 && (NOT_A_PERSON.test(tokens[1]!) || NAME_END.test(tokens[1]!)) ? tokens.slice(0, 1) : tokens;
  const after = [...tokens.slice(name.length), ...words.slice(m.index + m[0].length).trim().split(/\s+/, 1)][0] ?? '';
  // "talk to marta first": your manager, to see first (firstAnswer.ts managerNamedIn), not a referral.
  if (/^first\b/i.test(after)) return undefined;
  return [...(title === undefined ? [] : [asName(title)]), ...name.map(asName)].join(' ');
}

/** Documents ruled out: "no decks", "no slides, please", "no documents", "don't send me a deck", "keep it short",
 *  and in the leader's own language: "sin papeles", "keine Folien", "pas de documents", "sem slides". */
const NO_DOCUMENTS = readingPattern('noDocuments', 'i');
/** They ruled out documents in their words or limits, whatever their first answer (facts.ts, steps.ts). */
export const documentsRuledOut = (words: string | undefined, details: Pick<FirstResponseDetails, 'limits'>): boolean =>
  NO_DOCUMENTS().test(`${words ?? ''} ${details.limits ?? ''}`);

/** They asked for a short thing in writing first, before any meeting: "Put something small in writing
 *  for me", "send me something short", "drop me a short note", "mándame un correo cortito", "ponlo por
 *  escrito", "schreiben Sie mir kurz", "envoyez-moi quelques lignes". Each pattern bounded: linear. */
const WRITTEN_FIRST: readonly RegExp[] = [
  /(?<!\p{L})put\s+(?:something|it|that|this|a\s+(?:few|couple of)\s+lines|a\s+(?:short\s+|brief\s+|quick\s+)?note|your\s+(?:ask|idea|proposal|request))(?:\s+(?:small|short|brief))?\s+(?:down\s+)?(?:in|on)\s+(?:writing|paper)(?!\p{L})/iu,
  /(?<!\p{L})(?:send|drop|email|e-mail|write)\s+me\s+(?:something\s+(?:small|short|brief)|a\s+(?:short|quick|brief|small)\s+(?:note|email|e-mail|mail|message|summary|paragraph|line)|a\s+(?:line|note|few lines|couple of lines)|a\s+few\s+lines)(?!\p{L})/iu,
  // "Write your question down and send it to me", "send me your questions by email", "put your question in an email".
  /(?<!\p{L})write\s+(?:your\s+questions?|it|them|that)\s+down\s+and\s+send\s+(?:it|them)(?!\p{L})/iu,
  /(?<!\p{L})(?:send|email|e-mail)\s+me\s+your\s+questions?(?:\s+(?:by\s+(?:email|e-mail|mail)|in\s+writing))?(?!\p{L})/iu,
  /(?<!\p{L})put\s+your\s+questions?\s+in\s+(?:an?\s+)?(?:email|e-mail|mail|message|note|writing)(?!\p{L})/iu,
  /(?<!\p{L})(?:m[aá]nd[ae]me|env[ií]ame|escr[ií]beme)\s+(?:un\s+(?:correo|correíto|e-?mail|mail|mensaje|mensajito)|una\s+nota|unas\s+l[ií]neas|algo\s+(?:corto|breve|por escrito))(?:\s+(?:corto|cortito|breve))?(?!\p{L})/iu,
  /(?<!\p{L})p[oó]n(?:me)?lo\s+por\s+escrito(?!\p{L})/iu,
  /(?<!\p{L})(?:schreiben\s+Sie\s+mir|schreib(?:e|t)?\s+mir|schicken\s+Sie\s+mir|schick(?:e)?\s+mir)\s+(?:kurz|ein\s+paar\s+Zeilen|eine\s+kurze\s+(?:Mail|E-Mail|Nachricht|Notiz)|etwas\s+Kurzes|was\s+Kurzes)(?!\p{L})/iu,
  /(?<!\p{L})(?:[ée]crivez-moi|[ée]cris-moi|envoyez-moi|envoie-moi)\s+(?:quelques\s+lignes|un\s+(?:petit\s+|court\s+)?(?:mot|mail|message|e-mail))(?!\p{L})/iu,
];

/** The short written thing they asked for first, in their words ("put something small in writing"),
 *  undefined when their words ask for none. */
export function writtenFirstIn(words: string | undefined): string | undefined {
  if (!words) return undefined;
  for (const re of WRITTEN_FIRST) {
    const m = re.exec(words);
    if (m) return m[0].replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  }
  return undefined;
}

/** The channel they named for the next step, the first one their words name: write ("write to me",
 *  "escríbeme", "schreiben Sie mir"), call ("call me", "llámame", "rufen Sie mich an") or drop by ("drop
 *  by", "pásate por mi despacho", "kommen Sie vorbei"); `none` when they named none. Bounded: linear. */
const CHANNELS: readonly [RegExp, 'write' | 'call' | 'visit'][] = [
  [/(?<!\p{L})(?:write\s+(?:to\s+)?me|(?:e-?)?mail\s+me|send\s+(?:me\s+)?(?:your|the|any)\s+questions?\s+(?:by|via|over|in)\s+(?:e-?mail|mail|message|writing)|(?:write|send)\s+(?:me\s+)?(?:down\s+)?(?:your|any|those)\s+questions?|send\s+me\s+(?:a|an|some|something)\b|drop\s+me\s+(?:a|an)\s+(?:line|note|email|e-mail|message)|message\s+me|(?:put|get)\s+(?:it|something|in touch)\s+in\s+writing|in\s+writing|escr[ií]b(?:eme|ame|idme|anme)|m[aá]nd[ae]me|env[ií](?:a|e)me|schreib(?:en\s+Sie|e|t)?\s+mir|schick(?:en\s+Sie|e)?\s+mir|melden\s+Sie\s+sich\s+schriftlich|[ée]cri(?:vez|s)-moi|envo(?:yez|ie)-moi|escreva-me|me\s+escreva|escreve-me|scrie(?:ți|ţi)?-mi|[ei]?ktebl(?:i|ee|e)|اكتب\s?لي|trimite(?:ți|ţi)?-mi|(?:на)?пиш(?:и|ете|іть|ите)\s+(?:ми|мені|мне))(?!\p{L})/iu, 'write'],
  [/(?<!\p{L})(?:call\s+me|give\s+me\s+a\s+(?:call|ring)|ring\s+me|phone\s+me|ll[aá]m(?:ame|eme)|rufen\s+Sie\s+mich\s+an|ruf\s+mich\s+an|appelez-moi|appelle-moi|me\s+ligue|liga-me)(?!\p{L})/iu, 'call'],
  [/(?<!\p{L})(?:drop\s+by|stop\s+by|come\s+by|pop\s+(?:in|by|round)|come\s+(?:and\s+)?(?:see|find)\s+me|p[aá]s(?:ate|ese)\s+(?:por|a\s+verme)|ven\s+a\s+verme|kommen\s+Sie\s+(?:doch\s+)?vorbei|komm\s+(?:doch\s+)?vorbei|passez\s+me\s+voir|passe\s+me\s+voir|passa\s+(?:lá|aqui))(?!\p{L})/iu, 'visit'],
];
/** No time for meetings, and no other channel named: writing is the way in ("I have no time for meetings",
 *  "n-am timp de întâlniri", "на срещи нямам време", "на зустрічі немає часу", "нет времени на встречи"). */
const NO_MEETINGS = readingPattern('noMeetings', 'iu');
/** No time for meetings, in their words with the time it holds for ("zero time for meetings these months"), or undefined. */
let noMeetingsSaid: RegExp | undefined;
const NO_MEETINGS_SAID = (): RegExp => (noMeetingsSaid ??= new RegExp(`(?:I\\s+(?=don|do\\s+not|can))?${READING_PATTERNS.noMeetings}(?:\\s+(?:these\\s+(?:days|weeks|months)|this\\s+(?:week|month|quarter|year)|right\\s+now|at\\s+the\\s+moment|for\\s+now))?`, 'iu'));
export const noMeetingsIn = (words: string): string | undefined => NO_MEETINGS_SAID().exec(words)?.[0];
export type NextChannel = 'write' | 'call' | 'visit' | 'none';
export function channelNamed(words: string | undefined): NextChannel {
  if (!words) return 'none';
  let best: { at: number; channel: NextChannel } = { at: Infinity, channel: 'none' };
  for (const [re, channel] of CHANNELS) {
    const m = re.exec(words);
    if (m && m.index < best.at) best = { at: m.index, channel };
  }
  return best.channel === 'none' && NO_MEETINGS().test(words) ? 'write' : best.channel;
}

/** The words they used to ask you to write ("email me", "drop me a line", "schreiben Sie mir"), as typed,
 *  when writing is the first channel `text` names; undefined otherwise. */
export function writingAskedIn(text: string | undefined): string | undefined {
  if (channelNamed(text) !== 'write') return undefined;
  return CHANNELS[0]![0].exec(text!)?.[0];
}

/** The ask is the short note they asked for first (`is.writeFirst`): their words or the channel kept ask
 *  for one, after a vague yes, no time, or a not now that offered nothing else. */
export function asksWrittenFirst(response: FirstResponse | undefined, details: Pick<FirstResponseDetails, 'channel' | 'offered' | 'referTo' | 'limits'>, words: string | undefined): boolean {
  // After a referral to a person named, "write to me afterwards": the come-back is a note to them.
  if (response === 'referral') return /^\p{Lu}/u.test(details.referTo ?? '') && details.offered === undefined && writeBackIn(details.channel, words) !== undefined;
  // A yes in writing with nothing else offered ("send me your questions by email, I'll reply"), its only limit
  // no meetings ("I can't meet regularly"): the first note is the ask.
  const fits = response === 'noncommittal' || response === 'no-time' || (response === 'not-now' && details.offered === undefined) || (response === 'yes-with-limits' && details.offered === undefined && (details.limits === undefined || noMeetingsIn(details.limits) !== undefined));
  return fits && (writtenFirstIn(details.channel) !== undefined || writtenFirstIn(words) !== undefined);
}

/** How they asked to be written to after a referral, in their words ("write to me", "email me afterwards"):
 *  the channel kept, else their words. */
export const writeBackIn = (channel: string | undefined, words: string | undefined): string | undefined => writingAskedIn(channel) ?? writingAskedIn(words);

/** The way in they named: their PA, secretary, assistant or office, with the name they gave it ("ask my
 *  PA Puan Aishah", "go through my secretary, Ms Tan"); undefined when their words name none, or name
 *  one only as a place ("my office is on the third floor"). Bounded patterns: linear. */
export interface Gatekeeper { role: 'pa' | 'secretary' | 'assistant' | 'office'; name?: string }
const GATEKEEPER = /(?<!\p{L})(?:[Aa]sk|[Tt]hrough|[Vv]ia|[Ee]-?mail|[Cc]all|[Cc]ontact|[Tt]alk\s+to|[Ss]peak\s+to|[Gg]o\s+through|[Bb]ook\s+(?:it\s+)?(?:with|through)|[Cc]heck\s+with|[Ww]rite\s+to)\s+my\s+(PA|P\.A\.|personal\s+assistant|executive\s+assistant|EA|assistant|secretary|office)(?:,?\s+((?:(?:Puan|Encik|Cik|Ms|Mrs|Miss|Mr|Khun|Pak|Bu|Ibu)\.?\s+)?\p{Lu}\p{Ll}+))?/u;
const ROLES: Readonly<Record<string, Gatekeeper['role']>> = { pa: 'pa', 'p.a.': 'pa', 'personal assistant': 'pa', 'executive assistant': 'assistant', ea: 'assistant', assistant: 'assistant', secretary: 'secretary', office: 'office' };
export function gatekeeperNamed(words: string | undefined): Gatekeeper | undefined {
  const m = words === undefined ? null : GATEKEEPER.exec(words);
  if (!m) return undefined;
  const role = ROLES[m[1]!.toLowerCase().replace(/\s+/gu, ' ')] ?? 'assistant';
  return m[2] && role !== 'office' ? { role, name: m[2] } : { role };
}
