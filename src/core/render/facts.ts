// The facts of a situation, computed once from the profile: what the rules read and what the
// templates branch on (`is.*`). Typed, so a misspelt flag fails the type check and, in a
// template, the build (scripts/check-template-names.mjs).
import {
  CADENCES, COMMUNICATION, FIRST_RESPONSES, FORMATS, HIERARCHY, ORGANIZATIONS, RELATIONSHIPS, TONES, getText,
  type Cadence, type Communication, type FirstResponse, type Format, type Hierarchy, type LeaderOrganization, type Organization, type Profile, type Relationship, type Tone,
} from '../profile/profile';
import { rhythmOf, type Rhythm } from './rhythm';
import { askMode, singleAsk } from './rules/shared';
import { saidTheyIntroduce, saidToNameThem, saidYouCall } from './sentYou';
import { comeBackMonths, dueNow, monthOf } from './dueNow';
import { firstAnswerOf, INTRODUCTION, takesOffer as takesOfferOf } from './firstAnswer';
import { offerMedium } from './offerMedium';
import { seeFirst } from './referral';
import { asksWrittenFirst, type NextChannel } from './leaderWords';
import { offerOf, type Offer, type OfferKind } from './offerShape';
import type { Anrede, FirstResponseDetails } from '../profile/profile';
import type { Phrasebook } from '../phrases/phrasebook';
import { sentences, voiceOf } from './phrasing';
import { resolveScales, scalesLeftUnknown, type ScaleName, type Scales } from '../culture/scales';
import { presetFor, type AddressForm, type CountryPreset } from '../culture/presets';
import type { CalendarOptions } from '../culture/calendars';
import { asksForReminder } from './remindMe';
import { unreadScript, type WordsScript } from './wordsScript';
import { factArgs, spokenFactsOf, type FollowUp } from './spokenFacts';
import { CHAT, familiarFirstName, leaderInPublicSector, retailWork, type Messenger } from './profileReadings';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Choice = Tone | Communication | Hierarchy | Format | Cadence | Relationship | FirstResponse | Organization;

/** One flag per enum value ("use-the-program" → `useTheProgram`), true for the ones chosen. */
export type ChoiceFlags = { readonly [K in Camel<Choice>]: boolean };

