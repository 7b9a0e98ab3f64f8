import { afterNoteOf, closingOf, pauseOf } from './pause';
import { askOf } from './ask';
import { connectionOf, openingOf } from './opening';
import { isJoined, managerMentionsFirst, programPointed, say, type Scene, type Speak } from './shared';
import { afterNoteWithCulture, relationshipBeatOf, relationshipTurns, settingWithCulture } from './culture';
import type { Composed, ScriptPart, Situation } from './types';

/** The script, in the form this situation calls for: a meeting (opening, connection, ask, pause,
 *  closing), or a written message when time was the problem, they offered help in writing, or a
 *  written ask went unanswered. */
export function scriptOf(sc: Scene, exit: string): Composed['script'] {
  const { s, r, said, mode, name, say: speak } = sc;
  const opening = openingOf(sc);
  const connection = connectionOf(sc);
  const asked = askOf(sc, opening.askFirst, exit);
  const beat = relationshipBeatOf(sc);
  const { pause, closing } = relationshipTurns(sc, pauseOf(sc), closingOf(sc));
  const parts = [...(beat ? [beat] : []), opening.part, connection, asked.part, pause, closing];
  const setting = settingWithCulture(sc, settingOf(s, mode.noTimeMessage));
  // The prep doc's checklist says to send the one-pager beforehand.
  const prepDocSetting = setting.replace(` ${ONE_PAGER}`, '');
  // They offered to answer in writing: nothing is asked again; the script is the first note, and the
  // request document holds it ready to send (reader r7: "the first note is the deliverable").
  if (mode.offeredInWriting) {
    const note: Omit<ScriptPart, 'n'>[] = [
      { title: 'Opening: as they offered', note: '', after: '', lines: opening.part.lines.slice(0, 1) },
      { title: 'Connection: your expertise, my challenge', note: '', after: '', lines: connection.lines },
      { title: 'The first decision', note: '', after: '', lines: [speak(say('script-first-note-decision')), asked.ask[1] ?? ''].filter(Boolean) },
      { title: 'Closing', note: '', after: '', lines: [speak([say('request-first-note-default'), say('script-first-note-closing')])] },
    ];
    return { setting, parts: note.map((p, i) => ({ n: i + 1, ...p })), relation: opening.relation, afterNote: '*Then let them answer in their own time. If the date passes, go ahead as you said and tell them in one line what you decided; send the next note when the next real decision comes, not before.*', short: thirtySeconds(s, r.short, speak) };
  }
  if (mode.noTimeMessage) {
    const message: Omit<ScriptPart, 'n'>[] = [
      { title: 'Opening: one line of context', note: '', after: '', lines: opening.part.lines },
      { title: 'Connection: your expertise, my challenge', note: '', after: '', lines: connection.lines },
      { title: 'The ask: small, written, easy to say yes to', note: '', after: '', lines: [...asked.ask, ...asked.tail] },
      { title: 'Closing', note: '', after: '', lines: [speak(say('script-message-closing'))] },
    ];
    return { setting, parts: message.map((p, i) => ({ n: i + 1, ...p })), relation: opening.relation, afterNote: `*Then wait. If they say yes, send the first note, with one decision in it, within the week. If ${sc.say(say('culture-weeks-pass', { weeks: s.culture?.reminderWeeks ?? 1 }))} with no answer, send one short reminder; if that goes unanswered too, take it as a no.*`, short: thirtySeconds(s, r.short, speak) };
  }

  // No reply to a written ask, and a written rhythm: the re-ask is the written question itself
  // (review #7). No room, no pause, no "would that work": a message that can be answered in lines.
  if (s.noReply && r.written) {
    const message: Omit<ScriptPart, 'n'>[] = [
      { title: 'Opening: one line of context', note: '', after: '', lines: [speak(say('script-noreply-opening', { name }))] },
      { title: 'The question', note: '', after: '', lines: [
        ...connection.lines,
        speak(say('script-noreply-question', { bridge: said.bridge })),
        said.valueClause ? speak(say('script-noreply-return-clause', { valueSentence: said.valueSentence })) : speak(say('script-noreply-return', { value: said.value })),
      ] },
      { title: 'Closing', note: '', after: '', lines: [speak(say('script-noreply-closing'))] },
    ];
    return { setting, parts: message.map((p, i) => ({ n: i + 1, ...p })), relation: '', afterNote: '*If they answer, reply within a day with what you decided because of their input. If they do not, take the silence as a no and send no reminder.*', short: r.short };
  }

  return {
    // After a no, the rhythm itself is the single conversation or question, so r.short says so.
    setting, prepDocSetting, parts: parts.map((p, i) => ({ n: i + 1, ...p })), afterNote: afterNoteWithCulture(sc, afterNoteOf(sc)), prepDocAfterNote: afterNoteOf(sc, true), relation: opening.relation,
    // In the conversation they granted, the short version is the question itself (reader 7).
    short: mode.theConversation ? asked.ask[0]! : thirtySeconds(s, r.short, speak),
  };
}

/** The 30-second version: the problem, why them, then the ask, so it can be said on its own in a
 *  corridor. After a no or silence it is only the single request. No fill-in is ever spoken. */
