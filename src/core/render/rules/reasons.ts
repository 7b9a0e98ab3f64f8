import type { FirstResponse } from '../../profile/profile';
import { askMode, lowerFirst, managerMentionsFirst, programPointed, signalsOf, STAKE_OWNER } from './shared';
import type { Reason, Situation } from './types';

const REASON_FOR: Record<FirstResponse, string> = {
  'no-time': 'time', 'not-now': 'time', noncommittal: 'vague', 'use-the-program': 'channel', 'ask-your-manager': 'optics', 'not-ready': 'readiness', 'no-reply': 'time',
  'yes-with-limits': 'open-ended', referral: 'fatigue', 'doubts-fit': 'fit', declined: 'time',
};

/** The reasons their first response and their words point to come first, each marked; with no
 *  reply nothing was signalled, so the likeliest reason is named as a guess. */
function rankReasons(list: Reason[], signals: readonly FirstResponse[], noReply: boolean): Reason[] {
  const ids = [...new Set(signals.map((f) => REASON_FOR[f]))];
  if (ids.length === 0) return list;
  const firsts = ids.map((id) => list.find((r) => r.id === id)!);
  const label = noReply ? (r: Reason) => `Most likely: ${r.id === 'time' ? 'overload (no reply)' : lowerFirst(r.title)}`
    : firsts.length > 1 ? (r: Reason) => `One they signalled: ${lowerFirst(r.title)}` : (r: Reason) => `The one they signalled: ${lowerFirst(r.title)}`;
  return [...firsts.map((r) => ({ ...r, signalled: !noReply, title: label(r) })), ...list.filter((r) => !firsts.includes(r))];
}

/** The script's setting tells them to join or apply to the program they pointed to (a meeting is asked for). */
function settingEnrolls(s: Situation): boolean {
  const mode = askMode({ written: s.rhythm.written, declined: s.declined, noReply: s.noReply, firstResponse: s.firstResponse });
  return programPointed(s) !== undefined && !mode.noTimeMessage && !(s.noReply && s.rhythm.written);
}

