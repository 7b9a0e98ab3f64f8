// Helpers and the derived scene that every rules file shares.
import { rhythmLimitIn } from '../rhythmLimit';
import type { FirstResponse, Organization, Tone } from '../../profile/profile';
import type { Rhythm } from '../rhythm';
import type { Situation } from './types';
import type { Phrase } from '../../phrases/phrasebook';
import { doubtsFit, isCondition } from '../slots';
import type { FirstResponseDetails } from '../../profile/profile';
import { toThem } from '../pronouns';
import { inlineMarkdown } from '../markdown';

/** When they said to come back, in their words, where no month says when ("until their Q1 planning
 *  wraps"): then their words decide the time (issue 21). Said about them, Markdown-safe; undefined otherwise. */
export function theirTimeOf(details: Readonly<Pick<FirstResponseDetails, 'comeBackAfter' | 'comeBackMonth'>>): string | undefined {
  if (details.comeBackAfter === undefined || details.comeBackMonth !== undefined) return undefined;
  return inlineMarkdown(toThem(details.comeBackAfter.replace(/\bour\b/gi, 'their')));
}

/** They ruled out a rhythm ("nothing regular", "no standing meetings"), in their limits or words: what they
 *  agreed to is that one conversation, and no closing looks forward to the next one. */
export const noRhythm = (s: Pick<Situation, 'theirTerms' | 'words'>): boolean =>
  rhythmLimitIn(s.theirTerms?.limitsTyped) !== undefined || rhythmLimitIn(s.words) !== undefined;

/** A come-back they tied to a condition ("once the PTA audit is closed"), said about them, Markdown-safe,
 *  whether or not a month was named beside it: the request is sent once it is met. '' when it is no condition. */
export function conditionOf(details: Readonly<Pick<FirstResponseDetails, 'comeBackAfter'>>): string {
  const after = details.comeBackAfter ?? '';
  // A condition quoted in their language (conditionWords.ts) is theirs as it stands: no English pronoun turned.
  return isCondition(after) ? inlineMarkdown(after.startsWith('“') ? after : toThem(after.replace(/\bour\b/gi, 'their'))) : '';
}

/** How a sent or spoken line says their condition: `unconfirmed`, never as met (whether it has happened is
 *  the user's to confirm: a marked blank in a message, a note beside a script), or `no` when there is none. */
export const conditionSaid = (comeBackAfter: string | undefined): 'unconfirmed' | 'no' => (isCondition(comeBackAfter ?? '') ? 'unconfirmed' : 'no');

/**
 * How the second ask is made, from the rhythm and the first answer. One definition for the script,
 * the templates' `is` flags (context.ts) and the checklist's titles (steps.ts).
 * - `inWriting`: the ask is itself a written message (everything proposed is written, and time was
 *   the worry or the first ask went unanswered);
 * - `noTimeMessage`: the part of it where time was the worry (the no-reply message has its own script);
 * - `offeredInWriting`: the part where they offered something written (a yes with limits);
 * - `writtenFirst`: the ask is the first note itself, no meeting: they asked for a short note in writing
 *   first (`askedFirst`), or the user chose to work in writing and their answer asks for nothing else;
 * - `theConversation`: after a written no or a referral, the meeting the request asked for is the single
 *   conversation: the script brings the decision, it does not ask for another meeting.
 */
export function askMode(o: { written: boolean; declined: boolean; noReply: boolean; firstResponse?: FirstResponse; offered?: boolean; writtenFirst?: boolean; informal?: boolean }): { inWriting: boolean; noTimeMessage: boolean; offeredInWriting: boolean; writtenFirst: boolean; askedFirst: boolean; ownNote: boolean; theConversation: boolean } {
  const noTimeMessage = o.written && !o.declined && !o.noReply && o.firstResponse === 'no-time';
  // They said yes to something written ("only by email"): taking them up on it is a message, and
  // a meeting to ask for it would be the one thing they ruled out. So did a referral or a doubt about
  // fit that held a written offer ("happy to answer the odd question by email").
  const offeredInWriting = o.written && (o.firstResponse === 'yes-with-limits' || (o.offered === true && (o.firstResponse === 'referral' || o.firstResponse === 'doubts-fit')));
  // They asked for a short note first ("put something small in writing for me"): the ask is that note.
  const askedFirst = o.writtenFirst === true && !o.declined && !o.noReply;
  // The user chose to work in writing and nothing they said asks for more (no answer yet, or a lukewarm
  // one): the ask is the first note itself, the question with the options and a recommendation, never a
  // message asking whether a question may be sent. (After "no time" the message says the ask is smaller.)
  const ownNote = o.written && o.offered !== true && (o.firstResponse === undefined || o.firstResponse === 'noncommittal');
  const writtenFirst = askedFirst || ownNote;
  // A referral that offered a coffee or a meal at their home: that is the meeting, not "the one conversation" asked for.
  return { inWriting: writtenFirst || noTimeMessage || offeredInWriting || (o.written && !o.declined && o.noReply), noTimeMessage: noTimeMessage && !writtenFirst, offeredInWriting: offeredInWriting && !writtenFirst, writtenFirst, askedFirst, ownNote: ownNote && !askedFirst,
    theConversation: (o.declined || (o.firstResponse === 'referral' && o.informal !== true)) && !o.written };
}

