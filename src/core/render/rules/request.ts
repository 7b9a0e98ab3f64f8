import { conditionMetArgs } from '../conditionalYes';
import { addressedByTitle } from '../../culture/address';
import { pronounOf } from '../referral';
import { referralDoorOf } from '../sentYou';
import { referralWhoOf } from './referralWho';
import { offerMedium } from '../offerMedium';
// The meeting request (templates/request-meeting.hbs): which messages it says, in what order, with
// what arguments. The words are in phrases/en/request-meeting.ftl; each part is a paragraph whose
// sentences are joined by a space.
import type { Phrase, PhraseArgs } from '../../phrases/phrasebook';
import { germanYesOnce, type YesOnce } from '../germanComeBack';
import type { Said } from '../context';
import type { Facts, Flags } from '../facts';
import type { FirstResponseDetails } from '../../profile/profile';
import { inlineMarkdown } from '../markdown';
import { DEGREE_PATTERN, subjectCase } from '../../culture/germanNames';
import { conditionOf, conditionSaid, managerClaimed, theirTimeOf } from './shared';
import { toYou } from '../rhythm';
import { bareOffer } from '../pronouns';
import type { Offer } from '../offerShape';
import { asName, type Gatekeeper } from '../leaderWords';
import type { TheirTerms } from '../theirTerms';
/** Your degrees before your name (germanNames.ts), left out where you say who you are. */
const LEADING_DEGREES = new RegExp(`^(?:(?:${DEGREE_PATTERN})\\s+)+`, 'u');

export interface RequestInputs {
  is: Flags;
  said: Said;
  /** What their first answer held, as typed (escaped here). */
  details: Readonly<FirstResponseDetails>;
  /** The length the request asks for. */
  minutes: number;
  /** After a no or no reply: one conversation or question, no trial. */
  single: boolean;
  /** "applied to the mentoring programme", '' when they pointed to none. */
  programJoined: string;
  /** Their own milestone for coming back, '' when they named none. */
  milestone: string;
  addressAs: string;
  /** The month to come back, in the document's language, or "none" when it is not known. */
  month: string;
  /** The month proposed if it is still too early then ("July"), or "none". */
  later?: string;
  /** The shape of what they offered when the ask is that offer (offerShape.ts); undefined otherwise. */
  offer?: Offer;
  /** What kept them busy when they put it off ("the NIK audit"), Markdown-safe; undefined when none. */
  busyWith?: string;
  /** The leader's name, Markdown-safe: who sent you, in the first message to the person they named. */
  leaderName?: string;
  /** Your name, Markdown-safe: who is writing, in the first message to the person they named. */
  yourName?: string;
  /** A yes in principle on a condition, in German (germanComeBack.ts germanYesOnce); undefined otherwise. */
  yesOnce?: YesOnce;
  /** The PA, secretary, assistant or office they named as the way in (leaderWords.ts), else undefined. */
  gatekeeper?: Gatekeeper;
  /** The leader as the documents call them ("Khun Wichai"), Markdown-safe: said to the person they named. */
  leaderCalled?: string;
  /** The leader's pronoun as the profile tells it (slots.ts leaderPronoun: she, he), else they. */
  leaderThey?: string;
  /** The pronoun for the person they named (referral.ts pronounOf, from their title or the leader's words). */
  referPronoun?: 'him' | 'her' | 'them';
  /** The words they used to ask you to write ("email me", "schreiben Sie mir") when writing
   *  is the way in they named (leaderWords.ts writingAskedIn); undefined otherwise. */
  askedToWrite?: string;
  /** Two days to propose for an informal offer with the time left open (proposedDays.ts), in words; undefined otherwise. */
  days?: readonly [string, string];
  /** The limits they set said back, the fallback, and whether they answer when they can (theirTerms.ts). */
  theirTerms?: TheirTerms;
  /** How an English note greets the person they named (addressing.ts referralGreetAs): never the full name. */
  referGreet?: { name: string; hi: boolean };
  /** What the person they named is asked for: the session, at most half an hour (the leader's own later ask is shorter);
   *  why the leader named them, said to them ("you ran the customs integration": referralReason.ts), Markdown-safe. */
  refereeMinutes?: number; referReason?: string;
}