/** What the situation adds to the choices. */
export interface SituationFlags extends ChoiceFlags {
  /** They said no (the answer confirmed, or read from their words when none is). */
  readonly declined: boolean;
  /** They said no or never replied: the ask is one conversation or one written question. */
  readonly closedDoor: boolean;
  /** They doubt they are the right mentor (the answer confirmed or read). */
  readonly doubtsFit: boolean;
  /** The answer was read from their words, not confirmed: the doc says so at the top. */
  readonly readFromWords: boolean;
  /** Their words are in the profile, no answer is confirmed, and none could be read from them. */
  readonly unreadWords: boolean;
  /** Unread words in a script the reading cannot read (wordsScript.ts): quoted, to be confirmed; the ask stays neutral. */
  readonly foreignWords: boolean;
  /** They were asked once already (a first response picked, or their words given). */
  readonly askedBefore: boolean; readonly recurring: boolean; readonly live: boolean; readonly shortSession: boolean;
  /** The second ask is itself a written message (askMode). */
  readonly askInWriting: boolean;
  /** After a written no, the meeting asked for is the single conversation (askMode). */
  readonly theConversation: boolean;
  /** Trust is built by time together (the culture's trust scale): the script starts with them. `familiar`: you call them by first name and are on familiar terms (profileReadings.ts). */
  readonly relationshipBased: boolean; readonly familiar: boolean;
  /** Debate is respect although much else is indirect (France, Spain, Argentina): an indirect culture
   *  whose country's preset puts disagreement as open. Without a country, "open" is only the default. */
  readonly debateRespected: boolean;
  /** Critique will not be volunteered, so it is asked for: disagreement is avoided (with anyone, in
   *  Sweden), or the culture is indirect and nothing says debate is respected there. One flag, so the
   *  agenda never says what the culture notes contradict. */
  readonly critiqueUnsaid: boolean;
  /** The user said their manager knows they are asking (`managerKnows: true`). */
  readonly managerKnows: boolean;
  /** The user has not said whether their manager knows: a line claiming it is marked to keep or delete. */
  readonly managerUnsaid: boolean;
  /** The leader works at another company (`leader.organization: other`): no internal programs,
   *  channels or team talk, and a word on what may be shared outside the company. */
  readonly otherCompany: boolean;
  /** Cross-team inside your own company: their team is a party, so lines about their team, their
   *  people's time and their remit are said. Never to a leader at another company, whose team is not. */
  readonly theirTeam: boolean;
  /** The channel they agreed is a chat (WhatsApp, Slack, Teams chat, a text), in their words or the
   *  profile's details, after a yes with limits: the thank-you and the update are short chat messages,
   *  with no subject line and no labelled parts. */
  readonly chatChannel: boolean;
  /** They ruled out documents ("no decks", "no slides", "no documents", "keep it short"), in their words
   *  or the limits: no one-pager, pre-read or write-up is sent or brought; the message itself holds
   *  the preparation (three lines of context, your pick, and why). */
  readonly noDocuments: boolean;
  /** They asked for a short note in writing first ("put something small in writing for me", "mándame un
   *  correo cortito"): the ask is that one note, with no meeting asked for before they answer. */
  readonly writeFirst: boolean;
  /** The user chose to work in writing (async) and nothing they said asks for more: the ask is the first note itself (askMode). */
  readonly ownNote: boolean;
  /** Put off ("not now") with their words asking to be reminded: the request is that reminder (remindMe.ts). */
  readonly remindMe: boolean;
  /** The ask is what they offered, and it is informal (a coffee, a fika, "when I'm in town"):
   *  no minutes count, no one-pager, no agenda; the timing is theirs (offerShape.ts). */
  readonly offerInformal: boolean;
  /** The offer is an invitation to their home or a family meal (offerShape.ts): hospitality, not a meeting. */
  readonly hospitality: boolean;
  /** The meeting was the single conversation (after a written no) or the informal offer itself (a coffee):
   *  the thank-you thanks, says what you took and will do, and arranges nothing more. */
  readonly thankedAsConversation: boolean;
  /** The ask is what they offered, and it is a look at a document: the request attaches it; no meeting. */
  readonly offerReview: boolean;
  /** An informal offer from a leader in your own organisation, in a relationship-based culture whose
   *  colleagues talk on WhatsApp (presets.ts chat): it is taken up by dropping by or a WhatsApp
   *  message, not by a formal email (Egypt: tea in the CTO's office). */
  readonly dropIn: boolean;
  /** A "not now" that held an offer (a meal after Seollal, a chat when in town): you come back for
   *  that offer, one conversation no longer than the others of its kind. Decided here once; the rules read it. */
  readonly offerAfterNotNow: boolean;
  /** The ask is what they offered (firstAnswer.ts takesOffer): the one flag the rhythm, the request and
   *  the checklist read; no trial, no minutes of our own beside it. */
  readonly takesOffer: boolean;
  /** They said yes to something: a yes with limits, or an offer the ask takes up (beside a not now, a
   *  referral, a doubt: "lo hablamos con un café"). Nothing offers them a way out of it. */
  readonly agreed: boolean;
  /** The come-back month in the profile has passed (Facts.monthPassed): coming back is due now. */
  readonly comeBackPassed: boolean;
  /** A referral where they said to name them (`sentYou`), that they would tell them first (`theyIntroduce`), or that you would phone them (`youCall`): sentYou.ts. */
  readonly sentYou: boolean; readonly theyIntroduce: boolean; readonly youCall: boolean;
  /** A referral to a person named with no offer of their own to take up, or "see X first, then come back": you
   *  meet that person first and thank the leader after; the one ask, later, is the question that remains. */
  readonly referralFirst: boolean;
  /** Their words sent you to the person first and back to them after ("see X first, then come back"). */
  readonly comeBackInvited: boolean;
  /** The leader's country has no preset and the user set no communication scale (scales.ts scalesLeftUnknown): nothing is said about how directly to put the ask or the no. */
  readonly communicationUnknown: boolean;
  /** As communicationUnknown, for hierarchy: nothing is said about a flat organization. */
  readonly hierarchyUnknown: boolean;
}

