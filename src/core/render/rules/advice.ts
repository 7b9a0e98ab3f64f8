import { joinedThe, programPointed, putOffUntil, say, STAKES, type Scene } from './shared';
import type { Advice } from './types';
import { CADENCE_LABELS } from '../rhythm';

/** Recommendations more than one section states, worded once (the script's exit and its "if they need time" too). */
export function adviceOf(sc: Scene, toneNote: string): Advice {
  const { s, r, indirect, hierarchical, closed, signals, mode, comeBack, say: speak } = sc;
  const exit = indirect || s.declined ? speak(say('advice-exit')) : '';
  const [stakes, orgNoun] = STAKES[s.organization ?? 'unknown'];
  // The profile says your manager already knows: no step to take first, only a promise to keep.
  const managerFirst = s.managerKnows === true
    ? (s.otherCompany
      ? 'Your manager knows: keep to what you agreed may be shared outside the company, and tell them how it goes.'
      : 'Your manager knows: tell them how it goes, so they never hear about it second-hand.')
    : s.relationship === 'former-manager'
    ? 'Tell your current manager before you ask. You need no introduction to someone who already knows you; what you need is for your manager never to hear about it second-hand.'
    // A leader at another company: your manager raises nothing with them, but says what may leave the company.
    : s.otherCompany
      ? 'Tell your manager before you ask, and agree with them what you may share outside the company, so nobody hears about it second-hand.'
      : hierarchical || s.relationship === 'skip-level'
      ? `Talk to your manager before you ask${hierarchical ? ', and ask whether they would mention the idea to the leader first' : ''}. In the meeting, say that your manager knows and supports it, before the ask itself.`
      : 'Tell your manager before you ask, so nobody hears about it second-hand.';
  // A heavy rhythm (weekly, or 45 minutes or more) brought to someone short of time or unsure: a note,
  // and the lighter version named (issue 21, item 4).
  const heavy = r.recurring && (r.cadence === 'weekly' || r.minutes >= 45)
    ? ` ${r.cadence === 'weekly' ? 'Weekly' : `${r.minutes} minutes`} is a lot to bring to someone who hesitated: if it still sounds heavy, offer the lighter version (${r.fallbackText}) and grow it only if it earns it.`
    : '';
  const premise = s.declined
    ? 'That door is closed unless they open it: ask once more only if something has genuinely changed, make it much smaller, and make it effortless to decline again. Otherwise, choose someone else.'
    : s.noReply
      ? 'Silence from a senior leader is usually overload, sometimes a polite no. Ask once more, in person or in three lines, much smaller; if that goes unanswered too, take it as a no and choose someone else.'
      // A referral is a next step, not a lukewarm answer (reader r6: read as "a polite no").
      : s.firstResponse === 'referral' && s.referral
        ? `They pointed you to ${s.referral}: a next step, not a no. Take that step first${s.offeredAbout ? `, and take up their offer ${s.offeredAbout}` : ''}; then bring them the one decision where their own view still matters, in one short conversation, and ask for nothing more.`
      // A yes with limits is a yes: no "lukewarm", no "ask once more, smaller" (reader r7).
      : s.firstResponse === 'yes-with-limits'
        ? 'They said yes, to something specific: there is no door to reopen and nothing to ask again. Keep to the form they chose and to what they ruled out.'
      // The rhythm chosen is not silently dropped: the doc says why the ask is one conversation (reader r7).
      : s.firstResponse === 'doubts-fit'
        ? `They doubt the fit, not you: ask for one ${r.unit} first, on the part of their experience you need; a second is theirs to offer. Keep the rhythm you chose (${CADENCE_LABELS[r.cadence]}) for later, if they offer more.${indirect ? ` In an indirect culture modesty can also be a polite no: ask once and make declining easy. ${sc.silence.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}.` : ''}`
      : indirect
        // Their own words, when they were a short non-answer (reader 7: "Let me think about it" from
        // a Japanese CTO read exactly like "Interesting idea").
        ? `In an indirect culture ${signals.includes('noncommittal') && s.words && s.words.split(' ').length <= 12 ? `“${s.words.replace(/[.!]+$/u, '')}”` : 'a lukewarm answer'} can be a polite no as easily as a “not like this”. Treat it as a door left ajar: ask once more, smaller, and make it easy to decline. If they defer again, send the summary and offer dates once; ${sc.silence}.`
        : s.firstResponse === 'not-now'
          ? `They put it off${putOffUntil(s.comeBack)}: an answer about timing, not a no. Come back when they said, with an ask small enough to start now.${s.rhythm.cadence === 'weekly' ? ' Weekly is the heaviest rhythm to bring to someone who deferred: consider every two weeks to start.' : ''}`
          : s.firstResponse === 'no-time'
            ? 'They said time was the problem, not the idea: the second ask has to cost less time than the first one sounded like, and say exactly how much.'
            : 'A lukewarm first answer usually means the ask felt big, vague or open-ended, not that the door is closed.';
  const premiseAndWeight = s.firstResponse === 'no-time' || s.firstResponse === 'not-ready' ? `${premise}${heavy}` : premise;
  const inTheRoom = mode.inWriting
    ? 'The ask is a written message, so read the script once, out loud, before you send it: if it does not sound like you, change the words, not the ask.'
    : 'In the meeting, keep only your one-page summary in front of you.';
  // The prep doc's checklist and the script document's opening say to rehearse: the cards say it here.
  const rehearse = mode.inWriting
    ? 'The objection cards are your replies if they write back with a question.'
    : 'Read the script and the objection cards beforehand, out loud, until you no longer need them.';
  const notNowDate = 'agree on a month, then put a reminder in your own calendar, not theirs, and send a short note when it comes.';
  const reopen = closed ? [
    `**Ask again only if something has changed**: a new decision where their experience is specific, a smaller arrangement, or a better time for them. If nothing has, a second ask is the same ask.`,
    '**Make it one conversation, not an arrangement.** Ask for a single conversation on one decision; a second one is theirs to offer.',
    '**Choose someone else when the answer repeats.** Two people worth asking instead: someone who worked closely with them on the same kind of problem, or a peer of theirs in another part of the organization. A good mentor for this problem is better than the most senior one.',
    '**Keep the relationship either way.** A short note when the work reaches a milestone, with no ask attached, keeps the door from closing completely.',
  ] : [];

  // The walk-away when the answer is no (reader 10: the brief had only the closing for a yes).
  const ifNo = speak(s.referral
    ? [say('advice-if-no-understood'), say('stay-in-touch', { referral: s.referral }), say('advice-if-no-anyone-else')]
    : [say('advice-if-no-understood'), say('advice-if-no-someone')]);
  // The script's line and the brief's rule, from one decision (reader 6: "check back next week"
  // in the script, "do not chase" in the brief).
  const ifTheyNeedTime = mode.theConversation
    // The meeting is the whole ask: no dates left to offer (reader 12).
    ? 'If they end early or defer, thank them and send the summary; ask for nothing more.'
    : hierarchical && !indirect && !s.declined
    ? 'If they need time, send the summary today and wait; do not chase.'
    : indirect || s.declined
      ? `If they need time, send the summary and offer dates once; ${sc.silence}.`
      : r.written && !(s.firstResponse === 'no-time' && r.totalTime)
        ? 'If they need time, send the summary today, written the way the notes would be, and let it speak.'
        : !r.recurring && !(s.firstResponse === 'no-time' && r.totalTime)
          ? 'If they need time, nothing needs deciding: come back with the first real decision.'
          : 'If they need time, send the summary today and check back once, next week.';
  const program = programPointed(s);
  return { inTheRoom, rehearse, exit, notNowDate, premise: premiseAndWeight, stakes, orgNoun, managerFirst, toneNote, reopen, comeBack: comeBack.when, ifTheyNeedTime, program: program ?? '', programJoined: program ? joinedThe(program) : '', milestone: s.firstResponse === 'not-now' && s.comeBack?.named ? s.comeBack.when : '', ifNo, referral: s.referral ?? '' };
}
