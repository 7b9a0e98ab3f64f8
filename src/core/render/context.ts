import { getText, type Profile } from '../profile/profile';
import { PHASE_TITLES, stepsFor } from '../checklist/steps';
import { germanYesOnce, type YesOnce } from './germanComeBack';
import type { GlossaryEntry } from '../vocabulary/glossary';
import { carriedActions, lastNextTopic } from '../checklist/sessionLog';
import { fillIn, inlineMarkdown } from './markdown';
import { chosenHeadings, languageOf, type ChosenHeadings } from './headings';
import { cadenceLabel, toThem, toYou, type Rhythm } from './rhythm';
import { pointedTo } from './pointedTo';
import { wordsNotesOf } from './wordsNotes';
import { bareOffer } from './pronouns';
import { theirTermsOf, type TheirTerms } from './theirTerms';
import { factsOf, type Facts, type Flags } from './facts';
import { factArgs } from './spokenFacts';
import { officialTies } from './profileReadings';
import { Phrasebook, type Phrase } from '../phrases/phrasebook';
import { attachVoice, sentences } from './phrasing';
import { attachChallengeMention } from './namedOnce';
import { germanCase } from '../phrases/germanTopic';
import { attachOfferMention } from './offerOnce';
import { gatekeeperNamed, writingAskedIn } from './leaderWords';
import { nameAboutLeader } from './rules/shared';
import { asyncUpdateOf, type AsyncUpdatePart } from './rules/async-update';
import { briefOf, type BriefPart } from './rules/brief';
import { firstCheckinOf, type FirstCheckin } from './rules/first-checkin';
import { managerFirstOf, type ManagerFirstPart } from './rules/manager-first';
import { nextCheckinOf, type NextCheckinPart } from './rules/next-checkin';
import { onePagerOf, type OnePagerPart } from './rules/one-pager';
import { replyToNoOf, type ReplyToNoPart } from './rules/no-reply';
import { requestOf, type RequestPart } from './rules/request';
import { thankYouOf, type ThankYouPart } from './rules/thank-you';
import { nuanceOf, type Nuance } from './rules/nuance';
import type { Situation } from './rules/types';
import { compose, type Advice, type Card, type Reason, type ScriptPart } from './situation';
import { austrianMonth } from './german';
import { busyWithIn, managerNamedIn, monthName } from './firstAnswer';
import { pronounOf } from './referral';
import { referralReasonMarkdown } from './referralReason';
import { referralDoorOf } from './sentYou';
import { proposedDays } from './proposedDays';
import { offerMedium } from './offerMedium';
import { comeBackFrom, firstResponsesFromWords, isCondition, leaderPronoun, managerWord } from './slots';
import { toneClash } from '../profile/validate';
import { messageFields, type MessageContext } from './messageContext';
import { trimTrailing } from './trim';
import type { EnglishVariant } from '../culture/presets';
import { chooseEnglish } from '../culture/english';
import { countryNoteOf, cultureNotesOf, languageNoteOf, procurementNoteOf } from './rules/culture';
import { timingNotesOf } from './rules/timing';
import { customNotesOf } from './rules/customs';
import { answersOf, type Slotted } from './answers';
import { addressOf, companyOf, germanSignOff, referralGreetAs, signOffOf } from './addressing';
import { agendaBlocks, nextAgendaMinutes } from './agenda';
import { termsOf } from './terms';

/** The answers as spoken to the leader (the flags about them are in `is`). */
export type Said = Omit<Situation['said'], keyof Flags>;

