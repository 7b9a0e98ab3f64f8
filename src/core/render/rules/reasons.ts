import type { FirstResponse } from '../../profile/profile';
import { busyWithIn } from '../firstAnswer';
import { leaderBusyIn } from '../leaderBusy';
import { askMode, fitDoubted, lowerFirst, managerMentionsFirst, papersOf, pointsToProgram, say, signalsOf, stakeOwnerOf, type Scene, type Speak } from './shared';
import type { Phrase } from '../../phrases/phrasebook';
import type { Reason, Situation } from './types';
import { TOO_BIG } from './acknowledgement';

const REASON_FOR: Record<FirstResponse, string> = {
  'no-time': 'time', 'not-now': 'time', noncommittal: 'vague', 'use-the-program': 'channel', 'ask-your-manager': 'optics', 'not-ready': 'readiness', 'no-reply': 'time',
  'yes-with-limits': 'open-ended', referral: 'fit', 'doubts-fit': 'fit', declined: 'time',
};

/** The reasons their first response and their words point to come first, each marked; with no
 *  reply nothing was signalled, so the likeliest reason is named as a guess. */
function rankReasons(speak: Speak, list: Reason[], signals: readonly FirstResponse[], noReply: boolean, reasonFor: (f: FirstResponse) => string): Reason[] {
  const ids = [...new Set(signals.map(reasonFor))];
  if (ids.length === 0) return list;
  const firsts = ids.map((id) => list.find((r) => r.id === id)!);
  const label = (r: Reason) => speak(noReply ? say('reasons-label-likely', { reason: r.id, title: lowerFirst(r.title) })
    : say('reasons-label-signalled', { several: firsts.length > 1 ? 'yes' : 'no', title: lowerFirst(r.title) }));
  return [...firsts.map((r) => ({ ...r, signalled: !noReply, title: label(r) })), ...list.filter((r) => !firsts.includes(r))];
}

/** The script's setting tells them to join or apply to the program they pointed to (a meeting is asked for). */
function settingEnrolls(s: Situation): boolean {
  const mode = askMode({ written: s.rhythm.written, declined: s.declined, noReply: s.noReply, firstResponse: s.firstResponse, offered: s.rhythm.offered !== undefined, writtenFirst: s.writeFirst, informal: s.offer?.shape === 'informal' });
  return pointsToProgram(s) && !mode.noTimeMessage && !(s.noReply && s.rhythm.written);
}

const yes = (b: boolean): string => (b ? 'yes' : 'no');

/** One reason in words: its messages are `reason-<key>-short`, `-title`, `-body` and `-counter`
 *  unless the body or the counter is given. */
function reasonOf(speak: Speak, id: string, key: string, said: { body?: Phrase; counter?: Phrase | Phrase[] } = {}): Reason {
  return { id, short: speak(say(`reason-${key}-short`)), title: speak(say(`reason-${key}-title`)), signalled: false, full: false,
    body: speak(said.body ?? say(`reason-${key}-body`)), counter: speak(said.counter ?? say(`reason-${key}-counter`)) };
}

function timeCounter(r: Situation['rhythm']): Phrase {
  return r.offered ? say('reason-time-counter-offered', { offered: r.offered })
    : r.single ? say('reason-time-counter-single', { summary: r.summary })
    // The rhythm itself is in the header, the 30-second version and the ask: not again here.
    : r.recurring ? say('reason-time-counter-recurring', { live: yes(r.live) })
    : say('reason-time-counter-rare', { summary: r.summary });
}

function openEndedCounter(s: Situation): Phrase {
  const r = s.rhythm;
  return r.offered ? say('reason-open-ended-counter-offered', { offered: r.offered })
    : r.single ? say('reason-open-ended-counter-single', { written: yes(r.written) })
    : say('reason-open-ended-counter-trial', { checked: yes(s.said.hasSuccess), success: s.said.hasSuccess ? s.said.successNarrative : '' });
}

/** How it looks to others: a leader at another company has no chain to step around, but two
 *  companies' confidential work. */