export type RequestPart = 'note' | 'subject' | 'opening' | 'body' | 'who' | 'close' | 'chat' | 'chatNote'
  | 'toReferralHeading' | 'toReferralNote' | 'toReferralGreeting' | 'toReferralBody';
type Shape = 'indirect' | 'async' | 'meeting' | 'first-note' | 'informal' | 'review' | 'reminder';

const p = (id: string, args?: Phrase['args']): Phrase => (args ? { id, args } : { id });
/** The first note itself when they offered to answer in writing (a yes with limits: nothing is asked
 *  again); else an advance note in an indirect culture; else written when everything
 *  proposed is written; else a short slot. */
function shapeOf(is: Flags): Shape {
  // What they offered decides the shape of the whole message: a coffee is no booked slot, and a look at
  // a document is the document itself, sent (issue 21).
  if (is.offerReview) return 'review';
  if (is.offerInformal) return 'informal';
  // They asked for a short note first: the request is that note, with no meeting asked for in it.
  // So is a note the user chose to write instead of asking for time (is.ownNote): the question itself.
  if (is.writeFirst || is.ownNote || ((is.yesWithLimits || is.takesOffer) && is.askInWriting)) return 'first-note';
  // They asked to be reminded: the message is that reminder, short, not a fresh pitch (remindMe.ts).
  if (is.remindMe) return 'reminder';
  return is.indirect ? 'indirect' : is.async ? 'async' : 'meeting';
}

/** Why the ask is a first note: they asked for it (yes), the user chose to write (own), or they offered it (no). */
const askedOf = (is: Flags): 'yes' | 'own' | 'no' => (is.writeFirst ? 'yes' : is.ownNote ? 'own' : 'no');

/** What changed since the first ask, by what they said then (the first that applies). */
export function sinceOf(is: Flags, programJoined: string, milestone: string, details: Readonly<FirstResponseDetails> = {}, busyWith = '', yesOnce?: YesOnce, pronoun?: 'him' | 'her' | 'them', terms?: TheirTerms): Phrase[] {
  const joined = programJoined ? [p('request-since-joined', { joined: programJoined })] : [];
  // After a no the way out is said with the ask, except where the close offers it (the indirect shape).
  if (is.declined) return [p('request-since-declined'), ...joined, p('request-since-declined-ask', { written: is.async ? 'yes' : 'no' }), ...(shapeOf(is) === 'indirect' ? [] : [p('request-since-declined-final')])];
  // A yes on a condition, now met (conditionalYes.ts): their condition in the past, when it happened, the rhythm.
  if (is.yesWithLimits && details.offered && conditionOf(details)) return [p('request-since-yes-on-condition', { ...conditionMetArgs(inlineMarkdown(details.comeBackAfter!)), offered: inlineMarkdown(toYou(details.offered)) })];
  if (is.yesWithLimits) return details.offered && !terms?.offeredIsExtra ? [p('request-since-yes-with-limits-offered', { offered: inlineMarkdown(bareOffer(toYou(details.offered))) })] : limitsSaid(details, terms);
  const sentYou = is.sentYou ? 'yes' : 'no';
  // Named: whether the first message to them waits for the leader's word, or asks for it (sentYou.ts ReferralDoor).
  if (is.referral) {
    if (!details.referTo) return [p('request-since-referral', { sentYou })];
    const them = pronoun ?? pronounOf(details.referTo);
    return [p('request-since-referral-named', { referTo: inlineMarkdown(details.referTo), sentYou, door: referralDoorOf(is), pronoun: them, met: is.referralFirst ? them : 'no' })];
  }
  // German says their offer back (English reads no $offered here).
  if (is.noTime) return [p('request-since-no-time', { offered: details.offered ? inlineMarkdown(toYou(details.offered)) : 'none' })];
  // $after: their own words for when, as typed (German says them in brackets; English reads $milestone).
  const after = details.comeBackAfter ? inlineMarkdown(details.comeBackAfter) : 'none';
  // An offer inside the not now ("after Seollal, we'll have a proper meal") is what you come back for.
  // A program named beside it: you applied before coming back, as the script's opening says.
  if (is.notNow && details.offered) return [p('request-since-not-now-offered', { milestone: milestone || 'none', after, offered: inlineMarkdown(bareOffer(toYou(details.offered))) }), ...joined];
  // A yes in principle on a condition („Grundsätzlich gern, aber erst, sobald …“): their yes, now taken up.
  if (is.notNow && yesOnce) return [p('request-since-yes-once', { kind: yesOnce.kind, du: inlineMarkdown(yesOnce.du), sie: inlineMarkdown(yesOnce.sie) }), ...joined];
  // What kept them busy ("anything except the NIK audit"), acknowledged where the come-back is said.
  const busy = busyWith ? [p('ack-busy-with', { busy: busyWith })] : [];
  // A condition ("once you’ve run the pilot") is never a better moment, and never said as met: whether it
  // has been met is the user's to fill in.
  const condition = conditionSaid(details.comeBackAfter);
  if (is.notNow) return [milestone ? p('request-since-not-now-milestone', { milestone, after, condition }) : p('request-since-not-now', { after }), ...(milestone ? busy : []), ...joined];
  if (is.noncommittal) return [p('request-since-noncommittal')];
  // Someone they named beside the doubt: German thanks them for the name and says you will talk to them
  // too, as the script's opening does (English reads no $referTo here).
  if (is.doubtsFit) return [p('request-since-doubts-fit', { referTo: details.referTo ? inlineMarkdown(details.referTo) : 'none' }), ...joined];
  if (is.useTheProgram) {
    return [programJoined ? p('request-since-program-joined', { joined: programJoined }) : p('request-since-program'), p('request-since-narrower')];
  }
  if (is.askYourManager) return managerClaimed(managerKnowsOf(is), [p('request-since-ask-your-manager')]);
  if (is.notReady) return [p('request-since-not-ready')];
  if (is.noReply) return [p('request-since-no-reply')];
  return [p('request-since-earlier')];
}

