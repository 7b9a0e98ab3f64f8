// The one-pager (templates/one-pager.hbs): which messages it says, in what order, with what
// arguments. The words are in phrases/en/one-pager.ftl; each part is a paragraph or a list item
// whose sentences are joined by a space.
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';
import { nameAboutLeader } from './shared';

/** What the rules read: the facts and the answers, as the document's context already holds them. */
export type OnePagerInputs = Pick<RenderContext, 'is' | 'said' | 'leader' | 'rhythm' | 'trial' | 'advice'>;

export type OnePagerPart = 'note' | 'bottomLine' | 'problem' | 'whyYou' | 'whyYouRelation' | 'shape' | 'askLabel' | 'trial' | 'yourPreference'
  | 'iDo' | 'youGet' | 'success' | 'close';

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** What the messages are given, one object for the whole document. */
function argsOf({ is, said, leader, rhythm, trial }: OnePagerInputs): Phrase['args'] {
  return {
    // The short note they asked for first goes alone: this page is not attached (asked).
    attach: is.writeFirst ? 'asked' : yes(is.askInWriting), informal: yes(is.offerInformal), noDocuments: yes(is.noDocuments), named: yes(leader.addressAs !== ''), addressAs: nameAboutLeader(leader.addressAs, leader.name),
    challenge: said.challenge, challengeIs: said.challengeIs, challengeTopic: said.challengeTopic, rhythm: said.rhythm,
    goal: said.goal, expertise: said.expertise, initiative: said.initiative, hasInitiative: yes(is.hasInitiative), bridge: said.bridge,
    single: yes(rhythm.single), recurring: yes(is.recurring), total: trial.total, reviewMinutes: String(rhythm.reviewMinutes),
    ...(is.valueClause ? { value: said.valueSentence, clause: 'yes' } : { value: said.value, clause: 'no' }),
    success: said.success,
  };
}

/** Which messages each paragraph says, in order. */
function idsOf(i: OnePagerInputs): Record<OnePagerPart, string[]> {
  const { is, rhythm } = i;
  return {
    note: ['one-pager-note'],
    bottomLine: [rhythm.single ? 'one-pager-bottom-line-single' : 'one-pager-bottom-line-trial'],
    // What the company stands to lose is not in the profile: the user's own goal is said, or nothing.
    problem: ['one-pager-problem', ...(is.hasGoal ? ['one-pager-stakes-goal'] : [])],
    whyYou: [is.formerManager ? 'one-pager-why-you-former-manager' : 'one-pager-why-you'],
    // Their teams and remit are a party only inside your company; a leader at another company has neither here.
    whyYouRelation: is.otherCompany ? [] : is.skipLevel ? ['one-pager-why-you-across-teams'] : is.theirTeam ? ['one-pager-why-you-remit'] : [],
    shape: is.indirect ? ['one-pager-shape'] : [],
    askLabel: ['one-pager-ask-label'],
    trial: ['one-pager-trial', 'one-pager-stopping-fine'],
    // A hierarchy leaves the rhythm to them; an indirect culture already offered to adapt it.
    yourPreference: !is.indirect && !rhythm.single && is.hierarchical ? ['one-pager-your-preference'] : [],
    // What you do: one prepared conversation, written notes, or sessions.
    iDo: [rhythm.single ? 'one-pager-i-do-single' : is.async ? 'one-pager-i-do-async' : 'one-pager-i-do'],
    youGet: ['one-pager-you-get', 'one-pager-from-me'],
    success: [rhythm.single ? 'one-pager-success-single' : is.hasSuccess ? 'one-pager-success-named' : 'one-pager-success-review'],
    // A yes with limits is agreed: no way to say no to offer, only thanks for the offer.
    close: [is.agreed ? 'one-pager-close-agreed' : is.indirect ? 'one-pager-close-indirect' : is.hierarchical ? 'one-pager-close-hierarchical' : 'one-pager-close'],
  };
}

/** The one-pager's paragraphs as messages, all given the same arguments. */
export function onePagerOf(i: OnePagerInputs): Record<OnePagerPart, Phrase[]> {
  const args = argsOf(i);
  return Object.fromEntries(Object.entries<string[]>(idsOf(i)).map(([part, ids]) => [part, ids.map((id) => ({ id, args }))])) as Record<OnePagerPart, Phrase[]>;
}
