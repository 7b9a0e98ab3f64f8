import type { ReferralDoor } from '../sentYou';
import type { Communication, FirstResponse, Hierarchy, Organization, Relationship, Tone } from '../../profile/profile';
import type { Rhythm } from '../rhythm';
import type { Scales } from '../../culture/scales';
import type { Offer } from '../offerShape';
import type { TheirTerms } from '../theirTerms';


/**
 * What is said, per situation. The script, the reasons leaders hesitate, the objection cards and
 * the advice that more than one section repeats are written here from the whole situation
 * (tone, communication, hierarchy, relationship, rhythm, what the leader said first, the kind of
 * organization), not by swapping words in one text. Each recommendation has one source here and
 * is rendered everywhere it appears, so sections cannot contradict each other.
 *
 * Every string is Markdown-ready: the slot texts passed in are already escaped.
 */
export interface Situation {
  tone: Tone;
  /** The session length the profile sets (before any cap on the ask): 15 leaves no room for small talk. */
  sessionMinutes: number;
  communication: Communication;
  hierarchy: Hierarchy;
  relationship: Relationship;
  organization?: Organization;
  firstResponse?: FirstResponse;
  /** The leader already said no (in their words), or never replied. */
  declined: boolean;
  noReply: boolean;
  /** How you address them out loud; '' for no name. */
  address: string;
  rhythm: Rhythm;
  /** Spoken forms of the answers (second person, escaped, or a fill-in prompt). */
  said: {
    challenge: string; challengeIs: string; challengeTopic: string;
    /** The same, said to your manager: the leader named in it stays named. */
    challengeIsToManager: string; challengeTopicToManager: string;
    subjectTopic: string; rhythm: string; expertise: string; initiative: string; bridge: string;
    /** One decision of theirs you admire, spoken to them; '' when not given (no praise is invented). */
    decision: string;
    value: string; valueSentence: string; strengths: string; strengthsSentence: string; expertiseSentence: string; goal: string; success: string; successNarrative: string; role: string;
    /** subjectTopic is the challenge itself (short), not the general "one architecture decision". */
    hasSubjectTopic: boolean;
    hasGoal: boolean; hasSuccess: boolean; hasInitiative: boolean; hasStrengths: boolean; hasBridge: boolean;
    valueClause: boolean; strengthsClause: boolean; expertiseClause: boolean;
  };
  /** The leader's words the first time, escaped, or ''. */
  words: string;
  /** Their words are in a script the reading cannot read, and no answer is confirmed (wordsScript.ts). */
  wordsUnread?: boolean;
  /** You call them by first name and are on familiar terms (Flags.familiar): no formal register, no formal thanks. */
  familiar?: boolean;
  /** Every reason their words point to (the profile's first response first); several may apply. */
  signals?: FirstResponse[];
  /** Who they sent you to, in their words ("department head"); "manager" by default. */
  managerWord?: string;
  /** Your manager's name, when they sent you to talk to them first by name ("Talk to Marcos first"). */
  managerName?: string;
  /** Someone they named instead of themselves ("Maybe talk to Marcos?"). */
  referral?: string;
  /** Whom or where they pointed you, confirmed or read from their words: the person, else the channel. */
  pointedTo?: string;
  /** pointedTo is a channel (a programme, a guild), not a person. */
  pointedChannel?: boolean;
  /** What they offered (a yes with limits), said back to them and Markdown-safe: "to chat when you’re in London". */
  offered?: string;
  /** The same, told about them to you: "to mention it to her", "coffee when they’re in town". */
  offeredAbout?: string;
  /** The shape of what they offered when the ask is that offer (offerShape.ts), with the offer as
   *  they said it (`words`, Markdown-safe: quoted, never turned). */
  offer?: Offer & { words: string };
  /** What they pointed you to, in their words ("the architecture guild", "my office"), as typed. */
  channel?: string;
  /** They doubt they are the right mentor ("I don't think I'd be a good mentor for you"). */
  doubtsFit?: boolean;
  /** Put off with their words asking to be reminded: the second ask is that reminder (remindMe.ts). */
  remindMe?: boolean;
  /** They sent you to the person named first ("see X first, then come back"): you have met them by the
   *  ask, named by the pronoun their title gives (him, her, them); undefined otherwise. */
  referralMet?: 'him' | 'her' | 'them';
  /** The pronoun for the one they named: their title's, else the one the leader's words use (referral.ts). */
  referPronoun: 'him' | 'her' | 'them';
  /** How the first message to the one they named is cleared (sentYou.ts ReferralDoor). */
  referralDoor: ReferralDoor;
  /** What they offered is written only, by their own offer or limits ("no meetings"; offerMedium.ts). */
  offerWritten: boolean;
  /** The limits they set said back to them, the extra they offered as the fallback, and whether they
   *  answer when they can (theirTerms.ts); undefined where the rules are tested without them. */
  theirTerms?: TheirTerms;
  /** When to come back after a "not now", read from their words, and the objection in their terms. */
  /** `condition`: they tied the come-back to a condition, not a time, in their words to you ("once you’ve run the pilot"). */
  comeBack?: { when: string; objection: string; named?: boolean; condition?: string };
  /** They deferred to a month they named, and you come back then: the month proposed if it is
   *  still not the time (three months on), so no line asks them "which month?" again. */
  laterMonth?: string;
  /** After a referral, the month they said they are busy until ("till March"): nothing is asked of them before it. */
  referralMonth?: string;
  /** The come-back month in the profile has passed (Facts.monthPassed): coming back is due now, and a
   *  condition they named is not said as met (the opening's note leaves it to you). */
  comeBackPassed?: boolean;
  /** Whether your manager knows you are asking: true, false, or undefined when not said. */
  managerKnows?: boolean;
  /** The leader works at another company: no internal programs, channels or team talk. */
  otherCompany?: boolean;
  /** They ruled out documents ("no decks", "keep it short"): the preparation is shown in the message itself. */
  noDocuments?: boolean;
  /** They asked for a short note in writing first (facts.ts is.writeFirst): the ask is that note. */
  writeFirst?: boolean;
  /** That company's name, Markdown-safe, or "none" when not named (the messages select on it). */
  company?: string;
  /** Their body has an official role towards yours: a public official at another organisation, or a
   *  regulator, auditor or supervisor. Whether advising you is a conflict of interest is then their
   *  first question, before your readiness (facts.ts officialTies). */
  officialTies?: boolean;
  /** The kind of organization the leader works at (facts.ts theirSector): yours at your own. */
  theirSector?: Organization | 'unknown';
  /** The five culture scales and the waits they set (rules/culture.ts); absent: today's defaults. */
  culture?: { scales: Scales; replyWeeks: number; reminderWeeks: number };
}