/** A yes with limits and no offer to take up: the limits they set said back, with the slot they offered
 *  only if needed as the fallback; only that there were limits when the profile holds none. */
function limitsSaid(details: Readonly<FirstResponseDetails>, terms?: TheirTerms): Phrase[] {
  const written = writtenOffer(details);
  if (!terms?.limits) return [p('request-since-yes-with-limits', { written })];
  return [p('request-since-yes-with-limits-said', { written, limits: terms.limits }), ...(terms.fallback ? [p('terms-fallback', { time: terms.fallback })] : [])];
}

/** 'yes' when what they offered is written only, by their own offer or limits ("no meetings"): never "some time". */
const writtenOffer = (details: Readonly<FirstResponseDetails>): string => (offerMedium(details) === 'writing' ? 'yes' : 'no');

/** `managerKnows` as the flags hold it: true, false, or undefined when the profile does not say. */
const managerKnowsOf = (is: Flags): boolean | undefined => (is.managerKnows ? true : is.managerUnsaid ? undefined : false);

/** The note at the top of a document whose first answer was read from the leader's words, not confirmed. */
export function readingNote(facts: Pick<Facts, 'firstResponse' | 'words'> & { is: Pick<Flags, 'writeFirst'> }): Phrase {
  // „Grundsätzlich gern, aber erst, sobald …“ is a yes on a condition, not a „maybe later“.
  const yesOnce = facts.firstResponse === 'not-now' && germanYesOnce(facts.words ?? '') !== undefined;
  return p('script-reading-note', { reading: yesOnce ? 'yes-once' : facts.firstResponse ?? 'none', written: facts.is.writeFirst ? 'yes' : 'no' });
}

/** The note at the top when their words are in the profile but no answer could be read from them: the
 *  documents fall back to a lukewarm answer, and the user should know and choose. */
export function unreadNote(facts: Pick<Facts, 'wordsScript' | 'words'> & { is: Pick<Flags, 'askInWriting'> }): Phrase {
  // Words in a script the reading cannot read are quoted, not called lukewarm (wordsScript.ts).
  if (facts.wordsScript !== 'none') return p('script-unread-script-note', { script: facts.wordsScript, words: inlineMarkdown((facts.words ?? '').trim()), written: facts.is.askInWriting ? 'yes' : 'no' });
  return p('script-unread-note');
}

/** Who you are to them, in one line; nothing for a skip-level leader who sent you to your manager, nor
 *  thanks for reading a message from outside to one who offered something themselves. */
