// The talk with your own manager (templates/manager-first.hbs): which messages it says, in what
// order, with what arguments. The words are in phrases/en/manager-first.ftl; each part is a
// paragraph, a spoken line or a list item whose sentences are joined by a space.
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';
import { nameAboutLeader } from './shared';
import { quoteOffer, toYou } from '../pronouns';
import { limitsAbout, type TheirTerms } from '../theirTerms';
import { offerKind } from '../offerShape';

/** What the rules read: the facts and the answers, as the document's context already holds them. */
export type ManagerFirstInputs = Pick<RenderContext, 'is' | 'said' | 'leader' | 'rhythm' | 'unit' | 'trial' | 'advice' | 'firstResponse'> & { theirTerms?: TheirTerms };

export type ManagerFirstPart = 'note' | 'why' | 'suggested' | 'beatWhat' | 'beatWhy' | 'beatTeam' | 'beatLoop' | 'whyNotYou' | 'topics' | 'time'
  | 'noSpot' | 'relationQuestion' | 'relationAnswer' | 'loopSummary' | 'loopTellThem' | 'loopTeamFirst' | 'loopNoStatus' | 'loopConcern';

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** What the messages are given, one object for the whole document: the leader (how you name them,
 *  their pronouns), the answers and the size of the ask. */
function argsOf({ is, said, leader, rhythm, unit, trial, advice, firstResponse, theirTerms }: ManagerFirstInputs, speak: (phrase: Phrase) => string): Phrase['args'] {
  const offered = rhythm.offered === undefined ? undefined : quoteOffer(toYou(rhythm.offered));
  // A referral: the ask is one conversation with the person they named, not sessions with the leader.
  const referTo = is.referral && advice.pointedTo ? advice.pointedTo : undefined;
  // An informal offer is named in plain English ("a coffee"), not in their words; at their home, quoted.
  const kind = offerKind(rhythm.offered);
  const plain = kind !== undefined && !kind.startsWith('home-');
  const size = offered !== undefined ? (plain ? 'offered-kind' : 'offered') : referTo !== undefined ? 'referral' : rhythm.single ? (rhythm.written ? 'written' : 'single') : 'trial';
  const minutes = String(rhythm.minutes);
  const summary = offered ?? rhythm.summary;
  // The ask's size is said first and passed in as $askSize, so an override of manager-first-size
  // reaches every line that names it. A yes with limits costs what they offered: said as the ask is.
  const them = nameAboutLeader(leader.addressAs, leader.name);
  const askSize = speak({ id: 'manager-first-size', args: { size, summary, they: leader.they, minutes, referTo: referTo ?? 'none', them, written: yes(rhythm.written), offerKind: kind ?? 'none' } });
  const total = offered === undefined && referTo === undefined ? trial.total : askSize;
  return {
    them, referTo: referTo ?? 'none', they: leader.they, him: leader.them, their: leader.their, theyHave: leader.theyHave,
    named: yes(leader.addressAs !== ''), addressAs: nameAboutLeader(leader.addressAs, leader.name), expertise: leader.expertise,
    challengeIs: said.challengeIsToManager, challengeTopic: said.challengeTopicToManager, quoted: firstResponse.quoted,
    before: is.askYourManager ? 'go-back' : is.askedBefore ? 'next' : 'first',
    arrangement: rhythm.single ? 'single' : is.recurring ? 'standing' : 'other',
    // A yes with limits: what they offered, as you tell your manager ("when I'm stuck"), no "single conversation".
    size, minutes, summary, askSize,
    // The limits they set, told plainly ("one concrete question every two weeks, on Slack"), not "within clear limits".
    limits: theirTerms?.limitsTyped === undefined ? 'none' : limitsAbout(theirTerms.limitsTyped, leader.they),
    single: yes(rhythm.single), written: yes(rhythm.written), untold: yes(!is.managerKnows && !is.managerUnsaid), unit, rhythmUnit: rhythm.unit, total, orgNoun: advice.orgNoun, company: leader.company,
  };
}

/** Beat one: what happened so far, or what you plan (the first that applies). Asked already while the
 *  profile says your manager did not know (managerKnows: false): an apology first, whatever the tone;
 *  unset, nothing is assumed either way (a fresh reader: an invented apology). */
