import { joinedThe, personIsNamed, pointsToProgram, programPointed, putOffAgain, putOffUntil, say, stakesOf, type Scene } from './shared';
import type { Advice } from './types';
import type { Phrase } from '../../phrases/phrasebook';
import { cadenceLabel } from '../rhythm';
import { theirReferral } from '../german';

/** Recommendations more than one section states, worded once (the script's exit and its "if they need time" too). */
export function adviceOf(sc: Scene, toneNote: string): Advice {
  const { s, r, indirect, hierarchical, closed, mode, comeBack, say: speak } = sc;
  const exit = indirect || s.declined ? speak(say('advice-exit')) : '';
  const { stakes, orgNoun } = stakesOf(s.organization, speak);
  // The profile says your manager already knows: no step to take first, only a promise to keep.
  // A leader at another company: your manager raises nothing with them, but says what may leave the company.
  const managerFirst = speak(say(s.managerKnows === true ? (s.otherCompany ? 'advice-manager-knows-outside' : 'advice-manager-knows')
    : s.relationship === 'former-manager' ? 'advice-manager-former'
    : s.otherCompany ? 'advice-manager-outside'
    : hierarchical || s.relationship === 'skip-level' ? 'advice-manager-talk'
    : 'advice-manager-tell'));
  // A heavy rhythm (weekly, or 45 minutes or more) brought to someone short of time or unsure: a note,
  // and the lighter version named (issue 21, item 4).
  const heavy = r.recurring && (r.cadence === 'weekly' || r.minutes >= 45)
    ? [say('advice-heavy', { weekly: r.cadence === 'weekly' ? 'yes' : 'no', minutes: String(r.minutes), fallback: r.fallbackText })]
    : [];
  const premise = premiseOf(sc);
  const premiseAndWeight = speak(s.firstResponse === 'no-time' || s.firstResponse === 'not-ready' ? [premise, ...heavy] : premise);
  const inTheRoom = speak(say(s.offer?.shape === 'review' ? 'advice-in-the-room-review' : mode.inWriting ? 'advice-in-the-room-written' : s.offer?.shape === 'informal' ? 'advice-in-the-room-informal' : 'advice-in-the-room',
    { bring: s.offer?.bring ?? 'none' }));
  // The prep doc's checklist and the script document's opening say to rehearse: the cards say it here.
  const rehearse = speak(say(mode.inWriting ? 'advice-rehearse-written' : 'advice-rehearse'));
  // Back in the month they named: the later month is proposed, not a month asked for again.
  // Where the pause already proposes it (putOffAgain), the month is only put in your calendar here.
  const notNowDate = speak(say('advice-not-now-date', { later: s.laterMonth ?? 'none', said: putOffAgain(sc) ? 'yes' : 'no' }));
  const reopen = closed ? ['advice-reopen-changed', 'advice-reopen-one', 'advice-reopen-someone-else', 'advice-reopen-keep'].map((id) => speak(say(id))) : [];

  // The walk-away when the answer is no (the brief had only the closing for a yes).
  // Someone or somewhere they already named is not asked for again, not even as "anyone else".
  // The program they pointed to was applied to before the meeting (the opening says so): not promised again.
  const ifNo = speak(s.pointedTo && s.pointedChannel && pointsToProgram(s) ? [say('advice-if-no-understood')]
    : s.pointedTo
    ? [say('advice-if-no-understood'), say('stay-in-touch', { referral: s.pointedTo, channel: s.pointedChannel ? 'yes' : 'no', met: s.referralMet ?? 'no', ...theirReferral(s.pointedTo ?? '', s.pointedChannel ? 'yes' : 'no') })]
    : [say('advice-if-no-understood'), say('advice-if-no-someone')]);
  // The script's line and the brief's rule, from one decision ("check back next week"
  // in the script, "do not chase" in the brief).
  const ifTheyNeedTime = speak(mode.theConversation
    // The meeting is the whole ask: no dates left to offer.
    ? say('advice-need-time-end-early')
    // Put off once with a come-back named: the month proposed, as the pause and the cards say.
    : putOffAgain(sc) ? say('advice-need-time-not-now', { later: s.laterMonth ?? 'none' })
    : hierarchical && !indirect && !s.declined
    ? say('advice-need-time-wait')
    : indirect || s.declined
      ? say('advice-need-time-offer-dates', { silence: sc.silence })
      : r.written && !(s.firstResponse === 'no-time' && r.totalTime)
        ? say('advice-need-time-written')
        : !r.recurring && !(s.firstResponse === 'no-time' && r.totalTime)
          ? say('advice-need-time-nothing')
          // The same wait as the reminder everywhere else ("next week" beside "allow two weeks").
          : say('advice-need-time-check-back', { reminder: sc.reminder, weeks: s.culture?.reminderWeeks ?? 1 }));
  // An unanswered note: one short reminder, after the culture's wait.
  const afterReminder = speak(say('prep-after-reminder', { reminder: sc.reminder }));
  const program = programPointed(s, speak);
  return { inTheRoom, rehearse, exit, notNowDate, premise: premiseAndWeight, stakes, orgNoun, managerFirst, toneNote, reopen, comeBack: comeBack.when, ifTheyNeedTime, afterReminder, program: program ?? '', programJoined: program ? joinedThe(program, speak) : '', milestone: s.firstResponse === 'not-now' && s.comeBack?.named ? s.comeBack.when : '', ifNo, referral: s.referral ?? '', pointedTo: s.pointedTo ?? '', pointedChannel: s.pointedChannel ? 'yes' : 'no' };
}

