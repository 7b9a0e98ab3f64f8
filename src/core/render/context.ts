import { getText, TEXT_FIELDS, type Profile, type TextFieldPath } from '../profile/profile';
import { PHASE_TITLES, stepsFor } from '../checklist/steps';
import type { GlossaryEntry } from '../vocabulary/glossary';
import { TermMatcher } from '../vocabulary/matcher';
import { rankTerms } from '../vocabulary/relevance';
import { carriedActions, lastNextTopic } from '../checklist/sessionLog';
import { fillIn, inlineMarkdown } from './markdown';

import { languageOf } from './headings';
import { toThem, toYou, type Rhythm } from './rhythm';
import { factArgs, factsOf, type Facts, type Flags } from './facts';
import { Phrasebook, type Phrase } from '../phrases/phrasebook';
import { attachVoice, sentences } from './phrasing';
import { attachChallengeMention } from './namedOnce';
import { proposeChallengeShort } from '../profile/challengeShort';
import { asyncUpdateOf, type AsyncUpdatePart } from './rules/async-update';
import { briefOf, type BriefPart } from './rules/brief';
import { firstCheckinOf, type FirstCheckin } from './rules/first-checkin';
import { managerFirstOf, type ManagerFirstPart } from './rules/manager-first';
import { nextCheckinOf, type NextCheckinPart } from './rules/next-checkin';
import { onePagerOf, type OnePagerPart } from './rules/one-pager';
import { replyToNoOf, type ReplyToNoPart } from './rules/no-reply';
import { readingNote, requestOf, type RequestPart } from './rules/request';
import { thankYouOf, type ThankYouPart } from './rules/thank-you';
import type { Situation } from './rules/types';
import { compose, type Advice, type Card, type Reason, type ScriptPart } from './situation';
import { monthName } from './firstAnswer';
import { asSentence, comeBackFrom, firstResponsesFromWords, goalPhrase, leaderPronoun, managerWord, narrated, narratedAboutLeader, slot, spokenTo } from './slots';
import { toneClash } from '../profile/validate';
import { messageFields, type MessageContext } from './messageContext';
import { trimTrailing } from './trim';
import { defaultAddress, signOffName } from '../culture/address';
import { presetFor, type EnglishVariant } from '../culture/presets';
import { chooseEnglish } from '../culture/english';
import { cultureNotesOf } from './rules/culture';

/** An answer made Markdown-safe for a document's prose, its typed apostrophes inside words
 *  ("team's", "don't") matching the doc's own ’ (readers 7 and 8 saw both in one spoken line).
 *  Only between letters, and only in answers: names, the session log and hovers keep what was typed. */