function opticsOf(speak: Speak, s: Situation): Reason {
  const rel = s.relationship;
  const hierarchical = s.hierarchy === 'hierarchical';
  if (s.otherCompany) {
    return reasonOf(speak, 'optics', 'outside', { body: say('reason-outside-body', { company: s.company && s.company !== 'none' ? s.company : 'none' }) });
  }
  const sayIt = yes(hierarchical || rel === 'skip-level');
  const manager = s.managerKnows === true ? say('reason-optics-counter-manager-knows', { sayIt })
    : rel === 'former-manager' ? say('reason-optics-counter-manager-former')
    : say('reason-optics-counter-manager-tell', { mention: yes(hierarchical && !managerMentionsFirst(s)), sayIt });
  return reasonOf(speak, 'optics', 'optics', {
    body: say('reason-optics-body', { protocol: yes(hierarchical && (rel === 'skip-level' || rel === 'executive')), single: yes(s.rhythm.single) }),
    counter: [say('reason-optics-counter-open'), manager, say('reason-optics-counter-share')],
  });
}

/** What the leader's time visibly serves: what their side cares about, or, for a public body, what it
 *  is accountable for; a leader elsewhere whose kind of organization is not known gets no guess. */
function fatigueTie(speak: Speak, s: Situation, stakes: string): Phrase[] {
  const sector = s.otherCompany ? s.theirSector ?? 'unknown' : s.organization ?? 'unknown';
  if (s.otherCompany && sector === 'unknown') return [];
  const theirStakes = s.otherCompany ? speak(say('shared-stakes', { organization: sector })) : stakes;
  return [say('reason-fatigue-tie', { sector, theirs: yes(!!s.otherCompany), stakes: theirStakes, stakeOwner: stakeOwnerOf(s.organization, speak) })];
}

function reasons(speak: Speak, s: Situation, stakes: string, doubtsFit: boolean, busy?: string, referred = false): Reason[] {
  const r = s.rhythm;
  // A doubt about fit is its own reason, not a vague ask ("the ask was too vague" for a
  // leader who said their knowledge was the wrong kind); named only when they voiced it. A referral
  // with no doubt and no workload beside it says the same in other words: someone else fits better.
  const doubt: Reason[] = doubtsFit || referred ? [reasonOf(speak, 'fit', doubtsFit ? 'fit' : 'fit-referral', {
    counter: say('reason-fit-counter', { bridge: s.said.bridge, referred: yes(Boolean(s.referral)), referral: s.referral ?? '', unit: r.unit }) })] : [];
  return [
    ...doubt,
    reasonOf(speak, 'time', 'time', { body: say('reason-time-body', { busy: busy ?? 'none' }), counter: timeCounter(r) }),
    reasonOf(speak, 'vague', 'vague', { counter: say('reason-vague-counter', { challenge: s.said.challengeIs, unit: r.unit }) }),
    reasonOf(speak, 'open-ended', 'open-ended', { counter: openEndedCounter(s) }),
    // Documents ruled out ("no decks"): the preparation is shown in the message, not brought on a page.
    // An informal offer (a coffee): no papers on the table, the preparation is in how the question is put.
    reasonOf(speak, 'readiness', 'readiness', s.noDocuments ? { counter: say('reason-readiness-counter-no-documents') } : papersOf(s) ? { counter: say('reason-readiness-counter-informal') } : {}),
    opticsOf(speak, s),
    // A leader at another company has no mentoring program of yours to point to, unless they named one.
    // Where they pointed to it, the script's setting already says to join it before the meeting.
    ...(s.otherCompany && !signalsOf(s).includes('use-the-program') ? []
      : [reasonOf(speak, 'channel', 'channel', { counter: say('reason-channel-counter', { enrolled: yes(settingEnrolls(s)) }) })]),
    reasonOf(speak, 'fatigue', 'fatigue', { counter: [say('reason-fatigue-counter', { written: yes(r.written) }), ...fatigueTie(speak, s, stakes)] }),
    reasonOf(speak, 'sponsorship', 'sponsorship'),
  ];
}

/** How much each reason applies to this leader beyond what they said: the relationship and the
 *  culture. Ties keep the list's order. */