function whoOf(is: Flags): Phrase[] {
  // "My manager knows I'm writing to you" only as the profile has it (managerKnows; unsaid, the note gives
  // it to add); otherwise why them, a skip-level leader: their view across teams.
  if ((is.yesWithLimits && is.askInWriting) || is.offerReview) return [];
  if (is.skipLevel) return is.askYourManager ? [] : is.managerKnows ? [p('request-who-skip-level')] : [p('request-who-skip-level-view')];
  // An executive's assistant is named in the close, where the time is asked for (one calendar sentence).
  return is.crossTeam ? (is.otherCompany && is.takesOffer ? [] : [p('request-who-cross-team')]) : is.formerManager ? [p('request-who-former-manager')] : [];
}

/** The note to the user above the message: its order, when to send it, what to attach. */
function noteOf(is: Flags, shape: Shape, month: string, document: string, theirTime = '', condition = '', way: Phrase[] = []): Phrase[] {
  // Your manager already knows (managerKnows): nothing to do first; the message says so.
  const manager = is.skipLevel && !is.askYourManager && !is.managerKnows ? [p('request-note-manager-talk-first')] : is.askYourManager ? [p('request-note-after-manager')] : [];
  const relation = is.crossTeam ? 'cross-team' : is.executive ? 'executive' : is.formerManager ? 'former-manager' : undefined;
  // Their time ("until our Q1 planning wraps"): not before then. A condition they set ("once the PTA audit
  // is closed"): sent once it is met; a month named beside it is said as theirs, never instead of it.
  const onCondition = condition ? [p('request-note-their-time', { when: condition, condition: 'yes', month })] : [];
  const their = condition ? onCondition : theirTime ? [p('request-note-their-time', { when: theirTime, condition: 'no', month: 'none' })] : [];
  if (shape === 'first-note') return [p('request-note-first-note', { asked: askedOf(is), documents: is.noDocuments ? 'none' : 'some' }), ...their, ...manager, p('request-note-read-aloud')];
  if (shape === 'informal' && is.dropIn) return [p('request-note-drop-in'), ...way, ...manager, p('request-note-read-aloud')];
  if (shape === 'review') return [p('request-note-review', { document }), ...way, ...manager, p('request-note-read-aloud')];
  const onePager = is.askInWriting ? 'request-note-attach' : is.async ? 'request-note-one-pager-async' : 'request-note-one-pager-meeting';
  // "Later" with a month: sent then, not now. A condition they set: sent once it is met, not on a date.
  const when = (is.notNow || is.yesWithLimits) && condition ? onCondition
    : (is.notNow || is.declined) && month !== 'none' ? [p('request-note-send-in', { month })]
      // An event or a season and no month ("after the Q3 launch", „nach dem Go-live“): sent then, not before.
      // "until the reorg is done" is when they are free again: "once the reorg is done".
      : is.notNow && theirTime ? [p('request-note-send-after', { when: theirTime.replace(/^(?:not\s+)?until\s+/iu, 'once ') })] : [];
  // The line about your manager, when the profile does not say they know: given here, outside the message.
  const toAdd = !is.managerUnsaid ? [] : is.askYourManager ? [p('request-note-add-since-manager')] : is.skipLevel ? [p('request-note-add-who-skip-level')] : [];
  // An informal offer (a coffee, a fika) gets no one-pager: nothing to send before it.
  const after = shape === 'informal' ? [] : [p(onePager)];
  // After a referral the German note says whether the message offers to name who sent you or asks to (sentYou).
  return [p(`request-note-${shape}`, { sentYou: is.sentYou ? 'yes' : 'no', door: referralDoorOf(is), agreed: is.agreed ? 'yes' : 'no' }), ...when, ...way, ...manager, ...toAdd, ...(relation ? [p(`request-note-${relation}`)] : []), p('request-note-read-aloud'), ...after];
}

/** The first paragraph: the ask (or, in an indirect culture, the heads-up) and what changed since, the
 *  change first after silence. */
