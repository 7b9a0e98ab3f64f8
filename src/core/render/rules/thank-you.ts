// The thank-you note (templates/thank-you.hbs): which messages it says, in what order, with what
// arguments. The words are in phrases/en/thank-you.ftl; each part is a paragraph (or a list item)
// whose sentences are joined by a space.
import type { Phrase } from '../../phrases/phrasebook';
import type { Said } from '../context';
import type { Flags } from '../facts';
import { leaderBusyIn } from '../leaderBusy';
import { inlineMarkdown } from '../markdown';

export interface ThankYouInputs {
  is: Flags;
  said: Said;
  /** One session (or note) only, not a trial. */
  single: boolean;
  /** A yes with limits: what was agreed is what they offered (said.rhythm names it). */
  offered: boolean;
  /** With `offered`: their offer in their words, Markdown-safe ("einmal im Quartal eine Stunde"), else
   *  "none"; the German says it back quoted, where the English has it in said.rhythm. */
  offeredWords: string;
  /** "session" or "note". */
  unit: string;
  /** An invitation to their home whose words named the household: the family is thanked too. */
  family?: boolean;
  /** The session's length in minutes. */
  minutes: number;
  /** When you will write again after a closed door ("in March"). */
  comeBack: string;
  /** The month to come back, named in the document's language ("January"), or "none" when not known. */
  month: string;
  addressAs: string;
  leaderName: string;
  /** After a referral with no offer to take up: whom they named (their words, Markdown-safe) and the pronoun for them. */
  referral?: { referTo: string; pronoun: string; words?: string };
}

export type ThankYouPart = 'note' | 'subject' | 'greeting' | 'thanks' | 'conversationThanks' | 'confirm' | 'agreed' | 'topic' | 'session' | 'bring' | 'review' | 'close'
  | 'signoff' | 'consideringNote' | 'consideringSubject' | 'consideringSummary' | 'consideringProposal' | 'consideringTopic' | 'consideringBring'
  | 'notNowSubject' | 'notNowThanks' | 'notNowPlan' | 'chat' | 'chatAfter' | 'chatConsidering' | 'chatNotNow';

const p = (id: string, args?: Phrase['args']): Phrase => (args ? { id, args } : { id });
const yes = (b: boolean) => (b ? 'yes' : 'no');

type NotePart = 'subject' | 'greeting' | 'thanks' | 'confirm' | 'agreed' | 'topic' | 'session' | 'bring' | 'review' | 'close' | 'signoff';

/** The note itself when the ask was written: their yes answered by message. */
function writtenNoteOf(i: ThankYouInputs, greeting: Phrase, value: Phrase['args']): Record<NotePart, Phrase[]> {
  const { is, said } = i;
  // The first note was the question itself (you chose to write): their answer is thanked, and what you
  // do with it is said; nothing was agreed, and no first note is still to come.
  // So was it after a yes in writing with nothing else offered ("send me your questions by email, I'll reply").
  if (is.ownNote || (is.writeFirst && is.yesWithLimits && !i.offered)) {
    return {
      subject: [p('thank-you-written-subject')], greeting: [greeting],
      thanks: [p('thank-you-written-thanks', { offered: 'yes', asked: 'no' }), p('thank-you-answered-intro')], confirm: [],
      agreed: [p('thank-you-answered-decided')], topic: [p('thank-you-answered-first')], session: [p('thank-you-answered-next')], bring: [p('thank-you-bring', value)],
      review: [], close: [], signoff: [p('thank-you-signoff')],
    };
  }
  const asked = is.writeFirst && !is.agreed;
  return {
    subject: [p('thank-you-written-subject')], greeting: [greeting],
    // Taking up what they offered in writing, their answer is what is thanked, not a yes.
    // They asked for something small in writing first ("then we'll see"): nothing more is agreed, so
    // their reply is thanked and what comes next is theirs to say, a blank to fill in, not "what we agreed".
    thanks: [p('thank-you-written-thanks', { offered: yes(i.offered), asked: yes(asked) }), p(is.indirect ? 'thank-you-correct-me' : 'thank-you-written-confirm')], confirm: [],
    // What they offered (a yes with limits) is agreed as it is: no three-month trial, no review on top.
    agreed: [p('thank-you-written-rhythm', { rhythm: said.rhythm, minutes: i.minutes, single: yes(i.single), offered: i.offeredWords, review: yes(is.hasSuccess && !i.single), asked: yes(asked) })],
    topic: [p('thank-you-topic-in-particular', { challengeTopic: said.challengeTopic, bridge: said.bridge })],
    // Their reply to the note they asked for answered its decision: no first note is still to come.
    session: [p(asked ? 'thank-you-answered-decided' : 'thank-you-written-first-note')], bring: [p('thank-you-bring', value)],
    review: is.hasSuccess && !i.single ? [p('thank-you-written-review', { success: said.success, outcome: said.success })] : [],
    close: [], signoff: [p('thank-you-signoff')],
  };
}

