/** The prep steps, in order. Ids are stable: they key saved state and the doc's checklist. */
import type { Profile } from '../profile/profile';
import { firstAnswerOf, INTRODUCTION, takesOffer } from '../render/firstAnswer';
import { saidTheyIntroduce, saidToNameThem } from '../render/sentYou';
import { writtenArrangement } from '../render/offerMedium';
import { seeFirst } from '../render/referral';
import { asksWrittenFirst, documentsRuledOut } from '../render/leaderWords';
import { askMode, singleAsk } from '../render/situation';
import { english, type L10n } from '../l10n/l10n';
import { getText } from '../profile/profile';
import { offerOf, type OfferShape } from '../render/offerShape';
import { asksForReminder } from '../render/remindMe';
import { unreadWordsOf } from '../render/wordsScript';

export type Phase = 'before' | 'meeting' | 'after';

export interface PrepStep {
  id: string;
  phase: Phase;
  title: string;
  description: string;
  /** Command that does the step, when one exists. */
  command?: string;
  /** Arguments for the command, e.g. the template a "Generate from Template" step opens. */
  args?: readonly unknown[];
  /** Whether the step applies to this profile; absent means always. */
  appliesTo?: (profile: Profile) => boolean;
  /** The title for this profile, when it differs ("…for the no"); absent means `title`. */
  titleFor?: (profile: Profile) => string | undefined;
}

/** What they said first, as the doc reads it: the answer confirmed, else the one read from their words. */
const firstResponseOf = (p: Profile) => firstAnswerOf(p).response;
/** The arrangement is written: the format, or what they offered when the offer says (facts.ts). */
const written = (p: Profile) => writtenArrangement(p.format, firstResponseOf(p), firstAnswerOf(p).details);
/** The leader said no, or never replied: the ask is a single conversation, with no first check-in
 *  and no review to plan. */
export const closedDoor = (p: Profile): boolean => firstResponseOf(p) === 'no-reply' || firstResponseOf(p) === 'declined';
const declined = (p: Profile): boolean => firstResponseOf(p) === 'declined';
/** They said yes to something (a yes with limits) or pointed you to someone (a referral): there is
 *  no hesitation to name, and no referral left to ask for. */
/** They said yes to something limited: it is agreed, so it is arranged and taken up, never asked for again. */
const agreed = (p: Profile): boolean => firstResponseOf(p) === 'yes-with-limits';
/** A referral whose words send you to that person first and back to them after ("see X first, then come back"). */
const referralFirst = (p: Profile): boolean => firstResponseOf(p) === 'referral' && firstAnswerOf(p).details.referTo !== undefined && seeFirst(getText(p, 'firstResponseWords'));
/** A referral to a person named ("Marcos", not "someone on the programme side"): there is someone to write to. */
const namedReferral = (p: Profile): boolean => firstResponseOf(p) === 'referral' && /^\p{Lu}/u.test(firstAnswerOf(p).details.referTo ?? '');
/** A referral to someone unnamed ("someone on the platform team") with no offer to take up: the leader is asked who, in one line (rules/referralWho.ts). */
const unnamedReferral = (p: Profile): boolean => firstResponseOf(p) === 'referral' && !/^\p{Lu}/u.test(firstAnswerOf(p).details.referTo ?? 'X') && !takesOffer(firstAnswerOf(p));
/** A named referral with no offer of theirs to take up (facts.ts is.referralFirst): the leader gets a thank-you, no request for time. */
const thanksOnly = (p: Profile): boolean => namedReferral(p) && !takesOffer(firstAnswerOf(p));
/** They said they would tell the person named first, or introduce you (facts.ts is.theyIntroduce). */
const theyIntroduce = (p: Profile): boolean => saidTheyIntroduce(getText(p, 'firstResponseWords')) || INTRODUCTION.test(firstAnswerOf(p).details.offered ?? '');
const answeredWithANextStep = (p: Profile): boolean => firstResponseOf(p) === 'yes-with-limits' || firstResponseOf(p) === 'referral';
/** The second ask is itself a written message (everything proposed is written, and time was the
 *  worry or the first ask went unanswered): no meeting to book or hold. */
