// The talk with your own manager (templates/manager-first.hbs): which messages it says, in what
// order, with what arguments. The words are in phrases/en/manager-first.ftl; each part is a
// paragraph, a spoken line or a list item whose sentences are joined by a space.
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';

/** What the rules read: the facts and the answers, as the document's context already holds them. */
export type ManagerFirstInputs = Pick<RenderContext, 'is' | 'said' | 'leader' | 'rhythm' | 'unit' | 'trial' | 'advice' | 'firstResponse'>;

export type ManagerFirstPart = 'note' | 'why' | 'suggested' | 'beatWhat' | 'beatWhy' | 'beatTeam' | 'beatLoop' | 'whyNotYou' | 'topics' | 'time'
  | 'noSpot' | 'relationQuestion' | 'relationAnswer' | 'loopSummary' | 'loopTellThem' | 'loopTeamFirst' | 'loopNoStatus' | 'loopConcern';

const p = (id: string, args?: Phrase['args']): Phrase => (args ? { id, args } : { id });
const yes = (b: boolean) => (b ? 'yes' : 'no');

/** Beat one: what happened so far, or what you plan (the first that applies). */
function whatOf({ is, firstResponse }: ManagerFirstInputs): Phrase[] {
  const lead = is.concise ? [] : [p('manager-first-lead')];
  if (is.askYourManager) return [...lead, p('manager-first-sent-to-you')];
  if (is.noReply) return [...lead, p('manager-first-no-reply')];
  if (is.declined) return [...lead, p('manager-first-declined')];
  if (is.askedBefore) {
    const sorry = is.hierarchical && !is.concise ? [p('manager-first-should-have-said')] : [];
    const asked = firstResponse.words ? p('manager-first-asked-recently-answer', { quoted: firstResponse.quoted }) : p('manager-first-asked-recently');
    return [...lead, ...sorry, asked, p('manager-first-go-back-smaller')];
  }
  return [...lead, p('manager-first-plan')];
}

/** Beat four's closing question to your manager (the first that applies). */
function questionOf({ is }: ManagerFirstInputs): Phrase {
  return p(is.askYourManager ? 'manager-first-ask-go-back' : is.hierarchical ? 'manager-first-ask-mention-first'
    : is.indirect ? 'manager-first-ask-how-they-feel' : 'manager-first-ask-anything');
}

export function managerFirstOf(i: ManagerFirstInputs): Record<ManagerFirstPart, Phrase[]> {
  const { is, said, leader, rhythm } = i;
  const relationship = is.skipLevel ? 'skip-level' : is.crossTeam ? 'cross-team' : is.executive ? 'executive' : 'former-manager';
  const before = is.askYourManager ? 'go-back' : is.askedBefore ? 'next' : 'first';
  const note = [p('manager-first-note', { before }), p('manager-first-note-hierarchy'), ...(is.indirect ? [p('manager-first-note-indirect')] : [])];
  const size = is.closedDoor ? (rhythm.written ? 'written' : 'single') : 'trial';
  const single = yes(rhythm.single);
  const arrangement = rhythm.single ? 'single' : is.recurring ? 'standing' : 'other';
  const relation = { size, minutes: String(rhythm.minutes), summary: rhythm.summary, orgNoun: i.advice.orgNoun, unit: i.unit, arrangement };
  const why = { challengeIs: said.challengeIs, challengeTopic: said.challengeTopic, expertise: leader.expertise, addressAs: leader.addressAs, theyHave: leader.theyHave, size };
  const parts: Record<ManagerFirstPart, Phrase[]> = {
    note,
    why: [p(`manager-first-why-${relationship}`, relation)],
    suggested: is.askYourManager ? [p('manager-first-why-suggested')] : [],
    beatWhat: whatOf(i),
    beatWhy: [p('manager-first-why-them', { ...why, minutes: String(rhythm.minutes), summary: rhythm.summary })],
    beatTeam: [p('manager-first-team-gains', { challengeTopic: said.challengeTopic, single, unit: i.unit }), p('manager-first-not-instead')],
    beatLoop: [p('manager-first-summary-to-you', { single, unit: i.unit }), questionOf(i)],
    whyNotYou: [p('manager-first-answer-why-not-you')],
    topics: [p('manager-first-answer-topics', { challengeTopic: said.challengeTopic })],
    time: [p('manager-first-answer-time', { total: i.trial.total, rhythmUnit: rhythm.unit })],
    noSpot: [p('manager-first-answer-no-spot')],
    relationQuestion: [p(`manager-first-question-${relationship}`, { addressAs: leader.addressAs })],
    relationAnswer: [p(`manager-first-answer-${relationship}`, relation)],
    loopSummary: [p('manager-first-loop-summary', { single, unit: i.unit })],
    loopTellThem: [p('manager-first-loop-tell-them')],
    loopTeamFirst: [p('manager-first-loop-team-first')],
    loopNoStatus: [p('manager-first-loop-no-status')],
    loopConcern: [p('manager-first-loop-concern')],
  };
  // Every message may name the leader: how you address them (else their name) and their pronouns.
  const leaderArgs = { them: leader.addressAs || leader.name, they: leader.they, him: leader.them, their: leader.their, named: yes(leader.addressAs !== '') };
  return Object.fromEntries(Object.entries(parts).map(([part, phrases]) => [part, phrases.map((x) => p(x.id, { ...leaderArgs, ...x.args }))])) as Record<ManagerFirstPart, Phrase[]>;
}