function reasons(s: Situation, stakes: string, doubtsFit: boolean): Reason[] {
  const r = s.rhythm;
  const rel = s.relationship;
  const hierarchical = s.hierarchy === 'hierarchical';
  const optics = rel === 'skip-level' ? ' As your skip-level leader, they will immediately wonder whether your manager knows and agrees.'
    : rel === 'cross-team' ? ' Coming from another team, your request can look like meddling in another org, or like the first step of a transfer.'
      : rel === 'former-manager' ? ' As your former manager, they may worry it looks as if they still steer your career, over the head of your current manager.'
        : ' A regular 1:1 between an executive and an individual architect gets noticed, and people will draw conclusions.';
  const timeCounter = r.offered
    ? `Keep the ask to what they offered (${r.offered}) and add nothing to it, and make it easy to decline.`
    : r.single
    ? `Make the ask as small as it can honestly be (${r.summary}), with nothing recurring attached, and make it easy to decline.`
    : r.recurring
    // The rhythm itself is in the header, the 30-second version and the ask: not again here.
    ? `Make the unit of time small and predictable, and have something lighter ready if it is still too much.${r.live ? ' Keep the promise to cancel a session with nothing worth their time; it is the fastest way to earn more time later.' : ''}`
    : `Make each request small and rare (${r.summary}). Ask only when a real decision is on the table; a rare, well-prepared question is the easiest thing in their week to say yes to.`;
  // A doubt about fit is its own reason, not a vague ask (reader r7: "the ask was too vague" for a
  // leader who said their knowledge was the wrong kind); named only when they voiced it.
  const doubt: Reason[] = doubtsFit ? [{ id: 'fit', short: 'doubt about fit', title: 'They are not sure they are the right person', signalled: false, full: false,
    body: 'Senior people often undersell the part of their experience that matters most to you, or picture a general mentor they cannot be. A doubt about fit is modesty or a real limit, rarely a no.',
    counter: `Name the one part of their experience you need (${s.said.bridge}) and why it is theirs, and say plainly what you will take elsewhere${s.referral ? `: ${s.referral}, as they suggested` : ''}. Ask for one ${r.unit} on that; a second is theirs to offer.` }] : [];
  return [
    ...doubt,
    { id: 'time', short: 'no time', title: 'Their time is already spoken for', signalled: false, full: false,
      body: `Their calendar is booked weeks ahead, and every new commitment means saying no to something else.${rel === 'executive' ? ` At executive level it is also shaped by planning cycles, board preparation and hiring.` : ''}`,
      counter: timeCounter },
    { id: 'vague', short: 'a vague ask', title: 'The ask was too vague', signalled: false, full: false,
      body: '“Will you mentor me?” sounds like a project with no scope and no finish line. Leaders say yes to what they can picture.',
      counter: `Name the problem (our current challenge is ${s.said.challengeIs}), the part of their experience you need, and what a good ${r.unit} looks like: one decision, your options, your recommendation, their critique.` },
    { id: 'open-ended', short: 'an open-ended ask', title: 'It sounded open-ended', signalled: false, full: false,
      body: 'Saying yes to an open-ended relationship feels like signing up for years. Many leaders have one or two mentoring arrangements that never quite ended.',
      counter: r.offered
        ? `Ask for exactly what they offered (${r.offered}) and nothing on top: no trial, no review. Anything more is theirs to offer.`
        : r.single
        ? `Ask for ${r.written ? 'one question' : 'one conversation'} with nothing attached: no trial, no rhythm, no review. A second one is theirs to offer.`
        : `Propose a trial with a review after about three months${s.said.hasSuccess ? `, with a success you can check (${s.said.successNarrative})` : ''}, and say out loud that “let’s stop here” is a fine result. An easy exit makes the entrance easier.` },
    { id: 'readiness', short: 'doubts about your readiness', title: 'They doubt your readiness or your follow-through', signalled: false, full: false,
      body: 'They may have mentored people who arrived unprepared, ignored the advice, or disappeared after two sessions. Or they simply do not know your work well enough yet.',
      counter: 'Show the preparation before you ask for it. Bring a one-page write-up of the challenge, name a decision you have already made and why, and commit to a written summary after every exchange. Evidence beats enthusiasm.' },
    // A leader at another company: no chain to step around, but two companies' confidential work.
    s.otherCompany ? { id: 'optics', short: 'a conflict of interest', title: 'It could look like a conflict of interest', signalled: false, full: false,
      body: `Advising someone from another company can look like sharing what belongs to ${s.company && s.company !== 'none' ? s.company : 'their company'}, or like recruiting.${s.relationship === 'former-manager' ? ' As your former manager, they may also worry it looks as if they still steer your career.' : ''}`,
      counter: 'Keep it about the problem, in general terms. Say in the ask that you will share nothing confidential of your company and ask for nothing confidential of theirs, and tell your manager before you start, so what you bring back is welcome.' }
    : { id: 'optics', short: 'how it looks to others', title: 'It could look like favoritism or politics', signalled: false, full: false,
      body: `Mentoring one person can look like picking a favorite, or like stepping around someone else in the chain.${optics}${hierarchical && (rel === 'skip-level' || rel === 'executive') ? ' In a hierarchical organization, a request that skips levels can also feel like a breach of protocol.' : ''}`,
      counter: `Keep it transparent and about the work. ${s.managerKnows === true ? `Your manager knows${hierarchical || s.relationship === 'skip-level' ? ': say so in the ask' : ''}.` : s.relationship === 'former-manager' ? 'Tell your current manager first, and say in the ask that this is about decisions, not your career.' : `Tell your manager first${hierarchical && !managerMentionsFirst(s) ? ' (in a hierarchical organization, consider asking them to mention the idea to the leader first; it turns a bold request into a sanctioned one)' : ''}${hierarchical || s.relationship === 'skip-level' ? ', and say in the ask that you did' : ''}.`} Offer to share the summaries with the team, so the benefit visibly reaches more people than you.` },
    // A leader at another company has no mentoring program of yours to point to, unless they named one.
    ...(s.otherCompany && !signalsOf(s).includes('use-the-program') ? [] : [{ id: 'channel', short: 'a channel they prefer', title: 'They would rather it went through a channel', signalled: false, full: false,
      body: 'Many organizations have a mentoring program, and pointing you to it is a fair way to say “I want to help, but not as a personal favor”.',
      // Where they pointed to it, the script's setting already says to join it before the meeting.
      counter: `${settingEnrolls(s) ? 'Make' : 'Join the program if there is one; it costs you little. Then make'} the personal ask narrower than anything a program offers: one problem where their experience is specific, in a few short exchanges. A program matches people; you are asking for one judgment call at a time.` }]),
    { id: 'fatigue', short: 'mentoring fatigue', title: 'Mentoring fatigue', signalled: false, full: false,
      body: 'Senior people get many of these requests, and most of them turn into unstructured coffee chats that nobody can point to an outcome from.',
      counter: `Be the easiest mentee they have ever had. You own ${r.written ? 'the thread' : 'the scheduling, the agenda'}, the pre-read and the summary; they bring judgment. Tie it to what ${STAKE_OWNER[s.organization ?? 'unknown']} cares about (${stakes}), so their time visibly serves it.` },
    { id: 'sponsorship', short: 'a request heard as sponsorship', title: 'It sounded like a request for a job, a promotion or sponsorship', signalled: false, full: false,
      body: 'If the first ask mentioned career growth in general terms, they may have heard “please advocate for me”, which is a much bigger commitment than advice.',
      counter: 'Say plainly what you are asking for and what you are not: “I am asking for your judgment on architecture decisions, not for sponsorship or a role change.” Sponsorship, if it ever comes, is earned by how you use the advice.' },
  ];
}