export interface RenderContext extends MessageContext {
  /** `signOff`: the name you sign with, as the culture does (given name, or full name where names are formal). */
  you: { name: string; role: string; strengths: string; signOff: string };
  /** `addressAs`: how you greet them: as given, else the culture's usual form with their name ('' with no name).
   *  `addressNote`: a line asking to confirm a form we had to guess, '' when none was guessed or it is sure. */
  /** `company`: the company they work at when it is not yours (`leader.company`, Markdown-safe), "none" when
   *  not named (messages then say "another company", "their company"); '' when they work at yours. */
  /** `called`: how a sentence about them names them after the first mention (the form of address when it
   *  carries their name, nameAboutLeader); the full `name` stays in headings and the first mention. */
  leader: { name: string; called: string; addressAs: string; /** Said out loud when it differs from addressAs ("Si Karim"), else ''. */ saidAs: string; addressNote: string; role: string; initiative: string; expertise: string; company: string; they: string; them: string; their: string; theyHave: string };
  /** Normalized for a place mid-sentence (no trailing period, a common first word lowered). */
  challenge: string;
  /** The challenge after "is": the phrase, or "that …" when the answer is a clause. */
  challengeIs: string;
  /** The challenge after a preposition ("work on …"): the phrase, or "the problem that …". */
  challengeTopic: string;
  expertiseApplied: string;
  /** Answers that are clauses, as sentences of their own (is.valueClause etc. say when to use them). */
  sentence: { value: string; strengths: string; expertise: string };
  valueYouBring: string;
  goal: string;
  successLooksLike: string;
  /** `words`: their words mid-sentence (no trailing period). `quoted`: the same words as a quoted
   *  sentence, final punctuation kept inside the quotes ("full until March."), a period added when
   *  they ended without one: for a line that ends with the quotation. */
  firstResponse: { id: string; words: string; quoted: string;
    /** `note`: "Read from their words as a no; confirm it in the profile." when the answer was not confirmed, else ''.
     *  `unread`: their words could not be read; said in the documents you prepare with, never above a message to send. */
    note: string; unread: string };
  organization: { id: string; label: string };
  cadence: { id: string; label: string };
  sessionMinutes: number;
  format: { id: string; label: string };
  /** `reminder`: how long before one short reminder ("a week"); `notes`: what the trust, disagreement and
   *  time scales change, one bullet each (empty for the defaults: task-based, open, linear);
   *  `countryNote`: the country's own line on hierarchy in writing, copying and introductions ('' without one);
   *  `procurement`: in a public body, when the challenge is about procurement, what they may not discuss ('' otherwise). */
  culture: { communication: string; hierarchy: string; reminder: string; notes: string[]; countryNote: string; procurement: string; language: string };
  relationship: { id: string; label: string };
  tone: string;
  /** The facts templates branch on, typed: `is.warmm` fails the build. */
  is: Flags;
  /** The one model of time and format; every sentence about rhythm comes from it. */
  rhythm: Rhythm;
  /** The answers as spoken to the leader: "her team" becomes "your team". */
  said: Said;
  /** The script, written for this situation. */
  script: { setting: string; prepDocSetting: string; parts: ScriptPart[]; afterNote: string; prepDocAfterNote: string; short: string; relation: string };
  /** Why leaders hesitate, the one they signalled first. */
  reasons: Reason[];
  /** Objection cards, the one they signalled first. */
  objections: Card[];
  /** Recommendations stated in more than one section, worded once. */
  advice: Advice;
  /** First check-in agenda blocks that add up to the session length. */
  agenda: { start: number; end: number; item: string; want: string }[];
  /** Minutes per item of a later check-in, adding up to the session length. */
  nextAgenda: { followUp: number; decision: number; theirs: number; nextSteps: number };
  /** Best fit first; `use`: one of the few the document says to use. */
  terms: { name: string; definition: string; howToSay: string; use: boolean }[];
  checklist: { id: string; phase: string; phaseTitle: string; title: string; done: boolean }[];
  today: string;
  /** At the top of every timing document: the come-back month has passed (Facts.monthPassed); '' otherwise. */
  timingNote: string;
  /** Language of the headings ({{t "…"}}). */
  lang: string;
  /** Heading keys the facts choose ({{t headings.goal}}): headings.ts, CHOSEN_HEADINGS. */
  headings: ChosenHeadings;
  /** The async update's paragraphs, from rules/async-update.ts and phrases/en/async-update.ftl. */
  asyncUpdate: Record<AsyncUpdatePart, string>;
  /** The night-before brief's paragraphs, from rules/brief.ts and phrases/en/brief.ftl. */
  brief: Record<BriefPart, string>;
  /** The first check-in's paragraphs and questions, from rules/first-checkin.ts and phrases/en/first-checkin.ftl. */
  firstCheckin: FirstCheckin;
  /** The talk with your manager's paragraphs, from rules/manager-first.ts and phrases/en/manager-first.ftl. */
  managerFirst: Record<ManagerFirstPart, string>;
  /** The next check-in's paragraphs, from rules/next-checkin.ts and phrases/en/next-checkin.ftl. */
  nextCheckin: Record<NextCheckinPart, string>;
  /** The one-pager's paragraphs, from rules/one-pager.ts and phrases/en/one-pager.ftl. */
  onePager: Record<OnePagerPart, string>;
  /** The reply to a no's paragraphs, from rules/no-reply.ts and phrases/en/no-reply.ftl. */
  replyToNo: Record<ReplyToNoPart, string>;
  /** The meeting request's paragraphs, from rules/request.ts and phrases/en/request-meeting.ftl. */
  request: Record<RequestPart, string>;
  /** The prep doc's notes on the relationship and on communication, from rules/nuance.ts and phrases/en/culture.ftl. */
  nuance: Nuance;
  /** The thank-you note's paragraphs, from rules/thank-you.ts and phrases/en/thank-you.ftl. */
  thankYou: Record<ThankYouPart, string>;
  /** The month to come back, when it is known (`firstResponseDetails.comeBackMonth`, or read from
   *  their words), named in the document's language ("January"); "none" when it is not known. */
  comeBackMonth: string;
  /** They deferred to a month and you come back then: the month proposed if it is still not the
   *  time (three months on, named), or 'none'. */
  comeBackLater: string;
  /** The month every document names for coming back after a "not now" (Facts.notNowMonth), or 'none'. */
  comeBackNotNow: string;
  /** From the session log, for agendas after the first check-in. */
  /** `moreActions`: open actions older than the carried ones, counted, not listed. Read lazily:
   *  only the templates that use the log parse it. */
  log: { openActions: { text: string; date: string }[]; moreActions: number; nextTopic: string; found: boolean };
}