/** How you name the leader when you speak *about* them (to your manager, in a note): the form of
 *  address when it carries their name ("Dr. Hoffmann", "Tanaka-san", "Thandi" for Thandiwe Nkosi),
 *  else their name. A form that is only a title ("Madame la Directrice", "Ma'am") is said to them,
 *  not about them. A short form counts as their name when it starts as one of their names does
 *  (three letters or more: "Thandi", "Chris", "Kate" for Katherine). */
export function nameAboutLeader(addressAs: string, name: string): string {
  if (!addressAs) return name;
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const own = words(name);
  const sameStart = (a: string, b: string) => a === b || (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3));
  // A vocative ("gospodine Babiću", "Panie Piotrze") is said to them; about them it is the wrong case.
  const inflected = VOCATIVE_HONORIFIC.test(addressAs) || words(addressAs).some((w) => own.some((o) => o.length >= 3 && w.length > o.length && w.startsWith(o)));
  return !name || inflected ? name : words(addressAs).some((w) => own.some((o) => sameStart(w, o))) ? addressAs : name;
}

/** Honorifics in the vocative case (Croatian, Serbian, Bosnian, Polish, Czech, Slovak, Ukrainian): the
 *  name after them is inflected too, so the form is only for speaking to the leader. */
const VOCATIVE_HONORIFIC = /^(?:gospodine|gospođo|gospođice|panie|pane|пане|господине)\s/iu;

/** The first answers after which the ask is one conversation (or one written question, or exactly
 *  what they offered), with no trial and no review: a no, no reply, a doubt about fit, a referral
 *  to someone who fits better, and a yes with limits. */
export function singleAsk(firstResponse: FirstResponse | undefined): boolean {
  return firstResponse === 'declined' || firstResponse === 'no-reply' || firstResponse === 'doubts-fit' || firstResponse === 'referral' || firstResponse === 'yes-with-limits';
}

/** They doubt their own fit: the answer says so, or a referral's words do (slots.ts doubtsFit, which
 *  reads a doubt about their own currency too). */
export function fitDoubted(s: Situation, signals: readonly FirstResponse[]): boolean {
  return signals.includes('doubts-fit') || (signals.includes('referral') && doubtsFit(s.words ?? ''));
}

/** What their first answer and their words point to, the profile's first response first. */
export function signalsOf(s: Situation): readonly FirstResponse[] {
  return s.signals ?? (s.firstResponse ? [s.firstResponse] : []);
}

/** What each kind of organization cares about, and what a sentence calls it (shared-stakes,
 *  shared-org-noun); `speak` is the document's. */
export function stakesOf(organization: Organization | undefined, speak: Speak): { stakes: string; orgNoun: string } {
  const args = { organization: organization ?? 'unknown' };
  return { stakes: speak(say('shared-stakes', args)), orgNoun: speak(say('shared-org-noun', args)) };
}

/** What the organization is called where a decision is framed for it ("the business", "the mission"). */
export function stakeOwnerOf(organization: Organization | undefined, speak: Speak): string {
  return speak(say('shared-stake-owner', { organization: organization ?? 'unknown' }));
}