/** How much each reason applies to this leader beyond what they said: the relationship and the
 *  culture. Ties keep the list's order. */
function fit(id: string, s: Situation): number {
  const rel = s.relationship;
  const hierarchical = s.hierarchy === 'hierarchical';
  const org = s.organization ?? 'unknown';
  switch (id) {
    case 'optics': return rel === 'skip-level' || rel === 'executive' ? 4 : hierarchical || rel === 'cross-team' ? 3 : 1;
    case 'time': return rel === 'executive' ? 4 : 2;
    case 'readiness': return rel === 'cross-team' || rel === 'executive' ? 3 : 1;
    case 'channel': return org === 'enterprise' || org === 'public-sector' ? 3 : 0;
    case 'sponsorship': return rel === 'former-manager' ? 3 : 0;
    case 'open-ended': return s.rhythm.recurring ? 2 : 1;
    case 'vague': return 2;
    default: return 1;
  }
}

/** How many reasons the prep doc gives in full. */
const FULL_REASONS = 2;

/** Why leaders hesitate, the ones their answer points to first, then the ones that fit this leader. */
export function reasonsOf(s: Situation, signals: readonly FirstResponse[], stakes: string): Reason[] {
  const ranked = rankReasons(reasons(s, stakes, signals.includes('doubts-fit')), signals, s.noReply);
  const pointed = new Set(signals.map((f) => REASON_FOR[f])).size;
  const rest = ranked.slice(pointed).map((r, i) => ({ r, i })).sort((a, b) => fit(b.r.id, s) - fit(a.r.id, s) || a.i - b.i).map((x) => x.r);
  const fullCount = Math.max(FULL_REASONS, pointed);
  return [...ranked.slice(0, pointed), ...rest].map((x, i) => ({ ...x, full: i < fullCount, counter: lowerFirst(x.counter) }));
}