function openingOf(i: RequestInputs, shape: Shape): Phrase[] {
  if (shape === 'review') return [p('request-review-opening', { document: documentOf(i), challengeTopic: i.said.challengeTopic })];
  if (shape === 'informal') {
    // Their offer quoted as they said it (their "I" stays theirs); tied to a condition, said as met: sent once it is.
    const met = i.is.notNow && conditionOf(i.details) ? conditionMetArgs(inlineMarkdown(i.details.comeBackAfter!), i.is.otherCompany) : undefined;
    const since = p('request-since-offer-informal', { offered: inlineMarkdown(i.details.offered ?? ''), notNow: i.is.notNow ? 'yes' : 'no', milestone: i.milestone || 'none', met: met ? 'yes' : 'no', ...met });
    return i.is.noReply ? [since] : [p('request-meeting-ask-offered', { challenge: i.said.challenge, challengeTopic: i.said.challengeTopic }), since, ...(i.is.notNow && i.programJoined ? [p('request-since-joined', { joined: i.programJoined })] : [])];
  }
  if (shape === 'first-note') {
    if (i.is.writeFirst) return [p('request-first-note-asked', { challengeTopic: i.said.challengeTopic })];
    // German names what the user admires in their work here too (shared-admired); English reads neither.
    if (i.is.ownNote) return [p('request-first-note-own', { challengeTopic: i.said.challengeTopic, decision: i.said.decision || 'none', initiative: i.is.hasInitiative ? i.said.initiative : 'none' })];
    return i.details.offered && !i.theirTerms?.offeredIsExtra ? [p('request-first-note-opening', { offered: inlineMarkdown(bareOffer(toYou(i.details.offered))), challengeTopic: i.said.challengeTopic })] : limitsSaid(i.details, i.theirTerms);
  }
  if (shape === 'reminder') return [p('request-reminder-opening', reminderArgs(i))];
  const since = sinceOf(i.is, i.programJoined, i.milestone, i.details, i.busyWith ?? '', i.yesOnce, i.referPronoun, i.theirTerms);
  // Back for what they offered after a not now: the offer is the ask, no length asked for beside it.
  const lead = shape === 'indirect' ? p('request-indirect-heads-up')
    : shape === 'meeting' && i.is.takesOffer ? p('request-meeting-ask-offered', { challenge: i.said.challenge, challengeTopic: i.said.challengeTopic })
    : p(`request-${shape}-ask`, shape === 'async' ? { challenge: i.said.challenge } : { challenge: i.said.challenge, minutes: i.minutes });
  if (i.is.declined) {
    // After a no, the no is answered before anything is asked (a letter that opens with the ask reads
    // as not having heard it): the no acknowledged and the smaller ask named, then the ask (or
    // heads-up), the promise not to ask again last.
    const final = since.filter((x) => x.id === 'request-since-declined-final');
    return [...since.filter((x) => !final.includes(x)), lead, ...final];
  }
  if (shape === 'indirect') return i.is.noReply ? since : [lead, ...since];
  return i.is.noReply ? [...since, lead] : [lead, ...since];
}

function bodyOf(i: RequestInputs, shape: Shape): Phrase[] {
  const { said } = i;
  // German names what the user admires in their work (their decision, else their initiative); English reads neither here.
  const expertise = { expertise: said.expertise, decision: said.decision || 'none', initiative: i.is.hasInitiative ? said.initiative : 'none' };
  if (shape === 'first-note') return [p('request-first-note-decision', { question: said.bridge })];
  if (shape === 'review') return [p('request-review-look-at', { question: said.bridge, document: documentOf(i) })];
  if (shape === 'informal') return [p('request-informal-body')];
  if (shape === 'reminder') return [p('request-reminder-ask', reminderArgs(i))];
  if (shape === 'indirect') return [p(i.is.takesOffer ? 'request-indirect-why-you-offered' : 'request-indirect-why-you', { challengeTopic: said.challengeTopic, ...expertise })];
  if (shape === 'async') return [p('request-async-why-you', { ...expertise, rhythm: said.rhythm, trial: i.single ? 'none' : 'three-months', minutes: i.minutes })];
  // Taking what they offered, nothing is proposed beside it (not „Mein Vorschlag ist klein“ right after „und nicht mehr“).
  return [p('request-meeting-why-you', { ...expertise, offer: i.is.takesOffer || i.is.yesWithLimits ? 'yes' : 'no' })];
}