export interface ScriptPart {
  n: number; title: string; note: string; lines: string[]; after: string;
  /** The note as the prep doc shows it: without what its culture notes already say (the script document keeps it). */
  prepDocNote?: string;
}
export interface Reason {
  id: string; title: string; body: string; counter: string; signalled: boolean;
  /** A few words for the one-line list of the others ("a vague ask"). */
  short: string;
  /** One of the two or three that apply to this leader: in full in the prep doc; the rest are one line each. */
  full: boolean;
}
export interface Card {
  id: string; objection: string; means: string; answer: string; signalled: boolean;
  /** Their words the first time voiced this objection: it is card 1, its objection their sentence. */
  voiced: boolean;
  /** Among the few most likely in this situation: shown in full in the prep doc; the rest are one line each. */
  likely: boolean;
  /** The same answer in one or two sentences, for the night-before brief: derived from the same
   *  situation (rhythm, fallback, what you bring), so the brief and the cards cannot disagree. */
  short: string;
}

export interface Composed {
  /** `relation`: the opening's line about who you are to them ('' when it has none), for the brief. */
  /** prepDocAfterNote: the after-note without what the prep doc's culture notes already say;
   *  prepDocSetting: the setting without what its checklist already says (send the one-pager). */
  script: { setting: string; prepDocSetting?: string; parts: ScriptPart[]; afterNote: string; prepDocAfterNote?: string; short: string; relation: string };
  reasons: Reason[];
  objections: Card[];
  advice: Advice;
}

/** Recommendations that more than one section states: one wording, rendered everywhere. */
export interface Advice {
  /** What to keep in front of you during the meeting (opening line of the doc and the cards). */
  inTheRoom: string;
  /** How to rehearse, or what the cards are for in a written ask: said by the objection cards (the prep doc's checklist and the script's opening say it there). */
  rehearse: string;
  /** The graceful exit, in the chosen tone (indirect cultures: said once, in the ask). '' when not offered. */
  exit: string;
  /** Where the date to pick it up again goes after a "not now". */
  notNowDate: string;
  /** What a lukewarm first answer means here. */
  premise: string;
  /** What the organization cares about, in its own terms. */
  stakes: string;
  /** The word for the organization in sentences ("the company", "the council"…). */
  orgNoun: string;
  /** Whether and how the manager comes in before the ask. */
  managerFirst: string;
  /** A short note when the tone clashes with the culture; '' when they fit. */
  toneNote: string;
  /** What to do when they need time, the same rule the script's "think about it" line follows. */
  ifTheyNeedTime: string;
  /** After the meeting: one short reminder for an unanswered note; '' when the premise already gave the rule for silence. */
  afterReminder: string;
  /** The program they pointed you to ("mentoring programme"), '' when they did not. */
  program: string;
  /** "applied to the mentoring programme", "joined the architecture guild"; '' when none. */
  programJoined: string;
  /** Their own milestone for coming back ("after we close the Series B"), '' when they named none. */
  milestone: string;
  /** What to say if the answer in the room is no: thanks, and the referral (the brief's walk-away). */
  ifNo: string;
  /** Someone they named instead of themselves, '' when they did not. */
  referral: string;
  /** Whom or where they already pointed you (the person, else the channel), '' when nowhere: no
   *  message asks "is there someone you would suggest" again. */
  pointedTo: string;
  /** 'yes' when pointedTo is a channel, not a person. */
  pointedChannel: string;
  /** For a leader who already said no or never replied: how to decide whether to ask again. */
  reopen: string[];
  /** When to come back after a "not now", from their words: "the week after the Series B closes". */
  comeBack: string;
}
