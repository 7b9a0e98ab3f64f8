// The reply to a no or a "not now" (templates/no-reply.hbs): which messages it says, in what order,
// with what arguments. The words are in phrases/en/no-reply.ftl; each part is a paragraph whose
// sentences are joined by a space.
import type { Phrase } from '../../phrases/phrasebook';
import type { Said } from '../context';
import type { Flags } from '../facts';
import { theirReferral } from '../german';

export interface ReplyToNoInputs {
  is: Flags;
  said: Said;
  /** "applied to the mentoring programme", '' when they pointed to none. */
  programJoined: string;
  /** Whom or where they already pointed you, '' when nowhere: then, and only then, we ask for someone. */
  referral: string;
  /** 'yes' when referral is a channel (a programme, a guild), not a person. */
  channel?: string;
  /** The person named, as her, him or them (referral.ts pronounOf). */
  pronoun?: 'him' | 'her' | 'them';
}

export type ReplyToNoPart = 'note' | 'thanks' | 'keepWorking' | 'someone' | 'notNowMeantime' | 'thenReferral' | 'thenMilestone' | 'thenRelationship';

const p = (id: string, args?: Phrase['args']): Phrase => (args ? { id, args } : { id });

/** Thanks, understanding, and what else is true between you (the concise tone skips the cross-team line). */
function thanksOf({ is, programJoined }: ReplyToNoInputs): Phrase[] {
  return [
    p(is.indirect ? 'no-reply-thanks-indirect' : 'no-reply-thanks'),
    p(is.executive ? 'no-reply-understand-executive' : 'no-reply-understand'),
    ...(programJoined ? [p('request-since-joined', { joined: programJoined })] : []),
    ...(is.crossTeam && !is.concise ? [p('no-reply-cross-team')] : []),
    ...(is.formerManager ? [p('no-reply-former-manager')] : []),
  ];
}

/** After a no or no reply the door is closed: no later question is offered. */
function keepWorkingOf({ is }: ReplyToNoInputs): Phrase[] {
  const later = is.closedDoor ? [] : [p(is.async ? 'no-reply-one-question-async' : 'no-reply-one-question')];
  return [p('no-reply-keep-working'), ...later];
}

/** The person or channel they suggested, or a request for one; never both. */
function someoneOf({ is, said, referral, channel, programJoined }: ReplyToNoInputs): Phrase[] {
  // The reply goes at once, before they have met the person named: "I will get in touch", whatever the order.
  if (referral) return programJoined ? [] : [p('stay-in-touch', { referral, channel: channel ?? 'no', met: 'no', ...theirReferral(referral, channel === 'yes' ? 'yes' : 'no') })];
  return [
    ...(is.formerManager && !is.concise ? [p('no-reply-you-know-my-work')] : []),
    p(is.closedDoor ? 'no-reply-someone' : 'no-reply-someone-and'),
    ...(is.theirTeam ? [p('no-reply-someone-in-team', { expertise: said.expertise })] : []),
    ...(is.indirect ? [p('no-reply-no-need-to-reply')] : []),
  ];
}

function thenRelationshipOf(is: Flags): Phrase[] {
  return is.skipLevel ? [p(is.managerKnows ? 'no-reply-then-tell-manager' : 'no-reply-then-tell-manager-if-told')] : is.formerManager ? [p('no-reply-then-keep-relationship')] : [];
}

export function replyToNoOf(i: ReplyToNoInputs): Record<ReplyToNoPart, Phrase[]> {
  const { is, referral } = i;
  return {
    note: [p('no-reply-note'), ...(is.indirect ? [p('no-reply-note-indirect')] : [])],
    thanks: thanksOf(i),
    keepWorking: keepWorkingOf(i),
    someone: someoneOf(i),
    // The program they pointed to was applied to before the second ask: said as done, not as a plan.
    notNowMeantime: [referral && i.channel === 'yes' && i.programJoined ? p('request-since-joined', { joined: i.programJoined }) : referral ? p('no-reply-meantime-stay-in-touch', { referral, channel: i.channel ?? 'no', pronoun: i.pronoun ?? 'them', ...theirReferral(referral, i.channel === 'yes' ? 'yes' : 'no') }) : p('no-reply-meantime-someone', { challengeTopic: i.said.challengeTopic, topic: i.said.hasSubjectTopic ? i.said.subjectTopic : 'none' })],
    // Someone they already named (a name, with a capital) is named in the German step ("write to Frau Dr.
    // Wallner"), not "if they suggest someone".
    thenReferral: [p('no-reply-then-referral', { referral: referral || 'none', named: /^\p{Lu}/u.test(referral) && i.channel !== 'yes' && theirReferral(referral, 'no').mit === 'yes' ? 'yes' : 'no' })],
    thenMilestone: [p('no-reply-then-milestone'), p(is.closedDoor ? 'no-reply-then-no-ask' : 'no-reply-then-yes-later')],
    thenRelationship: thenRelationshipOf(is),
  };
}
