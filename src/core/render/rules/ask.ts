import { lowerFirst, say, stakeOwnerOf, type Scene } from './shared';
import type { Phrase } from '../../phrases/phrasebook';
import type { ScriptPart } from './types';
import { saidPlainly } from '../pronouns';

/** The ask: its size, what you give back, how it ends; `tail` is said after the rest (a written message's last line). */
export function askOf(sc: Scene, askFirst: boolean, exit: string): { part: Omit<ScriptPart, 'n'>; ask: string[]; tail: string[] } {
  const { s, r, said, indirect, hierarchical, closed, mode, say: speak } = sc;
  // One conversation, no trial: after a no or no reply, a doubt about fit, or a yes with limits.
  const single = closed || r.single;
  const ask: string[] = requestOf(sc, askFirst, single);
  const tail: string[] = [];
  // Said as a fact, so it must be one: the note asks for the talk with the manager first.
  // After a written no, the request asked for one conversation on one decision: if they agreed,
  // this meeting is that conversation, so nothing more is asked in the room (review 3).
  const isTheConversation = mode.theConversation;
  ask.push(speak(said.valueClause
    ? say('script-ask-return-clause', { valueSentence: said.valueSentence })
    : say('script-ask-return', { value: said.value })));
  // A leader at another company hears, once, what is shared and what is kept (issue 21, item 2).
  if (s.otherCompany) ask.push(speak(say('script-ask-outside-share')));
  if (!single) ask.push(...arrangementOf(sc, exit).map((line) => speak(line)));
  if (informalMeeting(sc)) {
    // Nothing to think over and nothing to send: the answer is the conversation itself.
  } else if (isTheConversation) {
    ask.push(speak(say('script-ask-summary-after')));
  } else if (sc.agreed) {
    // They already said yes to what they offered: nothing to ask again, only when it suits them (issue 21).
    ask.push(speak(say('script-ask-offered-when-suits')));
  } else if (indirect || s.declined) {
    // Back after "not now", the opening's acknowledgement already offered the way out ("If this is
    // still not a good moment, please tell me"): one exit per script (issue 21).
    const exitSaid = s.firstResponse === 'not-now' && !closed;
    ask.push(exitSaid ? speak(say('script-ask-no-need-today')) : `${speak(say('script-ask-no-need-today'))} ${exit}`);
  } else if (!hierarchical) {
    ask.push(speak(say('script-ask-would-that-work')));
  }
  return { part: { title: speak(say(isTheConversation ? 'script-part-question-options' : 'script-part-ask')), note: '', lines: [...ask, ...tail], after: '' }, ask, tail };
}

/** The request itself, the lines before what you give back. */
function requestOf(sc: Scene, askFirst: boolean, single: boolean): string[] {
  const { s, r, said, closed, mode, say: speak } = sc;
  const question = said.hasBridge ? said.bridge : speak(say('bridge-missing'));
  if (mode.theConversation) return [speak(say('script-ask-the-conversation', { question, topic: said.hasSubjectTopic ? said.subjectTopic : 'none', hasBridge: said.hasBridge ? 'yes' : 'no' }))];
  // An informal offer taken up (a coffee): the coffee is the meeting, so the ask is the one question.
  if (informalMeeting(sc)) return [speak(say('script-ask-informal', { question }))];
  if (closed) return [speak(say('script-ask-smaller', { written: r.written ? 'yes' : 'no', minutes: r.minutes, hasBridge: said.hasBridge ? 'yes' : 'no' }))];
  if (single) {
    // A doubt about fit: one conversation first, a second is theirs to offer. A yes with limits:
    // exactly what they offered, nothing regular on top (issue 21).
    const topic = said.hasBridge ? 'one' : 'none';
    // An offer inside a not now is taken up the same way (the rhythm holds it: r.offered).
    return [speak(s.firstResponse === 'yes-with-limits' || r.offered !== undefined
      ? (s.offered ? say('script-ask-offered', { offered: s.offered, topic, plain: saidPlainly(s.offered, false) }) : say('script-ask-limits', { topic, written: r.written ? 'yes' : 'no' }))
      // The ask, then that a second one is theirs to offer: two messages, so the second is worded once.
      : [say(r.written ? 'script-ask-one-first-written' : 'script-ask-one-first', { minutes: r.minutes, topic }),
        say('script-ask-one-second', { referred: s.firstResponse === 'referral' ? 'yes' : 'no' })])];
  }
  if (askFirst) {
    // The short version was said in the opening; the ask only adds how it would work.
    return [speak(say('script-ask-how-it-works', { prep: r.prep, prepLowered: lowerFirst(r.prep), promise: r.promise })).trim()];
  }
  return [r.ask, `${r.prep} ${r.promise}`.trim()];
}