function prose(text: string): string {
  return inlineMarkdown(text).replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

const CADENCE_LABELS = { weekly: 'once a week', biweekly: 'every two weeks', monthly: 'once a month', 'as-needed': 'only when a decision needs it' } as const;
const FORMAT_LABELS = { meetings: 'short meetings', async: 'written async updates', mixed: 'a mix of short meetings and async updates' } as const;
const RELATIONSHIP_LABELS = { 'skip-level': 'a skip-level leader', 'cross-team': 'a leader in another team', executive: 'an executive', 'former-manager': 'a former manager' } as const;
const ORGANIZATION_LABELS = { startup: 'a startup', 'scale-up': 'a scale-up', enterprise: 'an enterprise', 'public-sector': 'a public-sector organization', nonprofit: 'a nonprofit' } as const;

/** The source brief's ten terms: offered whenever the challenge touches them. */
export const SEED_TERMS = ['Architectural Runway', 'Technical Debt', 'Microservices', 'Eventual Consistency', 'API Gateway', 'Domain-Driven Design', 'Cloud Native', 'Non-Functional Requirements', 'Refactoring', 'Design Patterns'];
/** A conversation the glossary fits gets about this many terms (related ones included); fewer when fewer fit. */
export const MIN_TERMS = 8;
export const MAX_TERMS = 10;
/** How many of the ranked terms the document marks "use these". */
export const TERMS_TO_USE = 3;

/** The answers as spoken to the leader (the flags about them are in `is`). */
export type Said = Omit<Situation['said'], keyof Flags>;

export interface RenderContext extends MessageContext {
  /** `signOff`: the name you sign with, as the culture does (given name, or full name where names are formal). */
  you: { name: string; role: string; strengths: string; signOff: string };
  /** `addressAs`: how you greet them: as given, else the culture's usual form with their name ('' with no name).
   *  `addressNote`: a line asking to confirm a form we had to guess, '' when none was guessed or it is sure. */
  /** `company`: the company they work at when it is not yours (`leader.company`, Markdown-safe), "none" when
   *  not named (messages then say "another company", "their company"); '' when they work at yours. */
  leader: { name: string; addressAs: string; addressNote: string; role: string; initiative: string; expertise: string; company: string; they: string; them: string; their: string; theyHave: string };
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
    /** "Read from their words as a no; confirm it in the profile." when the answer was not confirmed, else ''. */
    note: string };
  organization: { id: string; label: string };
  cadence: { id: string; label: string };
  sessionMinutes: number;
  format: { id: string; label: string };
  /** `reminder`: how long before one short reminder ("a week"); `notes`: what the trust, disagreement and
   *  time scales change, one bullet each (empty for the defaults: task-based, open, linear). */
  culture: { communication: string; hierarchy: string; reminder: string; notes: string[] };
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
  /** Language of the headings ({{t "…"}}). */
  lang: string;
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
  /** The thank-you note's paragraphs, from rules/thank-you.ts and phrases/en/thank-you.ftl. */
  thankYou: Record<ThankYouPart, string>;
  /** The month to come back, when it is known (`firstResponseDetails.comeBackMonth`, or read from
   *  their words), named in the document's language ("January"); "none" when it is not known. */
  comeBackMonth: string;
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

/** One matcher per glossary list: building it costs more than rendering a whole doc. */
const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher>();

function matcherFor(glossary: readonly GlossaryEntry[]): TermMatcher {
  let matcher = matchers.get(glossary);
  if (!matcher) matchers.set(glossary, (matcher = new TermMatcher(glossary)));
  return matcher;
}

/** The terms an answer names outright (the leader's own work, their expertise). */
function termsNamedIn(text: string | undefined, glossary: readonly GlossaryEntry[]): Set<GlossaryEntry> {
  return new Set(text ? matcherFor(glossary).findAll(text).map((m) => m.entry) : []);
}

/** The document's terms, best fit first. The challenge and the bridge say what the conversation
 *  is about; what the leader is known for and your goal add to it; what you bring, a little. Not
 *  your own strengths: they are what you bring, not the topic (reader 8: Kubernetes from "I run
 *  our Kubernetes platform" in a decomposition conversation). */
export function chooseTerms(profile: Profile, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const texts = [
    { text: profile.challenge, weight: 1 },
    { text: profile.expertiseApplied, weight: 1 },
    { text: profile.leader.expertise, weight: 0.6 },
    { text: profile.goal, weight: 0.6 },
    { text: profile.successLooksLike, weight: 0.4 },
    { text: profile.leader.initiative, weight: 0.4 },
    { text: profile.valueYouBring, weight: 0.3 },
  ];
  return rankTerms(texts, glossary, { max: MAX_TERMS, fillTo: MIN_TERMS, alwaysWhenTouched: SEED_TERMS }).map((r) => r.entry);
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

/** The challenge's short label as the doc narrates it and as it is said to the leader: the user's,
 *  or one proposed from the challenge (English documents only: the proposal is English grammar). */
function challengeShortOf(profile: Profile, language: string): { narrated: string; spoken: string } | undefined {
  const given = getText(profile, 'challengeShort');
  const challenge = getText(profile, 'challenge');
  const label = given ?? (challenge !== undefined && language === 'en' ? proposeChallengeShort(challenge) : undefined);
  if (label === undefined) return undefined;
  const text = slot(label).text;
  const narratedLabel = prose(narrated(text));
  return narratedLabel === '' ? undefined : { narrated: narratedLabel, spoken: prose(spokenTo(text)) };
}

export function buildContext(profile: Profile, glossary: readonly GlossaryEntry[], today: Date = new Date(), extras: ContextExtras = {}): RenderContext {
  const { sessionLog, done = {} } = extras;
  const t = (path: TextFieldPath) => {
    const v = getText(profile, path);
    const text = v === undefined ? '' : inlineMarkdown(v); // '' too when it held only control characters
    return text === '' ? fillIn(TEXT_FIELDS.find((f) => f.path === path)!.prompt) : text;
  };
  // Free text pasted mid-sentence: normalized first (slot), then made Markdown-safe. The spoken
  // form also turns "her team" into "your team", since those lines are said to the leader.
  const slotted = (path: TextFieldPath, spoken: boolean): { text: string; clause: boolean; given: boolean; sentence: string } => {
    const v = getText(profile, path);
    const sl = v === undefined ? undefined : slot(v);
    // Spoken, the user says it to the leader ("her team" → "your team"); in the doc's narrative the
    // doc speaks to the user ("I'll write up" → "you'll write up").
    // Answers typed to the leader ("how you sequenced…") speak of them as "they" in the narrative.
    // The goal too: "without needing her to unblock me" speaks of the leader (reader 11).
    const toLeader = path === 'expertiseApplied' || path === 'valueYouBring' || path === 'leader.expertise' || path === 'leader.initiative' || path === 'leader.decisionYouAdmire' || path === 'successLooksLike' || path === 'goal';
    const form = spoken ? spokenTo : toLeader ? narratedAboutLeader : narrated;
    // A goal follows "I want to" / "to": its own frame goes before the pronouns turn ("you want to").
    const base = sl === undefined ? '' : path === 'goal' ? goalPhrase(sl.text) : sl.text;
    const text = sl === undefined ? '' : prose(form(base));
    if (text === '') { const f = fillIn(TEXT_FIELDS.find((x) => x.path === path)!.prompt); return { text: f, clause: false, given: false, sentence: f }; }
    return { text, clause: sl!.clause, given: true, sentence: prose(asSentence(form(sl!.sentence))) };
  };
  const doc = (path: TextFieldPath) => slotted(path, false).text;
  const facts = factsOf(profile, today);
  const { words, declined, noReply, minutes, firstResponse, rhythm } = facts;
  const challenge = slotted('challenge', false);
  const saidChallenge = slotted('challenge', true);
  const short = challengeShortOf(profile, languageOf(extras.language));
  // Each spoken answer is normalized once; the fields below are views of it.
  const spoken = {
    expertise: slotted('leader.expertise', true),
    initiative: slotted('leader.initiative', true),
    decision: slotted('leader.decisionYouAdmire', true),
    bridge: slotted('expertiseApplied', true),
    value: slotted('valueYouBring', true),
    strengths: slotted('you.strengths', true),
    goal: slotted('goal', true),
    success: slotted('successLooksLike', true),
  };
  const said = {
    challenge: saidChallenge.text,
    challengeIs: saidChallenge.clause ? `that ${saidChallenge.text}` : saidChallenge.text,
    challengeTopic: saidChallenge.clause ? `the problem that ${saidChallenge.text}` : saidChallenge.text,
    // A subject line is read in an inbox list: the challenge when it is a short phrase, otherwise
    // what it is about ("Request: 15 minutes on one architecture decision").
    subjectTopic: saidChallenge.given && short ? short.spoken
      : !saidChallenge.clause && saidChallenge.given && saidChallenge.text.split(' ').length <= 8 ? saidChallenge.text : 'one architecture decision',
    rhythm: rhythm.saidToThem ?? rhythm.summary.replace(/\btheir (own )?time\b/g, 'your $1time'),
    expertise: spoken.expertise.text,
    initiative: spoken.initiative.text,
    decision: spoken.decision.given ? spoken.decision.text : '',
    // Spoken, a missing bridge cannot be a [fill in] prompt: the line still has to be sayable.
    bridge: spoken.bridge.given ? spoken.bridge.text : 'where we should start',
    value: spoken.value.text,
    // A clause ("I can share what we learned…") is said as a sentence of its own, never after "bring".
    valueSentence: spoken.value.sentence,
    strengths: spoken.strengths.text,
    strengthsSentence: spoken.strengths.sentence,
    expertiseSentence: spoken.expertise.sentence,
    goal: spoken.goal.text,
    success: spoken.success.text,
    // The doc's narrative speaks of the leader as "they" (reader 10: "a plan you have signed off" in advice to you).
    successNarrative: doc('successLooksLike'),
    // After "a success if …" and "whether …": a clause as it is, a phrase with "we had/reached".
    successIf: spoken.success.clause ? spoken.success.text : `we had ${spoken.success.text}`,
    successWhether: spoken.success.clause ? spoken.success.text : `we have ${spoken.success.text}`,
    role: t('you.role'),
    hasGoal: spoken.goal.given,
    hasSuccess: spoken.success.given,
    hasInitiative: spoken.initiative.given,
    hasStrengths: spoken.strengths.given,
    hasBridge: spoken.bridge.given,
    valueClause: spoken.value.clause,
    strengthsClause: spoken.strengths.clause,
    expertiseClause: spoken.expertise.clause,
  };
  const addressRaw = getText(profile, 'leader.addressAs');
  const phrasebook = extras.phrasebook ?? new Phrasebook({ locale: languageOf(extras.language), english: englishOf(profile, extras.language) });
  const factVariables = factArgs(facts);
  const speak = (phrases: Phrase | readonly Phrase[]) => sentences(phrasebook, factVariables, Array.isArray(phrases) ? phrases : [phrases as Phrase]);
  const { greetAs, address, addressNote } = addressOf(profile, facts.country, speak);
  // The month to come back in, named in the document's language (Intl), when it is known.
  const month = facts.details.comeBackMonth === undefined ? undefined : monthName(facts.details.comeBackMonth, languageOf(extras.language), today);
  const pronoun = leaderPronoun(addressRaw ?? '', [profile.expertiseApplied, profile.valueYouBring, profile.successLooksLike, profile.leader.initiative, profile.leader.expertise].filter(Boolean).join(' '));
  const composed = compose({
    tone: profile.tone, communication: profile.culture.communication, hierarchy: profile.culture.hierarchy, relationship: profile.relationship,
    organization: profile.organization, firstResponse, declined, noReply, address, rhythm, said, managerKnows: profile.managerKnows,
    otherCompany: facts.is.otherCompany, company: companyOf(profile),
    words: words === undefined ? '' : inlineMarkdown(words),
    // A confirmed answer is the only signal; a reading from their words ranks every reason they point to.
    signals: facts.confirmed || firstResponse === undefined ? (firstResponse ? [firstResponse] : [])
      : [...new Set([firstResponse, ...(words === undefined || noReply ? [] : firstResponsesFromWords(words))])],
    managerWord: words === undefined || firstResponse !== 'ask-your-manager' ? 'manager' : managerWord(words),
    doubtsFit: facts.is.doubtsFit,
    // Sent to your manager, the person they named is your manager, not someone to stay in touch with instead (reader r4).
    referral: facts.details.referTo === undefined || firstResponse === 'ask-your-manager' ? undefined : inlineMarkdown(facts.details.referTo),
    channel: facts.details.channel === undefined ? undefined : facts.details.channel,
    offered: facts.details.offered === undefined ? undefined : inlineMarkdown(toYou(facts.details.offered)),
    offeredAbout: facts.details.offered === undefined ? undefined : inlineMarkdown(toThem(facts.details.offered)),
    // A month known but no words of theirs for it ("in March" confirmed as 2027-03): the month is the time to come back.
    comeBack: (() => {
      const c = comeBackFrom(facts.details.comeBackAfter ?? '');
      if (!c.named && month !== undefined) return { when: `in ${month}`, objection: `Let’s revisit in ${month}.`, named: true };
      return { when: inlineMarkdown(c.when), objection: inlineMarkdown(c.objection), named: c.named };
    })(),
    culture: { scales: facts.scales, replyWeeks: facts.replyWeeks, reminderWeeks: facts.reminderWeeks },
  }, toneClash(profile) ?? '', speak);
  const { hasGoal, hasSuccess, hasInitiative, hasStrengths, hasBridge, valueClause, strengthsClause, expertiseClause, ...saidText } = said;
  const is: Flags = { ...facts.is, hasGoal, hasSuccess, hasInitiative, hasStrengths, hasBridge, valueClause, strengthsClause, expertiseClause };
  const base: Omit<RenderContext, keyof DocumentParts> = {
    ...messageFields(profile, rhythm),
    you: { name: t('you.name'), role: t('you.role'), strengths: doc('you.strengths'), signOff: signOffOf(profile, facts.country) ?? t('you.name') },
    leader: { name: t('leader.name'), addressAs: greetAs, addressNote, role: t('leader.role'), initiative: doc('leader.initiative'), expertise: doc('leader.expertise'),
      company: facts.is.otherCompany ? companyOf(profile) : '', ...pronoun },
    challenge: challenge.text,
    challengeIs: challenge.clause ? `that ${challenge.text}` : challenge.text,
    challengeTopic: challenge.clause ? `the problem that ${challenge.text}` : challenge.text,
    expertiseApplied: doc('expertiseApplied'),
    sentence: { value: slotted('valueYouBring', false).sentence, strengths: slotted('you.strengths', false).sentence, expertise: slotted('leader.expertise', false).sentence },
    valueYouBring: doc('valueYouBring'),
    goal: doc('goal'),
    successLooksLike: said.successNarrative,
    firstResponse: { id: profile.firstResponse ?? '', note: facts.is.readFromWords ? speak(readingNote(facts)) : '', words: words === undefined ? '' : inlineMarkdown(trimTrailing(words, (c) => /[\s.]/u.test(c))), quoted: words === undefined ? '' : inlineMarkdown(asQuotedSentence(words)) },
    organization: { id: profile.organization ?? '', label: profile.organization ? ORGANIZATION_LABELS[profile.organization] : 'the organization' },
    rhythm,
    said: saidText,
    script: {
      ...composed.script,
      parts: composed.script.parts.map((p) => ({ ...p, prepDocNote: p.prepDocNote ?? p.note })),
      prepDocAfterNote: composed.script.prepDocAfterNote ?? composed.script.afterNote,
      prepDocSetting: composed.script.prepDocSetting ?? composed.script.setting,
    },
    reasons: composed.reasons,
    objections: composed.objections,
    advice: composed.advice,
    agenda: agendaBlocks(minutes, hasSuccess, rhythm.single),
    nextAgenda: nextAgendaMinutes(minutes),
    cadence: { id: profile.cadence, label: CADENCE_LABELS[profile.cadence] },
    sessionMinutes: minutes,
    format: { id: profile.format, label: FORMAT_LABELS[profile.format] },
    culture: { communication: profile.culture.communication, hierarchy: profile.culture.hierarchy, ...cultureOf(facts, speak) },
    relationship: { id: profile.relationship, label: RELATIONSHIP_LABELS[profile.relationship] },
    tone: profile.tone,
    is,
    terms: (() => {
      // A term the leader practises is asked about as their experience, never proposed to them
      // as if it were new (reader 6: "Would you push back if I proposed a modular monolith…" to
      // the CTO who led the move to one).
      const inTheirWork = termsNamedIn(getText(profile, 'leader.initiative'), glossary);
      const inTheirExpertise = termsNamedIn(getText(profile, 'leader.expertise'), glossary);
      const topic = saidChallenge.clause ? `the problem that ${slot(getText(profile, 'challenge') ?? '').text}` : slot(getText(profile, 'challenge') ?? '').text;
      return chooseTerms(profile, glossary).map((e, rank) => ({
        name: inlineMarkdown(e.name),
        use: rank < TERMS_TO_USE,
        definition: inlineMarkdown(e.definition || 'No definition yet.'),
        howToSay: tryLine(e, topic, { theirWork: inTheirWork.has(e) ? spoken.initiative.text : undefined, theirExpertise: inTheirExpertise.has(e) }),
      }));
    })(),
    checklist: stepsFor(profile).map((s) => ({ id: s.id, phase: s.phase, phaseTitle: PHASE_TITLES[s.phase], title: s.titleFor?.(profile) ?? s.title, done: Object.hasOwn(done, s.id) })),
    today: localDate(today),
    lang: languageOf(extras.language),
    comeBackMonth: month ?? 'none',
    log: lazyLog(sessionLog, () => (getText(profile, 'challenge') !== undefined ? `The challenge: ${challenge.text}.` : fillIn('the topic for this session'))),
  };
  const context: RenderContext = { ...base, ...documentParts(base, speak, facts.details) };
  attachVoice(context, phrasebook, factVariables);
  if (saidChallenge.given && short) {
    const forms = (c: typeof challenge, label: string) => [
      { full: c.clause ? `the problem that ${c.text}` : c.text, short: label }, { full: c.clause ? `that ${c.text}` : c.text, short: label }, { full: c.text, short: label },
    ];
    attachChallengeMention(context, { forms: [...forms(challenge, short.narrated), ...forms(saidChallenge, short.spoken)], keep: [base.firstResponse.words, base.firstResponse.quoted] });
  }
  return context;
}

/**
 * How the leader is greeted in writing (`greetAs`) and addressed out loud (`address`): `addressAs`
 * when given; else the culture's usual form with their name (the country's preset; without one the
 * given name, or title and family name when a title was typed and things are formal). A guess that
 * fell back to the full name is written but never spoken ("Dana Okafor" is not said to a face),
 * and `addressNote` asks the user to confirm it. Markdown-safe.
 */
function addressOf(profile: Profile, country: string | undefined, speak: (p: Phrase) => string): { greetAs: string; address: string; addressNote: string } {
  const given = getText(profile, 'leader.addressAs');
  if (given !== undefined) { const a = inlineMarkdown(given); return { greetAs: a, address: a, addressNote: '' }; }
  const name = getText(profile, 'leader.name');
  if (name === undefined) return { greetAs: '', address: '', addressNote: '' };
  // Without a country: a title typed with the name is used where things are formal ("Dr. Krüger"),
  // else the given name; never the full name (readers: "Dear Dana Okafor," reads as a mass mailing).
  const formal = profile.culture.hierarchy === 'hierarchical' || profile.tone === 'formal';
  const titled = !country && formal ? defaultAddress(name, undefined, 'title-family') : undefined;
  const guess = titled && !titled.confirm ? titled : defaultAddress(name, country);
  // A stray symbol typed between names ("Dana # Okafor") is not part of how anyone is addressed.
  // Trimmed in one pass from each end (linear, whatever was typed).
  const trimmed = trimTrailing(guess.text, (c) => !/[\p{L}.\uD800-\uDFFF]/u.test(c)).replace(/^[^\p{L}]*/u, '');
  const greetAs = inlineMarkdown(trimmed || guess.text);
  const fullName = guess.confirm && /\s/u.test(guess.text.trim());
  const addressNote = fullName ? speak({ id: 'culture-address-full-name', args: { address: greetAs } })
    : guess.confirm ? speak({ id: 'culture-address-confirm', args: { address: greetAs, country: presetFor(country ?? '')?.name ?? '' } }) : '';
  return { greetAs, address: fullName ? '' : greetAs, addressNote };
}

/** The English the documents write in: `you.locale`, else the editor's language when it names a
 *  regional English ("en-gb"), else the leader's country's, else US (culture/english.ts). */
export function englishOf(profile: Profile, editorLocale: string | undefined): EnglishVariant {
  return chooseEnglish({ youLocale: profile.you.locale, editorLocale, country: profile.culture.country });
}

/** What the culture scales add to the documents (rules/culture.ts): the reminder wait and the notes. */
function cultureOf(facts: ReturnType<typeof factsOf>, speak: (p: Phrase | readonly Phrase[]) => string): { reminder: string; notes: string[] } {
  return {
    reminder: speak({ id: 'culture-weeks', args: { weeks: facts.reminderWeeks } }),
    notes: cultureNotesOf(facts, speak),
  };
}

/** The company an outside leader works at, as messages are given it: `leader.company`, Markdown-safe,
 *  else "none" (the messages' select says "another company" or "their company"). */
function companyOf(profile: Profile): string {
  const company = getText(profile, 'leader.company');
  return company === undefined ? 'none' : inlineMarkdown(company);
}

/** Your name as you sign: the given name where names are informal, the full name where they are
 *  formal (the country's usual form; without one, a hierarchical organization or a formal tone). */
function signOffOf(profile: Profile, country: string | undefined): string | undefined {
  const name = getText(profile, 'you.name');
  return name === undefined ? undefined : inlineMarkdown(signOffName(name, country, profile.culture.hierarchy === 'hierarchical' || profile.tone === 'formal'));
}

/** The fields that hold a document's paragraphs in words, each from its rules file. */
type DocumentParts = Pick<RenderContext, 'asyncUpdate' | 'brief' | 'firstCheckin' | 'managerFirst' | 'nextCheckin' | 'onePager' | 'replyToNo' | 'request' | 'thankYou'>;

/** Each document's paragraphs: its rules choose the messages from what the rest of the context
 *  holds, and `speak` puts them in words. */
function documentParts(c: Omit<RenderContext, keyof DocumentParts>, speak: (phrases: readonly Phrase[]) => string, details: Facts['details'] = {}): DocumentParts {
  const inWords = <P extends string>(parts: Record<P, Phrase[]>) => Object.fromEntries(Object.entries<Phrase[]>(parts).map(([part, phrases]) => [part, speak(phrases)])) as Record<P, string>;
  const { is, said, rhythm, advice, leader } = c;
  return {
    asyncUpdate: asyncUpdateOf(c, speak),
    brief: briefOf(c, speak),
    firstCheckin: firstCheckinOf(c, speak),
    managerFirst: inWords(managerFirstOf(c)),
    nextCheckin: nextCheckinOf(c, speak),
    onePager: inWords(onePagerOf(c)),
    replyToNo: inWords(replyToNoOf({ is, said, programJoined: advice.programJoined, referral: advice.referral })),
    request: inWords(requestOf({ is, said, details, minutes: rhythm.meetingMinutes, single: rhythm.single, programJoined: advice.programJoined, milestone: advice.milestone, addressAs: leader.addressAs, month: c.comeBackMonth })),
    thankYou: inWords(thankYouOf({ is, said, single: rhythm.single, offered: rhythm.offered !== undefined, unit: rhythm.unit, minutes: c.sessionMinutes, comeBack: advice.comeBack, month: c.comeBackMonth, addressAs: leader.addressAs, leaderName: leader.name })),
  };
}

/** Their words as a quoted sentence: trailing spaces gone, the final ".", "?", "!" or "…" kept, a
 *  period added after a bare word. One anchored pass: linear in the input. */
function asQuotedSentence(words: string): string {
  const w = words.trimEnd();
  return /[.?!…]$/u.test(w) ? w : `${w}.`;
}

/** Questions that take for granted that the leader did something ("How did you…", "When you
 *  moved to…"): asked of someone who never did, they put an invented fact in your mouth. */
const PRESUPPOSES = /^(?:How did you|When you|When your|What did you|How far ahead did you|Which investments|What framework did you|Was |At what|Did )|\b(?:did you|who negotiated|you had to)\b/i;

/** The sentence to try for a term: the glossary's own when it asks without presuming; a
 *  presuming "How did you X?" becomes "Have you had to X? If so, how did you go about it?"; any
 *  other presuming question gives way to one about the user's own challenge. Markdown-safe. */
export function tryLine(e: GlossaryEntry, challengeTopic: string, leader: { theirWork?: string; theirExpertise?: boolean } = {}): string {
  // Their own work (already Markdown-safe, spoken form): what they chose and would change.
  if (leader.theirWork) return `On ${leader.theirWork}: what convinced you, and what would you do differently now?`;
  const h = (e.howToSay ?? e.examples?.[0] ?? '').trim();
  // Their expertise: a question about their experience presumes nothing untrue.
  if (leader.theirExpertise && h !== '') return inlineMarkdown(h);
  if (e.askAnyone?.trim() && (h === '' || PRESUPPOSES.test(h))) return inlineMarkdown(e.askAnyone.trim());
  if (h === '') return inlineMarkdown(`I would value your view on ${e.name.toLowerCase()} in our context.`);
  if (!PRESUPPOSES.test(h)) return inlineMarkdown(h);
  const how = /^How did you (.+)\?$/.exec(h);
  if (how && !/,\s*(?:and|or)\s|\bdid you\b|\byou had\b/.test(how[1]!)) return inlineMarkdown(`Have you had to ${how[1]}? If so, how did you go about it?`);
  const term = /\p{Lu}{2}|['’]s\b/u.test(e.name) ? e.name : e.name.toLowerCase(); // "SLO", "Conway's Law" keep their capitals
  // A long challenge is already said in full elsewhere: the line refers to it instead of repeating it.
  const topic = challengeTopic && challengeTopic.split(' ').length <= 6 ? challengeTopic : challengeTopic ? 'our challenge' : '';
  return inlineMarkdown(topic ? `Where would you start with ${term} for ${topic}?` : `Where have you seen ${term} work well, and where would you be cautious?`);
}

/**
 * The first check-in's timed blocks, adding up to the session length. Short sessions drop the
 * ground rules (they move to the follow-up note) and keep the opening and wrap-up tight; the
 * critique of your options always gets most of the time.
 */
export function agendaBlocks(minutes: number, hasSuccess: boolean, single = false): { start: number; end: number; item: string; want: string }[] {
  const open = minutes <= 20 ? 1 : minutes <= 45 ? 2 : 3;
  const brief = minutes <= 15 ? 2 : minutes <= 30 ? 3 : 5;
  // After a no there is no trial, so no ground rules for one: that time goes to their critique.
  const rules = single ? 0 : minutes >= 30 ? (minutes >= 45 ? 5 : 4) : 0;
  const wrap = minutes <= 20 ? 2 : minutes <= 45 ? 3 : 5;
  const critique = minutes - open - brief - rules - wrap;
  const blocks: [number, string, string][] = [
    [open, 'Thanks, and the goal for today', 'Set the frame: one decision, finished on time'],
    [brief, 'The decision in brief', 'Assume they read the pre-read; recap in three sentences, no slides'],
    [critique, 'Their critique of your options', 'Ask, then listen; note the reasons, not only the verdict'],
  ];
  if (rules > 0) blocks.push([rules, 'Ground rules for the trial', `How to reach them between sessions, how either of you cancels, and ${hasSuccess ? 'the success you named for three months' : 'what success looks like after three months'}`]);
  blocks.push([wrap, 'Read-back and next step', single ? 'Read back what you will do; a second conversation is theirs to offer' : rules > 0 ? 'Read back what you will do; fix the next topic and date' : 'Read back what you will do; ground rules and the next date go in your follow-up note']);
  let at = 0;
  return blocks.map(([len, item, want]) => ({ start: at, end: (at += len), item, want }));
}

/** A later check-in: follow-up, the decision, their topics, next steps; adds up to the session. */
export function nextAgendaMinutes(minutes: number): { followUp: number; decision: number; theirs: number; nextSteps: number } {
  const followUp = minutes <= 20 ? 2 : minutes <= 45 ? 4 : 6;
  const nextSteps = minutes <= 20 ? 2 : minutes <= 45 ? 3 : 5;
  const theirs = minutes <= 15 ? 0 : minutes <= 30 ? 3 : minutes <= 45 ? 5 : 10;
  return { followUp, decision: minutes - followUp - nextSteps - theirs, theirs, nextSteps };
}

/** The local calendar date as YYYY-MM-DD (toISOString would give tomorrow's date on a US evening). */
/** YYYY-MM-DD in local time: the date the user sees on their calendar. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
