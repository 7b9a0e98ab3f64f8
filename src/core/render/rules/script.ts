import { afterNoteOf, closingOf, pauseOf } from './pause';
import { askOf } from './ask';
import { connectionOf, openingOf } from './opening';
import { isJoined, managerMentionsFirst, noRushOr, personIsNamed, programPointed, say, type Scene, type Speak } from './shared';
import { inlineMarkdown } from '../markdown';
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
  const setting = settingWithCulture(sc, settingOf(sc, mode.noTimeMessage, true));
  // The prep doc's checklist says to send the one-pager beforehand.
  const prepDocSetting = settingWithCulture(sc, settingOf(sc, mode.noTimeMessage, false));
  // They offered to answer in writing: nothing is asked again; the script is the first note, and the
  // request document holds it ready to send ("the first note is the deliverable").
  // They asked for a short note in writing first: the script is that note, and nothing after it is
  // planned before they answer ("then we'll see" is theirs to say).
  if (mode.offeredInWriting || mode.writtenFirst) {
    const askedFor = mode.askedFirst;
    // The user's own choice to work in writing: the note says why it is written, and thanks for nothing agreed.
    const own = mode.writtenFirst && !askedFor;
    const first = askedFor ? [speak(say('script-ack-written-first', { name, referTo: writeBackTo(s) }))] : own ? [...(s.firstResponse === 'no-time' ? opening.part.lines.slice(0, 1) : []), speak(say('script-own-note-opening', { name }))] : opening.part.lines.slice(0, 1);
    const note: Omit<ScriptPart, 'n'>[] = [
      { title: speak(say(askedFor ? 'script-part-opening-asked' : own ? 'script-part-opening-context' : 'script-part-opening-offered')), note: '', after: '', lines: first },
      { title: speak(say('script-part-connection')), note: '', after: '', lines: connection.lines },
      { title: speak(say('script-part-first-decision')), note: '', after: '', lines: [speak(say('script-first-note-decision')), asked.ask[1] ?? ''].filter(Boolean) },
      { title: speak(say('script-closing-title')), note: '', after: '', lines: [speak([noRushOr(s, 'named'), say(askedFor ? 'script-written-first-closing' : own ? 'script-message-closing' : 'script-first-note-closing')])] },
    ];
    const after = askedFor || own ? say('script-after-written-first', { weeksPass: speak(say('culture-weeks-pass', { weeks: s.culture?.reminderWeeks ?? 1 })) }) : say('script-after-first-note');
    return { setting, parts: note.map((p, i) => ({ n: i + 1, ...p })), relation: opening.relation, afterNote: `*${speak(after)}*`, short: thirtySeconds(s, r.short, speak) };
  }
  if (mode.noTimeMessage) {
    const message: Omit<ScriptPart, 'n'>[] = [
      { title: speak(say('script-part-opening-context')), note: '', after: '', lines: opening.part.lines },
      { title: speak(say('script-part-connection')), note: '', after: '', lines: connection.lines },
      { title: speak(say('script-part-ask-written')), note: '', after: '', lines: [...asked.ask, ...asked.tail] },
      { title: speak(say('script-closing-title')), note: '', after: '', lines: [speak(say('script-message-closing'))] },
    ];
    return { setting, parts: message.map((p, i) => ({ n: i + 1, ...p })), relation: opening.relation, afterNote: `*${speak(say('script-after-message', { weeksPass: speak(say('culture-weeks-pass', { weeks: s.culture?.reminderWeeks ?? 1 })) }))}*`, short: thirtySeconds(s, r.short, speak) };
  }

  // No reply to a written ask, and a written rhythm: the re-ask is the written question itself
  // (review #7). No room, no pause, no "would that work": a message that can be answered in lines.
  if (s.noReply && r.written) {
    const message: Omit<ScriptPart, 'n'>[] = [
      { title: speak(say('script-part-opening-context')), note: '', after: '', lines: [speak(say('script-noreply-opening', { name }))] },
      { title: speak(say('script-part-question')), note: '', after: '', lines: [
        ...connection.lines,
        speak(say('script-noreply-question', { bridge: said.bridge })),
        said.valueClause ? speak(say('script-noreply-return-clause', { valueSentence: said.valueSentence })) : speak(say('script-noreply-return', { value: said.value })),
      ] },
      { title: speak(say('script-closing-title')), note: '', after: '', lines: [speak(say('script-noreply-closing'))] },
    ];
    return { setting, parts: message.map((p, i) => ({ n: i + 1, ...p })), relation: '', afterNote: `*${speak(say('script-after-noreply-question'))}*`, short: r.short };
  }

  return {
    // After a no, the rhythm itself is the single conversation or question, so r.short says so.
    setting, prepDocSetting, parts: parts.map((p, i) => ({ n: i + 1, ...p })), afterNote: afterNoteWithCulture(sc, afterNoteOf(sc)), prepDocAfterNote: afterNoteOf(sc, true), relation: opening.relation,
    // In the conversation they granted, the short version is the question itself.
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
    // Two sentences: a challenge that is itself a clause with "and" ran on.
    : said.expertiseClause ? [say('script-short-experience')]
      : [say('script-short-experience-with', { expertise: said.expertise })];
  return `${speak([say('script-short-working-on', { challengeTopic: said.challengeTopic }), ...why])} ${ask}`;
}