/** The session log's part of the context, parsed on first use (a 5 MB log costs seconds, and
 *  most documents never look at it). `noTopic` is the topic when the log names none. */
function lazyLog(sessionLog: string | undefined, noTopic: () => string): RenderContext['log'] {
  let carried: ReturnType<typeof carriedActions> | undefined;
  const carry = () => (carried ??= sessionLog ? carriedActions(sessionLog) : { actions: [], more: 0 });
  let topic: string | undefined;
  let actions: { text: string; date: string }[] | undefined;
  return {
    get openActions() { return (actions ??= carry().actions.map((a) => ({ text: inlineMarkdown(a.text), date: inlineMarkdown(a.date) }))); },
    get moreActions() { return carry().more; },
    // Without a topic from the log, the known challenge is the topic; a prompt only when neither exists.
    get nextTopic() { return (topic ??= (() => { const t = sessionLog ? lastNextTopic(sessionLog) : undefined; return t ? inlineMarkdown(t) : noTopic(); })()); },
    found: sessionLog !== undefined && /\S/.test(sessionLog),
  };
}

/** Everything a template can use. User text arrives Markdown-safe; missing answers arrive as a
 *  visible fill-in prompt, so a template never prints an empty or broken sentence. */
/** What else a render may draw on besides the profile. */
export interface ContextExtras {
  /** The session log's text (mentorship/log.md), for agendas that carry open actions. */
  sessionLog?: string;
  /** Checklist steps already done (id → date), so a regenerated doc keeps its ticks. */
  done?: Readonly<Record<string, string>>;
  /** The document's language for headings ("de", "en"…); English when absent or unknown. */
  language?: string;
  /** The phrasebook the document speaks with (overrides, IDs shown); English built-ins when absent. */
  phrasebook?: Phrasebook;
}