/** The note after the meeting: the formal tone writes "Dear …" with their name even when no address is given;
 *  the concise tone confirms in the thanks paragraph. */
function meetingNoteOf(i: ThankYouInputs, greeting: Phrase, value: Phrase['args']): Record<NotePart, Phrase[]> {
  const { is, said } = i;
  // A yes with limits: the meeting took them up on it, and the yes itself is thanked.
  const thanks = p(is.yesWithLimits ? 'thank-you-meeting-thanks-agreed' : 'thank-you-meeting-thanks');
  const confirm = p(is.indirect ? 'thank-you-meeting-confirm-indirect' : 'thank-you-meeting-confirm');
  // One conversation (after a no, no reply, a doubt, or what they offered) has no trial or review.
  // With a review line after it ("After three months: …"), the rhythm does not name the three months again.
  const agreed = !i.single ? p('thank-you-meeting-rhythm', { rhythm: said.rhythm, minutes: i.minutes, review: yes(is.hasSuccess) })
    : i.offered ? p('thank-you-written-rhythm', { rhythm: said.rhythm, minutes: i.minutes, single: 'yes', offered: i.offeredWords, asked: 'no' })
    : is.async ? p('thank-you-meeting-single-async') : p('thank-you-meeting-single', { minutes: i.minutes });
  const label = { single: yes(i.single), unit: i.unit };
  return {
    subject: [p('thank-you-meeting-subject')],
    greeting: [is.formal ? p('thank-you-dear', { name: i.addressAs || i.leaderName }) : greeting],
    thanks: is.concise ? [thanks, ...personal(is), confirm] : [thanks, ...personal(is)], confirm: is.concise ? [] : [confirm],
    agreed: [agreed],
    topic: [p('thank-you-meeting-topic', { challengeTopic: said.challengeTopic, bridge: said.bridge })],
    // An informal offer (a coffee, a fika): when it suits them, and nothing to read beforehand.
    session: [p(is.offerInformal && is.live ? 'thank-you-meeting-informal' : is.live ? 'thank-you-meeting-live' : 'thank-you-meeting-written', label)],
    bring: [p('thank-you-meeting-bring', value)],
    review: is.hasSuccess && !i.single ? [p('thank-you-meeting-review', { success: said.success, outcome: said.success })] : [],
    close: [p('thank-you-meeting-close')], signoff: [p('thank-you-meeting-signoff')],
  };
}

/** After a referral with no offer of theirs to take up, the note thanks them for the pointer and says what came
 *  of talking to that person, not a meeting with them; undefined otherwise. */
function referralNoteOf(i: ThankYouInputs, greeting: Phrase): Record<NotePart, Phrase[]> | undefined {
  if (!i.referral || !i.is.referral || i.is.takesOffer) return undefined;
  const args = { referTo: /^\p{Lu}/u.test(i.referral.referTo) ? i.referral.referTo : 'none', pronoun: i.referral.pronoun, name: i.addressAs || i.leaderName };
  // What kept them from it themselves ("while the budget is being negotiated"): wished well, in a line.
  const busy = leaderBusyIn(i.referral.words, i.referral.referTo);
  const wish = busy ? [p('thank-you-pointer-busy', { busy: inlineMarkdown(busy.busy), busyKind: busy.kind })] : [];
  return {
    subject: [p('thank-you-pointer-subject', args)], greeting: [greeting], thanks: [p('thank-you-pointer-thanks', args), ...(i.is.relationshipBased ? [p('thank-you-pointer-personal', args)] : [])], confirm: [],
    agreed: [p('thank-you-pointer-took', args)], topic: [p('thank-you-pointer-decided')], session: [p('thank-you-pointer-next')], bring: [p('thank-you-pointer-open', args)],
    review: [], close: [...wish, p('thank-you-pointer-close')], signoff: [p('thank-you-signoff')],
  };
}

/** Where trust is personal, a line on something personal from the conversation, after the thanks
 *  and before anything agreed: warmth before business. */