function whatOf({ is, firstResponse }: ManagerFirstInputs): string[] {
  // Your manager already knows (managerKnows): an update on what they know, said once; never "before I do anything".
  const lead = is.managerKnows ? ['manager-first-lead-known'] : is.concise ? [] : ['manager-first-lead'];
  const sorry = !is.managerKnows && !is.managerUnsaid ? ['manager-first-should-have-said'] : [];
  if (is.askYourManager) return [...lead, 'manager-first-sent-to-you'];
  if (is.noReply) return [...lead, ...sorry, 'manager-first-no-reply'];
  if (is.declined) return [...lead, ...sorry, 'manager-first-declined'];
  if (is.askedBefore) return [...lead, ...sorry, firstResponse.words ? 'manager-first-asked-recently-answer' : 'manager-first-asked-recently', 'manager-first-go-back-smaller'];
  return [...lead, 'manager-first-plan'];
}

/** Beat four's closing question to your manager (the first that applies). */
function questionOf({ is }: ManagerFirstInputs): string {
  // A leader at another company: your manager does not approach them; they say what may be shared.
  return is.otherCompany ? 'manager-first-ask-share' : is.askYourManager ? 'manager-first-ask-go-back' : is.hierarchical ? 'manager-first-ask-mention-first'
    : is.indirect ? 'manager-first-ask-how-they-feel' : 'manager-first-ask-anything';
}

export function managerFirstOf(i: ManagerFirstInputs, speak: (phrase: Phrase) => string): Record<ManagerFirstPart, Phrase[]> {
  const { is } = i;
  const relationship = is.skipLevel ? 'skip-level' : is.crossTeam ? 'cross-team' : is.executive ? 'executive' : 'former-manager';
  const ids: Record<ManagerFirstPart, string[]> = {
    // Your manager already knows (managerKnows): a short update before the next message, not a first talk.
    note: is.managerKnows ? ['manager-first-note-known', ...(is.indirect ? ['manager-first-note-indirect'] : [])]
      : ['manager-first-note', ...(is.hierarchyUnknown ? [] : ['manager-first-note-hierarchy']), ...(is.indirect ? ['manager-first-note-indirect'] : [])],
    // A leader at another company: what may leave the company is the reason to talk first (a former
    // manager's own reason stays). Known already: why the update still comes first.
    why: is.managerKnows ? ['manager-first-why-known', ...(is.otherCompany ? ['manager-first-why-outside-known'] : [])]
      : [...(!is.otherCompany || is.formerManager ? [`manager-first-why-${relationship}`] : []), ...(is.otherCompany ? ['manager-first-why-outside'] : [])],
    suggested: is.askYourManager ? ['manager-first-why-suggested'] : [],
    beatWhat: whatOf(i),
    beatWhy: ['manager-first-why-them'],
    beatTeam: ['manager-first-team-gains', 'manager-first-not-instead'],
    beatLoop: ['manager-first-summary-to-you', questionOf(i)],
    whyNotYou: ['manager-first-answer-why-not-you'],
    topics: ['manager-first-answer-topics'],
    // What they offered costs what they offered, said once: not "In time, that's what they offered".
    time: [i.rhythm.offered === undefined ? 'manager-first-answer-time' : 'manager-first-answer-time-offered'],
    noSpot: ['manager-first-answer-no-spot'],
    relationQuestion: [is.otherCompany && (is.skipLevel || is.crossTeam) ? 'manager-first-question-outside' : `manager-first-question-${relationship}`],
    relationAnswer: [is.otherCompany && (is.skipLevel || is.crossTeam) ? 'manager-first-answer-cross-team' : `manager-first-answer-${relationship}`],
    loopSummary: ['manager-first-loop-summary'],
    loopTellThem: ['manager-first-loop-tell-them'],
    loopTeamFirst: ['manager-first-loop-team-first'],
    loopNoStatus: ['manager-first-loop-no-status'],
    loopConcern: ['manager-first-loop-concern'],
  };
  const args = argsOf(i, speak);
  return Object.fromEntries(Object.entries<string[]>(ids).map(([part, list]) => [part, list.map((id) => ({ id, args }))])) as Record<ManagerFirstPart, Phrase[]>;
}