/** How the answers were written: given or not, a clause or a phrase (set from the normalized answers). */
export interface AnswerFlags {
  readonly hasGoal: boolean;
  readonly hasSuccess: boolean;
  readonly hasInitiative: boolean;
  readonly hasStrengths: boolean;
  readonly hasBridge: boolean;
  readonly valueClause: boolean;
  readonly strengthsClause: boolean;
  readonly expertiseClause: boolean;
}

/** Every flag a template may name as `is.<flag>`. */
export type Flags = SituationFlags & AnswerFlags;

export interface Facts {
  readonly tone: Tone;
  readonly relationship: Relationship;
  readonly organization?: Organization;
  /** Where the leader works: `same` (your company, the default) or `other`. */
  readonly workplace: LeaderOrganization;
  /** The kind of organization the leader works at: yours at your own; at another, `leader.sector`, else
   *  read from `leader.company` ("… Authority" is public-sector), else unknown. Never yours for theirs:
   *  a startup user's government CTO is not "their company". */
  readonly theirSector: Organization | 'unknown';
  /** How they are greeted starts with a salutation or title ("Dr. Vogel"): "Dear" in every tone. */
  readonly addressTitled: boolean;
  /** The salutation the form of address starts with ("Frau Meier" → `frau`), `none` without one. */
  readonly addressSalutation: 'frau' | 'herr' | 'none';
  /** „Frau“ or „Herr“ as German letters need it, from the address, the name, the role or the answers
   *  (german.ts leaderGender); `none` when the profile does not tell. */
  readonly leaderGender: 'frau' | 'herr' | 'none';
  /** The leader's full name, Markdown-safe, for a German greeting that knows no „Frau“/„Herr“; `none`
   *  when they are addressed by one word, a first name (german.ts greetingFullName). */
  readonly leaderFullName: string;
  /** How the German notes to the user name the leader, Markdown-safe (german.ts leaderReference):
   *  „Herr Dr. Kröger“, „Dr. Martin Hofbauer“, „Dana“; `none` without a name. */
  readonly leaderRef: string;
  /** How the German messages address them, `Sie` or `du` (german.ts anredeOf: `leader.anrede`, else
   *  du when the user's own words about them say du). */
  readonly anrede: Anrede;
  /** The leader's country's usual form of address (presets.ts: `given-name`, `family-san`…), `none`
   *  without a preset: where it is the given name, a first name is greeted "Hi" in every tone but
   *  the formal one, however hierarchical the country (an Argentinian VP is "Hi Vero,", not "Dear Vero,"). */
  readonly addressForm: AddressForm | 'none';
  /** How praise is put: `understated` where the leader's country finds superlatives insincere (presets.ts), else `expressive`. */
  readonly praise: 'understated' | 'expressive';
  /** The chat colleagues in the leader's country use (presets.ts chat: whatsapp, telegram, viber), `none` without one. */
  readonly chatApp: CountryPreset['chat'] | 'none';
  /** `neutral` for a country without a preset whose scales the user left unset: we know nothing of
   *  its register, so letters are courteous ("Dear …,") and skip casual idioms; `usual` elsewhere. */
  readonly register: 'neutral' | 'usual';
  /** The messaging app the leader named for getting back in touch ("send me something on WhatsApp"),
   *  `none` when they named none: the short version of a message goes there. */
  readonly messenger: Messenger;
  /** `none` when they ruled out documents ("no decks", "keep it short"), whatever their first answer:
   *  the preparation goes in the message itself; else `any`. */
  readonly documents: 'none' | 'any'; /** The length they set for a written question (facts/limits.ts). */ readonly length: import('./facts/limits').WrittenLength;
  /** The channel they named for the next step ("escríbeme", "call me", "drop by"), `none` when they named none: every line of advice about how to
   *  reach them follows it, and so does `followUp`, how the one reminder goes (spokenFacts.ts FollowUp). */
  readonly channel: NextChannel;
  readonly followUp: FollowUp;
  /** What an informal offer is, named in plain words in lines said to them (offerShape.ts offerKind: coffee, lunch), `none` otherwise. */
  readonly offerKind: OfferKind | 'none'; /** Month or condition decides a come-back (spokenFacts.ts comeBackOnOf). */ readonly comeBackOn: 'month' | 'condition' | 'none';
  /** Who keeps a senior's calendar and door: `office-director` for a Gulf or Egyptian public official
   *  (the office director, مدير المكتب, not a personal assistant), else `assistant`. */
  readonly gatekeeper: 'assistant' | 'office-director';
  readonly communication: Communication;
  readonly hierarchy: Hierarchy;
  readonly cadence: Cadence;
  readonly format: Format;
  /** The first answer decided once: the one the user confirmed, else the one read from their words. */
  readonly firstResponse?: FirstResponse;
  /** What that answer held (who they named, when to come back…), in their words. */
  readonly details: Readonly<FirstResponseDetails>;
  /** The user confirmed the first answer (picked it); false when it was read from their words. */
  readonly confirmed: boolean;
  /** Their words the first time, as typed (not escaped); undefined when none. */
  readonly words?: string;
  /** The script of their words when no answer is confirmed nor read and it is not Latin, else `none`. */
  readonly wordsScript: WordsScript | 'none';
  readonly declined: boolean;
  /** They never replied. */
  readonly noReply: boolean;
  /** The session length the ask uses: at most 30 minutes after a no or no reply. */
  readonly minutes: number;
  readonly rhythm: Rhythm;
  /** The shape of what they offered, when the ask is that offer (a yes with limits, or an offer
   *  beside a not now): read once from the offer (offerShape.ts). Undefined otherwise. */
  readonly offer?: Offer;
  readonly askMode: Readonly<ReturnType<typeof askMode>>;
  readonly is: SituationFlags;
  /** The five culture scales in effect (override > profile field > country preset > defaults). */
  readonly scales: Scales;
  /** The leader's country (ISO 3166-1 alpha-2, upper case) when it has a preset. */
  readonly country?: string;
  /** The leader's country as the profile names it when there is no preset for it (the advice then
   *  follows the profile's culture or the defaults, and the prep doc says so). */
  readonly countryWithoutPreset?: string;
  /** The scales that country leaves unknown: the user set none of them (scales.ts scalesLeftUnknown). */
  readonly unknownScales: readonly ScaleName[];
  /** Which of the country's calendars is the leader's: the government's fiscal year where they work
   *  in the public sector (theirs, not the user's), the sales peaks where their work is e-commerce or
   *  retail (read from the profile's words: "11.11", "flash sales", "e-commerce"). */
  readonly calendar: Readonly<CalendarOptions>;
  /** After a "not now" with a month: the answer to the come-back meeting in that month is what the thank-you, the no-reply
   *  and the objections reply to, so a second "not now" comes back three months after it, or the first month after that
   *  the leader's calendar does not block (YYYY-MM). Undefined otherwise. */
  readonly comeBackAgain?: string;
  /** The month every document names for coming back after a "not now": comeBackAgain when there is
   *  one, else the month they named (May in one document, February in the other). */
  readonly notNowMonth?: string;
  /** The `comeBackMonth` of the profile when it has passed on the day of generation (YYYY-MM): the
   *  documents treat coming back as due now and say so at the top (dueNow.ts). Undefined otherwise. */
  readonly monthPassed?: string;
  /** Weeks before silence from them means anything: the country's usual wait (two without one),
   *  with one week more where time is flexible (the preset's own figure already assumes its scale). */
  readonly replyWeeks: number;
  /** Weeks before following up a note that went unanswered, the one figure every document gives: one where time is linear, two where flexible,
   *  and the usual wait (replyWeeks) where you ask once in person (followUp in-person: trust built so, and no channel of theirs named). */
  readonly reminderWeeks: number;
}