/** Put off: a condition they set ("once you’ve run the pilot") is met, not waited out, and has no date;
 *  else back when they said. `remind`: yes when they asked to be reminded (the request is that reminder). */
function notNowPremise(sc: Scene, remind: string): Phrase {
  const { s, r } = sc;
  const weekly = r.cadence === 'weekly' ? 'yes' : 'no';
  if (s.comeBack?.condition) return say('advice-premise-not-now-condition', { when: s.comeBack.condition, weekly, remind });
  return say('advice-premise-not-now', { until: putOffUntil(s.comeBack, sc.say), weekly, remind });
}

/** What their first answer means, and what the second ask has to be. */
function premiseOf(sc: Scene): Phrase {
  const { s, r, indirect, signals } = sc;
  if (s.declined) return say('advice-premise-declined');
  if (s.noReply) return say('advice-premise-no-reply');
  // A referral is a next step, not a lukewarm answer (read as "a polite no").
  if (s.firstResponse === 'referral' && s.referral) {
    // "them" would be the leader too ("contact them before you ask them"): the person named is named instead.
    const pronoun = s.referralMet ?? s.referPronoun ?? 'them';
    const referee = pronoun === 'them' && personIsNamed(s.referral) === 'yes' ? s.referral : pronoun;
    return say('advice-premise-referral', { referral: s.referral, referee, named: personIsNamed(s.referral), met: s.referralMet ?? 'no', pronoun: s.referPronoun ?? 'them', offered: s.offeredAbout ? 'yes' : 'no', offer: s.offeredAbout ?? '',
      door: s.referralDoor, month: s.referralMonth ?? 'none', minutes: r.meetingMinutes, written: s.writeFirst ? 'yes' : 'no' });
  }
  // A yes with limits is a yes: no "lukewarm", no "ask once more, smaller".
  if (s.firstResponse === 'yes-with-limits') return say('advice-premise-yes-with-limits');
  // The rhythm chosen is not silently dropped: the doc says why the ask is one conversation.
  if (s.firstResponse === 'doubts-fit') return say('advice-premise-doubts-fit', { offered: r.offered !== undefined ? 'yes' : 'no', unit: r.unit, rhythm: cadenceLabel(r.cadence, sc.say), silenceSentence: sc.silence.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
  // Their answer unread (another script): nothing is assumed from it, neither a lukewarm answer nor a rhythm.
  if (s.wordsUnread === true) return say('advice-premise-unread');
  // A come-back they named (a condition, a time) is concrete in every culture: said before the indirect
  // reading, whose "offer dates once" would contradict the month proposed if they put it off again.
  const remind = s.remindMe ? 'yes' : 'no';
  if (s.firstResponse === 'not-now' && (s.comeBack?.named || s.remindMe)) return notNowPremise(sc, remind);
  if (indirect) {
    // Their own words, when they were a short non-answer ("Let me think about it" from
    // a Japanese CTO read exactly like "Interesting idea").
    const quoted = signals.includes('noncommittal') && s.words !== '' && s.words.split(' ').length <= 12;
    return say('advice-premise-indirect', { heard: quoted ? 'words' : 'none', words: quoted ? s.words.replace(/(?<![.!])[.!]+$/u, '') : '', silence: sc.silence });
  }
  if (s.firstResponse === 'not-now') return notNowPremise(sc, remind);
  if (s.firstResponse === 'no-time') return say('advice-premise-no-time');
  return say('advice-premise-lukewarm');
}