/** A regular arrangement (not a single conversation): what it covers, how often it needs their
 *  calendar, what it costs, and how it is reviewed; one line each. */
function arrangementOf(sc: Scene, exit: string): Phrase[] {
  const { s, r, said, indirect, hierarchical, mode } = sc;
  const inWriting = mode.noTimeMessage;
  const lines: Phrase[] = [];
  if (s.relationship === 'skip-level' && !s.otherCompany) lines.push(say('script-ask-skip-level-scope'));
  // A written ask already says each note is one decision (a fragment in a message).
  if (s.relationship === 'former-manager' && !r.written) lines.push(say('script-ask-former-manager-decisions'));
  // Indirect: the ask stays short; the business framing is advice, not another line.
  if (s.relationship === 'executive' && !indirect) lines.push(say('script-ask-executive-framing', { stakeOwner: stakeOwnerOf(s.organization, sc.say) }));
  // Indirect: one exit only, in the ask; the staff referral is left to its card.
  if (s.relationship === 'executive' && !indirect) lines.push(say('script-ask-executive-staff'));
  // Cross-team: the summaries are offered once, in the closing.
  // As needed only works if there is a first decision: name it, so "when a decision needs it"
  // is not a polite way of saying never.
  // (The question itself was just said in the connection: refer to it, do not repeat it.)
  // A written ask attaches the one-pager (the brief, the checklist and the request say so too).
  if (!r.recurring && said.hasBridge && inWriting) lines.push(say('script-ask-first-attached'));
  // Named, not claimed ready: "the first question is ready now" was a claim no answer supports.
  else if (!r.recurring && said.hasBridge) lines.push(say('script-ask-first-described'));
  // The written ask's opening already said it needs none of their calendar: not said twice.
  // One way out per ask: where the exit is said at the end, ‘not this time’ is not said here too; and
  // one calendar sentence: where an assistant books the dates (the rhythm's promise), nothing here.
  if (!r.recurring && exit) {
    if (r.written && !inWriting) lines.push(say('script-ask-calendar-written'));
    else if (r.written) lines.push(say('script-ask-write-when-ready'));
    else if (r.assistant) lines.push(say('script-ask-come-when-ready'));
    else lines.push(say('script-ask-calendar-come'));
  } else if (!r.recurring && r.written && inWriting) lines.push(say('script-ask-write-when-ready-not-this-time'));
  else if (!r.recurring && r.written) lines.push(say('script-ask-calendar-written-not-this-time'));
  else if (!r.recurring && r.assistant) lines.push(say('script-ask-come-when-ready-not-this-time'));
  else if (!r.recurring) lines.push(say('script-ask-calendar-come-not-this-time'));
  else if (r.written) lines.push(say('script-ask-calendar-written-recurring'));
  switch (s.firstResponse) {
    case 'no-time':
      // The cost, said plainly; the lighter version is kept for the card, if they still hesitate
      // (offered once, not before they object: review 5).
      if (r.totalTime) lines.push(say('script-ask-total-time', { totalTime: r.totalTime, inCalls: r.format === 'mixed' ? 'yes' : 'no' }));
      if (r.live) lines.push(say('script-ask-clock'));
      break;
    // not-now: the way out was offered in the opening; a second one mid-ask invites the no
    // before the ask is finished.
    case 'noncommittal':
      // Indirect or hierarchical: no push for a date; who books the dates was said once, in the
      // rhythm's promise (one calendar sentence, issue 21).
      if (indirect || hierarchical) break;
      lines.push(say(r.written ? 'script-ask-first-note' : 'script-ask-first-options'));
      break;
    // use-the-program: no "run it through the program": they named the channel as the
    // alternative to them, and it may count nothing for this.
    default: break;
  }
  if (said.hasSuccess) lines.push(say('script-ask-success', { success: said.success }));
  else lines.push(say('script-ask-review'));
  // Both the hierarchy and the indirect-culture advice say: let them shape the arrangement.
  if (hierarchical || indirect) lines.push(say('script-ask-rhythm-yours'));
  return lines;
}

/** The ask names the question word for word (the coffee they offered, or the one conversation
 *  granted): the connection before it says why them, without the question, so it is asked once. */
export function askNamesQuestion(sc: Scene): boolean {
  return informalMeeting(sc) || sc.mode.theConversation;
}

/** At the coffee they offered: the meeting itself, not a request for one. */
function informalMeeting(sc: Scene): boolean {
  return sc.s.offer?.shape === 'informal' && sc.r.offered !== undefined && !sc.r.written;
}