/** A YYYY-MM month named in the document's language (Intl); in Austria January is "Jänner" (german.ts). */
function monthNamer(language: string, country: string | undefined, today: Date): (month: string | undefined) => string | undefined {
  const austrian = language === 'de' && String(country ?? '').toUpperCase() === 'AT';
  return (month) => {
    const n = month === undefined ? undefined : monthName(month, language, today);
    return n !== undefined && austrian ? austrianMonth(n) : n;
  };
}

export function buildContext(profile: Profile, glossary: readonly GlossaryEntry[], today: Date = new Date(), extras: ContextExtras = {}): RenderContext {
  const { sessionLog, done = {} } = extras;
  const phrasebook = extras.phrasebook ?? new Phrasebook({ locale: languageOf(extras.language), english: englishOf(profile, extras.language) });
  const facts = factsOf(profile, today, phrasebook);
  const { words, minutes, rhythm } = facts;
  const factVariables = factArgs(facts);
  const speak = (phrases: Phrase | readonly Phrase[]) => sentences(phrasebook, factVariables, Array.isArray(phrases) ? phrases : [phrases as Phrase]);
  const { text: t, doc, slotted, challenge, saidChallenge, short, spoken, said } = answersOf(profile, rhythm, languageOf(extras.language), speak, facts.anrede);
  const addressRaw = getText(profile, 'leader.addressAs');
  const { greetAs, address, addressNote } = addressOf(profile, facts.country, speak, phrasebook.locale === 'en' ? englishOf(profile, extras.language) : undefined, facts.leaderGender, phrasebook.locale === 'de');
  const named = monthNamer(languageOf(extras.language), profile.culture.country, today);
  // The come-back month; back in it and it is still not the time, a later month is proposed, never asked for again.
  const month = named(facts.details.comeBackMonth), later = named(facts.comeBackAgain);
  const notNow = named(facts.notNowMonth);
  const pronoun = leaderPronoun(addressRaw ?? '', [profile.expertiseApplied, profile.valueYouBring, profile.successLooksLike, profile.leader.initiative, profile.leader.expertise].filter(Boolean).join(' '));
  const theirTerms = theirTermsOf({ ...facts.details, firstResponse: facts.firstResponse, words, written: rhythm.written, leader: [profile.leader.name, addressRaw ?? ''], english: phrasebook.locale === 'en' });
  const composed = compose({ ...situationOf(profile, facts, said, address, month, later, speak), theirTerms }, toneClash(profile) ?? '', speak);
  const { hasGoal, hasSuccess, hasInitiative, hasStrengths, hasBridge, valueClause, strengthsClause, expertiseClause, ...saidText } = said;
  const is: Flags = { ...facts.is, hasGoal, hasSuccess, hasInitiative, hasStrengths, hasBridge, valueClause, strengthsClause, expertiseClause };
  const base: Omit<RenderContext, keyof DocumentParts> = {
    ...messageFields(profile, rhythm, speak),
    // German documents say "Sie" throughout, and a Sie message is signed with first and last name.
    you: { name: t('you.name'), role: t('you.role'), strengths: doc('you.strengths'), signOff: (phrasebook.locale === 'de' ? germanSignOff(profile, facts.anrede) : signOffOf(profile, facts.country)) ?? t('you.name') },
    leader: { name: t('leader.name'), called: nameAboutLeader(greetAs, t('leader.name')), addressAs: greetAs, saidAs: address !== greetAs ? address : '', addressNote, role: t('leader.role'), initiative: doc('leader.initiative'), expertise: doc('leader.expertise'),
      company: facts.is.otherCompany ? companyOf(profile) : '', ...pronoun },
    challenge: challenge.text,
    challengeIs: challenge.clause ? speak({ id: 'challenge-is-clause', args: { challenge: challenge.text } }) : challenge.text,
    challengeTopic: challenge.clause ? speak({ id: 'challenge-topic-clause', args: { challenge: challenge.text } }) : challenge.text,
    expertiseApplied: doc('expertiseApplied'),
    sentence: { value: slotted('valueYouBring', false).sentence, strengths: slotted('you.strengths', false).sentence, expertise: slotted('leader.expertise', false).sentence },
    valueYouBring: doc('valueYouBring'),
    goal: doc('goal'),
    successLooksLike: said.successNarrative,
    firstResponse: { id: profile.firstResponse ?? '', ...wordsNotesOf(profile, facts, phrasebook.locale === 'en', speak), words: words === undefined ? '' : inlineMarkdown(trimTrailing(words, (c) => /[\s.]/u.test(c))), quoted: words === undefined ? '' : inlineMarkdown(asQuotedSentence(words)) },
    organization: { id: profile.organization ?? '', label: speak({ id: 'label-organization', args: { organization: profile.organization ?? 'unknown' } }) },
    rhythm,
    said: saidText,
    script: withPrepDocDefaults(composed.script),
    reasons: composed.reasons,
    objections: composed.objections,
    advice: composed.advice,
    agenda: agendaBlocks(minutes, hasSuccess, rhythm.single, speak),
    nextAgenda: nextAgendaMinutes(minutes),
    cadence: { id: profile.cadence, label: cadenceLabel(profile.cadence, speak) },
    sessionMinutes: minutes,
    format: { id: profile.format, label: speak({ id: 'label-format', args: { format: profile.format } }) },
    culture: { communication: profile.culture.communication, hierarchy: profile.culture.hierarchy, ...cultureOf(facts, speak, today, englishOf(profile, extras.language), addressRaw ?? greetAs, greetAs),
      procurement: procurementNoteOf(facts, [profile.challenge, profile.goal, profile.successLooksLike, profile.expertiseApplied, profile.leader.expertise, profile.leader.initiative], speak),
      language: languageNoteOf(facts, profile.you.locale, addressRaw, greetAs, speak, languageOf(extras.language)) },
    // A leader at another company is not "a leader in another team".
    relationship: { id: profile.relationship, label: speak({ id: 'label-relationship', args: { relationship: profile.relationship, otherCompany: is.otherCompany ? 'yes' : 'no' } }) },
    tone: profile.tone,
    is,
    terms: termsOf(profile, glossary, { challengeIsClause: saidChallenge.clause, theirWork: spoken.initiative.text }, speak),
    checklist: stepsFor(profile).map((s) => ({ id: s.id, phase: s.phase, phaseTitle: PHASE_TITLES[s.phase], title: s.titleFor?.(profile) ?? s.title, done: Object.hasOwn(done, s.id) })),
    today: localDate(today),
    timingNote: facts.monthPassed === undefined ? '' : speak({ id: 'timing-month-passed', args: { month: named(facts.monthPassed) ?? facts.monthPassed,
      when: facts.details.comeBackAfter !== undefined && isCondition(facts.details.comeBackAfter) ? inlineMarkdown(facts.details.comeBackAfter) : 'none' } }),
    lang: languageOf(extras.language),
    headings: chosenHeadings(is),
    comeBackMonth: month ?? 'none',
    comeBackLater: later ?? 'none',
    comeBackNotNow: notNow ?? 'none',
    log: lazyLog(sessionLog, () => (getText(profile, 'challenge') !== undefined ? speak({ id: 'log-topic-challenge', args: { challenge: challenge.text } }) : fillIn(speak({ id: 'log-topic-missing' }), speak({ id: 'fill-in-label' })))),
  };
  // Two days proposed for an informal offer left open (proposedDays.ts); a German yes on a condition (germanYesOnce).
  const days = facts.is.offerInformal && !facts.is.notNow && !facts.is.dropIn && facts.offer?.place === undefined
    ? proposedDays(base.today, [facts.details.offered ?? '', facts.words ?? ''], phrasebook.locale === 'de' ? 'de-DE' : englishOf(profile, extras.language)) : undefined;
  const context: RenderContext = { ...base, ...documentParts(base, speak, facts.details, facts.offer, facts.firstResponse === 'not-now' ? busyWithIn(facts.words ?? '') : undefined,
    facts.firstResponse === 'not-now' && phrasebook.locale === 'de' ? germanYesOnce(facts.words ?? '') : undefined, days, theirTerms, ((g) => g && { ...g, minutes: Math.min(profile.sessionMinutes, 30) })(referralGreetAs(facts, englishOf(profile, extras.language)))) };
  attachVoice(context, phrasebook, factVariables);
  // A yes with limits: what they offered is said once per document (offerOnce.ts), in English.
  const offered = facts.details.offered;
  if (facts.firstResponse === 'yes-with-limits' && offered !== undefined && phrasebook.locale === 'en') {
    attachOfferMention(context, { forms: [offered, toYou(offered), toThem(offered)].map(inlineMarkdown), keep: [base.firstResponse.words, base.firstResponse.quoted] });
  }
  if (saidChallenge.given && short) attachShortLabel(context, { narrated: challenge, spoken: saidChallenge }, short, [base.firstResponse.words, base.firstResponse.quoted], speak, phrasebook.locale);
  return context;
}