const askInWriting = (p: Profile): boolean =>
  askMode({ written: written(p), declined: declined(p), noReply: firstResponseOf(p) === 'no-reply', firstResponse: firstResponseOf(p), offered: takesOffer(firstAnswerOf(p)), writtenFirst: writeFirst(p) }).inWriting;
/** They asked for a short note in writing first (facts.ts is.writeFirst): that note is the ask, and no
 *  meeting is booked nor a one-pager attached before they answer. */
const writeFirst = (p: Profile): boolean => {
  const answer = firstAnswerOf(p);
  return !takesOffer(answer) && asksWrittenFirst(answer.response, answer.details, getText(p, 'firstResponseWords'));
};

/** They offered to answer in writing (a yes with limits, a written rhythm): the first note is the
 *  whole step; nothing is asked again, and no one-pager or reminder goes with it. */
const firstNote = (p: Profile): boolean =>
  askMode({ written: written(p), declined: false, noReply: false, firstResponse: firstResponseOf(p), offered: takesOffer(firstAnswerOf(p)) }).offeredInWriting;

/** The shape of what they offered when the ask is that offer (a yes with limits, or an offer beside a
 *  not now), as the documents read it (facts.ts, offerShape.ts); undefined otherwise. */
const offerShape = (p: Profile): OfferShape | undefined => {
  const answer = firstAnswerOf(p);
  return takesOffer(answer) ? offerOf(answer.details.offered, getText(p, 'firstResponseWords'))?.shape : undefined;
};
/** Put off, with their words asking to be reminded: the booking message is that reminder (remindMe.ts). */
const remindMe = (p: Profile): boolean => firstResponseOf(p) === 'not-now' && asksForReminder(getText(p, 'firstResponseWords'));
/** A coffee or a look at a document: nothing to book, no one-pager to send before it. */
/** They ruled out documents ("no decks", "keep it short"), whatever their first answer: the preparation goes in the message. */
const noOnePager = (p: Profile): boolean => offerShape(p) === 'informal' || offerShape(p) === 'review'
  || documentsRuledOut(getText(p, 'firstResponseWords'), firstAnswerOf(p).details);

const FROM_TEMPLATE = 'mentorshipPrep.generateFromTemplate';

/** Their words are in a script the reading cannot read, and no answer is confirmed (wordsScript.ts). */
const wordsUnread = (p: Profile) => unreadWordsOf(p) !== undefined;

/** Talking to your manager first matters unless the leader is a former manager in a flat
 *  organization who did not send you to your manager, or the profile says your manager already knows. */
const needsManagerFirst = (p: Profile) => p.managerKnows !== true
  && (p.relationship !== 'former-manager' || p.culture.hierarchy === 'hierarchical' || firstResponseOf(p) === 'ask-your-manager');

/** The phases' titles in the language of `l10n` (English by default). */
export function phaseTitles(l10n: L10n = english): Record<Phase, string> {
  return {
    before: l10n.t('Before the meeting'),
    meeting: l10n.t('The meeting'),
    after: l10n.t('After the meeting'),
  };
}

/** The phases' English titles (the generated doc is written in English). */
export const PHASE_TITLES: Record<Phase, string> = phaseTitles();

export const PHASES: readonly Phase[] = ['before', 'meeting', 'after'];