/** "use-the-program" → "useTheProgram": the key of an `is.` flag. */
export const flagOf = <S extends string>(id: S): Camel<S> => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as Camel<S>;

const CHOICES: readonly Choice[] = [...TONES, ...COMMUNICATION, ...HIERARCHY, ...FORMATS, ...CADENCES, ...RELATIONSHIPS, ...FIRST_RESPONSES, ...ORGANIZATIONS];

/** Every flag name a template may use, for the build's template check. */
export const FLAG_NAMES = [
  ...CHOICES.map(flagOf), 'closedDoor', 'readFromWords', 'unreadWords', 'foreignWords', 'askedBefore', 'recurring', 'live', 'shortSession', 'askInWriting', 'theConversation', 'relationshipBased', 'familiar', 'debateRespected', 'critiqueUnsaid', 'managerKnows', 'managerUnsaid', 'otherCompany', 'theirTeam', 'chatChannel', 'noDocuments', 'writeFirst', 'ownNote', 'remindMe', 'offerInformal', 'hospitality', 'thankedAsConversation', 'dropIn', 'offerReview', 'offerAfterNotNow', 'takesOffer', 'agreed', 'comeBackPassed', 'sentYou', 'theyIntroduce', 'youCall', 'referralFirst', 'comeBackInvited', 'communicationUnknown', 'hierarchyUnknown', 'hasGoal', 'hasSuccess', 'hasInitiative', 'hasStrengths', 'hasBridge', 'valueClause', 'strengthsClause', 'expertiseClause',
] as const satisfies readonly (keyof Flags)[];

