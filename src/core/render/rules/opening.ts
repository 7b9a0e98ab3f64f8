import { acknowledgement } from './acknowledgement';
import { doubtsFit } from '../slots';
import { rhythmNamed } from '../conditionalYes';
import { say, spellMinutes, type Scene } from './shared';
import { askNamesQuestion } from './ask';
import type { ScriptPart } from './types';
import { calendarSaid } from '../calendarSaid';
import { shortSlot } from './culture';

/** Their words speak of the old roles ("I'm not your manager any more", "your career is your new
 *  boss's job"): bounded alternatives, linear. */
const OLD_ROLES = /\bnot your (?:manager|boss)\b|\b(?:no longer|not) (?:managing|responsible for) you\b|\bused to (?:manage|be your (?:manager|boss))\b|\byour (?:new |current )?(?:manager|boss)['’]s job\b|\byour career\b/iu;

/** A former manager hears that this is not like before ("this isn't like when you were my manager")
 *  only when there is a reason to reset: they doubted they were the right fit, or their words speak
 *  of the old roles. Never at an informal setting they offered: a lunch is the old footing, welcome. */
function resetWanted(s: Scene['s']): boolean {
  if (s.offer?.shape === 'informal') return false;
  return s.doubtsFit === true || doubtsFit(s.words) || OLD_ROLES.test(s.words);
}

/** The opening's one thank-you, fitted to where and how you meet. */
function thanksOf(sc: Scene): string {
  const { s, r, hierarchical, closed, mode, name, say: speak } = sc;
  // A message taking them up on a written offer: nothing to thank them for in a room.
  return mode.offeredInWriting
    ? speak(say('script-thanks-reply', { name }))
    // At their home or their table: thanks for having you (and the family, when their words named them).
    : s.offer?.hospitality
    ? speak(say('script-thanks-hospitality', { name, family: s.offer.family ? 'yes' : 'no' }))
    // A short slot where trust takes time: no small talk first (culture.ts), so the thanks says you will keep to it.
    : shortSlot(sc)
    ? speak(say('script-thanks-no-time', { name, meetingMinutes: r.meetingMinutes, minutesInWords: spellMinutes(r.meetingMinutes) }))
    // On familiar terms (a former boss, words in the familiar form), the plain thanks: not "I know how much is on your plate".
    : hierarchical && !s.familiar
    ? speak(say('script-thanks-hierarchical', { name }))
    : s.firstResponse === 'no-time' && !closed
      ? speak(say('script-thanks-no-time', { name, meetingMinutes: r.meetingMinutes, minutesInWords: spellMinutes(r.meetingMinutes) }))
      : speak(say('script-thanks', { name }));
}

/** The opening: thanks, what they said the first time, who you are to them and (in direct cultures) the short version first.
 *  The thanks line is the opening's one thank-you: the acknowledgement after it never thanks again. */
export function openingOf(sc: Scene): { part: Omit<ScriptPart, 'n'>; relation: string; askFirst: boolean } {
  const { s, r, said, indirect, hierarchical, closed, mode, mgr, sentToManager, name, say: speak } = sc;
  // A line claiming your manager knows is said as the profile has it (managerKnows); when it says
  // nothing, the line is given in the part's note, to add, never marked inside a spoken line.
  const toAdd: string[] = [];
  const managerClaim = (line: string): string => {
    if (s.managerKnows === true) return line;
    if (s.managerKnows === undefined) toAdd.push(line);
    return '';
  };
  const thanks = thanksOf(sc);
  const ack = acknowledgement(s, speak);
  // Time was the problem and everything proposed is written: the ask is a message, not a meeting.
  const inWriting = mode.noTimeMessage;
  const opening: string[] = [inWriting && /\bstretched\b/i.test(s.words)
    ? speak(say('script-opening-written-stretched', { name }))
    : inWriting
    ? speak(say(calendarSaid(s.words) ? 'script-opening-written-no-time' : 'script-opening-written-no-time-said', { name }))
    : `${thanks} ${ack}`];
  if (sentToManager && s.firstResponse !== 'ask-your-manager' && !s.declined) {
    const spoken = managerClaim(speak(say('script-opening-manager-suggested', { managerWord: mgr })));
    if (spoken) opening.push(spoken);
  }
  // They named someone ("Maybe talk to Marcos?"): you did, before coming back (the setting says so).
  if (s.referral && !closed && s.firstResponse !== 'referral') opening.push(speak(say('script-opening-referral-talked', { referral: s.referral })));
  // Who you are to them, said once in the opening (former manager, skip-level, cross-team).
  const relationLine = s.relationship === 'former-manager'
    ? (resetWanted(s) ? speak(say('script-relation-former-manager')) : '')
    // Skip-level: the manager knows, after a no or silence too; said only as the profile has it (managerKnows).
    : s.relationship === 'skip-level' && !sentToManager
      ? managerClaim(speak(say('script-relation-skip-level', { written: mode.inWriting ? 'yes' : 'no' })))
      // Their people's time is a thing to rule out only inside your company.
      : s.relationship === 'cross-team' && !s.otherCompany
        ? speak(say('script-relation-cross-team'))
        : '';
  // Its first sentence only: the brief has one printed page. (A split on ". ": linear.)
  const relation = relationLine ? relationLine.split('. ')[0]!.replace(/[^.?!*]$/u, '$&.') : '';
  if (relationLine && s.relationship !== 'cross-team') opening.push(relationLine);
  // In a hierarchy the manager is named before the ask (it came after the short version), once that talk has happened.
  const managerLine = s.relationship !== 'former-manager' && s.relationship !== 'skip-level' && !sentToManager && hierarchical
    ? managerClaim(speak(say('script-opening-manager-supports')))
    : '';
  if (managerLine) opening.push(managerLine);
  // Direct cultures hear the ask first and the reasons after it (executives too). Indirect ones
  // hear acknowledgement, then context, then the ask, whatever the title.
  // A written offer taken up: the acknowledgement already says the ask ("I’m taking you up on exactly that").
  // A rhythm they named is agreed: nothing to pitch again, the script goes to the question.
  const askFirst = !closed && !indirect && !inWriting && !mode.offeredInWriting && rhythmNamed(s.offered) === undefined;
  if (askFirst) {
    opening.push(s.relationship === 'executive'
      ? speak(say('script-opening-short-executive', { short: r.short }))
      : speak(say('script-opening-short', { short: r.short })));
  }
  // Cross-team: "this needs your advice" refers to the ask, so it follows it.
  if (relationLine && s.relationship === 'cross-team') opening.push(relationLine);
  // Praise names the work and the one decision the user gave; nothing general is added ("it has
  // shaped how I approach my role" is the generic praise the doc itself warns against).
  if (said.hasInitiative && !closed) {
    opening.push(indirect || hierarchical
      ? speak(say('script-praise-work-indirect', { initiative: said.initiative }))
      : speak(say('script-praise-work', { initiative: said.initiative })));
  }
  if (said.decision && !closed) {
    opening.push(said.hasInitiative
      ? speak(say('script-praise-decision-there', { decision: said.decision }))
      : speak(say('script-praise-decision', { decision: said.decision })));
  }
  return { part: { title: speak(say('script-part-opening')), note: openingNote(sc, toAdd), lines: opening, after: '' }, relation, askFirst };
}

/** The note above the opening: the claims you add only if true (your manager knows; their condition
 *  is met; you have met the person they named first), each a visible choice, never said for you. */
function openingNote(sc: Scene, toAdd: readonly string[]): string {
  const { s, closed, say: speak } = sc;
  // Their condition: said as met only by you, once it is.
  const conditionNote = s.firstResponse === 'not-now' && s.comeBack?.condition !== undefined ? speak(say('script-condition-add')) : '';
  // "Talk to Rania first": the line says you did, which is the plan (the checklist puts it first); until
  // it is true, the note gives the line for not yet.
  const referral = s.referral;
  const spokenNote = s.firstResponse === 'referral' && s.referralMet !== undefined && referral !== undefined && !closed
    ? speak(say('script-referral-spoken-add', { referTo: referral, pronoun: s.referralMet, door: s.referralDoor }))
    : '';
  const notes = [toAdd.length ? speak(say('script-manager-add', { claim: toAdd.join(' ') })) : '', conditionNote, spokenNote].filter(Boolean);
  return notes.length ? `*${notes.join(' ')}*` : '';
}

/** Why them: your challenge, their experience, and what the relationship adds. */
export function connectionOf(sc: Scene): Omit<ScriptPart, 'n'> {
  const { s, said, closed, say: speak } = sc;
  const connection: string[] = [];
  // A clause about them ("You led the move to Kafka") is said on its own, then tied to the ask.
  // When the ask names the question word for word, it is not asked here too (one ask per script).
  const only = askNamesQuestion(sc) && said.hasBridge ? '-only' : '';
  const exp = said.expertiseClause
    ? say(`script-connection-expertise-clause${only}`, { expertiseSentence: said.expertiseSentence, bridge: said.bridge })
    : say(`script-connection-expertise${only}`, { expertise: said.expertise, bridge: said.bridge });
  connection.push(speak([say('script-connection-challenge', { challengeIs: said.challengeIs, challengeTopic: said.challengeTopic }), exp]));
  if (said.hasGoal) {
    connection.push(speak(say('script-connection-goal', { goal: said.goal })));
  }
  if (s.relationship === 'skip-level') {
    connection.push(speak(say('script-connection-skip-level')));
  }
  // Said only where the ask does not promise it already (a recurring rhythm cancels a session with nothing worth their time).
  if (s.relationship === 'executive' && !closed && !(s.rhythm.recurring && !s.rhythm.single)) {
    connection.push(speak(say('script-connection-executive', { single: s.rhythm.single ? 'yes' : 'no' })));
  }
  if (s.relationship === 'former-manager') {
    connection.push(speak(say('script-connection-former-manager')));
  }
  return { title: speak(say('script-part-connection')), note: '', lines: connection, after: '' };
}