function closeOf(i: RequestInputs, shape: Shape): Phrase[] {
  const { is, minutes } = i;
  // The ask is what they offered (a yes with limits, or back after a not now that held an offer):
  // the time is theirs, no length and no "next few weeks" beside it.
  // After a yes with limits it is agreed: the first one is arranged, with no way out offered.
  if (shape === 'indirect' && i.is.takesOffer) return [p(is.yesWithLimits ? 'request-indirect-close-agreed' : 'request-indirect-close-offered')];
  // A yes already given: a default decision, not a deadline for a no, and no way out to offer.
  // "I answer when I can": no rush, the default decision said with it.
  // The user's own note, to someone who has agreed to nothing yet: the attachment, and one way out.
  if (shape === 'first-note' && askedOf(is) === 'own') return [...(is.noDocuments ? [] : [p('request-async-attached')]), p('request-first-note-default'), p('request-no-is-fine')];
  if (shape === 'first-note') return [i.theirTerms?.noRush ? p('request-first-note-no-rush', { pick: 'recommendation' }) : p('request-first-note-default')];
  // The document is theirs to read when they can; a yes is already given, so no way out to offer.
  if (shape === 'review') return [p('request-review-close')];
  // One way out, with the one timing the documents give if it is still too early (the later month).
  if (shape === 'reminder') return [p('request-reminder-close', reminderArgs(i))];
  // The timing of an informal offer is theirs: the next time they are where they said, or whenever it suits.
  // Whatever they offered is agreed (a yes with limits, a coffee inside a not now): no way out of it to offer.
  if (shape === 'informal') return [p('request-informal-when', { place: placeOf(i), ...daysOf(i) }), ...(is.declined || is.agreed ? [] : [p('request-no-is-fine')])];
  // Back after a not now with no milestone, the opening let them off already ("if not, a later date"): one way out, not two.
  const exitSaid = is.notNow && !i.milestone && !i.details.offered;
  if (shape === 'indirect') return [p(is.async ? 'request-indirect-close-async' : 'request-indirect-close-meeting', { minutes, exit: exitSaid ? 'said' : 'none' })];
  // After a no, the opening already said it will not be raised again: one way out, not two.
  // A yes with limits is agreed: the message arranges the first one and offers no way out.
  const noIsFine = is.declined || is.agreed || exitSaid ? [] : [p('request-no-is-fine')];
  if (shape === 'async') {
    const attached = is.askInWriting ? [p('request-async-attached')] : [];
    return [...attached, p('request-async-close', { first: is.askInWriting ? 'this-week' : 'when-ready' }), ...noIsFine];
  }
  // A yes with limits: the time is theirs, as they offered it; no "next two weeks" beside it. An
  // executive's assistant finds the slot.
  const offer = i.is.takesOffer;
  const slot = is.yesWithLimits ? 'request-meeting-slot-agreed' : is.executive && !offer ? 'request-meeting-slot-assistant' : is.hierarchical || offer ? 'request-meeting-slot-yours' : 'request-meeting-slot';
  return [p(slot, { condition: conditionOf(i.details) ? 'yes' : 'no' }), ...noIsFine];
}

/** Whom they pointed you to, for the German referral letter ("none" when unnamed; English reads no $referTo). */
const referToOf = (i: Pick<RequestInputs, 'details'>): string => (i.details.referTo ? inlineMarkdown(i.details.referTo) : 'none');

function chatOf(i: RequestInputs, shape: Shape): Phrase[] {
  const hello = i.addressAs ? p('request-chat-hello-named', { name: i.addressAs }) : p('request-chat-hello');
  if (shape === 'first-note') {
    const asked = askedOf(i.is);
    return i.theirTerms?.noRush ? [hello, p('request-chat-first-note-open', { asked }), p('request-first-note-no-rush', { pick: 'named' })] : [hello, p('request-chat-first-note', { asked })];
  }
  if (shape === 'review') return [hello, p('request-chat-review', { document: documentOf(i), challengeTopic: i.said.challengeTopic, question: i.said.bridge })];
  if (shape === 'reminder') return [hello, p('request-chat-reminder', reminderArgs(i))];
  if (shape === 'informal') return [hello, p('request-chat-informal', { offered: inlineMarkdown(i.details.offered ?? ''), challengeTopic: i.said.challengeTopic, place: placeOf(i), ...daysOf(i) })];
  const offered = i.is.takesOffer ? i.details.offered : undefined;
  if (shape === 'meeting' && offered) {
    return [hello, p('request-chat-offered', { offered: inlineMarkdown(bareOffer(toYou(offered))), challengeTopic: i.said.challengeTopic })];
  }
  const them = { challengeTopic: i.said.challengeTopic, referTo: referToOf(i), sentYou: i.is.sentYou ? 'yes' : 'no', door: referralDoorOf(i.is) };
  return [hello, p(`request-chat-${shape}`, shape === 'meeting' ? { minutes: i.minutes, ...them } : them)];
}