const yes = (b: boolean): string => (b ? 'yes' : 'no');
/** After a referral, the person they sent you to before you write to them as they asked ("none" otherwise). */
const writeBackTo = (s: Situation): string => (s.firstResponse === 'referral' && s.referral ? s.referral : 'none');

/** The setting, in italics; `onePager`: with the line to send the one-pager beforehand (the prep
 *  doc's checklist says it instead). */
function settingOf(sc: Scene, noTimeMessage: boolean, onePager: boolean): string {
  const { s, say: speak } = sc;
  if (noTimeMessage) return `*${speak(say('script-setting-no-time-message'))}*`;
  // They offered to look at a document: the request is the document, sent; nothing is booked (issue 21).
  if (s.offer?.shape === 'review') return `*${speak(say('script-setting-offered-review', { document: s.offer.document ?? 'document' }))}*`;
  if (sc.mode.writtenFirst) return `*${speak(say(sc.mode.askedFirst ? 'script-setting-asked-in-writing' : 'script-setting-own-note', { documents: s.noDocuments ? 'none' : 'some', referTo: writeBackTo(s), pronoun: s.referPronoun ?? 'them' }))}*`;
  if (sc.mode.offeredInWriting) return `*${speak(say('script-setting-offered-in-writing'))}*`;
  // An informal offer (a coffee, a fika): ten informal minutes when it suits them, not a booked 1:1.
  // An invitation to their home or a family meal: hospitality, a gift and no papers, business when they turn to it.
  if (s.offer?.hospitality) return `*${speak(say('script-setting-hospitality', { offered: s.offer.words }))}*`;
  if (s.offer?.shape === 'informal') {
    return `*${speak([say('script-setting-informal', { offered: s.offer.words, bring: s.offer.bring ?? 'none', place: s.offer.place === undefined ? 'none' : inlineMarkdown(s.offer.place) }),
      ...(s.relationship === 'skip-level' && s.managerKnows !== true ? [say('script-setting-informal-manager')] : [])])}*`;
  }
  // Any other offer taken up live (a seat in their review, a call): what they offered, not a 1:1 of
  // your own with its minutes ("a scheduled 1:1 of 30 minutes" beside "come and sit in").
  if (s.offer !== undefined && !s.rhythm.written) {
    return `*${speak([say('script-setting-offered', { offered: s.offer.words }),
      ...(s.relationship === 'skip-level' && s.managerKnows !== true ? [say('script-setting-informal-manager')] : [])])}*`;
  }
  // The re-ask is the written question itself: no meeting to book, no trial, no review.
  if (s.noReply && s.rhythm.written) return `*${speak(say('script-setting-no-reply-written'))}*`;
  const minutes = String(s.rhythm.meetingMinutes);
  const asked = s.noReply || s.declined;
  const assistant = yes(s.rhythm.assistant);
  const where = s.noReply ? say('script-setting-no-reply', { minutes, formal: yes(s.hierarchy === 'hierarchical' || s.communication === 'indirect') })
    : s.declined ? say(s.rhythm.written ? 'script-setting-declined-written' : 'script-setting-declined', { minutes })
    : s.hierarchy === 'hierarchical'
      ? say('script-setting-hierarchical', { minutes, assistant: yes(s.rhythm.assistant && s.relationship !== 'executive'), mention: yes(managerMentionsFirst(s)) })
      : say('script-setting-booked', { minutes, assistant });
  const program = programPointed(s, speak);
  return `*${speak([
    where,
    ...(asked ? [] : [say(`script-setting-${s.relationship}`, { managerKnows: yes(s.managerKnows === true), assistant })]),
    ...(s.firstResponse === 'no-time' && !asked ? [say('script-setting-no-time', { minutes })] : []),
    ...(s.rhythm.written && !asked ? [say('script-setting-written-rhythm')] : []),
    ...(program ? [say('script-setting-enroll', { program, joined: yes(isJoined(program)) })] : []),
    ...(s.referral && !s.declined && !s.noReply ? [say(s.firstResponse === 'referral' ? 'script-setting-written-first' : 'script-setting-talk-first', { referral: s.referral, named: personIsNamed(s.referral), met: s.referralMet ?? 'no', pronoun: s.referPronoun, door: s.referralDoor, leader: s.address || 'none', month: s.referralMonth ?? 'none' }),
      // Their offer to introduce you ("I can mention it to her") is the easiest door to that talk: take it.
      ...(s.firstResponse === 'referral' && s.offeredAbout ? [say('script-setting-offer', { offer: s.offeredAbout })] : [])] : []),
    ...(onePager ? [say('script-setting-one-pager')] : []),
  ])}*`;
}