export function lowerFirst(t: string): string {
  return t.replace(/^I /, 'I ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

/** A channel that is a program, scheme, guild or community of practice (in English, or a program named in
 *  Spanish, Portuguese, Italian or German: programa, programma, Programm), not a department. */
const PROGRAM_CHANNEL = /\bprogram(?:me|a|ma|m)?\b|\bscheme\b|\bguild\b|\bcommunit(?:y|ies) of practice\b/i;

/** They pointed you to a program, a scheme or a guild: the first answer, or the channel they named
 *  after a no or a doubt about fit, or beside a not now ("hablemos en marzo, y conversa con la Pame,
 *  que tiene el programa de mentores": you go through it before you come back). */
export function pointsToProgram(s: Situation): boolean {
  return signalsOf(s).includes('use-the-program') || (!!(s.declined || s.doubtsFit || s.firstResponse === 'not-now') && PROGRAM_CHANNEL.test(s.channel ?? ''));
}

/** They pointed you to the mentoring program: its name in their words (the channel they named,
 *  else their words), or shared-mentoring-program spelt as they spelt it. */
export function programPointed(s: Situation, speak: Speak): string | undefined {
  if (!pointsToProgram(s)) return undefined;
  const named = s.channel ?? s.words;
  // A guild or community of practice is named as they named it ("the architecture guild"), and is
  // joined, not applied to.
  const guild = /\b((?:[a-z]+\s+)?guild|communit(?:y|ies) of practice)\b/i.exec(named);
  if (guild) return guild[1]!.toLowerCase().replace(/^(?:the|a|our|your)\s+/, '');
  return speak(say('shared-mentoring-program', { spelling: /\bscheme\b/i.test(named) ? 'scheme' : /\bprogramme\b/i.test(named) ? 'programme' : 'program' }));
}

/** A guild or a community of practice is joined; a program or scheme is applied to. */
export function isJoined(program: string | undefined): boolean {
  return /guild|communit/.test(program ?? '');
}

/** "applied to the mentoring programme", "joined the architecture guild" (shared-joined-the). */
export function joinedThe(program: string, speak: Speak): string {
  return speak(say('shared-joined-the', { joined: isJoined(program) ? 'yes' : 'no', program }));
}

/** " until after the Q3 launch", " for a few weeks", " to January": their milestone after "put it off"
 *  (shared-put-off-until), or '' when they named none. */
export function putOffUntil(comeBack: { when: string; named?: boolean } | undefined, speak: Speak): string {
  if (!comeBack?.named) return '';
  const when = comeBack.when;
  if (/^in a few /.test(when)) return speak(say('shared-put-off-until', { how: 'for', when: when.slice(3) }));
  if (/^in /.test(when)) return speak(say('shared-put-off-until', { how: 'to', when: when.slice(3) }));
  return speak(say('shared-put-off-until', { how: 'until', when }));
}

/** A number of minutes as it is said at the start of a sentence ("Fifteen minutes"). */
export function spellMinutes(n: number): string {
  const words: Record<number, string> = { 5: 'five', 10: 'ten', 15: 'fifteen', 20: 'twenty', 25: 'twenty-five', 30: 'thirty', 45: 'forty-five', 60: 'sixty' };
  return words[n] ?? String(n);
}

export function capFirst(t: string): string {
  return t.startsWith('**[') ? t : t.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** What every rule reads besides the situation, derived once per compose. */
export interface Scene {
  s: Situation;
  tone: Tone;
  r: Rhythm;
  said: Situation['said'];
  indirect: boolean;
  hierarchical: boolean;
  /** They said no, or never replied. */
  closed: boolean;
  /** They said yes to something limited (a yes with limits): it is agreed, taken up, never asked again. */
  agreed: boolean;
  signals: readonly FirstResponse[];
  mode: ReturnType<typeof askMode>;
  /** Who they sent you to, in their words ("manager" by default). */
  mgr: string;
  comeBack: { when: string; objection: string; named?: boolean };
  /** They sent you to your manager in their words, though their first response was something else. */
  sentToManager: boolean;
  /** ", Dana" after a greeting, '' without a name. */
  name: string;
  /** Messages in words, given the facts; several are joined by a space (phrases/en/*.ftl). */
  say: Speak;
  /** How long silence takes to mean anything ("two weeks"), from the culture (rules/culture.ts). */
  wait: string;
  /** How long before one short reminder ("a week"; "two weeks" where time is flexible). */
  reminder: string;
  /** When silence is taken as a no: "no reply within two weeks is a no", or, where trust is
   *  relationship-based, only after asking once more in person. */
  silence: string;
}

export type Speak = (phrases: Phrase | readonly Phrase[]) => string;

/** A message and its arguments, as the rules return it. */
export const say = (id: string, args?: Phrase['args']): Phrase => (args ? { id, args } : { id });
/** An informal offer (a coffee, buna, a fika) brings no papers: the lines that would bring a write-up are
 *  said as with documents ruled out (`$documents` none). Undefined otherwise. */
export const papersOf = (s: Pick<Situation, 'offer'>): { documents: 'none' } | undefined => (s.offer?.shape === 'informal' ? { documents: 'none' } : undefined);

/** They named a person ("Engenheira Inês Carvalho", "Kerem"), not "someone on the programme side": "yes" or "no".
 *  Only a person named gets a first message (the meeting request), so only they are written to. */
export const personIsNamed = (referral: string | undefined): string => (referral !== undefined && /^\p{Lu}/u.test(referral) ? 'yes' : 'no');

/** The script's setting asks for the meeting after your manager has mentioned the idea (a
 *  hierarchical organization, a first or second ask to a leader in your own chain of companies). */
export function managerMentionsFirst(s: Situation): boolean {
  return s.hierarchy === 'hierarchical' && !s.noReply && !s.declined && s.relationship !== 'former-manager' && !s.otherCompany;
}

/** Messages claiming your manager knows, as the profile has it (`managerKnows`): as they are when it
 *  says so, none otherwise. When it says nothing, the document's note gives the line to add
 *  (claim-manager-add): never a keep-or-delete marker inside what is said or sent. */
export function managerClaimed(knows: boolean | undefined, phrases: readonly Phrase[]): Phrase[] {
  return knows === true ? [...phrases] : [];
}

export function sceneOf(s: Situation, speak: Speak): Scene {
  const { tone, rhythm: r, said } = s;
  const indirect = s.communication === 'indirect';
  const hierarchical = s.hierarchy === 'hierarchical';
  const closed = s.declined || s.noReply;
  const signals = signalsOf(s);
  const mode = askMode({ written: r.written, declined: s.declined, noReply: s.noReply, firstResponse: s.firstResponse, offered: r.offered !== undefined, writtenFirst: s.writeFirst, informal: s.offer?.shape === 'informal' });
  const mgr = s.managerWord ?? 'manager';
  const comeBack = s.comeBack ?? { when: speak(say('come-back-when', { how: 'default' })), objection: speak(say('come-back-objection', { how: 'default' })) };
  const sentToManager = signals.includes('ask-your-manager');
  const name = s.address ? `, ${s.address}` : '';
  const wait = speak(say('culture-weeks', { weeks: s.culture?.replyWeeks ?? 2 }));
  const reminder = speak(say('culture-weeks', { weeks: s.culture?.reminderWeeks ?? 1 }));
  const silence = speak(say(s.culture?.scales.trust === 'relationship-based' ? 'culture-silence-relationship' : 'culture-silence', { wait }));
  // Agreed: a yes with limits, or a coffee or a meal they offered, taken up (nothing is left to decide).
  const agreed = (s.firstResponse === 'yes-with-limits' || s.offer?.shape === 'informal') && !closed;
  return { s, tone, r, said, indirect, hierarchical, closed, agreed, signals, mode, mgr, comeBack, sentToManager, name, say: speak, wait, reminder, silence };
}

/** Put off once, with a come-back they named (a month, a time, a condition): if they put it off again
 *  in the room, there is one timing, the later month proposed (or one agreed before you leave), and
 *  never "next week" or "whenever suits you" beside it (the pause, the brief, the premise). */
export function putOffAgain(sc: Pick<Scene, 's' | 'closed' | 'mode'>): boolean {
  const { s } = sc;
  return s.firstResponse === 'not-now' && !sc.closed && !sc.mode.theConversation && (s.comeBack?.named === true || s.laterMonth !== undefined);
}

/** The written note's deadline: a default decision; with no rush when they said they answer when they
 *  can ("te contesto cuando pueda"). `pick`: the option as the note names it, "(B)" or "my recommendation". */
export const noRushOr = (s: Pick<Situation, 'theirTerms'>, pick: 'named' | 'recommendation'): Phrase =>
  (s.theirTerms?.noRush ? say('request-first-note-no-rush', { pick }) : say('request-first-note-default'));