/** `phrasebook`: the document's, for the rhythm's sentences (plain English when absent). */
export function factsOf(profile: Profile, today: Date = new Date(), phrasebook?: Phrasebook): Facts {
  const words = getText(profile, 'firstResponseWords');
  // The user's choice always wins; their words are read only when no answer is confirmed.
  // A come-back month already past is no month to name: coming back is due now (dueNow.ts).
  const { answer, passed: monthPassed } = dueNow(firstAnswerOf(profile, today), today);
  const firstResponse = answer.response;
  const declined = firstResponse === 'declined';
  const noReply = firstResponse === 'no-reply';
  // Coming back for what they offered inside a not now (a meal, a chat when in town): one conversation.
  const offerAfterNotNow = firstResponse === 'not-now' && answer.details.offered !== undefined;
  // Words in a script we cannot read may hold a limit ("not every two weeks"): one conversation until confirmed.
  const wordsScript = !answer.confirmed && firstResponse === undefined ? unreadScript(words) ?? 'none' : 'none';
  const minutes = Math.min(profile.sessionMinutes, smallConversationCap(firstResponse, offerAfterNotNow, wordsScript));
  const scales = resolveScales(profile.culture);
  const unknownScales = Object.freeze(scalesLeftUnknown(profile.culture));
  const flexible = (time: Scales['time'] | undefined) => (time === 'flexible' ? 1 : 0);
  const preset = profile.culture.country ? presetFor(profile.culture.country) : undefined;
  const replyWeeks = (preset?.replyWeeks ?? 2) - flexible(preset?.scales.time) + flexible(scales.time);
  const spoken = spokenFactsOf(profile, { words, details: answer.details, firstResponse, preset, scales, unknownScales });
  const reminderWeeks = spoken.followUp === 'in-person' ? replyWeeks : 1 + flexible(scales.time);
  // A yes with limits asks for what they offered, once, no trial on top; so does the come-back after a
  // "not now" that held an offer ("after Seollal, we'll have a proper meal and talk").
  const takesOffer = takesOfferOf(answer);
  // A short note in writing first: one written exchange, whatever format the user chose for later.
  const writeFirst = !takesOffer && asksWrittenFirst(firstResponse, answer.details, words);
  const offer = takesOffer ? offerOf(answer.details.offered, words) : undefined;
  const rhythm = rhythmFor(profile, spoken, phrasebook, {
    minutes, reminderWeeks, format: writeFirst ? 'async' : profile.format, single: singleAsk(firstResponse) || takesOffer || writeFirst || wordsScript !== 'none', noTime: firstResponse === 'no-time',
    offered: takesOffer ? answer.details.offered : undefined,
    // The leader's offer decides what is asked first; the user's format only when it does not say (offerMedium).
    offeredWritten: takesOffer ? mediumIsWriting(offerMedium(answer.details)) : undefined,
    offeredInformal: offer?.shape === 'informal',
  });
  // The second ask is itself a written message: nothing else proposed is spoken, and time was the
  // worry or the first ask went unanswered (the script's message form, rules/script.ts).
  const mode = askMode({ written: rhythm.written, declined, noReply, firstResponse, offered: takesOffer, writtenFirst: writeFirst, informal: offer?.shape === 'informal' });
  const is = situationFlagsOf(profile, { answer, words, scales, unknownScales, preset, spoken, mode, offer, takesOffer, offerAfterNotNow, wordsScript, monthPassed, writeFirst });
  const calendar: CalendarOptions = Object.freeze({ publicSector: leaderInPublicSector(spoken.theirSector, profile.organization), retail: retailWork(profile) });
  return Object.freeze({
    ...spoken, scales: Object.freeze(scales), country: preset?.code,
    ...(profile.culture.country && !preset ? { countryWithoutPreset: String(profile.culture.country).toUpperCase() } : {}), unknownScales, replyWeeks, reminderWeeks,
    details: answer.details, confirmed: answer.confirmed, words, wordsScript, declined, noReply, minutes, rhythm, ...(offer ? { offer: Object.freeze(offer) } : {}),
    calendar,
    ...comeBackMonths(firstResponse, answer.details.comeBackMonth ?? (monthPassed !== undefined && firstResponse === 'not-now' ? monthOf(today) : undefined), preset?.code ?? profile.culture.country, calendar),
    ...(monthPassed === undefined ? {} : { monthPassed }),
    askMode: Object.freeze(mode), is: Object.freeze(is),
  });
}