/** Every step, titles and descriptions in the language of `l10n` (English by default). */
export function prepSteps(l10n: L10n = english): readonly PrepStep[] {
  return [
    { id: 'understand-resistance', phase: 'before', title: l10n.t('Name the likely reason for the lukewarm answer'), description: l10n.t('Time, an unclear ask, or doubt about follow-through: pick the one that fits.'), command: 'mentorshipPrep.generate',
      appliesTo: (p) => !answeredWithANextStep(p),
      titleFor: (p) => (declined(p) ? l10n.t('Name the likely reason for the no') : firstResponseOf(p) === 'no-reply' ? l10n.t('Name the likely reason for the silence')
        : wordsUnread(p) ? l10n.t('Confirm what they said the first time, and anything they offered') : undefined) },
    { id: 'research-leader', phase: 'before', title: l10n.t('Research the leader’s work and priorities'), description: l10n.t('Projects they led, talks, docs, what their quarter looks like.') },
    { id: 'pick-challenge', phase: 'before', title: l10n.t('Pick one concrete challenge their expertise fits'), description: l10n.t('Specific enough to discuss in a single session.'), command: 'mentorshipPrep.editProfile' },
    { id: 'frame-partnership', phase: 'before', title: l10n.t('Frame the ask as a partnership and name what you bring'), description: l10n.t('Their expertise, your challenge, the value to the team.'), command: 'mentorshipPrep.editProfile' },
    { id: 'learn-vocabulary', phase: 'before', title: l10n.t('Review the vocabulary for this conversation'), description: l10n.t('Hover the terms in your design docs, or pick one to explain.'), command: 'mentorshipPrep.explainTerm' },
    { id: 'generate-doc', phase: 'before', title: l10n.t('Generate the prep doc and script'), description: l10n.t('Tailored to this leader, challenge and culture.'), command: 'mentorshipPrep.generate' },
    // A written yes: the note is written and read before it is sent (the steps after it wait for their answer).
    { id: 'rehearse', phase: 'before', title: l10n.t('Rehearse the script and the objections out loud'), description: l10n.t('Especially the pause after the ask.'), command: 'mentorshipPrep.openBuilder',
      titleFor: (p) => (firstNote(p) ? l10n.t('Write the first note and read it aloud once before you send it') : undefined) },
    { id: 'talk-to-manager', phase: 'before', title: l10n.t('Talk to your manager first'), description: l10n.t('Why, what you will ask, how it helps the team, how they stay in the loop.'), command: FROM_TEMPLATE, args: [{ template: 'manager-first' }], appliesTo: needsManagerFirst },
    { id: 'book-meeting', phase: 'meeting', title: l10n.t('Book a short 1:1 and send a one-line purpose'), description: l10n.t('No surprises: they know what the meeting is about.'), command: FROM_TEMPLATE, args: [{ template: 'request-meeting' }],
      titleFor: (p) => (remindMe(p) ? l10n.t('Send the short reminder they asked for, when they said, not before')
        // "See X first, then come back": the first message goes to that person, and the leader comes after (below).
        : referralFirst(p) ? l10n.t('Meet the person they named first, as they asked, before you go back to the leader')
        // The question went to the person they named: the leader is thanked, not booked (the request's note).
        : thanksOnly(p) ? l10n.t('Send the leader the short thank-you; it asks for no time')
        : unnamedReferral(p) ? l10n.t('Ask the leader, in one line, whom they meant; it asks for no time')
        : offerShape(p) === 'review' ? l10n.t('Send the document they offered to read, with the one question') : offerShape(p) === 'informal' ? l10n.t('Take up their offer in a short message; the time is theirs')
        : firstNote(p) ? l10n.t('Send the first note when a real decision comes up')
        : writeFirst(p) ? l10n.t('Send the short note they asked for; no meeting before they answer') : askInWriting(p) ? l10n.t('Send the ask as one short written message')
          : agreed(p) ? l10n.t('Arrange the first one of what they offered, at a time that suits them') : undefined) },
    // The first message to the person they named goes after the leader's word or your message to them
    // (the request's referral rule, sentYou.ts ReferralDoor): they introduce you, you ask whether to mention
    // them, or you tell them first. After "see X first", this is the ask to the leader, after that meeting.
    { id: 'write-to-referral', phase: 'meeting', title: l10n.t('Write to the person they named, saying who sent you'), description: l10n.t('The first message is in the meeting request; tell the leader how it went.'), command: FROM_TEMPLATE, args: [{ template: 'request-meeting' }],
      appliesTo: (p) => namedReferral(p) || unnamedReferral(p),
      titleFor: (p) => (unnamedReferral(p) ? l10n.t('Once the leader has named them, write to that person, saying who sent you') : referralFirst(p) ? l10n.t('After that meeting, ask for a short conversation with the question that remains')
        : theyIntroduce(p) ? l10n.t('Once the leader has told them, write to the person they named')
        : !saidToNameThem(getText(p, 'firstResponseWords')) ? l10n.t('Once the leader has answered, write to the person they named') : undefined) },
    { id: 'send-one-pager', phase: 'meeting', title: l10n.t('Send the one-pager a day or two before'), description: l10n.t('The problem, why them, the ask, what success looks like.'), command: FROM_TEMPLATE, args: [{ template: 'one-pager' }],
      appliesTo: (p) => !firstNote(p) && !noOnePager(p) && !writeFirst(p),
      titleFor: (p) => (askInWriting(p) ? l10n.t('Attach the one-pager to the message') : agreed(p) ? l10n.t('Send the one-page summary of the first decision a day or two before') : undefined) },
    { id: 'read-brief', phase: 'meeting', title: l10n.t('Read the night-before brief'), description: l10n.t('Opening line, the ask, three objections, the walk-away line.'), command: FROM_TEMPLATE, args: [{ template: 'brief' }],
      // A written yes reads it in the step that writes the note, before it is sent, not after.
      appliesTo: (p) => !firstNote(p),
      titleFor: (p) => (askInWriting(p) ? l10n.t('Read the brief before you send it') : undefined) },
    { id: 'hold-meeting', phase: 'meeting', title: l10n.t('Make the ask, then pause and listen'), description: l10n.t('Answer the objection behind their words.'),
      titleFor: (p) => (firstNote(p) ? l10n.t('No answer by your date: go ahead, and tell them what you decided') : askInWriting(p) ? l10n.t('Send the message; if it goes unanswered, follow up once')
        : agreed(p) ? l10n.t('Bring the one decision, then listen') : undefined) },
    { id: 'send-thank-you', phase: 'after', title: l10n.t('Send the thank-you note within a day'), description: l10n.t('Recap what you agreed, the rhythm and the first topic.'), command: 'mentorshipPrep.generateFollowUp',
      titleFor: (p) => (firstNote(p) ? l10n.t('When they answer, thank them in one line and say what you decided') : undefined) },
    // A written yes has written its first question before sending it: nothing is left to prepare after.
    { id: 'plan-first-session', phase: 'after', title: l10n.t('Prepare the first check-in agenda'), description: l10n.t('One decision, a pre-read, timed items.'), command: 'mentorshipPrep.generateAgenda', appliesTo: (p) => !closedDoor(p) && !firstNote(p),
      // A written arrangement has no agenda to time: the first exchange is a note.
      // An informal offer (a coffee) has no agenda to time: the one question is the preparation (issue 21).
      titleFor: (p) => (offerShape(p) === 'informal' ? l10n.t('Prepare your one question for what they offered') : written(p) ? l10n.t('Prepare the first written question') : undefined) },
    { id: 'reply-to-no', phase: 'after', title: l10n.t('If the answer was no: send the reply and ask for a referral'), description: l10n.t('Thank them, leave the door open, ask who else could help.'), command: FROM_TEMPLATE, args: [{ template: 'no-reply' }],
      appliesTo: (p) => firstResponseOf(p) !== 'referral' && !agreed(p) },
    { id: 'review-cadence', phase: 'after', title: l10n.t('Set a review point after about three months'), description: l10n.t('Put the check-ins in your calendar; renew, adjust, or close it gracefully.'), command: 'mentorshipPrep.exportCalendar',
      // What they offered is the whole ask (a coffee, a look at a document): nothing recurring to review.
      appliesTo: (p) => !singleAsk(firstResponseOf(p)) && offerShape(p) === undefined },
  ];
}

/** Every step in English: ids, phases and commands are the same in every language. */
export const PREP_STEPS: readonly PrepStep[] = prepSteps();

/** The steps that apply to a profile; every step when there is no profile yet. */
export function stepsFor(profile: Profile | undefined, l10n?: L10n): readonly PrepStep[] {
  const steps = l10n ? prepSteps(l10n) : PREP_STEPS;
  // The title this profile needs ("Attach the one-pager to the message"), so the sidebar says
  // what the doc's checklist says.
  return profile ? steps.filter((s) => !s.appliesTo || s.appliesTo(profile)).map((s) => ({ ...s, title: s.titleFor?.(profile) ?? s.title })) : steps;
}