/** What the rules of the prep doc's script, cards and advice read (rules/types.ts): the profile's
 *  facts, the answers as said to the leader, and what their first answer named. */
function situationOf(profile: Profile, facts: Facts, said: Situation['said'], address: string, month: string | undefined, later: string | undefined, speak: (p: Phrase) => string): Situation {
  const { words, declined, noReply, firstResponse, rhythm } = facts;
  return {
  tone: profile.tone, communication: profile.culture.communication, hierarchy: profile.culture.hierarchy, relationship: profile.relationship,
  organization: profile.organization, firstResponse, declined, noReply, address, rhythm, said, managerKnows: profile.managerKnows, sessionMinutes: profile.sessionMinutes,
  otherCompany: facts.is.otherCompany, familiar: facts.is.familiar, noDocuments: facts.is.noDocuments, writeFirst: facts.is.writeFirst, company: companyOf(profile), officialTies: officialTies(profile, facts), theirSector: facts.theirSector,
  words: words === undefined ? '' : inlineMarkdown(words), wordsUnread: facts.is.foreignWords,
  // A confirmed answer is the only signal; a reading from their words ranks every reason they point to.
  signals: facts.confirmed || firstResponse === undefined ? (firstResponse ? [firstResponse] : [])
    : [...new Set([firstResponse, ...(words === undefined || noReply ? [] : firstResponsesFromWords(words))])],
  managerWord: words === undefined || firstResponse !== 'ask-your-manager' ? 'manager' : managerWord(words),
  managerName: words === undefined || firstResponse !== 'ask-your-manager' ? undefined : ((n) => (n === undefined ? undefined : inlineMarkdown(n)))(managerNamedIn(words)),
  doubtsFit: facts.is.doubtsFit, remindMe: facts.is.remindMe, referralMet: facts.is.referralFirst ? pronounOf(facts.details.referTo, words) : undefined,
  referPronoun: pronounOf(facts.details.referTo, words), referralDoor: referralDoorOf(facts.is), offerWritten: offerMedium(facts.details) === 'writing',
  // Sent to your manager, the person they named is your manager, not someone to stay in touch with instead.
  referral: facts.details.referTo === undefined || firstResponse === 'ask-your-manager' ? undefined : inlineMarkdown(facts.details.referTo),
  channel: facts.details.channel === undefined ? undefined : facts.details.channel,
  pointedTo: pointedTo(facts, firstResponse)?.to,
  pointedChannel: pointedTo(facts, firstResponse)?.channel === true,
  offered: facts.details.offered === undefined ? undefined : inlineMarkdown(bareOffer(toYou(facts.details.offered))),
  offeredAbout: facts.details.offered === undefined ? undefined : inlineMarkdown(bareOffer(toThem(facts.details.offered))),
  offer: facts.offer === undefined || facts.details.offered === undefined ? undefined : { ...facts.offer, words: inlineMarkdown(facts.details.offered) },
  // A month known but no words of theirs for it ("in March" confirmed as 2027-03): the month is the time to come back.
  comeBack: (() => {
    const c = comeBackFrom(facts.details.comeBackAfter ?? '', speak);
    if (!c.named && month !== undefined) return comeBackInMonth(month, speak);
    return { when: inlineMarkdown(c.when), objection: inlineMarkdown(c.objection), named: c.named, ...(c.condition ? { condition: inlineMarkdown(facts.details.comeBackAfter!) } : {}) };
  })(),
  laterMonth: later, referralMonth: firstResponse === 'referral' ? month : undefined,
  comeBackPassed: facts.is.comeBackPassed,
  culture: { scales: facts.scales, replyWeeks: facts.replyWeeks, reminderWeeks: facts.reminderWeeks },
  };
}