/** What situationFlagsOf reads: what factsOf has computed before the flags. */
interface FlagInputs {
  readonly answer: ReturnType<typeof firstAnswerOf>; readonly words: string | undefined; readonly scales: Scales; readonly unknownScales: readonly ScaleName[];
  readonly preset: ReturnType<typeof presetFor>; readonly spoken: ReturnType<typeof spokenFactsOf>; readonly mode: ReturnType<typeof askMode>;
  readonly offer: Offer | undefined; readonly takesOffer: boolean; readonly offerAfterNotNow: boolean; readonly wordsScript: WordsScript | 'none'; readonly monthPassed: string | undefined; readonly writeFirst: boolean;
}

/** The situation's `is.` flags: the choices, and what the first answer, the culture and the ask add. */
function situationFlagsOf(profile: Profile, { answer, words, scales, unknownScales, preset, spoken, mode, offer, takesOffer, offerAfterNotNow, wordsScript, monthPassed, writeFirst }: FlagInputs): SituationFlags {
  const firstResponse = answer.response;
  const declined = firstResponse === 'declined';
  const noReply = firstResponse === 'no-reply';
  const choices = choiceFlags(profile, firstResponse);
  const debateRespected = profile.culture.communication === 'indirect' && scales.disagreement === 'open' && preset !== undefined;
  return {
    ...choices,
    closedDoor: declined || noReply,
    readFromWords: !answer.confirmed && firstResponse !== undefined,
    unreadWords: !answer.confirmed && firstResponse === undefined && words !== undefined,
    foreignWords: wordsScript !== 'none',
    // They were asked once already: the manager hears that, not a plan.
    askedBefore: profile.firstResponse !== undefined || words !== undefined,
    recurring: profile.cadence !== 'as-needed',
    live: profile.format !== 'async' && !writeFirst,
    shortSession: profile.sessionMinutes < 30,
    askInWriting: mode.inWriting,
    theConversation: mode.theConversation,
    relationshipBased: scales.trust === 'relationship-based', familiar: familiarFirstName(profile),
    debateRespected,
    critiqueUnsaid: scales.disagreement === 'avoided' || (profile.culture.communication === 'indirect' && !debateRespected),
    managerKnows: profile.managerKnows === true,
    managerUnsaid: profile.managerKnows === undefined,
    otherCompany: profile.leader.organization === 'other',
    theirTeam: profile.relationship === 'cross-team' && profile.leader.organization !== 'other',
    noDocuments: spoken.documents === 'none',
    writeFirst, ownNote: mode.ownNote,
    remindMe: firstResponse === 'not-now' && asksForReminder(words),
    // Whatever their first answer: a not now or an ask-your-manager that names a chat gets chat messages too.
    chatChannel: spoken.messenger !== 'none' || CHAT.test([words ?? '', ...Object.values(answer.details)].join(' ')),
    offerInformal: offer?.shape === 'informal',
    hospitality: offer?.hospitality === true,
    thankedAsConversation: mode.theConversation || (offer?.shape === 'informal' && profile.format !== 'async'),
    offerReview: offer?.shape === 'review',
    dropIn: offer?.shape === 'informal' && profile.leader.organization !== 'other' && scales.trust === 'relationship-based' && preset?.chat === 'whatsapp',
    offerAfterNotNow,
    takesOffer,
    agreed: firstResponse === 'yes-with-limits' || takesOffer,
    comeBackPassed: monthPassed !== undefined,
    sentYou: firstResponse === 'referral' && saidToNameThem(words), youCall: firstResponse === 'referral' && saidYouCall(words),
    // Their offer to introduce you ("I can mention it to her") is the same word to wait for.
    theyIntroduce: firstResponse === 'referral' && (saidTheyIntroduce(words) || INTRODUCTION.test(answer.details.offered ?? '')),
    referralFirst: firstResponse === 'referral' && answer.details.referTo !== undefined && (seeFirst(words) || (/^\p{Lu}/u.test(answer.details.referTo) && !takesOffer)),
    comeBackInvited: firstResponse === 'referral' && answer.details.referTo !== undefined && seeFirst(words),
    communicationUnknown: unknownScales.includes('communication'),
    hierarchyUnknown: unknownScales.includes('hierarchy'),
  };
}