const personal = (is: Flags): Phrase[] => (is.relationshipBased ? [p('thank-you-personal')] : []);

export function thankYouOf(i: ThankYouInputs): Record<ThankYouPart, Phrase[]> {
  const { is, said } = i;
  // Never a bare "Hello,": without a form of address, their name (or the prompt for it).
  const greeting = p('greeting-named', { name: i.addressAs || i.leaderName });
  // German goes on after the label's colon as typed, in lower case unless the user wrote a capital
  // ($typed; English reads the sentence form).
  const typed = { typed: said.value, typedEnd: /[.!?]$/u.test(said.value) ? 'yes' : 'no' };
  const value = is.valueClause ? { value: said.valueSentence, clause: 'yes', ...typed } : { value: said.value, clause: 'no', ...typed };
  // A written ask (everything written, asked by message, with no meeting asked for: not the advance note of
  // an indirect culture, not a coffee they offered): their reply is thanked, not a meeting that never was.
  const inWriting = is.askInWriting || (!is.live && !is.indirect && !is.offerInformal);
  const written = inWriting ? '-written' : '';
  const timing = is.indirect ? 'thank-you-not-now-timing-indirect' : 'thank-you-not-now-timing';
  const referral = referralNoteOf(i, greeting);
  const args = referral && { referTo: /^\p{Lu}/u.test(i.referral!.referTo) ? i.referral!.referTo : 'none', pronoun: i.referral!.pronoun, name: i.addressAs || i.leaderName };
  // Nothing was asked of them after a referral, nor agreed after a yes with limits: no note for an answer still pending or a not now.
  const pending = !referral && !is.yesWithLimits;
  return {
    // A chat they chose (WhatsApp, Slack): the thanks in one short message, and one line back after an answer.
    // Said for every first answer (issue 21): a not now or an ask-your-manager in a chat is answered there too.
    chat: [args ? p('thank-you-pointer-chat', args) : p('thank-you-chat', { name: i.addressAs || i.leaderName, topic: said.subjectTopic, closed: yes(is.closedDoor) })],
    chatConsidering: [p('thank-you-chat-considering', { name: i.addressAs || i.leaderName })],
    chatNotNow: [p('thank-you-chat-not-now', { name: i.addressAs || i.leaderName, month: i.month })],
    chatAfter: [p('chat-after-answer', { name: i.addressAs || i.leaderName })],
    // After the one conversation: their time thanked personally where trust is personal, not "exactly what I asked for".
    // At their home or their table: their hospitality thanked, and the family when their words named them.
    conversationThanks: referral || !is.thankedAsConversation ? [] : [p(is.hospitality ? 'thank-you-hospitality-thanks' : is.relationshipBased ? 'thank-you-conversation-thanks-personal' : 'thank-you-conversation-thanks',
      { family: yes(i.family === true) }), ...personal(is)],
    note: args ? [p('thank-you-pointer-note', args)] : [p('thank-you-note'), ...(is.indirect && !is.theConversation ? [p('thank-you-note-indirect')] : [])],
    ...(referral ?? (inWriting ? writtenNoteOf(i, greeting, value) : meetingNoteOf(i, greeting, value))),
    consideringNote: pending && !is.thankedAsConversation ? [p(`thank-you-considering-note${written}`)] : [],
    consideringSubject: [p(`thank-you-considering-subject${written}`)],
    consideringSummary: [p(`thank-you-considering-summary${written}`)],
    consideringProposal: [p('thank-you-considering-proposal', { rhythm: said.rhythm, single: yes(i.single), minutes: i.minutes, offered: i.offeredWords })],
    consideringTopic: [p('thank-you-considering-topic', { challengeTopic: said.challengeTopic, bridge: said.bridge })],
    consideringBring: [p('thank-you-from-my-side', value)],
    // A month known fills "(month)" (issue 21, item 5); unknown, it stays a marked blank.
    notNowSubject: !pending ? [] : [is.closedDoor ? p('thank-you-not-now-subject-closed', { comeBack: i.comeBack, month: i.month }) : p('thank-you-not-now-subject', { month: i.month })],
    notNowThanks: [p(`thank-you-not-now-thanks${written}`), p(timing)],
    notNowPlan: [is.closedDoor ? p('thank-you-not-now-write-back', { comeBack: i.comeBack, challengeTopic: said.challengeTopic, month: i.month })
      : p('thank-you-not-now-come-back', { challengeTopic: said.challengeTopic, month: i.month })],
  };
}