/** Back in the month they named ("in March" confirmed as 2027-03), with no words of theirs for it. */
function comeBackInMonth(month: string, speak: (p: Phrase) => string): { when: string; objection: string; named: boolean } {
  const args = { how: 'month', month };
  return { when: speak({ id: 'come-back-when', args }), objection: speak({ id: 'come-back-objection', args }), named: true };
}

/** The script as the context holds it: the prep doc's variants default to the script document's. */
function withPrepDocDefaults(script: ReturnType<typeof compose>['script']): RenderContext['script'] {
  return {
    ...script,
    parts: script.parts.map((p) => ({ ...p, prepDocNote: p.prepDocNote ?? p.note })),
    prepDocAfterNote: script.prepDocAfterNote ?? script.afterNote,
    prepDocSetting: script.prepDocSetting ?? script.setting,
  };
}

/** Where the challenge is named again, its short label instead (namedOnce.ts), in each form the
 *  documents write it; `keep`: their words, never shortened. */
function attachShortLabel(context: RenderContext, challenge: { narrated: Slotted; spoken: Slotted }, short: { narrated: string; spoken: string }, keep: string[], speak: (p: Phrase) => string, locale: string): void {
  const as = (id: string, c: Slotted) => (c.clause ? speak({ id, args: { challenge: c.text } }) : c.text);
  const forms = (c: Slotted, label: string) => [
    { full: as('challenge-topic-clause', c), short: label }, { full: as('challenge-is-clause', c), short: label }, { full: c.text, short: label },
  ];
  // German: the label in the case of the words before it (namedOnce.ts), whichever case the challenge was printed in.
  const german = (c: Slotted, label: string) => [c.text, germanCase(c.text, 'nom'), germanCase(c.text, 'acc')]
    .map((full) => ({ full, short: germanCase(label, 'nom'), shortAcc: germanCase(label, 'acc') }));
  const all = locale === 'de' ? [...german(challenge.narrated, short.narrated), ...german(challenge.spoken, short.spoken)] : [];
  attachChallengeMention(context, { forms: [...all, ...forms(challenge.narrated, short.narrated), ...forms(challenge.spoken, short.spoken)], keep });
}

