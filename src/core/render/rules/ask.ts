import { lowerFirst, say, STAKE_OWNER, type Scene } from './shared';
import type { ScriptPart } from './types';

/** The ask: its size, what you give back, how it ends; `tail` is said after the rest (a written message's last line). */
export function askOf(sc: Scene, askFirst: boolean, exit: string): { part: Omit<ScriptPart, 'n'>; ask: string[]; tail: string[] } {
  const { s, tone, r, said, indirect, hierarchical, closed, mode, P, say: speak } = sc;
  // One conversation, no trial: after a no or no reply, a doubt about fit, or a yes with limits.
  const single = closed || r.single;
  const inWriting = mode.noTimeMessage;
  const ask: string[] = [];
  const tail: string[] = [];
  // Said as a fact, so it must be one: the note asks for the talk with the manager first.
  // After a written no, the request asked for one conversation on one decision: if they agreed,
  // this meeting is that conversation, so nothing more is asked in the room (review 3).
  const isTheConversation = mode.theConversation;
  const question = said.hasBridge ? said.bridge : 'where we should start';
  if (isTheConversation) {
    ask.push(P(
      `As I wrote, this conversation is all I am asking for. My question is ${question}: I have brought my options and my recommendation, and I would value your critique.`,
      `As I said in my note, this conversation is all I’m asking for. My question is ${question}: I’ve brought my options and what I’d recommend, and I’d really value your critique.`,
      `This conversation is the whole ask. My question is about ${question}. My options and my pick are in the pre-read; I’d value your critique.`));
  } else if (closed) {
    const one = r.written ? 'one written question' : `one conversation of ${r.minutes} minutes`;
    ask.push(P(
      `So my request is much smaller than before: ${one}, on ${said.hasBridge ? 'this single decision' : 'where we should start'}. If it is useful, we can decide afterwards whether there should be another.`,
      `So my ask is much smaller than last time: ${one}, on ${said.hasBridge ? 'this one decision' : 'where we should start'}. If it helps, we can decide afterwards whether there’s a second.`,
      `The ask: ${one}, on ${said.hasBridge ? 'this one decision' : 'where we should start'}. A second one is your call.`));
  } else if (single) {
    // A doubt about fit: one conversation first, a second is theirs to offer. A yes with limits:
    // exactly what they offered, nothing regular on top (issue 21).
    const topic = said.hasBridge ? 'one' : 'none';
    ask.push(speak(s.firstResponse === 'yes-with-limits'
      ? (s.offered ? say('script-ask-offered', { offered: s.offered, topic }) : say('script-ask-limits', { topic, written: r.written ? 'yes' : 'no' }))
      : say(r.written ? 'script-ask-one-first-written' : 'script-ask-one-first', { minutes: r.minutes, topic, referred: s.firstResponse === 'referral' ? 'yes' : 'no' })));
  } else if (askFirst) {
    // The short version was said in the opening; the ask only adds how it would work.
    ask.push((tone === 'concise' ? `${r.prep} ${r.promise}` : `How it would work: ${lowerFirst(r.prep)} ${r.promise}`).trim());
  } else {
    ask.push(r.ask);
    ask.push(`${r.prep} ${r.promise}`.trim());
  }
  ask.push(said.valueClause
    ? P(`In return: ${said.valueSentence}`, `And I’d like to give something back: ${said.valueSentence}`, `In return: ${said.valueSentence}`)
    : P(`In return, I will bring ${said.value}.`, `And I’d like to give something back, so I’ll bring ${said.value}.`, `In return: ${said.value}.`));
  // A leader at another company hears, once, what is shared and what is kept (issue 21, item 2).
  if (s.otherCompany) ask.push(speak(say('script-ask-outside-share')));
  if (!single) {
    if (s.relationship === 'skip-level' && !s.otherCompany) {
      ask.push(P('I would keep it to architecture decisions. Anything about the team stays with my manager, who will see the summaries too.',
        'I’d keep it to architecture decisions. Team matters stay with my manager, who’ll see the summaries too.',
        'I’ll keep it to architecture; team matters stay with my manager, who gets the summaries too.'));
    }
    // A written ask already says each note is one decision (reader 6: a fragment in a message).
    if (s.relationship === 'former-manager' && !r.written) ask.push(P('And I will bring decisions, not status reports.', 'And I’ll bring you decisions, not status reports.', 'I’ll bring decisions, not status reports.'));
    // Indirect: the ask stays short; the business framing is advice, not another line (reader 7).
    if (s.relationship === 'executive' && !indirect) ask.push(P(`I will frame each decision in terms of what it means for ${STAKE_OWNER[s.organization ?? 'unknown']}, not only the technology.`, `I’ll frame each decision in terms of what it means for ${STAKE_OWNER[s.organization ?? 'unknown']}, not just the technology.`, `I’ll frame each decision for ${STAKE_OWNER[s.organization ?? 'unknown']}, not just the tech.`));
    // Indirect: one exit only, in the ask; the staff referral is left to its card (reader 9).
    if (s.relationship === 'executive' && !indirect) ask.push(P('If someone on your staff would be better placed for a given decision, I would be grateful for an introduction; that is a good outcome too.', 'And if someone on your staff is better placed for a given decision, just point me to them; that’s a great outcome too.', 'If someone on your staff fits a decision better, point me there; that’s fine too.'));
    // Cross-team: the summaries are offered once, in the closing (reader 11).
    // As needed only works if there is a first decision: name it, so "when a decision needs it"
    // is not a polite way of saying never.
    // (The question itself was just said in the connection: refer to it, do not repeat it.)
    // A written ask attaches the one-pager (the brief, the checklist and the request say so too).
    if (!r.recurring && said.hasBridge && inWriting) ask.push(P('The first of those questions is in the one-page summary attached.', 'The first one is in the one-page summary I’ve attached.', 'The first one is in the attached one-pager.'));
    // Named, not claimed ready: "the first question is ready now" was a claim no answer supports.
    else if (!r.recurring && said.hasBridge) ask.push(P('The first would be the question I have just described.', 'The first would be the one I just described.', 'The first is the one I just described.'));
    // The written ask's opening already said it needs none of their calendar: not said twice.
    // One way out per ask: where the exit is said at the end, ‘not this time’ is not said here too; and
    // one calendar sentence: where an assistant books the dates (the rhythm's promise), nothing here.
    if (!r.recurring && exit) {
      if (r.written && !inWriting) ask.push(P('There is nothing to put in your calendar: I would write only when a decision is ready.', 'Nothing goes in your calendar: I’d only write when a decision is ready.', 'Nothing goes in your calendar. I write only when a decision is ready.'));
      else if (r.written) ask.push(P('I would write only when a decision is ready.', 'I’d only write when a decision is ready.', 'I’ll write only when a decision is ready.'));
      else if (r.assistant) ask.push(P('I would come to you only when a decision is ready.', 'I’d only come to you when a decision is ready.', 'I come when a decision is ready.'));
      else ask.push(P('There is nothing to put in the calendar now: I would come to you only when a decision is ready.', 'Nothing goes in the calendar now: I’d only come to you when a decision is ready.', 'Nothing goes in the calendar. I come when a decision is ready.'));
    } else if (!r.recurring && r.written && inWriting) ask.push(P('I would write only when a decision is ready, and ‘not this time’ is always a fine answer.', 'I’d only write when a decision is ready, and ‘not this time’ is always a fine answer.', 'I’ll write only when a decision is ready, and ‘not this time’ is a fine answer.'));
    else if (!r.recurring && r.written) ask.push(P('There is nothing to put in your calendar: I would write only when a decision is ready, and ‘not this time’ is always a fine answer.', 'Nothing goes in your calendar: I’d only write when a decision is ready, and ‘not this time’ is always a fine answer.', 'Nothing goes in your calendar. I write only when a decision is ready; ‘not this time’ is fine.'));
    else if (!r.recurring && r.assistant) ask.push(P('I would come to you only when a decision is ready, and you can always say ‘not this time’.', 'I’d only come to you when a decision is ready, and ‘not this time’ is always a fine answer.', 'I come when a decision is ready; ‘not this time’ is fine.'));
    else if (!r.recurring) ask.push(P(`There is nothing to put in the calendar now: I would come to you only when a decision is ready, and you can always say ‘not this time’.`, 'Nothing goes in the calendar now: I’d only come to you when a decision is ready, and ‘not this time’ is always a fine answer.', 'Nothing goes in the calendar. I come when a decision is ready; ‘not this time’ is fine.'));
    else if (r.written) ask.push(P('Nothing needs to go in your calendar; you answer when it suits you, and a few lines are enough.', 'Nothing goes in your calendar; you answer whenever it suits you, and a few lines are plenty.', 'Nothing goes in your calendar. Answer when it suits you; a few lines is enough.'));
    switch (s.firstResponse) {
      case 'no-time':
        // The cost, said plainly; the lighter version is kept for the card, if they still hesitate
        // (offered once, not before they object: review 5).
        if (r.totalTime) ask.push(P(`In total, that is ${r.totalTime} of your time ${r.format === 'mixed' ? 'in calls ' : ''}over three months.`, `${r.format === 'mixed' ? 'In calls, that’s' : 'All in, that’s'} ${r.totalTime} over three months.`, `That’s ${r.totalTime} over three months in total.`));
        if (r.live) ask.push(P('I will keep an eye on the clock, and we stop on time.', 'I’ll keep an eye on the clock, and we stop on time.', 'I watch the clock; we stop on time.'));
        break;
      // not-now: the way out was offered in the opening; a second one mid-ask invites the no
      // before the ask is finished (reader 6).
      case 'noncommittal':
        // Indirect or hierarchical: no push for a date; who books the dates was said once, in the
        // rhythm's promise (one calendar sentence, issue 21).
        if (indirect || hierarchical) break;
        ask.push(r.written
          ? P('So that it does not become one more thing for you to remember, I would send the first note this week.', 'So it doesn’t become one more thing for you to remember, I’d send the first note this week.', 'I’d send the first note this week.')
          : P('So that it does not become one more thing for you to remember, I would send you two or three options for the first conversation this week.', 'So it doesn’t become one more thing for you to remember, I’d send you a couple of options for the first conversation this week.', 'I’d send two or three possible times for the first one this week.'));
        break;
      // use-the-program: no "run it through the program": they named the channel as the
      // alternative to them, and it may count nothing for this (reader 9).
      default: break;
    }
  }
  if (said.hasSuccess && !single) {
    ask.push(P(`I would count it a success if ${said.successIf}. After three months, we can decide whether to continue.`,
      `I’d call it a success if ${said.successIf}. After three months, we decide together whether to keep going.`,
      `After three months, success means ${said.success}.`));
  } else if (!single) {
    ask.push(P('At the end of the three months, we can review whether it is worth continuing.', 'After three months we see if it’s still useful for both of us, no hard feelings either way.', 'After three months we review; stopping is a fine result.'));
  }
  if ((hierarchical || indirect) && !single) {
    // Both the hierarchy and the indirect-culture advice say: let them shape the arrangement.
    ask.push(P('I would welcome your view on the rhythm and the format; you know your calendar best.', 'If a different rhythm or format would suit you better, I’m happy to follow your lead.', 'Rhythm and format are your call.'));
  }
  if (isTheConversation) {
    ask.push(P('Afterwards I will send you a short summary of what I decided, and that will be the end of what I asked for.', 'Afterwards I’ll send you a short summary of what I decided, and that’s the end of what I asked for.', 'Afterwards: a short summary of what I decided. That’s all.'));
  } else if (indirect || s.declined) {
    ask.push(`${P('There is no need to decide today. I will send you a short written summary, so that you can consider it when convenient.', 'You don’t need to answer now. I’ll send a short note with this, so you can think it over.', 'No need to answer now. I’ll send a short written summary.')} ${exit}`);
  } else if (!hierarchical) {
    ask.push(P('Would that work for you?', 'Would that work for you?', 'Does that work?'));
  }
  return { part: { title: isTheConversation ? 'The question: one decision, your options' : 'The ask: small, time-boxed, easy to say yes to', note: '', lines: [...ask, ...tail], after: '' }, ask, tail };
}