function thirtySeconds(s: Situation, ask: string, speak: Speak): string {
  const { said } = s;
  const missing = (t: string) => t.startsWith('**[');
  if (missing(said.challengeTopic)) return ask;
  const why = missing(said.expertise) ? []
    // A full stop, not a semicolon, after the user's text: "R&D;" would read as an entity.
    // Two sentences: a challenge that is itself a clause with "and" ran on (reader 8).
    : said.expertiseClause ? [say('script-short-experience')]
      : [say('script-short-experience-with', { expertise: said.expertise })];
  return `${speak([say('script-short-working-on', { challengeTopic: said.challengeTopic }), ...why])} ${ask}`;
}

const ONE_PAGER = 'Send the one-page summary of the challenge beforehand, or have it ready to hand over.';

function settingOf(s: Situation, noTimeMessage: boolean): string {
  const mins = s.rhythm.meetingMinutes;
  if (noTimeMessage) {
    return '*Setting: time was the problem, and everything you propose happens in writing, so ask in writing too: a message, not a meeting request, with the one-pager attached. The “Meeting request” template in Mentorship Prep has the short version to send; the lines below are the full version, to send instead when you want every point made, and what you say if they would rather talk.*';
  }
  if (s.firstResponse === 'yes-with-limits' && s.rhythm.written) {
    return '*Setting: they offered to answer in writing, so there is nothing to ask again: send the first note when a real decision is in front of you, with no meeting and no one-pager. The “Meeting request” template in Mentorship Prep has it ready to send, with the parts to fill in; the lines below say the same, for when you talk first.*';
  }
  if (s.noReply && s.rhythm.written) {
    // The re-ask is the written question itself: no meeting to book, no trial, no review.
    return '*Setting: they never answered your written ask. This time there is no meeting to ask for: the message is the question itself, written like an async update (the context in two lines, the decision, your options and your recommendation, by when you need an answer). The lines below are what the message says; send it once, and if it goes unanswered too, take it as a no.*';
  }
  const where = s.noReply
    ? `Setting: they never answered your written ask, so ask once more in three lines for ${mins} minutes on one decision${s.hierarchy === 'hierarchical' || s.communication === 'indirect' ? ' (in writing or through their assistant, never in passing)' : ' (or catch them after a meeting)'}. The lines below are for the meeting if they agree. If that goes unanswered too, take it as a no.`
    : s.declined
      ? (s.rhythm.written
        ? `Setting: they already said no. Ask for ${mins} minutes on one decision, not on mentoring, and be ready to accept a second no as final.`
        : `Setting: they already said no, and the request asked for one conversation of ${mins} minutes on one decision. If they agreed, this meeting is that conversation: bring the decision, your options and your recommendation, and ask for nothing more in the room. If they declined again, that is final.`)
      : s.hierarchy === 'hierarchical'
        ? `Setting: a private, scheduled 1:1 of ${mins} minutes that you ${s.culture?.scales.trust === 'relationship-based' ? 'asked for in person or in a short personal message' : 'requested in writing'}${s.rhythm.assistant && s.relationship !== 'executive' ? ' (through their assistant, if they have one)' : ''}${managerMentionsFirst(s) ? ', ideally after your manager has mentioned the idea' : ''}; plan to finish early.`
        : `Setting: a private 1:1 you booked for ${mins} minutes${s.rhythm.assistant ? ' (through their assistant, if they have one)' : ''} and plan to finish early.`;
  const who = s.noReply || s.declined ? '' : {
    'skip-level': s.managerKnows === true ? ' Put a one-line purpose in the request so nobody is surprised.' : ' Tell your manager before you book it, and put a one-line purpose in the request so nobody is surprised.',
    'cross-team': ' Put a one-line purpose in the request that makes clear you are asking for their advice, not their team’s time.',
    executive: s.rhythm.assistant ? ' Ask their assistant for the slot with a one-line purpose; executives often read only that line.' : ' Put a one-line purpose in the meeting request; executives often read only that line.',
    'former-manager': ' Meet on neutral ground if you can, not in a room that belonged to your old team: it helps the reset.',
  }[s.relationship];
  const why = s.firstResponse === 'no-time' && !s.noReply && !s.declined ? ` Ask for ${mins} minutes, not 30: the meeting itself should show how little of their time this takes.` : '';
  const how = s.rhythm.written && !s.noReply && !s.declined ? ' This one conversation is live; after a yes, everything else happens in writing.' : '';
  const program = programPointed(s);
  // Their offer to introduce you ("I can mention it to her") is the easiest door to that talk: take it.
  const offer = s.firstResponse === 'referral' && s.offeredAbout ? ` They offered ${s.offeredAbout}: say yes, and thank them for it.` : '';
  const talkFirst = s.referral && !s.declined && !s.noReply ? ` Talk to ${s.referral} before the meeting, as they suggested: the opening says you did.${offer}` : '';
  const enroll = program ? ` ${isJoined(program) ? 'Join' : 'Apply to'} the ${program} before the meeting: the opening says you did.` : '';
  return `*${where}${who}${why}${how}${enroll}${talkFirst} ${ONE_PAGER}*`;
}