/** The English the documents write in: `you.locale`, else the editor's language when it names a
 *  regional English ("en-gb"), else the leader's country's, else US (culture/english.ts). */
export function englishOf(profile: Profile, editorLocale: string | undefined): EnglishVariant {
  return chooseEnglish({ youLocale: profile.you.locale, editorLocale, country: profile.culture.country });
}

/** What the culture scales add to the documents (rules/culture.ts): the reminder wait and the notes,
 *  the calendar's for the date of the planned ask among them (rules/timing.ts). */
function cultureOf(facts: ReturnType<typeof factsOf>, speak: (p: Phrase | readonly Phrase[]) => string, today: Date, english: EnglishVariant, address: string, greetAs: string): { reminder: string; notes: string[]; countryNote: string } {
  return {
    reminder: speak({ id: 'culture-weeks', args: { weeks: facts.reminderWeeks } }),
    // The calendar's note after how time works, when it falls (rules/timing.ts); then the country's own customs (rules/customs.ts).
    notes: [...cultureNotesOf(facts, speak), ...timingNotesOf(facts, today, english, speak), ...customNotesOf(facts, address, today, speak, greetAs)],
    countryNote: countryNoteOf(facts, speak, address),
  };
}

/** The fields that hold a document's paragraphs in words, each from its rules file. */
type DocumentParts = Pick<RenderContext, 'asyncUpdate' | 'brief' | 'firstCheckin' | 'managerFirst' | 'nextCheckin' | 'nuance' | 'onePager' | 'replyToNo' | 'request' | 'thankYou'>;

