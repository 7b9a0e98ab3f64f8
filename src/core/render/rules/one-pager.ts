// The one-pager (templates/one-pager.hbs): which messages it says, in what order, with what
// arguments. The words are in phrases/en/one-pager.ftl; each part is a paragraph or a list item
// whose sentences are joined by a space.
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';

/** What the rules read: the facts and the answers, as the document's context already holds them. */
export type OnePagerInputs = Pick<RenderContext, 'is' | 'said' | 'leader' | 'rhythm' | 'trial' | 'advice'>;

export type OnePagerPart = 'note' | 'bottomLine' | 'problem' | 'whyYou' | 'whyYouRelation' | 'shape' | 'askLabel' | 'trial' | 'yourPreference'
  | 'iDo' | 'youGet' | 'success' | 'close';

const p = (id: string, args?: Phrase['args']): Phrase => (args ? { id, args } : { id });
const yes = (b: boolean) => (b ? 'yes' : 'no');

function whyYouOf({ is, said }: OnePagerInputs): Pick<Record<OnePagerPart, Phrase[]>, 'whyYou' | 'whyYouRelation'> {
  const args = { expertise: said.expertise, initiative: said.initiative, hasInitiative: yes(is.hasInitiative), bridge: said.bridge };
  return {
    whyYou: [p(is.formerManager ? 'one-pager-why-you-former-manager' : 'one-pager-why-you', args)],
    whyYouRelation: is.skipLevel ? [p('one-pager-why-you-across-teams')] : is.crossTeam ? [p('one-pager-why-you-remit')] : [],
  };
}

/** What you do: one prepared conversation, written notes, or sessions. */
function iDoOf({ is, rhythm }: OnePagerInputs): Phrase[] {
  return [p(rhythm.single ? 'one-pager-i-do-single' : is.async ? 'one-pager-i-do-async' : 'one-pager-i-do')];
}

function successOf({ is, said, rhythm }: OnePagerInputs): Phrase[] {
  if (rhythm.single) return [p('one-pager-success-single')];
  return [is.hasSuccess ? p('one-pager-success-named', { success: said.success }) : p('one-pager-success-review')];
}

export function onePagerOf(i: OnePagerInputs): Record<OnePagerPart, Phrase[]> {
  const { is, said, leader, rhythm } = i;
  const single = yes(rhythm.single);
  const value = is.valueClause ? { value: said.valueSentence, clause: 'yes' } : { value: said.value, clause: 'no' };
  return {
    note: [p('one-pager-note', { attach: yes(is.askInWriting), named: yes(leader.addressAs !== ''), addressAs: leader.addressAs })],
    bottomLine: [p(rhythm.single ? 'one-pager-bottom-line-single' : 'one-pager-bottom-line-trial', { challengeTopic: said.challengeTopic, rhythm: said.rhythm })],
    problem: [p('one-pager-problem', { challengeIs: said.challengeIs, challenge: said.challenge }),
      p('one-pager-stakes', { orgNoun: i.advice.orgNoun, stakes: i.advice.stakes })],
    ...whyYouOf(i),
    shape: is.indirect ? [p('one-pager-shape')] : [],
    askLabel: [p('one-pager-ask-label', { single })],
    trial: [p('one-pager-trial', { recurring: yes(is.recurring), total: i.trial.total, reviewMinutes: String(rhythm.reviewMinutes) }), p('one-pager-stopping-fine')],
    // A hierarchy leaves the rhythm to them; an indirect culture already offered to adapt it.
    yourPreference: !is.indirect && !rhythm.single && is.hierarchical ? [p('one-pager-your-preference')] : [],
    iDo: iDoOf(i),
    youGet: [p('one-pager-you-get', { challengeTopic: said.challengeTopic }), p('one-pager-from-me', value)],
    success: successOf(i),
    close: [p(is.indirect ? 'one-pager-close-indirect' : is.hierarchical ? 'one-pager-close-hierarchical' : 'one-pager-close')],
  };
}
