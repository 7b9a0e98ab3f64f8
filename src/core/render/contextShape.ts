// The render context's declared shape as a value, so the build can check that every name a
// template uses exists (scripts/check-template-names.mjs). The type below makes the literal
// follow RenderContext exactly: a field added there and not here, or here and not there, is a
// type error.
import type { RenderContext } from './context';
import { FLAG_NAMES, type Flags } from './facts';
import type { Rhythm } from './rhythm';

/** How a template sees a value: a leaf (0), an object's fields, or a list (`[]`: its items). */
export type Shape<T> = T extends readonly (infer E)[] ? { readonly '[]': Shape<E> } : T extends object ? { readonly [K in keyof T]-?: Shape<T[K]> } : 0;

const V = 0 as const;
const list = <S>(item: S) => ({ '[]': item });
const label = { id: V, label: V };

// Every flag, checked to be complete: a flag in Flags missing from FLAG_NAMES is a type error here.
type Unlisted = Exclude<keyof Flags, (typeof FLAG_NAMES)[number]>;
const flagsListed: [Unlisted] extends [never] ? true : Unlisted = true;
const FLAGS = Object.fromEntries(FLAG_NAMES.map((f) => [f, V])) as Shape<Flags>;

const RHYTHM: Shape<Rhythm> = {
  cadence: V, format: V, minutes: V, sessions: V, live: V, written: V, recurring: V, cadenceLabel: V, unit: V, summary: V, ask: V, prep: V, promise: V, fallback: V,
  fallbackText: V, totalTime: V, logistics: list(V), review: V, short: V, single: V, meetingMinutes: V, reviewMinutes: V, assistant: V, saidToThem: V, offered: V,
};

export const CONTEXT_SHAPE: Shape<RenderContext> = {
  requestMinutes: V, trial: { sessions: V, total: V }, unit: V,
  you: { name: V, role: V, strengths: V, signOff: V },
  leader: { name: V, called: V, addressAs: V, saidAs: V, addressNote: V, role: V, initiative: V, expertise: V, company: V, they: V, them: V, their: V, theyHave: V },
  challenge: V, challengeIs: V, challengeTopic: V, expertiseApplied: V,
  sentence: { value: V, strengths: V, expertise: V },
  valueYouBring: V, goal: V, successLooksLike: V,
  firstResponse: { id: V, words: V, quoted: V, note: V, unread: V },
  organization: label, cadence: label, sessionMinutes: V, format: label,
  culture: { communication: V, hierarchy: V, reminder: V, notes: list(V), countryNote: V, procurement: V, language: V }, relationship: label, tone: V,
  is: FLAGS,
  rhythm: RHYTHM,
  said: {
    challenge: V, challengeIs: V, challengeTopic: V, challengeIsToManager: V, challengeTopicToManager: V, subjectTopic: V, hasSubjectTopic: V, rhythm: V, expertise: V, initiative: V, decision: V, bridge: V, value: V, valueSentence: V,
    strengths: V, strengthsSentence: V, expertiseSentence: V, goal: V, success: V, successNarrative: V, role: V,
  },
  script: { setting: V, prepDocSetting: V, parts: list({ n: V, title: V, note: V, prepDocNote: V, lines: list(V), after: V }), afterNote: V, prepDocAfterNote: V, short: V, relation: V },
  reasons: list({ id: V, title: V, short: V, body: V, counter: V, signalled: V, full: V }),
  objections: list({ id: V, objection: V, means: V, answer: V, signalled: V, likely: V, short: V, voiced: V }),
  advice: {
    inTheRoom: V, rehearse: V, exit: V, notNowDate: V, premise: V, stakes: V, orgNoun: V, managerFirst: V, toneNote: V, ifTheyNeedTime: V, afterReminder: V, program: V,
    programJoined: V, milestone: V, ifNo: V, referral: V, pointedTo: V, pointedChannel: V, reopen: list(V), comeBack: V,
  },
  agenda: list({ start: V, end: V, item: V, want: V }),
  nextAgenda: { followUp: V, decision: V, theirs: V, nextSteps: V },
  terms: list({ name: V, definition: V, howToSay: V, use: V }),
  checklist: list({ id: V, phase: V, phaseTitle: V, title: V, done: V }),
  today: V, timingNote: V, lang: V, comeBackMonth: V, comeBackLater: V, comeBackNotNow: V, headings: { opening: V, ask: V, goal: V, preRead: V, after: V, script: V, research: V, afterAsk: V },
  log: { openActions: list({ text: V, date: V }), moreActions: V, nextTopic: V, found: V },
  asyncUpdate: { note: V, subject: V, greeting: V, opening: V, changed: V, byWhen: V, thanks: V, signoff: V, chat: V, chatAfter: V },
  brief: { note: V, opening: V, ask: V, bridge: V, walkAway: V, ifNo: V, afterSend: V, attach: V, pause: V, bring: V },
  firstCheckin: {
    note: V, job: V, formatNote: V, hierarchyNote: V, goal: V, keep: V, preReadSubject: V, preReadHeading: V, questionsIntro: V, summarySubject: V,
    summaryRules: V, summaryNext: V, questions: list(V),
  },
  managerFirst: {
    note: V, why: V, suggested: V, beatWhat: V, beatWhy: V, beatTeam: V, beatLoop: V, whyNotYou: V, topics: V, time: V, noSpot: V, relationQuestion: V,
    relationAnswer: V, loopSummary: V, loopTellThem: V, loopTeamFirst: V, loopNoStatus: V, loopConcern: V,
  },
  nextCheckin: {
    note: V, decision: V, openStart: V, nothingOpen: V, proposal: V, followUp: V, agendaDecision: V, theirs: V, nextSteps: V, lastSteps: V, informalDecision: V,
  },
  onePager: {
    note: V, bottomLine: V, problem: V, whyYou: V, whyYouRelation: V, shape: V, askLabel: V, trial: V, yourPreference: V, iDo: V, youGet: V, success: V, close: V,
  },
  nuance: { title: V, lead: V, points: list(V), communication: list(V) },
  replyToNo: { note: V, thanks: V, keepWorking: V, someone: V, notNowMeantime: V, thenReferral: V, thenMilestone: V, thenRelationship: V },
  request: { note: V, subject: V, opening: V, body: V, who: V, close: V, chat: V, chatNote: V, toReferralHeading: V, toReferralNote: V, toReferralGreeting: V, toReferralBody: V },
  thankYou: { note: V, subject: V, greeting: V, thanks: V, conversationThanks: V, confirm: V, agreed: V, topic: V, session: V, bring: V, review: V, close: V, signoff: V, chat: V, chatAfter: V, chatConsidering: V, chatNotNow: V,
    consideringNote: V, consideringSubject: V, consideringSummary: V, consideringProposal: V, consideringTopic: V, consideringBring: V,
    notNowSubject: V, notNowThanks: V, notNowPlan: V },
};
void flagsListed;