/** What the reminder says: when they asked to be reminded (their milestone, said to them), whether it is
 *  a condition (left to the user to confirm), the length, the topic, and the month if it is still too early. */
function reminderArgs(i: RequestInputs): PhraseArgs {
  const condition = conditionSaid(i.details.comeBackAfter);
  const after = i.details.comeBackAfter ? inlineMarkdown(i.details.comeBackAfter) : 'none';
  return { milestone: i.milestone || 'none', after, condition, minutes: i.minutes, challengeTopic: i.said.challengeTopic, live: i.is.live ? 'yes' : 'no', later: i.later ?? 'none' };
}

/** The document a review offer reads ("design-doc"), as the messages select it. */
const documentOf = (i: Pick<RequestInputs, 'offer'>): string => i.offer?.document ?? 'document';
/** The two days proposed for an open informal offer ($first, $second), or "none". */
const daysOf = (i: Pick<RequestInputs, 'days'>): { first: string; second: string } => ({ first: i.days?.[0] ?? 'none', second: i.days?.[1] ?? 'none' });
/** Where an informal offer said they would be ("Bern"), Markdown-safe, or "none". */
const placeOf = (i: Pick<RequestInputs, 'offer'>): string => (i.offer?.place === undefined ? 'none' : inlineMarkdown(i.offer.place));

/** After a referral to a named person: the first message to them, who sent you in one line (empty otherwise). */
function toReferralOf(i: RequestInputs): Record<'toReferralHeading' | 'toReferralNote' | 'toReferralGreeting' | 'toReferralBody', Phrase[]> {
  // A person, named ("Hamid", "Dr. Chen"), not "someone on the programme side": only a name is written to.
  const referTo = i.is.referral && i.details.referTo && /^\p{Lu}/u.test(i.details.referTo) ? inlineMarkdown(i.details.referTo) : undefined;
  if (!referTo) return { toReferralHeading: [], toReferralNote: [], toReferralGreeting: [], toReferralBody: [] };
  // A stranger named with Frau or Herr is greeted „Sehr geehrte/r …“ where a first letter is formal (German reads $salute).
  const title = /^(Frau|Herr)\b/u.exec(subjectCase(referTo))?.[1]?.toLowerCase();
  const salute = title && (i.is.formal || i.is.publicSector || i.is.otherCompany) ? title : 'other';
  const pronoun = i.referPronoun ?? pronounOf(i.details.referTo);
  // The message above goes now, before that meeting (referralThanksOf): nothing in this one says it has happened.
  const met = i.is.referralFirst && !thanksInstead(i) ? pronoun : 'no';
  // Who is writing, in one line: the name without an academic degree („Mag. Sabine Leitner“ says „Sabine Leitner“).
  const you = (i.yourName ?? '').replace(LEADING_DEGREES, '') || 'none';
  // Who sent you, as the documents call the leader ("Khun Wichai kindly suggested I contact you").
  const called = i.leaderCalled || i.leaderName || 'none';
  const leaderCalled = asName(called);
  const args = { referTo, leaderName: i.leaderName || 'none', leaderThey: i.leaderThey ?? 'they', leaderCalled, challengeTopic: i.said.challengeTopic, topic: i.said.hasSubjectTopic ? i.said.subjectTopic : i.said.challengeTopic, minutes: i.refereeMinutes ?? 30, salute, met, you, role: i.said.role, door: referralDoorOf(i.is), pronoun,
    reason: i.referReason ?? 'none', greetAs: i.referGreet?.name ?? referTo, referTitled: String(addressedByTitle(i.referGreet?.name ?? referTo)), referHi: i.referGreet?.hi ? 'yes' : 'no' };
  // "I'll tell her you'll call": a set wait, then a call, with what to say when they pick up (no letter to sign).
  if (args.door === 'call') return { toReferralHeading: [p('request-to-referral-call-heading', args)], toReferralNote: [p('request-to-referral-call-note', args)], toReferralGreeting: [], toReferralBody: [p('request-to-referral-call-opener', args)] };
  return {
    toReferralHeading: [p('request-to-referral-heading', args)], toReferralNote: [p('request-to-referral-note', args)],
    toReferralGreeting: [p('request-to-referral-greeting', args)], toReferralBody: [p('request-to-referral-body', args)],
  };
}