/** Each document's paragraphs: its rules choose the messages from what the rest of the context
 *  holds, and `speak` puts them in words. */
function documentParts(c: Omit<RenderContext, keyof DocumentParts>, speak: (phrases: readonly Phrase[]) => string, details: Facts['details'] = {}, offer?: Facts['offer'], busyWith?: string, yesOnce?: YesOnce, days?: readonly [string, string], theirTerms?: TheirTerms, referGreet?: { name: string; hi: boolean; minutes?: number }): DocumentParts {
  const inWords = <P extends string>(parts: Record<P, Phrase[]>) => Object.fromEntries(Object.entries<Phrase[]>(parts).map(([part, phrases]) => [part, speak(phrases)])) as Record<P, string>;
  const { is, said, rhythm, advice, leader } = c;
  return {
    asyncUpdate: asyncUpdateOf(c, speak),
    brief: briefOf(c, speak, offer?.bring),
    firstCheckin: firstCheckinOf(c, speak),
    managerFirst: inWords(managerFirstOf({ ...c, theirTerms }, (phrase) => speak([phrase]))),
    nextCheckin: nextCheckinOf(c, speak),
    nuance: nuanceOf(c, speak),
    onePager: inWords(onePagerOf(c)),
    replyToNo: inWords(replyToNoOf({ is, said, programJoined: advice.programJoined, referral: advice.pointedTo, channel: advice.pointedChannel, pronoun: pronounOf(details.referTo, c.firstResponse.words) })),
    request: inWords(requestOf({ is, said, details, minutes: rhythm.meetingMinutes, single: rhythm.single, programJoined: advice.programJoined, milestone: advice.milestone, addressAs: leader.addressAs, month: c.comeBackMonth, later: c.comeBackLater, offer, busyWith: busyWith === undefined ? undefined : inlineMarkdown(busyWith), leaderName: leader.name, yourName: c.you.name, yesOnce,
      gatekeeper: gatekeeperNamed(details.channel) ?? gatekeeperNamed(c.firstResponse.words), askedToWrite: writingAskedIn([c.firstResponse.words, details.channel ?? ''].join(' ').trim()), leaderCalled: leader.called, leaderThey: leader.they, referPronoun: pronounOf(details.referTo, c.firstResponse.words), days, theirTerms, referGreet, refereeMinutes: referGreet?.minutes,
      referReason: referralReasonMarkdown(c.firstResponse.words, details.referTo) })),
    thankYou: inWords(thankYouOf({ is, said, single: rhythm.single, family: offer?.family === true, offered: rhythm.offered !== undefined, offeredWords: rhythm.offered !== undefined && details.offered ? inlineMarkdown(toYou(details.offered)) : 'none', unit: rhythm.unit, minutes: c.sessionMinutes, comeBack: advice.comeBack, month: c.comeBackNotNow, addressAs: leader.addressAs, leaderName: leader.name,
      referral: details.referTo === undefined ? undefined : { referTo: inlineMarkdown(details.referTo), pronoun: pronounOf(details.referTo, c.firstResponse.words), words: c.firstResponse.words } })),
  };
}

/** Their words as a quoted sentence: trailing spaces gone, the final ".", "?", "!" or "…" kept, a
 *  period added after a bare word. One anchored pass: linear in the input. */
function asQuotedSentence(words: string): string {
  const w = words.trimEnd();
  return /[.?!…]$/u.test(w) ? w : `${w}.`;
}

/** The local calendar date as YYYY-MM-DD (toISOString would give tomorrow's date on a US evening). */
/** YYYY-MM-DD in local time: the date the user sees on their calendar. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