/** The longest the ask may be, whatever the session length chosen for a trial ("much smaller" beside 45
 *  minutes): 30 minutes after a no or no reply, a doubt about fit (a second is theirs to offer), coming
 *  back for what they offered inside a not now, or words the reading cannot read; 15 after a referral
 *  (the question went to someone else: what remains of it is one open question). */
function smallConversationCap(firstResponse: FirstResponse | undefined, offerAfterNotNow: boolean, wordsScript: WordsScript | 'none'): number {
  if (firstResponse === 'referral') return 15;
  return firstResponse === 'declined' || firstResponse === 'no-reply' || firstResponse === 'doubts-fit' || offerAfterNotNow || wordsScript !== 'none' ? 30 : Infinity;
}

/** The rhythm of the ask (rhythm.ts), its sentences spoken as messages given every fact, like the rest of
 *  the document's. */
function rhythmFor(profile: Profile, spoken: ReturnType<typeof spokenFactsOf>, phrasebook: Phrasebook | undefined,
  ask: { minutes: number; format: Format; reminderWeeks: number; single: boolean; noTime: boolean; offered?: string; offeredWritten?: boolean; offeredInformal: boolean }): Rhythm {
  const variables = factArgs(spoken);
  const book = phrasebook ?? voiceOf(undefined).book;
  const { minutes, format, ...rest } = ask;
  return rhythmOf(profile.cadence, format, minutes, profile.tone, profile.relationship, {
    ...rest,
    speak: (phrases) => sentences(book, variables, [phrases].flat()),
    // The organization is yours: a leader at another company may well have an assistant or an office
    // (a government CTO's office director) although you work at a startup.
    assistant: profile.relationship === 'executive' && (profile.leader.organization === 'other' || (profile.organization !== 'startup' && profile.organization !== 'nonprofit')) && profile.culture.hierarchy !== 'flat',
  });
}

/** One `is.` flag per enum value of the profile, true for the ones chosen. */
function choiceFlags(profile: Profile, firstResponse: FirstResponse | undefined): Record<Camel<Choice>, boolean> {
  const chosen = new Set<string>([profile.tone, profile.culture.communication, profile.culture.hierarchy, profile.format, profile.cadence, profile.relationship,
    ...(firstResponse ? [firstResponse] : []), ...(profile.organization ? [profile.organization] : [])].map(flagOf));
  return Object.fromEntries(CHOICES.map((c) => [flagOf(c), chosen.has(flagOf(c))])) as Record<Camel<Choice>, boolean>;
}

/** Whether an offer's medium is writing; undefined when the offer does not say (the format decides). */
const mediumIsWriting = (medium: 'writing' | 'talk' | undefined): boolean | undefined => (medium === undefined ? undefined : medium === 'writing');