function fit(id: string, s: Situation): number {
  const rel = s.relationship;
  const hierarchical = s.hierarchy === 'hierarchical';
  const org = s.organization ?? 'unknown';
  switch (id) {
    // An official at another body (or a regulator, an auditor): the conflict of interest comes first.
    // Any leader at another company weighs what may be shared and how it looks (a supplier, a
    // partner, a competitor): a real objection, ranked above the ones any leader may have.
    case 'optics': return s.officialTies ? 6 : s.otherCompany ? 5 : rel === 'skip-level' || rel === 'executive' ? 4 : hierarchical || rel === 'cross-team' ? 3 : 1;
    case 'time': return rel === 'executive' ? 4 : 2;
    case 'readiness': return rel === 'cross-team' || rel === 'executive' ? 3 : 1;
    case 'channel': return org === 'enterprise' || org === 'public-sector' ? 3 : 0;
    case 'sponsorship': return rel === 'former-manager' ? 3 : 0;
    case 'open-ended': return s.rhythm.recurring ? 2 : 1;
    case 'vague': return 2;
    default: return 1;
  }
}

/** They already mentor others: "I already have three mentees", "I'm mentoring two people already", "too many
 *  requests like this". Bounded: linear. */
const MENTORING_LOAD = /\b(?:already|currently) (?:have|got|mentor(?:ing)?|support(?:ing)?)\b[^.;!?]{0,30}\b(?:mentees?|people)\b|\bmentor(?:ing)? [^.;!?]{0,20}\balready\b|\btoo many (?:mentees|requests like this|people asking)\b/i;

/** How many reasons the prep doc gives in full. */
const FULL_REASONS = 2;

/** Why leaders hesitate, the ones their answer points to first, then the ones that fit this leader. */
export function reasonsOf(sc: Scene, stakes: string): Reason[] {
  const { s, say: speak } = sc;
  // A vague yes signals "the ask was too vague" only when their words say so ("not sure what exactly you
  // are asking"); otherwise it points to no reason, and the reasons are ranked by fit.
  const signals = sc.signals.filter((f) => f !== 'noncommittal' || TOO_BIG.test(s.words ?? ''));
  // A referral said with a doubt about their own fit or currency ("I'm not your man; it's moved on; ask
  // Priya") is a fit doubt, not mentoring fatigue, and says nothing about your readiness.
  const fitDoubt = fitDoubted(s, signals);
  // A workload named beside the referral ("with the PRR on my plate") is their time, not mentoring fatigue.
  // Beside a referral, what keeps them from it in their words and language ("while the budget is being negotiated").
  const busy = s.noReply ? undefined : s.firstResponse === 'referral' ? leaderBusyIn(s.words, s.referral ?? s.pointedTo)?.busy : busyWithIn(s.words);
  // Mentoring fatigue only when they said they already mentor others ("I already have three mentees").
  // Without any of these, their reason is the one they gave: someone else fits better.
  const load = !fitDoubt && busy === undefined && MENTORING_LOAD.test(s.words ?? '');
  const reasonFor = (f: FirstResponse): string => (f !== 'referral' || fitDoubt ? REASON_FOR[f] : busy !== undefined ? 'time' : load ? 'fatigue' : REASON_FOR[f]);
  const referred = !fitDoubt && busy === undefined && !load && signals.includes('referral');
  const ranked = rankReasons(speak, reasons(speak, s, stakes, fitDoubt, busy, referred), signals, s.noReply, reasonFor);
  const pointed = new Set(signals.map(reasonFor)).size;
  const score = (id: string): number => (fitDoubt && id === 'readiness' ? 0 : fit(id, s));
  const rest = ranked.slice(pointed).map((r, i) => ({ r, i })).sort((a, b) => score(b.r.id) - score(a.r.id) || a.i - b.i).map((x) => x.r);
  const fullCount = Math.max(FULL_REASONS, pointed);
  return [...ranked.slice(0, pointed), ...rest].map((x, i) => ({ ...x, full: i < fullCount, counter: lowerFirst(x.counter) }));
}