/** The way in they named for writing ("email me"), unless the message is already the note they asked for
 *  or goes through the PA they named: the note says it in their words, and before a come-back that the
 *  way stays open as they offered it; the message says it is written as they asked. */
function writtenWayOf(i: RequestInputs, shape: Shape): { note: Phrase[]; line: Phrase[] } {
  if (!i.askedToWrite || shape === 'first-note' || i.gatekeeper) return { note: [], line: [] };
  const meantime = i.is.notNow && !i.is.comeBackPassed ? 'yes' : 'no';
  return { note: [p('request-note-channel', { said: inlineMarkdown(i.askedToWrite), meantime })], line: [p('request-written-as-asked')] };
}

/** A referral to a person named, with no offer of theirs to take up: the question went to that person. */
const thanksInstead = (i: RequestInputs): i is RequestInputs & { details: { referTo: string } } => i.is.referralFirst && !i.is.takesOffer && !!i.details.referTo;
/** After thanksInstead, the message to the leader thanks them and asks for no time; the note gives the plan
 *  (that person first, thanks after, nothing before their come-back, then at most one question). */
function referralThanksOf(i: RequestInputs): Record<RequestPart, Phrase[]> | undefined {
  if (!thanksInstead(i)) return undefined;
  const pronoun = i.referPronoun ?? pronounOf(i.details.referTo);
  const args = { referTo: inlineMarkdown(i.details.referTo), pronoun, door: referralDoorOf(i.is), sentYou: i.is.sentYou ? 'yes' : 'no', met: 'no', month: i.month,
    minutes: i.minutes, leaderCalled: asName(i.leaderCalled || i.leaderName || 'none'), leaderThey: i.leaderThey ?? 'they', topic: i.said.subjectTopic, written: i.is.writeFirst ? 'yes' : 'no' };
  const hello = i.addressAs ? p('request-chat-hello-named', { name: i.addressAs }) : p('request-chat-hello');
  return {
    ...toReferralOf(i),
    note: [p('request-note-referral-plan', args), p('request-note-read-aloud')], subject: [p('request-subject-referral', args)],
    opening: [p('request-referral-thanks', args)], body: [], who: [], close: [],
    chat: [hello, p('request-chat-referral', args)], chatNote: [p('request-chat-note', { app: 'none', same: 'thanks' })],
  };
}

export function requestOf(i: RequestInputs): Record<RequestPart, Phrase[]> {
  const thanks = referralThanksOf(i) ?? referralWhoOf(i);
  if (thanks) return thanks;
  const shape = shapeOf(i.is);
  const written = writtenWayOf(i, shape);
  return {
    ...toReferralOf(i),
    note: [...noteOf(i.is, shape, i.month, documentOf(i), theirTimeOf(i.details) ?? '', conditionOf(i.details), written.note),
      // The way in they named (their PA, by name): the message goes there.
      ...(i.gatekeeper ? [p('request-note-gatekeeper', { role: i.gatekeeper.role, name: i.gatekeeper.name === undefined ? 'none' : inlineMarkdown(i.gatekeeper.name) })] : [])],
    subject: [p(shape === 'informal' || (shape === 'meeting' && i.is.takesOffer) ? 'request-subject-offered' : `request-subject-${shape}`, { topic: i.said.subjectTopic, minutes: i.minutes, document: documentOf(i), referTo: referToOf(i), asked: askedOf(i.is) })],
    opening: [...written.line, ...openingOf(i, shape)],
    body: bodyOf(i, shape),
    // The reminder is short: who you are to them was said in the first ask.
    who: shape === 'reminder' ? [] : whoOf(i.is),
    close: closeOf(i, shape),
    chat: chatOf(i, shape),
    // An open door in the leader's own office, where colleagues talk on WhatsApp: that message, or dropping by.
    chatNote: [p('request-chat-note', { app: shape === 'informal' && i.is.dropIn ? 'whatsapp' : 'none', same: 'ask' })],
  };
}
