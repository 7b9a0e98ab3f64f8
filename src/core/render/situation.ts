import type { Communication, FirstResponse, Hierarchy, Organization, Relationship, Tone } from '../profile/profile';
import type { Rhythm } from './rhythm';

/**
 * What is said, per situation. The script, the reasons leaders hesitate, the objection cards and
 * the advice that more than one section repeats are written here from the whole situation
 * (tone, communication, hierarchy, relationship, rhythm, what the leader said first, the kind of
 * organization), not by swapping words in one text. Each recommendation has one source here and
 * is rendered everywhere it appears, so sections cannot contradict each other.
 *
 * Every string is Markdown-ready: the slot texts passed in are already escaped.
 */
export interface Situation {
  tone: Tone;
  communication: Communication;
  hierarchy: Hierarchy;
  relationship: Relationship;
  organization?: Organization;
  firstResponse?: FirstResponse;
  /** The leader already said no (in their words), or never replied. */
  declined: boolean;
  noReply: boolean;
  /** How you address them out loud; '' for no name. */
  address: string;
  rhythm: Rhythm;
  /** Spoken forms of the answers (second person, escaped, or a fill-in prompt). */
  said: {
    challenge: string; challengeIs: string; challengeTopic: string; subjectTopic: string; rhythm: string; expertise: string; initiative: string; bridge: string;
    value: string; valueSentence: string; strengths: string; strengthsSentence: string; expertiseSentence: string; goal: string; success: string; successNarrative: string; successIf: string; successWhether: string; role: string;
    hasGoal: boolean; hasSuccess: boolean; hasInitiative: boolean; hasStrengths: boolean; hasBridge: boolean;
    valueClause: boolean; strengthsClause: boolean; expertiseClause: boolean;
  };
  /** The leader's words the first time, escaped, or ''. */
  words: string;
  /** Every reason their words point to (the profile's first response first); several may apply. */
  signals?: FirstResponse[];
  /** Who they sent you to, in their words ("department head"); "manager" by default. */
  managerWord?: string;
  /** Someone they named instead of themselves ("Maybe talk to Marcos?"). */
  referral?: string;
  /** They doubt they are the right mentor ("I don't think I'd be a good mentor for you"). */
  doubtsFit?: boolean;
  /** When to come back after a "not now", read from their words, and the objection in their terms. */
  comeBack?: { when: string; objection: string; named?: boolean };
}

export interface ScriptPart { n: number; title: string; note: string; lines: string[]; after: string }
export interface Reason { id: string; title: string; body: string; counter: string; signalled: boolean }
export interface Card {
  id: string; objection: string; means: string; answer: string; signalled: boolean;
  /** Among the few most likely in this situation: shown in full in the prep doc; the rest are one line each. */
  likely: boolean;
  /** The same answer in one or two sentences, for the night-before brief: derived from the same
   *  situation (rhythm, fallback, what you bring), so the brief and the cards cannot disagree. */
  short: string;
}

export interface Composed {
  /** `relation`: the opening's line about who you are to them ('' when it has none), for the brief. */
  script: { setting: string; parts: ScriptPart[]; afterNote: string; short: string; relation: string };
  reasons: Reason[];
  objections: Card[];
  advice: Advice;
}

/** Recommendations that more than one section states: one wording, rendered everywhere. */
export interface Advice {
  /** What to keep in front of you during the meeting (opening line of the doc and the cards). */
  inTheRoom: string;
  /** The graceful exit, in the chosen tone (indirect cultures: said once, in the ask). '' when not offered. */
  exit: string;
  /** Where the date to pick it up again goes after a "not now". */
  notNowDate: string;
  /** What a lukewarm first answer means here. */
  premise: string;
  /** What the organization cares about, in its own terms. */
  stakes: string;
  /** The word for the organization in sentences ("the company", "the council"…). */
  orgNoun: string;
  /** Whether and how the manager comes in before the ask. */
  managerFirst: string;
  /** A short note when the tone clashes with the culture; '' when they fit. */
  toneNote: string;
  /** What to do when they need time, the same rule the script's "think about it" line follows. */
  ifTheyNeedTime: string;
  /** The program they pointed you to ("mentoring programme"), '' when they did not. */
  program: string;
  /** "applied to the mentoring programme", "joined the architecture guild"; '' when none. */
  programJoined: string;
  /** Their own milestone for coming back ("after we close the Series B"), '' when they named none. */
  milestone: string;
  /** What to say if the answer in the room is no: thanks, and the referral (the brief's walk-away). */
  ifNo: string;
  /** Someone they named instead of themselves, '' when they did not. */
  referral: string;
  /** For a leader who already said no or never replied: how to decide whether to ask again. */
  reopen: string[];
  /** When to come back after a "not now", from their words: "the week after the Series B closes". */
  comeBack: string;
}

/**
 * How the second ask is made, from the rhythm and the first answer. One definition for the script,
 * the templates' `is` flags (context.ts) and the checklist's titles (steps.ts).
 * - `inWriting`: the ask is itself a written message (everything proposed is written, and time was
 *   the worry or the first ask went unanswered);
 * - `noTimeMessage`: the part of it where time was the worry (the no-reply message has its own script);
 * - `theConversation`: after a written no, the meeting the request asked for is the single conversation.
 */
export function askMode(o: { written: boolean; declined: boolean; noReply: boolean; firstResponse?: FirstResponse }): { inWriting: boolean; noTimeMessage: boolean; theConversation: boolean } {
  const noTimeMessage = o.written && !o.declined && !o.noReply && o.firstResponse === 'no-time';
  return { inWriting: noTimeMessage || (o.written && !o.declined && o.noReply), noTimeMessage, theConversation: o.declined && !o.written };
}

/** What their first answer and their words point to, the profile's first response first. */
function signalsOf(s: Situation): readonly FirstResponse[] {
  return s.signals ?? (s.firstResponse ? [s.firstResponse] : []);
}

function pick(tone: Tone, formal: string, warm: string, concise: string): string {
  return tone === 'formal' ? formal : tone === 'warm' ? warm : concise;
}

const STAKES: Record<Organization | 'unknown', [string, string]> = {
  startup: ['runway, speed to the next milestone, and keeping the product easy to change', 'the company'],
  'scale-up': ['reliability while it grows, onboarding new teams, and delivery speed', 'the company'],
  enterprise: ['cost, risk, delivery dates and customers', 'the company'],
  'public-sector': ['service to the public, statutory and audit duties, budget cycles and procurement rules', 'the organization'],
  nonprofit: ['the mission, stretched budgets, and the trust of funders and the people served', 'the organization'],
  unknown: ['cost, risk, delivery and the people it serves', 'the organization'],
};

export function compose(s: Situation, toneNote: string): Composed {
  const { tone, rhythm: r, said } = s;
  const indirect = s.communication === 'indirect';
  const hierarchical = s.hierarchy === 'hierarchical';
  const closed = s.declined || s.noReply;
  const signals = signalsOf(s);
  const mode = askMode({ written: r.written, declined: s.declined, noReply: s.noReply, firstResponse: s.firstResponse });
  const mgr = s.managerWord ?? 'manager';
  const comeBack = s.comeBack ?? { when: 'at the start of next quarter', objection: 'Let’s revisit this next quarter.' };
  // They sent you to your manager in their words, though their first response was something else.
  const sentToManager = signals.includes('ask-your-manager');
  const name = s.address ? `, ${s.address}` : '';
  const P = (f: string, w: string, c: string) => pick(tone, f, w, c);

  // ---- Advice with one source ----------------------------------------------------------------
  const exit = indirect || s.declined
    ? P('If the timing is not right, I will understand completely.', 'And if the timing isn’t right, I completely understand.', 'If the timing is wrong, say so; that’s fine.')
    : '';
  const [stakes, orgNoun] = STAKES[s.organization ?? 'unknown'];
  const managerFirst = s.relationship === 'former-manager'
    ? 'Tell your current manager before you ask. You need no introduction to someone who already knows you; what you need is for your manager never to hear about it second-hand.'
    : hierarchical || s.relationship === 'skip-level'
      ? `Talk to your manager before you ask${hierarchical ? ', and ask whether they would mention the idea to the leader first' : ''}. In the meeting, say that your manager knows and supports it, before the ask itself.`
      : 'Tell your manager before you ask, so nobody hears about it second-hand.';
  const premise = s.declined
    ? 'That door is closed unless they open it: ask once more only if something has genuinely changed, make it much smaller, and make it effortless to decline again. Otherwise, choose someone else.'
    : s.noReply
      ? 'Silence from a senior leader is usually overload, sometimes a polite no. Ask once more, in person or in three lines, much smaller; if that goes unanswered too, take it as a no and choose someone else.'
      : indirect
        // Their own words, when they were a short non-answer (reader 7: "Let me think about it" from
        // a Japanese CTO read exactly like "Interesting idea").
        ? `In an indirect culture ${signals.includes('noncommittal') && s.words && s.words.split(' ').length <= 12 ? `“${s.words.replace(/[.!]+$/u, '')}”` : 'a lukewarm answer'} can be a polite no as easily as a “not like this”. Treat it as a door left ajar: ask once more, smaller, and make it easy to decline. If they defer again, send the summary and offer dates once; no reply within two weeks is a no.`
        : s.firstResponse === 'not-now'
          ? `They put it off${putOffUntil(s.comeBack)}: an answer about timing, not a no. Come back when they said, with an ask small enough to start now.${s.rhythm.cadence === 'weekly' ? ' Weekly is the heaviest rhythm to bring to someone who deferred: consider every two weeks to start.' : ''}`
          : s.firstResponse === 'no-time'
            ? 'They said time was the problem, not the idea: the second ask has to cost less time than the first one sounded like, and say exactly how much.'
            : 'A lukewarm first answer usually means the ask felt big, vague or open-ended, not that the door is closed.';
  const inTheRoom = mode.inWriting
    ? 'The ask is a written message, so read the script once, out loud, before you send it: if it does not sound like you, change the words, not the ask. The objection cards are your replies if they write back with a question.'
    : 'In the meeting, keep only your one-page summary in front of you. Read the script and the objection cards beforehand, out loud, until you no longer need them.';
  const notNowDate = 'agree on a month, then put a reminder in your own calendar, not theirs, and send a short note when it comes.';
  const reopen = closed ? [
    `**Ask again only if something has changed**: a new decision where their experience is specific, a smaller arrangement, or a better time for them. If nothing has, a second ask is the same ask.`,
    '**Make it one conversation, not an arrangement.** Ask for a single conversation on one decision; a second one is theirs to offer.',
    '**Choose someone else when the answer repeats.** Two people worth asking instead: someone who worked closely with them on the same kind of problem, or a peer of theirs in another part of the organization. A good mentor for this problem is better than the most senior one.',
    '**Keep the relationship either way.** A short note when the work reaches a milestone, with no ask attached, keeps the door from closing completely.',
  ] : [];

  // The walk-away when the answer is no (reader 10: the brief had only the closing for a yes).
  const ifNo = s.referral
    ? P(`I understand. I will stay in touch with ${s.referral}, as you suggested. Is there anyone else you would suggest I speak with?`, `Completely understood. I’ll stay in touch with ${s.referral}, as you suggested. Anyone else you’d suggest I talk to?`, `Understood. I’ll stay in touch with ${s.referral}. Anyone else I should talk to?`)
    : P('I understand. Is there someone you would suggest I speak with?', 'Completely understood. Is there someone you’d suggest I talk to?', 'Understood. Anyone you’d suggest I talk to?');
  // ---- The script -----------------------------------------------------------------------------
  const parts: Omit<ScriptPart, 'n'>[] = [];

  const thanks = hierarchical
    ? P(`Thank you for agreeing to meet with me${name}; I know how many demands there are on your time.`, `Thank you for making the time${name}; I know how much is on your plate.`, `Thank you for the time${name}. I’ll be brief.`)
    : s.firstResponse === 'no-time' && !closed
      ? P(`Thank you for making time for this${name}; I will keep it to ${r.meetingMinutes} minutes.`, `Thanks for fitting me in${name}; I’ll keep this to ${r.meetingMinutes} minutes.`, `Thanks for the time${name}. ${capFirst(spellMinutes(r.meetingMinutes))} minutes, no more.`)
      : P(`Thank you for making time for this${name}.`, `Thanks for fitting me in${name}.`, `Thanks for the time${name}.`);
  const ack = acknowledgement(s, P);
  // Time was the problem and everything proposed is written: the ask is a message too, not a
  // meeting (review 2). The noReply + written case below is the other message-shaped script.
  const inWriting = mode.noTimeMessage;
  const opening: string[] = [inWriting && /\bstretched\b/i.test(s.words)
    ? P(`When I first asked, you said you were stretched thin${name}, so what I would like to propose needs none of your calendar: everything happens in writing, in your own time.`,
      `Last time you said you were stretched thin${name}, and I heard that. So what I have in mind needs none of your calendar: it all happens in writing, whenever it suits you.`,
      `Last time you were stretched thin${name}. So this needs none of your calendar: it is all in writing, in your own time.`)
    : inWriting
    ? P(`When I first raised mentorship, you mentioned how full your calendar is${name}, so what I would like to propose needs none of it: everything happens in writing, in your own time.`,
      `Last time you told me your calendar was packed${name}, and I heard that. So what I have in mind needs none of it: it all happens in writing, whenever it suits you.`,
      `Last time the problem was time${name}. So this needs none of your calendar: it is all in writing, in your own time.`)
    : `${thanks} ${ack}`];
  if (sentToManager && s.firstResponse !== 'ask-your-manager' && !s.declined) {
    opening.push(P(`As you suggested, I have spoken with my ${mgr} first, and they support this.`, `As you suggested, I talked to my ${mgr} first, and they’re supportive.`, `As you suggested, I spoke to my ${mgr} first. They support this.`));
  }
  // They named someone ("Maybe talk to Marcos?"): you did, before coming back (reader 12; the setting says so).
  if (s.referral && !closed) opening.push(P(`As you suggested, I have spoken with ${s.referral}; what I would still value your view on is one specific decision.`, `As you suggested, I talked to ${s.referral}; what I’d still love your take on is one specific decision.`, `I talked to ${s.referral}, as you suggested. One decision still needs you.`));
  // Who you are to them, said once in the opening (former manager, skip-level, cross-team).
  const relationLine = s.relationship === 'former-manager'
    ? P(
      'This is a different request from the ones I brought you as my manager. You are not responsible for my career any more, and I am not asking you to be. What I would value is your judgment on hard decisions.',
      'I want to be clear this isn’t like when you were my manager. You’re not responsible for my career any more, and I’m not asking you to be. What I’d love is your judgment on the hard calls.',
      'Different from when you managed me: not my career, just your judgment on hard decisions.')
    // Skip-level: the manager knows, after a no or silence too (readers 7 and 8).
    : s.relationship === 'skip-level' && !sentToManager
      ? P(
        'I have talked this through with my manager first; they know I am here, and why.',
        'I’ve talked this through with my manager first, so they know I’m here and why.',
        'My manager knows I’m here, and why.')
      : s.relationship === 'cross-team'
        ? P(
          'As I am not on your team, let me be clear: I am asking for your advice on one problem, not for your people’s time.',
          'I know I’m not on your team, so to be clear up front: I’m asking for your advice on one problem, not your people’s time.',
          'This needs your advice, not your people’s time.')
        : '';
  // Its first sentence only: the brief has one printed page. (A split on ". ": linear.)
  const relation = relationLine ? relationLine.split('. ')[0]!.replace(/[^.?!]$/u, '$&.') : '';
  if (relationLine && s.relationship !== 'cross-team') opening.push(relationLine);
  // In a hierarchy the manager is named before the ask itself (reader 8: it came after the short
  // version), and only once that conversation has happened (the opening's note says so).
  const managerLine = s.relationship !== 'former-manager' && s.relationship !== 'skip-level' && !sentToManager && hierarchical;
  if (managerLine) {
    opening.push(P('I have discussed this with my manager, who supports it.', 'I’ve talked this through with my manager, and they’re supportive.', 'My manager knows and supports this.'));
  }
  // Executives, and direct cultures, hear the ask first and the reasons after it.
  // Direct cultures hear the ask first and the reasons after it (executives too). Indirect ones
  // hear acknowledgement, then context, then the ask, whatever the title (review #10).
  const askFirst = !closed && !indirect && !inWriting;
  if (askFirst) {
    opening.push(s.relationship === 'executive'
      ? P(`Let me give you the short version first. ${r.short}`, `Here’s the short version. ${r.short}`, r.short)
      : P(`Let me start with what I am asking, and then explain why. ${r.short}`, `Let me start with the ask, then the why. ${r.short}`, `Short version first. ${r.short}`));
  }
  // Cross-team: "this needs your advice" refers to the ask, so it follows it (reader 8).
  if (relationLine && s.relationship === 'cross-team') opening.push(relationLine);
  if (said.hasInitiative && !closed) {
    opening.push(indirect || hierarchical
      ? P(`I would like to acknowledge the work you led on ${said.initiative}. It has shaped how I approach my own role as ${said.role}.`,
        `Part of why I wanted to ask you is the work you led on ${said.initiative}. I’ve learned a lot from how that was done.`,
        `Your work on ${said.initiative} is why I’m asking you.`)
      : P(`The work you led on ${said.initiative} is the reason I am asking you.`, `The work you led on ${said.initiative} is a big part of why I’m asking you.`, `Your work on ${said.initiative} is why I’m asking you.`));
  }
  parts.push({ title: 'Opening: thank them and reset the ask', note: managerLine ? '*Say the line about your manager only after that conversation has happened (the “Manager first” template in Mentorship Prep prepares it); otherwise leave it out.*' : '', lines: opening, after: '' });

  const connection: string[] = [];
  // A clause about them ("You led the move to Kafka") is said on its own, then tied to the ask.
  const exp = said.expertiseClause
    ? P(`${said.expertiseSentence} That experience is directly relevant, and I believe your perspective on ${said.bridge} would help us avoid expensive mistakes.`,
      `${said.expertiseSentence} That’s exactly the perspective I don’t have yet, and I’d really value your take on ${said.bridge}.`,
      `${said.expertiseSentence} That’s the experience I need. I want your view on ${said.bridge}.`)
    : P(`Your experience with ${said.expertise} is directly relevant, and I believe your perspective on ${said.bridge} would help us avoid expensive mistakes.`,
      `Your experience with ${said.expertise} is exactly the perspective I don’t have yet, and I’d really value your take on ${said.bridge}.`,
      `You know ${said.expertise} better than anyone I can ask. I want your view on ${said.bridge}.`);
  connection.push(P(
    `Our current challenge is ${said.challengeIs}. ${exp}`,
    `What’s on my mind most right now is ${said.challengeTopic}. ${exp}`,
    `Our current challenge is ${said.challengeIs}. ${exp}`));
  if (said.hasGoal) {
    connection.push(P(
      `It is also part of a larger goal: within a year, I want to ${said.goal}.`,
      `It’s also part of something bigger for me: in a year, I want to ${said.goal}.`,
      `Bigger goal: in a year, I want to ${said.goal}.`));
  }
  if (s.relationship === 'skip-level') {
    connection.push(P('From where you sit, you see how decisions like this play out across several teams, which is the view I cannot get from inside mine.', 'From where you sit, you see how this kind of decision plays out across teams, and that’s the view I can’t get from inside mine.', 'You see how this plays out across teams; I only see my own.'));
  }
  if (s.relationship === 'executive' && !closed) {
    connection.push(P('I know your time is the scarcest thing here, so I will only bring decisions that are worth it.', 'I know your time is about the scarcest thing around here, so I’ll only bring you decisions that are worth it.', 'Your time is scarce; I’ll only bring decisions worth it.'));
  }
  if (s.relationship === 'former-manager') {
    connection.push(P('You know how I think, so if you see a flaw in my reasoning on a decision, I would ask you to say so.', 'You know how I think, so if you spot a flaw in my reasoning on a decision, please say so.', 'You know how I think. If you see a flaw in my reasoning, say so.'));
  }
  parts.push({ title: 'Connection: your expertise, my challenge', note: '', lines: connection, after: '' });

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
      `This conversation is the whole ask. My question: ${question}. My options and my pick are in the pre-read; I’d value your critique.`));
  } else if (closed) {
    const one = r.written ? 'one written question' : `one conversation of ${r.minutes} minutes`;
    ask.push(P(
      `So my request is much smaller than before: ${one}, on ${said.hasBridge ? 'this single decision' : 'where we should start'}. If it is useful, we can decide afterwards whether there should be another.`,
      `So my ask is much smaller than last time: ${one}, on ${said.hasBridge ? 'this one decision' : 'where we should start'}. If it helps, we can decide afterwards whether there’s a second.`,
      `The ask: ${one}, on ${said.hasBridge ? 'this one decision' : 'where we should start'}. A second one is your call.`));
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
  if (!closed) {
    if (s.relationship === 'skip-level') {
      ask.push(P('I would keep it to architecture decisions; anything about the team stays with my manager, and I will share the summaries with them, so that this strengthens our team rather than going around it.',
        'I’d keep it to architecture decisions; team matters stay with my manager, and I’ll share the summaries with them too, so this strengthens our team rather than going around it.',
        'Architecture only; team matters stay with my manager, who gets the summaries too.'));
    }
    // A written ask already says each note is one decision (reader 6: a fragment in a message).
    if (s.relationship === 'former-manager' && !r.written) ask.push(P('And I will bring decisions, not status reports.', 'And I’ll bring you decisions, not status reports.', 'I’ll bring decisions, not status reports.'));
    // Indirect: the ask stays short; the business framing is advice, not another line (reader 7).
    if (s.relationship === 'executive' && !indirect) ask.push(P(`I will frame each decision in terms of what it means for ${STAKE_OWNER[s.organization ?? 'unknown']}, not only the technology.`, `I’ll frame each decision in terms of what it means for ${STAKE_OWNER[s.organization ?? 'unknown']}, not just the technology.`, `Each decision framed for ${STAKE_OWNER[s.organization ?? 'unknown']}, not just the tech.`));
    // Indirect: one exit only, in the ask; the staff referral is left to its card (reader 9).
    if (s.relationship === 'executive' && !indirect) ask.push(P('If someone on your staff would be better placed for a given decision, I would be grateful for an introduction; that is a good outcome too.', 'And if someone on your staff is better placed for a given decision, just point me to them; that’s a great outcome too.', 'If someone on your staff fits a decision better, point me there; that’s fine too.'));
    // Cross-team: the summaries are offered once, in the closing (reader 11).
    // As needed only works if there is a first decision: name it, so "when a decision needs it"
    // is not a polite way of saying never.
    // (The question itself was just said in the connection: refer to it, do not repeat it.)
    // A written ask attaches the one-pager (the brief, the checklist and the request say so too).
    if (!r.recurring && said.hasBridge && inWriting) ask.push(P('The first of those questions is in the one-page summary attached.', 'The first one is in the one-page summary I’ve attached.', 'The first one is in the attached one-pager.'));
    else if (!r.recurring && said.hasBridge) ask.push(P('The first of those questions is already on my desk.', 'The first of those is already on my desk, in fact.', 'The first question is ready now.'));
    // The written ask's opening already said it needs none of their calendar: not said twice.
    if (!r.recurring && r.written && inWriting) ask.push(P('I would write only when a decision is ready, and ‘not this time’ is always a fine answer.', 'I’d only write when a decision is ready, and ‘not this time’ is always a fine answer.', 'I’ll write only when a decision is ready, and ‘not this time’ is a fine answer.'));
    else if (!r.recurring && r.written) ask.push(P('There is nothing to put in your calendar: I would write only when a decision is ready, and ‘not this time’ is always a fine answer.', 'Nothing goes in your calendar: I’d only write when a decision is ready, and ‘not this time’ is always a fine answer.', 'Nothing in your calendar. I write only when a decision is ready; ‘not this time’ is fine.'));
    else if (!r.recurring) ask.push(P(`There is nothing to put in the calendar now: I would come to you only when a decision is ready, and you can always say ‘not this time’.`, 'Nothing goes in the calendar now: I’d only come to you when a decision is ready, and ‘not this time’ is always a fine answer.', 'Nothing in the calendar. I come when a decision is ready; ‘not this time’ is fine.'));
    else if (r.written) ask.push(P('Nothing needs to go in your calendar; you answer when it suits you, and a few lines are enough.', 'Nothing goes in your calendar; you answer whenever it suits you, and a few lines are plenty.', 'Nothing in your calendar. Answer when it suits you; a few lines is enough.'));
    switch (s.firstResponse) {
      case 'no-time':
        // The cost, said plainly; the lighter version is kept for the card, if they still hesitate
        // (offered once, not before they object: review 5).
        if (r.totalTime) ask.push(P(`In total, that is ${r.totalTime} of your time ${r.format === 'mixed' ? 'in calls ' : ''}over three months.`, `${r.format === 'mixed' ? 'In calls, that’s' : 'All in, that’s'} ${r.totalTime} over three months.`, `${capFirst(r.totalTime)} over three months in total.`));
        if (r.live) ask.push(P('I will keep an eye on the clock, and we stop on time.', 'I’ll keep an eye on the clock, and we stop on time.', 'I watch the clock; we stop on time.'));
        break;
      // not-now: the way out was offered in the opening; a second one mid-ask invites the no
      // before the ask is finished (reader 6).
      case 'noncommittal':
        if (indirect || hierarchical) {
          // Said last, after the written summary: a date is offered, never pressed for.
          // With an assistant the closing says it ("Your assistant and I can find the dates…"): once (reader 9).
          if (!(r.assistant && s.relationship === 'executive' && indirect)) tail.push(P(`Once you have had a chance to consider it, I would be glad to suggest a few dates${r.assistant ? ' to your assistant' : ''}.`, `Once you’ve had a chance to think it over, I’m happy to suggest a few dates${r.assistant ? ' to your assistant' : ''}.`, `When you’ve considered it, I’ll suggest dates${r.assistant ? ' to your assistant' : ''}.`));
          break;
        }
        ask.push(r.written
          ? P('So that it does not become one more thing for you to remember, I would send the first note this week.', 'So it doesn’t become one more thing for you to remember, I’d send the first note this week.', 'I’d send the first note this week.')
          : P('So that it does not become one more thing for you to remember, I would send you two or three options for the first conversation this week.', 'So it doesn’t become one more thing for you to remember, I’d send you a couple of options for the first conversation this week.', 'I’d send two or three possible times for the first one this week.'));
        break;
      // use-the-program: no "run it through the program": they named the channel as the
      // alternative to them, and it may count nothing for this (reader 9).
      default: break;
    }
  }
  if (said.hasSuccess && !closed) {
    ask.push(P(`After three months, I would count it a success if ${said.successIf}; at that point we can review whether to continue.`,
      `After three months, I’d call it a success if ${said.successIf}, and we can decide together whether to keep going.`,
      `Success after three months: ${said.success}.`));
  } else if (!closed) {
    ask.push(P('At the end of the three months, we can review whether it is worth continuing.', 'After three months we see if it’s still useful for both of us, no hard feelings either way.', 'After three months we review; stopping is a fine result.'));
  }
  if ((hierarchical || indirect) && !closed) {
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
  parts.push({ title: isTheConversation ? 'The question: one decision, your options' : 'The ask: small, time-boxed, easy to say yes to', note: '', lines: [...ask, ...tail], after: '' });

  const pauseNote = s.declined && !indirect
    ? '*Stop talking. You have offered the exit once; do not add another, and do not argue the first no again. If the answer is still no, thank them and stop there: it is final, and taking it well is what keeps the relationship.*'
    : indirect || s.declined
    ? `*Stop talking. You have offered the exit once; do not add another (“…but only if you have time…”), because each extra qualifier shrinks the ask. Do not press for a yes in the room: listen for a soft no (“that might be difficult”), thank them, and let the written summary carry the answer.*`
    : `*Stop talking. Let the silence do its work; count to five if you need to. Anything you add now (“…but only if you have time, no pressure at all…”) shrinks the ask and signals doubt. Let them answer first, then listen for the objection behind their words and use the matching card.*`;
  // The script's line and the brief's rule, from one decision (reader 6: "check back next week"
  // in the script, "do not chase" in the brief).
  const ifTheyNeedTime = mode.theConversation
    // The meeting is the whole ask: no dates left to offer (reader 12).
    ? 'If they end early or defer, thank them and send the summary; ask for nothing more.'
    : hierarchical && !indirect && !s.declined
    ? 'If they need time, send the summary today and wait; do not chase.'
    : indirect || s.declined
      ? 'If they need time, send the summary and offer dates once; no reply within two weeks is a no.'
      : r.written && !(s.firstResponse === 'no-time' && r.totalTime)
        ? 'If they need time, send the summary today, written the way the notes would be, and let it speak.'
        : !r.recurring && !(s.firstResponse === 'no-time' && r.totalTime)
          ? 'If they need time, nothing needs deciding: come back with the first real decision.'
          : 'If they need time, send the summary today and check back once, next week.';
  const think = hierarchical && !indirect && !s.declined
    ? P('Of course. I will send a short written summary today, and I will wait to hear from you.', 'Of course. I’ll send you a short summary today and wait to hear from you.', 'Of course. Summary today; I’ll wait for you.')
    : indirect || s.declined
    // The summary was promised in the ask: said once, not again here.
    ? P('Of course, please take whatever time you need. I will suggest dates once, and then leave it with you.', 'Of course, take all the time you need. I’ll suggest dates once, and then it’s with you.', 'Of course. I’ll suggest dates once; then it’s with you.')
    : s.firstResponse === 'no-time' && r.totalTime
      ? P(`Of course. The summary I send today will show exactly what it would cost you: ${r.totalTime} over three months. I will follow up at the end of next week.`, `Of course. The note I send today will show exactly what it costs you, ${r.totalTime} over three months, and I’ll check in next week.`, `Sure. The summary I send today will show the cost: ${r.totalTime} over three months. I’ll check back next week.`)
      : r.written
        ? P('Of course. I will send the summary today, written the way the notes would be, so that you can see exactly what you would be agreeing to.', 'Of course. I’ll send the summary today, written just like the notes would be, so you can see exactly what you’d be signing up for.', 'Sure. Summary today, written like the notes would be. You’ll see what you’re agreeing to.')
        : !r.recurring
          ? P('Of course. Nothing needs deciding today; when the first decision is ready, I will bring it with the question, and you can decide then.', 'Of course. Nothing needs deciding today; when the first real decision comes up, I’ll bring it with the question and you can decide then.', 'Sure. Nothing to decide today. I’ll come with the first real decision; decide then.')
          : P('Of course. Would it help if I sent a short written summary, so you can consider it when convenient? I will follow up at the end of next week.', 'Totally fair. I’ll send you a short note with the proposal so it’s easy to look at later, and I’ll check in again next week, if that works for you?', 'Sure. I’ll send a three-line summary today and check back next week.');
  // What to listen for in this situation: the relationship, what they said first, the rhythm.
  const listen: string[] = [];
  // One rule for a deferred answer, the same in the premise, the pause and the cards (review 3).
  const deferRule = 'If they defer (“let me think about it”), do not press: send the summary and offer dates once; no reply within two weeks is a no.';
  if (hierarchical) listen.push('In a hierarchical setting a leader may want to think it over or consult someone first; that is not yet a refusal.');
  listen.push({
    'skip-level': 'If they ask whether your manager knows, say yes in one sentence and stop; do not discuss your manager or the team.',
    'cross-team': 'If they worry about their own team’s time, repeat once that you are asking for their advice only, not their people.',
    executive: 'If they hand you to someone on their staff, take it gracefully and ask for the introduction; the door to them stays open.',
    'former-manager': 'If they slip back into managing you (“have you thought about your career…”), thank them and bring it back to the decision.',
  }[s.relationship]);
  const listenFor: Partial<Record<FirstResponse, string>> = {
    'no-time': 'If they still hesitate about time, offer the lighter version on the first card, once, and stop there.',
    'not-now': 'If they say “later” again, agree on a month before you leave, and make it theirs.',
    noncommittal: deferRule,
    'use-the-program': `If they point to the ${programPointed(s) ?? 'program'} again, agree to join it and ask whether this narrower request can run alongside.`,
    'ask-your-manager': 'If they ask what your manager said, answer in one sentence, accurately.',
    'not-ready': 'If readiness comes up again, hand over the write-up and let it speak; do not argue your case.',
  };
  if (s.firstResponse && listenFor[s.firstResponse] && !closed) listen.push(listenFor[s.firstResponse]!);
  else if ((hierarchical || indirect) && !closed) listen.push(deferRule);
  if (!r.recurring && !closed) listen.push('If they ask how often this would be, the honest answer is “rarely, and only with a real decision”; do not invent a rhythm to sound committed.');
  if (r.written && !closed) listen.push('If they would rather talk now and then, say yes: the written rhythm is a floor, not a wall.');
  const pauseFull = `${pauseNote}

${listen.map((l) => `- ${l}`).join('\n')}`;
  if (isTheConversation) {
    parts.push({ title: 'Their view', note: '*Stop talking and let them read your options. Ask for their critique, then listen: note the reasons, not only the verdict. Ask for nothing more; a second conversation is theirs to offer.*', lines: [], after: '' });
  } else {
    parts.push({ title: 'The pause', note: pauseFull, lines: [think], after: 'If they say they need to think about it:' });
  }

  const closing = isTheConversation
    ? P('Thank you; this was exactly what I asked for. If another conversation would ever be useful to you, I would welcome it, but it is entirely yours to offer.', 'Thank you, this was exactly what I hoped for. If another conversation would ever be useful to you, I’d love that, but it’s completely your call.', 'Thanks; that was the whole ask. Another one is your call.')
    : hierarchical && !s.declined
    ? P('Thank you for your time and for considering this. I will follow your lead on the next step.', 'Thank you so much for considering it. I’ll follow your lead on what comes next.', 'Thank you. Your call on next steps.')
    : s.declined
    ? P('Thank you for hearing me out again. If the answer is still no, I will take that as final, and I am grateful for your candor.', 'Thank you for hearing me out again. If it’s still a no, I’ll take that as final, and I really appreciate your honesty.', 'Thanks for hearing me out again. If it’s still no, that’s final.')
    : indirect
      ? P('Thank you for considering this. Whatever suits you best will suit me.', 'Thank you, really. Whatever you decide, I appreciate you hearing me out.', 'Thanks. Whatever you decide works for me.')
      : r.recurring
        ? P(`Thank you for considering this. If the answer is yes, I will send the first ${r.written ? 'note' : 'pre-read'} within the week.`, `Thank you, really. If it’s a yes, I’ll send the first ${r.written ? 'note' : 'pre-read'} this week.`, `Thanks. If it’s a yes, you’ll have the first ${r.written ? 'note' : 'pre-read'} this week.`)
        : P('Thank you for considering this. If the answer is yes, I will come to you when the first decision is ready, and not before.', 'Thank you, really. If it’s a yes, I’ll come to you when the first decision is ready, and not before.', 'Thanks. If yes, I’ll come when the first decision is ready.');
  const closingExtra = s.declined ? '' : s.relationship === 'former-manager'
    ? P(' It would be good to work with you again, in a different way.', ' It’d be really good to work with you again, just in a different way.', ' Good to work with you again, differently.')
    : s.firstResponse === 'no-time'
      // One thank-you in the closing, not two (reader 8).
      ? P(' I know how full your calendar is, so I will keep everything short.', ' I know how packed your calendar is, so I’ll keep everything short.', ' I know the calendar is full.')
      // Skip-level: the manager was named in the opening; not again on the way out.
      : s.relationship === 'cross-team'
        ? P(' If the summaries would be useful to your team, they are yours to share.', ' And if the summaries would help your team, they’re yours to share.', ' The summaries are yours to share with your team.')
      : s.relationship === 'executive'
          // The summary goes to them (promised above); only the scheduling goes elsewhere.
          ? (r.assistant
            ? (indirect
              // "I will follow your lead" was just said: the dates are theirs to set, through the assistant.
              ? P(' Your assistant and I can find the dates once you have decided.', ' Your assistant and I can sort out dates once you’ve decided.', ' Dates via your assistant, once you decide.')
              : P(' I will send you the short summary today and arrange any dates with your assistant.', ' I’ll send you the short summary today, and sort the dates out with your assistant.', ' Summary to you today; dates via your assistant.'))
            : P(' I will send you the short summary today, and the invites myself.', ' I’ll send you the short summary today, and the invites myself.', ' Summary today; I’ll send the invites myself.'))
          : '';
  parts.push({ title: 'Closing', note: '', lines: [closing + closingExtra], after: '' });

  const afterNote = isTheConversation
    ? '*Within a day, send the summary: what you decided because of their input. A second conversation is theirs to offer; do not ask for one.*'
    : s.declined && !indirect
    ? `*If the answer is yes, confirm it in writing the same day and keep to the single ${r.written ? 'question' : 'conversation'} you asked for; a second one is theirs to offer.*`
    : indirect || s.declined
    ? `*If the answer is yes, confirm it in writing the same day and let them choose the first ${r.live ? 'date' : 'question'}; a yes in an indirect culture is made firm on paper, not by pressing in the room.*`
    : r.recurring && r.live
      ? '*If the answer is yes, agree on the first date and topic before you leave the room. A yes without a date tends to fade.*'
      : `*If the answer is yes, agree before you leave on the first decision you will ${r.written ? 'put in writing' : 'bring'}. A yes without a first step tends to fade.*`;

  const setting = settingOf(s, mode.noTimeMessage);

  // The same reasons, cards and advice whatever form the script takes.
  const program = programPointed(s);
  const shared = {
    reasons: rankReasons(reasons(s, stakes), signals, s.noReply).map((x) => ({ ...x, counter: lowerFirst(x.counter) })),
    objections: rankCards(cards(s, P, comeBack), signals, s),
    advice: { inTheRoom, exit, notNowDate, premise, stakes, orgNoun, managerFirst, toneNote, reopen, comeBack: comeBack.when, ifTheyNeedTime, program: program ?? '', programJoined: program ? joinedThe(program) : '', milestone: s.firstResponse === 'not-now' && s.comeBack?.named ? s.comeBack.when : '', ifNo, referral: s.referral ?? '' },
  };

  if (inWriting) {
    const message: Omit<ScriptPart, 'n'>[] = [
      { title: 'Opening: one line of context', note: '', after: '', lines: opening },
      { title: 'Connection: your expertise, my challenge', note: '', after: '', lines: connection },
      { title: 'The ask: small, written, easy to say yes to', note: '', after: '', lines: [...ask, ...tail] },
      { title: 'Closing', note: '', after: '', lines: [P('Thank you for considering it.', 'Thanks so much for considering it.', 'Thanks for considering it.')] },
    ];
    return {
      script: { setting, parts: message.map((p, i) => ({ n: i + 1, ...p })), relation, afterNote: '*Then wait. If they say yes, send the first note, with one decision in it, within the week. If a week passes with no answer, send one short reminder; if that goes unanswered too, take it as a no.*', short: thirtySeconds(s, r.short, P) },
      ...shared,
    };
  }

  // No reply to a written ask, and a written rhythm: the re-ask is the written question itself
  // (review #7). No room, no pause, no "would that work": a message that can be answered in lines.
  if (s.noReply && r.written) {
    const message: Omit<ScriptPart, 'n'>[] = [
      { title: 'Opening: one line of context', note: '', after: '', lines: [P(
        `I wrote to you about mentorship a while ago${name}. I know how many messages reach you, so this time I am asking for much less: one question, on one decision.`,
        `I wrote to you about mentorship a while back${name}. I know how full your inbox is, so this time I’m asking for much less: one question, on one decision.`,
        `I wrote to you a while ago${name}. This time: one question, one decision.`)] },
      { title: 'The question', note: '', after: '', lines: [
        ...connection,
        P(`My question is about ${said.bridge}. Below are the decision, my options and my recommendation, in a few lines; a reply of two or three lines would be enough.`,
          `My question is about ${said.bridge}. The decision, my options and what I’d recommend are below, in a few lines; two or three lines back would be plenty.`,
          `My question: ${said.bridge}. Decision, options and my pick below; two or three lines back is enough.`),
        said.valueClause ? P(`In return: ${said.valueSentence}`, `In return: ${said.valueSentence}`, `In return: ${said.valueSentence}`) : P(`In return, I will share ${said.value}.`, `In return, I’ll share ${said.value}.`, `In return: ${said.value}.`),
      ] },
      { title: 'Closing', note: '', after: '', lines: [P('Thank you for reading this. If now is not the moment, there is no need to reply.', 'Thanks for reading this. If now isn’t the moment, no need to reply.', 'Thanks. If now isn’t the moment, no reply needed.')] },
    ];
    return {
      script: { setting, parts: message.map((p, i) => ({ n: i + 1, ...p })), relation: '', afterNote: '*If they answer, reply within a day with what you decided because of their input. If they do not, take the silence as a no and send no reminder.*', short: r.short },
      ...shared,
    };
  }

  return {
    script: {
      // After a no, the rhythm itself is the single conversation or question, so r.short says so.
      setting, parts: parts.map((p, i) => ({ n: i + 1, ...p })), afterNote, relation,
      // In the conversation they granted, the short version is the question itself (reader 7).
      short: isTheConversation ? ask[0]! : thirtySeconds(s, r.short, P),
    },
    ...shared,
  };
}

/** The 30-second version: the problem, why them, then the ask, so it can be said on its own in a
 *  corridor. After a no or silence it is only the single request. No fill-in is ever spoken. */
function thirtySeconds(s: Situation, ask: string, P: (f: string, w: string, c: string) => string): string {
  const { said } = s;
  const missing = (t: string) => t.startsWith('**[');
  if (missing(said.challengeTopic)) return ask;
  const why = missing(said.expertise) ? ''
    // A full stop, not a semicolon, after the user's text: "R&D;" would read as an entity.
    // Two sentences: a challenge that is itself a clause with "and" ran on (reader 8).
    : said.expertiseClause ? P('. Your experience is what I am missing', '. Your experience is exactly the perspective I don’t have yet', '. Your experience is what I’m missing')
      : P(`. Your experience with ${said.expertise} is what I am missing`, `. Your experience with ${said.expertise} is exactly the perspective I don’t have yet`, `. Your experience with ${said.expertise} is what I’m missing`);
  return `${P('I am working on', 'I’m working on', 'I’m working on')} ${said.challengeTopic}${why}. ${ask}`;
}

function lowerFirst(t: string): string {
  return t.replace(/^I /, 'I ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

function settingOf(s: Situation, noTimeMessage: boolean): string {
  const mins = s.rhythm.meetingMinutes;
  if (noTimeMessage) {
    return '*Setting: time was the problem, and everything you propose happens in writing, so ask in writing too: a message, not a meeting request, with the one-pager attached. The “Meeting request” template in Mentorship Prep has the short version to send; the lines below are the full version, to send instead when you want every point made, and what you say if they would rather talk.*';
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
        ? `Setting: a private, scheduled 1:1 of ${mins} minutes that you requested in writing${s.rhythm.assistant ? ' (through their assistant, if they have one)' : ''}${s.relationship === 'former-manager' ? '' : ', ideally after your manager has mentioned the idea'}; plan to finish early.`
        : `Setting: a private 1:1 you booked for ${mins} minutes${s.rhythm.assistant ? ' (through their assistant, if they have one)' : ''} and plan to finish early.`;
  const who = s.noReply || s.declined ? '' : {
    'skip-level': ' Tell your manager before you book it, and put a one-line purpose in the request so nobody is surprised.',
    'cross-team': ' Put a one-line purpose in the request that makes clear you are asking for their advice, not their team’s time.',
    executive: s.rhythm.assistant ? ' Ask their assistant for the slot with a one-line purpose; executives often read only that line.' : ' Put a one-line purpose in the meeting request; executives often read only that line.',
    'former-manager': ' Meet on neutral ground if you can, not in a room that belonged to your old team: it helps the reset.',
  }[s.relationship];
  const why = s.firstResponse === 'no-time' && !s.noReply && !s.declined ? ` Ask for ${mins} minutes, not 30: the meeting itself should show how little of their time this takes.` : '';
  const how = s.rhythm.written && !s.noReply && !s.declined ? ' This one conversation is live; after a yes, everything else happens in writing.' : '';
  const program = programPointed(s);
  const talkFirst = s.referral && !s.declined && !s.noReply ? ` Talk to ${s.referral} before the meeting, as they suggested: the opening says you did.` : '';
  const enroll = program ? ` ${isJoined(program) ? 'Join' : 'Apply to'} the ${program} before the meeting: the opening says you did.` : '';
  return `*${where}${who}${why}${how}${enroll}${talkFirst} Send the one-page summary of the challenge beforehand, or have it ready to hand over. Know your first sentence by heart; say the rest in your own words.*`;
}

/** They pointed you to the mentoring program (in the enum or their words): its name in their words. */
function programPointed(s: Situation): string | undefined {
  if (!signalsOf(s).includes('use-the-program')) return undefined;
  // A guild or community of practice is named as they named it ("the architecture guild"), and is
  // joined, not applied to (reader 9).
  const guild = /\b((?:[a-z]+\s+)?guild|communit(?:y|ies) of practice)\b/i.exec(s.words);
  if (guild) return guild[1]!.toLowerCase().replace(/^(?:the|a|our|your)\s+/, '');
  return /\bscheme\b/i.test(s.words) ? 'mentoring scheme' : /\bprogramme\b/i.test(s.words) ? 'mentoring programme' : 'mentoring program';
}

/** A guild or a community of practice is joined; a program or scheme is applied to. */
function isJoined(program: string | undefined): boolean {
  return /guild|communit/.test(program ?? '');
}

/** "applied to the mentoring programme", "joined the architecture guild". */
export function joinedThe(program: string): string {
  return isJoined(program) ? `joined the ${program}` : `applied to the ${program}`;
}

/** " until after the Q3 launch", " for a few weeks", " to January": their milestone after "put it off". */
function putOffUntil(comeBack: { when: string; named?: boolean } | undefined): string {
  if (!comeBack?.named) return '';
  if (/^in a few /.test(comeBack.when)) return ` for ${comeBack.when.slice(3)}`;
  if (/^in /.test(comeBack.when)) return ` to ${comeBack.when.slice(3)}`;
  return ` until ${comeBack.when}`;
}

function acknowledgement(s: Situation, P: (f: string, w: string, c: string) => string): string {
  const program = programPointed(s);
  // Said only once it is true: the setting tells the reader to enroll before the meeting.
  const enrolled = program ? P(` I have ${joinedThe(program)}, as you advised.`, ` I’ve ${joinedThe(program)}, as you suggested.`, ` I’ve ${joinedThe(program)}, as you advised.`) : '';
  if (s.declined) {
    return declinedAck(s, P) + enrolled;
  }
  // A doubt about fit is answered as one: the ask was "mentoring", the need is narrower (reader 10).
  if (s.doubtsFit && (!s.firstResponse || s.firstResponse === 'noncommittal' || s.firstResponse === 'use-the-program')) {
    const joined = program ? P(` I have ${joinedThe(program)}, as you suggested.`, ` I’ve ${joinedThe(program)}, as you suggested.`, ` I’ve ${joinedThe(program)}, as you suggested.`) : '';
    return P('You said you were not sure you were the right person for this. I may have made it sound broader than it is: what I need is much narrower, your experience on one problem.',
      'You said you weren’t sure you’d be the right mentor for me. I may have made it sound bigger than it is: what I actually need is much narrower, your experience on one problem.',
      'You weren’t sure you’re the right person. I made it sound bigger than it is: I need your experience on one problem.') + joined;
  }
  return otherAck(s, P, program);
}

function declinedAck(s: Situation, P: (f: string, w: string, c: string) => string): string {
  // Their reason, in their words, when they gave one ("this year due to the budget negotiations").
    const why = /\b(?:due to|because of)\s+([^.,;!?]{3,60})/i.exec(s.words);
    const when = /\bthis year\b/i.test(s.words) ? ' this year' : '';
    if (why) {
      const reason = why[1]!.trim();
      return P(`You told me that mentoring was not possible${when} because of ${reason}, and I respect that. I am not here to ask again for the same thing.`,
        `You told me mentoring wasn’t possible${when} because of ${reason}, and I respect that. I’m not here to ask for the same thing again.`,
        `You said no${when}, because of ${reason}. I respect that. This is not the same ask.`);
    }
    return P('You told me that you could not take on mentoring, and I respect that. I am not here to ask again for the same thing.',
      'You told me you couldn’t take on mentoring, and I respect that. I’m not here to ask for the same thing again.',
      'You said no to mentoring, and I respect that. This is not the same ask.');
}

function otherAck(s: Situation, P: (f: string, w: string, c: string) => string, program: string | undefined): string {
  switch (s.firstResponse) {
    case 'no-time':
      // "Stretched thin" is capacity, not a calendar: said as they said it (reader 12).
      if (/\bstretched\b/i.test(s.words)) return P('When I first asked, you said you were stretched thin. I took that seriously, so I have come back with something much smaller.', 'Last time you said you were stretched thin, and I heard that. So I’ve come back with something a lot smaller.', 'Last time you were stretched thin. This ask is much smaller.');
      return P('When I first raised mentorship, you mentioned how full your calendar is. I took that seriously, so I have come back with something much smaller.', 'Last time you told me your calendar was packed, and I heard that. So I’ve come back with something a lot smaller.', 'Last time the problem was time. This ask is much smaller.');
    case 'not-now': {
      // Their own milestone ("after the Q3 launch") is why you are back now (reader 6).
      const when = s.comeBack?.named ? s.comeBack.when : undefined;
      // Not "so here I am": whether their milestone has passed is not in the profile (reader 11).
      if (when) return P(`When I first asked, you suggested we come back to it ${when}, and I have made the request much smaller since. If this is still not a good moment, please tell me.`, `Last time you suggested we pick this up ${when}, and I’ve made the ask a lot smaller since. If it’s still not a good moment, just tell me.`, `You said to come back ${when}. I’ve made the ask much smaller. If it’s still not the moment, say so.`);
      return P('When I first asked, you said the timing was not right. I hope this is a better moment; if it is not, please tell me and I will come back later.', 'Last time you said the timing wasn’t great. I hope now is better, and if it isn’t, just tell me and I’ll come back later.', 'Last time the timing was wrong. If it still is, say so and I’ll come back later.');
    }
    case 'noncommittal':
      // "Let me see what I can do" is a promise to act: build on it, not on a complaint they never made (reader 11).
      if (/\bsee what I can do\b/i.test(s.words)) return P('You kindly said you would see what you could do. To make that easier, I have narrowed my request to something specific.', 'You were kind enough to say you’d see what you could do, so I’ve tried to make that easy: I’ve narrowed my ask to something much more concrete.', 'You said you’d see what you could do. To make it easy: a much narrower ask.');
      return P('When I first asked, I think my request was too broad to say yes to. I have narrowed it down to something specific.', 'I think last time I asked for something too big and too fuzzy to say yes to. I’d love to try again with something much more concrete.', 'Last time my ask was too broad. Here is a sharper version.');
    case 'use-the-program': if (program) return P(`You pointed me to the ${program}, and I have ${isJoined(program) ? 'joined it' : 'applied'}, as you advised. What I would like to bring you today is narrower: one architecture problem where your experience is specific.`, `You pointed me to the ${program}, and I’ve ${isJoined(program) ? 'joined it' : 'applied'}, as you suggested. What I’d like to bring you is narrower: one architecture problem where your experience is really specific.`, `You pointed me to the ${program}; I’ve ${isJoined(program) ? 'joined' : 'applied'}. This is narrower: one problem your experience fits.`);
      return P('You pointed me to the mentoring program, which is good advice for general growth. What I would like to bring you today is narrower: one architecture problem where your experience is specific.', 'You pointed me to the mentoring program, and that was good advice for growing in general. What I’d like to bring you is narrower: one architecture problem where your experience is really specific.', 'You pointed me to the program; good for general growth. This is narrower: one problem your experience fits.');
    case 'ask-your-manager': { const m = s.managerWord ?? 'manager'; return P(`You suggested I involve my ${m}, and you were right. I have talked it through with them first.`, `You suggested I talk to my ${m} first, and you were right, so I did.`, `You said to talk to my ${m} first. I did.`); }
    case 'not-ready': {
      // Their words, not a paraphrase: "more exposure to the exec team" is answered as exposure.
      const exposure = /\bexposure to ([^.,;!?]{3,40})/i.exec(s.words);
      if (exposure) {
        const to = exposure[1]!.trim().replace(/\s+first$/i, '');
        return P(`You suggested I get more exposure to ${to} first, and that was fair. This would be one way to get it: your advice on the decisions I have to take to ${to}.`,
          `You said I should get more exposure to ${to} first, and that was fair. This is exactly how I’d get it: your help with the decisions I have to take to ${to}.`,
          `You said: more exposure to ${to} first. Fair. This is how I’d get it: your help with what I take to ${to}.`);
      }
      return P('You said you were not sure I was ready for this. That was fair, which is why I have brought a short write-up of the problem, so that you can judge for yourself.', 'You said you weren’t sure I was ready, and that was fair. So I’ve brought a short write-up of the problem, and you can judge for yourself.', 'You weren’t sure I was ready. Fair: here is my write-up, judge for yourself.');
    }
    // No second "I know how many…" after the thanks, and not the word they never answered (reader 8).
    case 'no-reply': return P('I wrote to you a few weeks ago, and I would like to ask again, in person and much more specifically.', 'I sent you a note a while back, and I’d like to ask again, in person and much more specifically.', 'I wrote to you a while ago. Asking again, in person, and more specifically.');
    default: return P('When we spoke about mentorship earlier, my request was too broad. I would like to propose something smaller and more specific.', 'I’ve been thinking about our last conversation, and honestly, I think I asked for something too big and too fuzzy. I’d love to try again with something much more concrete.', 'Last time my ask was too broad. Here is a sharper version.');
  }
}

const REASON_FOR: Record<FirstResponse, string> = {
  'no-time': 'time', 'not-now': 'time', noncommittal: 'vague', 'use-the-program': 'channel', 'ask-your-manager': 'optics', 'not-ready': 'readiness', 'no-reply': 'time',
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

function reasons(s: Situation, stakes: string): Reason[] {
  const r = s.rhythm;
  const rel = s.relationship;
  const hierarchical = s.hierarchy === 'hierarchical';
  const optics = rel === 'skip-level' ? ' As your skip-level leader, they will immediately wonder whether your manager knows and agrees.'
    : rel === 'cross-team' ? ' Coming from another team, your request can look like meddling in another org, or like the first step of a transfer.'
      : rel === 'former-manager' ? ' As your former manager, they may worry it looks as if they still steer your career, over the head of your current manager.'
        : ' A regular 1:1 between an executive and an individual architect gets noticed, and people will draw conclusions.';
  const timeCounter = r.single
    ? `Make the ask as small as it can honestly be (${r.summary}), with nothing recurring attached, and make it easy to decline.`
    : r.recurring
    ? `Make the unit of time small and predictable (${r.summary}), and have something lighter ready if it is still too much.${r.live ? ' Promise to cancel any session where you have nothing worth their time, and keep that promise; it is the fastest way to earn more time later.' : ''}`
    : `Make each request small and rare (${r.summary}). Ask only when a real decision is on the table; a rare, well-prepared question is the easiest thing in their week to say yes to.`;
  return [
    { id: 'time', title: 'Their time is already spoken for', signalled: false,
      body: `Their calendar is booked weeks ahead, and every new commitment means saying no to something else.${rel === 'executive' ? ` At executive level the calendar is also ${r.assistant ? 'guarded by an assistant and ' : ''}shaped by planning cycles, board preparation and hiring.` : ''}`,
      counter: timeCounter },
    { id: 'vague', title: 'The ask was too vague', signalled: false,
      body: '“Will you mentor me?” sounds like a project with no scope and no finish line. Leaders say yes to what they can picture.',
      counter: `Name the problem (our current challenge is ${s.said.challengeIs}), the part of their experience you need, and what a good ${r.unit} looks like: one decision, your options, your recommendation, their critique.` },
    { id: 'open-ended', title: 'It sounded open-ended', signalled: false,
      body: 'Saying yes to an open-ended relationship feels like signing up for years. Many leaders have one or two mentoring arrangements that never quite ended.',
      counter: r.single
        ? `Ask for ${r.written ? 'one question' : 'one conversation'} with nothing attached: no trial, no rhythm, no review. A second one is theirs to offer.`
        : `Propose a trial with a review after about three months${s.said.hasSuccess ? `, with a success you can check (${s.said.successNarrative})` : ''}, and say out loud that “let’s stop here” is a fine result. An easy exit makes the entrance easier.` },
    { id: 'readiness', title: 'They doubt your readiness or your follow-through', signalled: false,
      body: 'They may have mentored people who arrived unprepared, ignored the advice, or disappeared after two sessions. Or they simply do not know your work well enough yet.',
      counter: 'Show the preparation before you ask for it. Bring a one-page write-up of the challenge, name a decision you have already made and why, and commit to a written summary after every exchange. Evidence beats enthusiasm.' },
    { id: 'optics', title: 'It could look like favoritism or politics', signalled: false,
      body: `Mentoring one person can look like picking a favorite, or like stepping around someone else in the chain.${optics}${hierarchical ? ' In a hierarchical organization, a request that skips levels can also feel like a breach of protocol.' : ''}`,
      counter: `Keep it transparent and about the work. ${s.relationship === 'former-manager' ? 'Tell your current manager first, and say in the ask that this is about decisions, not your career.' : `Tell your manager first${hierarchical ? ' (in a hierarchical organization, consider asking them to mention the idea to the leader first; it turns a bold request into a sanctioned one)' : ''}${hierarchical || s.relationship === 'skip-level' ? ', and say in the ask that you did' : ''}.`} Offer to share the summaries with the team, so the benefit visibly reaches more people than you.` },
    { id: 'channel', title: 'They would rather it went through a channel', signalled: false,
      body: 'Many organizations have a mentoring program, and pointing you to it is a fair way to say “I want to help, but not as a personal favor”.',
      counter: 'Join the program if there is one; it costs you little. Then make the personal ask narrower than anything a program offers: one problem where their experience is specific, in a few short exchanges. A program matches people; you are asking for one judgment call at a time.' },
    { id: 'fatigue', title: 'Mentoring fatigue', signalled: false,
      body: 'Senior people get many of these requests, and most of them turn into unstructured coffee chats that nobody can point to an outcome from.',
      counter: `Be the easiest mentee they have ever had. You own ${r.written ? 'the thread' : 'the scheduling, the agenda'}, the pre-read and the summary; they bring judgment. Tie it to what ${STAKE_OWNER[s.organization ?? 'unknown']} cares about (${stakes}), so their time visibly serves it.` },
    { id: 'sponsorship', title: 'It sounded like a request for a job, a promotion or sponsorship', signalled: false,
      body: 'If the first ask mentioned career growth in general terms, they may have heard “please advocate for me”, which is a much bigger commitment than advice.',
      counter: 'Say plainly what you are asking for and what you are not: “I am asking for your judgment on architecture decisions, not for sponsorship or a role change.” Sponsorship, if it ever comes, is earned by how you use the advice.' },
  ];
}

const STAKE_OWNER: Record<Organization | 'unknown', string> = {
  startup: 'the company', 'scale-up': 'the company', enterprise: 'the business', 'public-sector': 'the service', nonprofit: 'the mission', unknown: 'the organization',
};

const CARD_FOR: Record<FirstResponse, string> = {
  'no-time': 'time', 'not-now': 'later', noncommittal: 'vague-yes', 'use-the-program': 'program', 'ask-your-manager': 'manager', 'not-ready': 'ready', 'no-reply': 'time',
};

/** How many cards the prep doc shows in full; the others get one line each. */
export const LIKELY_CARDS = 5;

/** How likely each objection is in this situation, beyond what they signalled: a rough order, so
 *  the cards a reader rehearses are the ones this leader may actually raise. */
function likelihood(id: string, s: Situation): number {
  const r = s.rhythm;
  const rel = s.relationship;
  const hierarchical = s.hierarchy === 'hierarchical';
  const org = s.organization ?? 'unknown';
  switch (id) {
    case 'time': return 6 + (rel === 'executive' ? 3 : 0) + (r.recurring && r.live ? 2 : 0);
    case 'ready': return rel === 'former-manager' ? 1 : 4 + (rel === 'cross-team' || rel === 'executive' ? 3 : 0);
    case 'manager': return hierarchical || rel === 'skip-level' ? 8 : rel === 'executive' ? 3 : 5;
    case 'program': return { enterprise: 5, 'public-sector': 5, 'scale-up': 3, startup: 1, nonprofit: 1, unknown: 2 }[org];
    case 'gain': return rel === 'executive' ? 7 : rel === 'cross-team' ? 6 : 4;
    case 'informal': return s.communication === 'indirect' ? 2 : 4;
    // Equal treatment is the public sector's first worry about one person's mentoring (reader 7).
    case 'everyone': return (rel === 'executive' ? 6 : hierarchical ? 5 : 2) + (org === 'public-sector' ? 4 : 0);
    case 'later': return 4;
    case 'vague-yes': return s.communication === 'indirect' ? 6 : 3;
    case 'email': return r.written ? 1 : 5;
    case 'not-me': return s.declined || s.noReply ? 6 : 3;
    case 'consult': return 7 + (s.communication === 'indirect' ? 1 : 0);
    default: return 0;
  }
}

/** "Let me think about it" in a hierarchical organization usually means "I have to check first". */
const THINK_IT_OVER = /\blet me (?:think|see|consider)\b|\bthink (?:it|this) over\b|\bconsider\b|\bcheck with\b|\bdiscuss (?:it|this) with\b/i;

function rankCards(list: Card[], signals: readonly FirstResponse[], s: Situation): Card[] {
  const cardFor = (f: FirstResponse) => (f === 'noncommittal' && s.hierarchy === 'hierarchical' && list.some((c) => c.id === 'consult') && THINK_IT_OVER.test(s.words) ? 'consult' : CARD_FOR[f]);
  // One answer, one diagnosis: "let me see what I can do" in a hierarchy is the consult card
  // alone; the vague-yes card is ranked with the rest, not marked as signalled too (reader 6).
  // Someone they named ("talk to Marcos") is the not-me card, signalled too (reader 8).
  const ids = [...new Set([...(s.doubtsFit ? ['not-me'] : []), ...signals.map(cardFor), ...(s.referral ? ['not-me'] : [])])];
  const firsts = ids.map((id) => list.find((c) => c.id === id)!).filter(Boolean);
  // With no reply nothing was signalled: the card comes first, unmarked.
  const marked = signals[0] === 'no-reply' ? firsts : firsts.map((c) => ({ ...c, signalled: true }));
  const rest = list.filter((c) => !firsts.includes(c))
    .map((c, i) => ({ c, i, score: likelihood(c.id, s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.c);
  // In the one conversation they granted, nothing is scheduled or deferred any more (reader 7).
  const inTheConversation = askMode({ written: s.rhythm.written, declined: s.declined, noReply: s.noReply, firstResponse: s.firstResponse }).theConversation;
  return [...marked, ...rest.filter((c) => !inTheConversation || (c.id !== 'vague-yes' && c.id !== 'consult' && c.id !== 'informal'))].map((c, i) => ({ ...c, likely: i < Math.max(LIKELY_CARDS, marked.length) }));
}

function cards(s: Situation, P: (f: string, w: string, c: string) => string, comeBack: { when: string; objection: string }): Card[] {
  const { said, rhythm: r } = s;
  const closed = s.declined || s.noReply;
  const indirect = s.communication === 'indirect';
  // What they know for: a phrase after "your experience with", a clause as it was written.
  const yourExp = said.expertiseClause ? 'your experience' : `your experience with ${said.expertise}`;
  const strong = said.strengthsClause
    ? [said.strengthsSentence, said.strengthsSentence, said.strengthsSentence]
    : [`My strengths today are ${said.strengths}.`, `I feel solid on ${said.strengths}.`, `I’m strong on ${said.strengths}.`];
  const valueFrom = said.valueClause ? said.valueSentence : '';
  // The ask is itself a written message: nothing is "with me", a second exchange is written too.
  const askInWriting = askMode({ written: r.written, declined: s.declined, noReply: s.noReply, firstResponse: s.firstResponse }).inWriting;
  const oneExchange = askInWriting || r.written && !r.live ? ['one written question', 'one written question'] : ['a single conversation', 'one conversation'];
  // A question goes to someone; a conversation is had with them (reader 11).
  const withOrTo = oneExchange[0] === 'one written question' ? 'to' : 'with';
  const toThem = s.referral ? ` to ${s.referral}` : '';
  const backAtTheirMilestone = s.firstResponse === 'not-now' && !closed && !!s.comeBack?.named;
  // They pointed you to the program: the answer says you joined, and the card says to do it first.
  const program = programPointed(s);
  const pointedToProgram = program !== undefined;
  const joinedVerb = isJoined(program) ? 'joined it' : 'applied';
  const managerQ = s.relationship === 'former-manager' ? 'Shouldn’t your current manager be helping you with this?' : 'Why me? Shouldn’t your manager be helping you with this?';
  const list: Omit<Card, 'short' | 'likely'>[] = [
    { id: 'time', objection: 'I’d like to help, but my calendar is impossible right now.', means: 'I am afraid this will quietly grow.', signalled: false,
      answer: s.declined
        // After a no there is nothing smaller to offer: accept it.
        ? P('I understand, and I will not add to it. Thank you for hearing me out.', 'I understand, and I won’t add to it. Thanks for hearing me out.', 'Understood. I won’t add to it. Thanks for hearing me out.')
        : s.firstResponse === 'no-time'
        // The ask already offered the lighter version; the card points back to it, it does not repeat it.
        ? P(`I understand. Then let us start with the lighter version: ${r.fallbackText}. We grow it only if it proves worth your time.`, `Totally fair. Then let’s start with the lighter version: ${r.fallbackText}. We only grow it if it’s worth your time.`, `Understood. Then lighter: ${r.fallbackText}. We grow it only if it earns it.`)
        : `${P('I understand, and I do not want to add to that.', 'That’s completely fair, and I don’t want to be one more thing on your plate.', 'Understood.')} ${r.fallback}` },
    { id: 'ready', objection: 'I’m not sure you’re ready for this yet.', means: 'I do not know your work well enough, or I am not sure you will follow through.', signalled: false,
      answer: said.hasStrengths
        ? P(`That is a fair question. ${strong[0]} What I do not yet have is ${said.expertiseClause ? 'your kind of experience' : `experience with ${said.expertise}`}, and that is what our challenge demands. I would be glad to share my current write-up so that you can judge for yourself.`,
          `Honestly, that’s exactly why I’m asking. ${strong[1]} But this challenge needs judgment I haven’t built yet. I’ve ${askInWriting ? 'attached' : 'brought'} my current write-up; I’d welcome your reaction whenever it suits you.`,
          `Fair. ${strong[2]} ${said.expertiseClause ? 'This challenge needs judgment I haven’t built yet' : `I’m new to ${said.expertise}`}, which is why I’m asking. Judge me by my write-up; ${askInWriting ? 'it’s attached' : 'I have it with me'}.`)
        : P(`That is a fair question. What I do not yet have is ${said.expertiseClause ? 'your kind of experience' : `experience with ${said.expertise}`}, and that is what our challenge demands. I would be glad to share my current write-up so that you can judge for yourself.`,
          `Honestly, that’s exactly why I’m asking: this challenge needs judgment I haven’t built yet. I’ve ${askInWriting ? 'attached' : 'brought'} my current write-up; I’d welcome your reaction whenever it suits you.`,
          `Fair. ${said.expertiseClause ? 'This challenge needs judgment I haven’t built yet' : `I’m new to ${said.expertise}`}, which is why I’m asking. Judge me by my write-up; ${askInWriting ? 'it’s attached' : 'I have it with me'}.`) },
    { id: 'manager', objection: managerQ, means: 'I do not want to step on anyone’s toes. (Answer this way only once your manager really knows; make sure they do before you ask.)', signalled: false,
      answer: P(`My manager supports my development and knows I am asking you. I came to you for a specific reason: ${yourExp}. This would complement the support I already have, not replace it.`,
        `My manager is great, and they know I’m talking to you. But on this particular problem, ${yourExp} is the piece I can’t get anywhere else.`,
        `My manager knows and supports this. I’m asking you for one reason: ${yourExp}.`) },
    { id: 'program', objection: isJoined(program) ? `Have you tried the ${program}?` : 'We already have a mentoring program. Have you signed up?', means: pointedToProgram ? `I would rather this went through a channel than through me. (${isJoined(program) ? 'Join it' : 'Apply'} before the meeting, so that your first sentence is true.)` : 'I would rather this went through a channel than through me.', signalled: false,
      // Their channel may not count anything for this (a guild, an HR programme they do not mentor in): no "run it through the program" (reader 9).
      answer: pointedToProgram ? P(`I have ${joinedVerb}, as you suggested. What I am asking you for sits alongside it and is narrower: your input on one area of architecture decisions where your experience is unusual.`,
        `I’ve ${joinedVerb}, as you suggested. What I’m asking you for sits alongside it and is much narrower: your take on one kind of architecture decision where your experience is rare.`,
        `I’ve ${joinedVerb}, as you suggested. This sits alongside it and is narrower: one kind of decision where your experience is rare.`) : P('I am glad to join it as well. The program is good for general growth; what I am asking you for is narrower: your input on one area of architecture decisions where your experience is unusual. If it helps, we could run it through the program so that it counts there too.',
        'I’m happy to join it too. The program is great for general growth; what I’m asking you for is much narrower: your take on one kind of architecture decision where your experience is rare. If it helps, we can even run it through the program so it counts there.',
        'Happy to join it too. This is narrower: one kind of decision where your experience is rare. We can run it through the program if that helps.') },
    { id: 'gain', objection: 'What would I get out of this?', means: 'Show me this is not charity.', signalled: false,
      answer: P(`Three things. A better decision on our challenge, made with your experience rather than without it. ${valueFrom ? `From my side: ${valueFrom}` : `From my side, ${said.value}.`} And an architect who carries your way of thinking into rooms you are not in.`,
        `Three things, I hope. A better call on our challenge, made with your experience instead of without it. ${valueFrom ? `From me: ${valueFrom}` : `From me, ${said.value}.`} And someone who carries your way of thinking into rooms you’re not in.`,
        `A better decision on our challenge. ${valueFrom || `${capFirst(said.value)}.`} And your thinking in rooms you’re not in.`) },
    { id: 'informal', objection: 'I don’t really do formal mentoring.', means: 'I do not want a title, a program or an obligation attached.', signalled: false,
      answer: P(`That suits me; I am not looking for anything formal. Think of it as ${r.single ? `${r.written ? 'one question' : 'one conversation'} about one hard decision` : `${r.recurring ? 'a short, regular exchange' : 'an occasional exchange'} about one hard decision at a time`}. We can drop the word ‘mentoring’ entirely.`,
        `That suits me, honestly; I’m not after anything formal. Think of it as ${r.single ? `${r.written ? 'one question' : 'one conversation'} about one hard decision` : `${r.recurring ? 'a short, regular exchange' : 'an occasional exchange'} about one hard decision at a time`}. We can drop the word ‘mentoring’ altogether.`,
        `Fine by me. No title: ${r.single ? `${r.written ? 'one question' : 'one conversation'}, one hard decision` : `${r.recurring ? 'a short, regular exchange' : 'an occasional exchange'}, one hard decision at a time`}.`) },
    { id: 'everyone', objection: 'If I do this for you, I’ll have to do it for everyone.', means: 'I am worried about how this looks.', signalled: false,
      // One conversation after a no: one work decision, the input anyone on it could ask for (reader 7).
      answer: r.single ? P(`I understand.${pointedToProgram ? ` That is why I went to the ${program}.` : ''} This is one decision in your area, the same input anyone working on it could ask for, and the summary goes to the team.`, `I get that.${pointedToProgram ? ` That’s why I went to the ${program}.` : ''} This is one decision in your area, the input anyone working on it could ask for, and the summary goes to the team.`, `${pointedToProgram ? `That’s why I went to the ${program}. ` : ''}One decision in your area, what anyone on it could ask; the summary goes to the team.`) : P('I understand. Let’s keep it entirely about the work: the summaries go to the team, so the benefit is not only mine. And the format, one prepared decision at a time with a written summary, is easy to repeat with others or to run as a small group.',
        'I get that. Let’s keep it all about the work: the summaries go to the team, so it’s not just me who benefits. And the format, one prepared decision with a written summary, is easy to repeat with others or run as a small group.',
        'Keep it about the work: summaries go to the team. One prepared decision plus a written summary is easy to repeat with others.') },
    { id: 'later', objection: backAtTheirMilestone ? 'It’s still not the right time.' : comeBack.objection, means: closed ? 'A no for now, given a reason. Take the date and nothing else.' : 'Genuinely overloaded, or a soft no. Either way, leave with a month.', signalled: false,
      // After a no, the date is the whole answer: no written question in the meantime, no probing.
      answer: backAtTheirMilestone
        // They deferred to a milestone and you came back after it: a second "later" gets a month
        // of their choosing, not the milestone that has passed (reader 8).
        ? P('Understood. Which month would suit you better? I will put it in my own calendar and write to you then.', 'Totally fair. Which month would be better? I’ll put it in my own calendar and write to you then.', 'Understood. Which month should I come back in? I’ll note it in my own calendar.')
        : closed
        ? P(`Understood. May I write to you ${comeBack.when}? Until then I will not raise it.`, `Understood. Could I write to you ${comeBack.when}? Until then I won’t bring it up.`, `Understood. I’ll write ${comeBack.when}; not before.`)
        : `${P(`That works. May I come back to you ${comeBack.when}? I will put a reminder in my own calendar and send you a short note then.`, `That works. Could I come back to you ${comeBack.when}? I’ll put a reminder in my own calendar and send you a short note then.`, `Works. I’ll note it in my calendar and send you a short note ${comeBack.when}.`)}` },
    { id: 'vague-yes', objection: 'Sure, let’s find some time at some point.', means: 'A yes in principle that will never reach a calendar unless you make it easy.', signalled: false,
      answer: r.single
        ? P(`Thank you. So that it does not become one more thing for you to remember, I will ${r.written ? 'send the question this week' : `send ${r.assistant ? 'your assistant' : 'you'} two or three possible times for the conversation`}.`, `Thank you! So it doesn’t become one more thing for you to remember, I’ll ${r.written ? 'send the question this week' : `send ${r.assistant ? 'your assistant' : 'you'} a couple of times for the conversation`}.`, `Thanks. I’ll ${r.written ? 'send the question this week' : 'send two or three possible times for the conversation'}.`)
        : r.written
        ? P('Thank you. So that it does not become one more thing for you to remember, I will send the first note, with one decision in it, this week.', 'Thank you! So it doesn’t become one more thing for you to remember, I’ll send the first note this week, with one decision in it.', 'Thanks. I’ll send the first decision this week.')
        : P(`Thank you. So that it does not become one more thing for you to remember, I will send ${r.assistant ? 'your assistant' : 'you'} two or three possible times for a first ${r.minutes}-minute conversation${indirect ? ', and you can choose whichever suits you' : ''}.`, `Thank you! So it doesn’t become one more thing for you to remember, I’ll send ${r.assistant ? 'your assistant' : 'you'} a couple of options for a first ${r.minutes}-minute chat${indirect ? ', and you pick whatever suits you' : ''}.`, `Thanks. I’ll send ${r.assistant ? 'your assistant ' : ''}two or three possible times for a first ${r.minutes}-minute session.`) },
    { id: 'email', objection: 'Just send me your questions by email.', means: 'Yes, in a lighter format. Take it.', signalled: false,
      answer: r.single
        ? P('Gladly. I will keep it to one short message: the context, the decision, the options with my recommendation, and when I need an answer.', 'Gladly. I’ll keep it to one short message: the context, the decision, my options and what I’d recommend, and when I need an answer.', 'Gladly. One short message: context, decision, options, my pick, deadline.')
        : r.written
        ? P('Gladly; that is exactly what I had in mind. Each one will be short: the context, the decision, the options with my recommendation, and when I need an answer.', 'Gladly, that’s exactly what I had in mind. Each one will be short: the context, the decision, my options and what I’d recommend, and when I need an answer.', 'That’s the plan. Short: context, decision, options, my pick, deadline.')
        : P('Gladly; that may be the best format anyway. I will keep each one short: the context, the decision, the options with my recommendation, and when I need an answer. If a question turns out to need a conversation, we can decide that together.', 'Gladly, that might be the best format anyway. I’ll keep each one short: the context, the decision, my options and what I’d recommend, and when I need an answer. If one needs a conversation, we can decide that together.', 'Gladly. Short: context, decision, options, my pick, deadline. A call only if one needs it.') },
    { id: 'not-me', objection: s.referral ? `Have you talked to ${s.referral}?` : s.doubtsFit ? 'I’m not sure I’m the right person for this.' : 'I’m not the right person for this. Talk to someone else.', means: s.referral ? `They named ${s.referral}: take the referral gladly, and keep the one thing only they can give.` : s.doubtsFit ? 'They doubt the fit, not you: make the ask about their one proven experience, not about mentoring you.' : 'It may really be a fit problem, or a polite no.', signalled: false,
      // After a no, the referral is the whole answer: no second request attached to it.
      answer: s.referral && !closed ? P(`Yes, as you suggested. What I am asking you for is narrower: your view on ${said.bridge}.`, `Yes, as you suggested. What I’m asking you for is narrower: your take on ${said.bridge}.`, `Yes, as you suggested. What I need from you is narrower: ${said.bridge}.`)
        : s.doubtsFit && !s.referral && !closed ? P(`I understand. On this particular problem, you are closer to it than anyone I know: ${yourExp} is exactly what it needs. If after one ${oneExchange[1] === 'one conversation' ? 'conversation' : 'question'} you would point me elsewhere, I would welcome that.`, `I get that. On this one problem, though, you’re closer to it than anyone I know: ${yourExp} is exactly what it needs. And if after one ${oneExchange[1] === 'one conversation' ? 'conversation' : 'question'} you’d point me elsewhere, I’d welcome that.`, `Understood. On this one problem, you’re the closest I know. If after one ${oneExchange[1] === 'one conversation' ? 'conversation' : 'question'} you’d point me elsewhere, fine.`)
        : closed ? P(`Thank you, that is helpful. Would you be willing to introduce me${toThem}?`, `Thank you, that’s really helpful. Would you be willing to introduce me${toThem}?`, `Thanks. Could you introduce me${toThem}?`) : P(`Thank you, that is helpful. Would you be willing to introduce me${toThem}? And if I may, I would still value ${oneExchange[0]} ${withOrTo} you about ${said.bridge}, because that is where your experience is so specific.`,
        `Thank you, that’s really helpful. Would you be willing to introduce me${toThem}? And if it’s all right, I’d still love ${oneExchange[1]} ${withOrTo} you about ${said.bridge}, because that’s where your experience is so specific.`,
        `Thanks. Could you introduce me${toThem}? I’d still value ${oneExchange[1]} ${withOrTo} you on ${said.bridge}.`) },
      ...(s.hierarchy === 'hierarchical' ? [{ id: 'consult', objection: 'Let me think about it. I may need to check with a few people first.', means: 'A yes here may need someone else’s blessing: their own leader’s, your manager’s, or HR’s. A specific, one-page ask is easy to pass on; a broad one is not. Give them the time; the rule in the pause applies.', signalled: false,
      answer: P(`Of course. Would it help if I sent a short written summary that you could share with them? And if it would be better for my ${s.managerWord ?? 'manager'} to raise it with you or with them, I will ask them to.`,
        `Of course, take the time you need. Would a short written summary help, something you could pass on? And if it’s better coming from my ${s.managerWord ?? 'manager'}, I’ll ask them to raise it.`,
        `Of course. I’ll send a short summary you can pass on. If it should come from my ${s.managerWord ?? 'manager'}, I’ll ask them.`) }] : []),
].map((c) => ({ ...c, short: '', likely: false }));
  const short: Record<string, string> = {
    // Unlike the card, the brief has not said the lighter version yet: it names it.
    // After a no or silence the ask is already one conversation: the lighter thing is one written question.
    time: s.declined || s.noReply
      ? `${P('I understand. Then one written question instead, answered when you can.', 'Totally fair. Then just one written question, answered whenever you can.', 'Understood. Then one written question instead.')}`
      : `${P(`I understand. Then something lighter, if it helps: ${r.fallbackText}.`, `Totally fair. Then let’s make it lighter: ${r.fallbackText}.`, `Understood. Then lighter: ${r.fallbackText}.`)}`,
    ready: P(`That is a fair question. Please judge me by my write-up; I have ${askInWriting ? 'attached' : 'brought'} it.`, `Fair enough. I’ve ${askInWriting ? 'attached' : 'brought'} my write-up, so you can judge for yourself.`, `Fair. Judge me by my write-up; ${askInWriting ? 'it’s attached' : 'I have it with me'}.`),
    // The brief names their expertise in the 30-second ask: its short answers refer to it (one printed page).
    manager: P('My manager knows and supports it. I came to you for one reason: your experience on exactly this problem.', 'My manager knows I’m talking to you. On this problem, your experience is the piece I can’t get anywhere else.', 'My manager knows and supports it. I’m asking you for your experience on exactly this.'),
    program: pointedToProgram ? P(`I have ${joinedVerb}, as you suggested. What I am asking you for is narrower: one kind of decision where your experience is unusual.`, `I’ve ${joinedVerb}, as you suggested. What I’m asking you for is much narrower: one kind of decision where your experience is rare.`, `${joinedVerb === 'applied' ? 'Applied' : 'Joined it'}, as you suggested. This is narrower: one kind of decision your experience fits.`) : P('I am glad to join it as well. What I am asking you for is narrower: one kind of decision where your experience is unusual.', 'Happy to join it too. What I’m asking you for is much narrower: one kind of decision where your experience is rare.', 'Happy to join it. This is narrower: one kind of decision your experience fits.'),
    // A value typed as a sentence ("I can share …") is said as its own sentence, as on the card.
    gain: said.valueClause
      ? P(`A better decision on our challenge, made with your experience. And from my side: ${said.valueSentence}`, `A better call on our challenge, made with your experience. And from me: ${said.valueSentence}`, `A better decision on our challenge. And from me: ${said.valueSentence}`)
      : P(`A better decision on our challenge, made with your experience, and from my side, ${said.value}.`, `A better call on our challenge, made with your experience, and from me, ${said.value}.`, `A better decision on our challenge. And from me, ${said.value}.`),
    informal: P('That suits me; I am not looking for anything formal. We can drop the word ‘mentoring’ entirely.', 'That suits me, honestly. We can drop the word ‘mentoring’ altogether.', 'Fine by me. No title, one hard decision at a time.'),
    everyone: r.single ? P('This is one decision in your area, and the summary goes to the team.', 'It’s one decision in your area, and the summary goes to the team.', 'One decision in your area; the summary goes to the team.') : P('Let’s keep it about the work: the summaries go to the team, and the format is easy to repeat with others.', 'Let’s keep it about the work: the summaries go to the team, and the format is easy to repeat with others.', 'Summaries go to the team; the format is easy to repeat.'),
    // When to come back is theirs to have said ("until the reorg is done"), as on the card.
    later: backAtTheirMilestone ? P('Understood. Which month would suit you better? I will write to you then.', 'Totally fair. Which month would be better? I’ll write to you then.', 'Understood. Which month should I come back in?') : P(`That works. I will put a reminder in my own calendar and send you a short note ${comeBack.when}.`, `That works. I’ll put a reminder in my own calendar and send you a short note ${comeBack.when}.`, `Works. I’ll note it in my own calendar and write ${comeBack.when}.`),
    'vague-yes': r.single
      ? P(`Thank you. I will ${r.written ? 'send the question this week' : `send ${r.assistant ? 'your assistant' : 'you'} two or three possible times for the conversation`}.`, `Thank you! I’ll ${r.written ? 'send the question this week' : `send ${r.assistant ? 'your assistant' : 'you'} a couple of times for the conversation`}.`, `Thanks. ${r.written ? 'The question comes this week' : 'Two or three times for the conversation, this week'}.`)
      : r.written
      ? P('Thank you. I will send the first note, with one decision in it, this week.', 'Thank you! I’ll send the first note this week, with one decision in it.', 'Thanks. I’ll send the first decision this week.')
      : P(`Thank you. I will send ${r.assistant ? 'your assistant' : 'you'} two or three possible times for a first ${r.minutes}-minute conversation${indirect ? ', and you can choose' : ''}.`, `Thank you! I’ll send ${r.assistant ? 'your assistant' : 'you'} a couple of options for a first ${r.minutes}-minute chat${indirect ? ', and you pick' : ''}.`, `Thanks. I’ll send ${r.assistant ? 'your assistant ' : ''}two or three possible times for a first ${r.minutes}-minute session.`),
    email: r.written
      ? P('Gladly; that is exactly what I had in mind, each one short, with my recommendation and when I need an answer.', 'Gladly, that’s exactly what I had in mind: short, with what I’d recommend and when I need an answer.', 'That’s the plan. Short, with my pick and a deadline.')
      : P('Gladly. Each one will be short, with the options, my recommendation and when I need an answer.', 'Gladly. I’ll keep each one short, with my options, what I’d recommend and when I need an answer.', 'Gladly. Short, with my pick and a deadline.'),
    consult: P('Of course. I will send a short summary that you can share with whoever needs to see it.', 'Of course. I’ll send a short summary you can pass on to whoever needs to see it.', 'Of course. Summary today, ready to pass on.'),
    // After a no, the referral is the whole answer, as on the card.
    'not-me': s.referral && !closed ? P(`Yes, as you suggested. What I need from you is narrower: ${said.bridge}.`, `Yes, as you suggested. What I need from you is narrower: ${said.bridge}.`, `Yes. What I need from you: ${said.bridge}.`)
      : s.doubtsFit && !s.referral && !closed ? P(`I understand. On this particular problem, you are closer to it than anyone I know. If after one ${oneExchange[1] === 'one conversation' ? 'conversation' : 'question'} you would point me elsewhere, I would welcome that.`, `I get that. On this one problem, though, you’re closer to it than anyone I know. And if after one ${oneExchange[1] === 'one conversation' ? 'conversation' : 'question'} you’d point me elsewhere, I’d welcome that.`, `Understood. On this one problem, you’re the closest I know. If after one ${oneExchange[1] === 'one conversation' ? 'conversation' : 'question'} you’d point me elsewhere, fine.`)
      : closed
      ? P(`Thank you. Would you be willing to introduce me${toThem}?`, `Thanks, that helps. Would you introduce me${toThem}?`, `Thanks. Could you introduce me${toThem}?`)
      : P(`Thank you. Would you be willing to introduce me${toThem}? I would still value ${oneExchange[0]} ${withOrTo} you on ${said.bridge}.`, `Thanks, that helps. Would you introduce me${toThem}? I’d still love ${oneExchange[1]} ${withOrTo} you on ${said.bridge}.`, `Thanks. Could you introduce me${toThem}? I’d still value ${oneExchange[1]} ${withOrTo} you on ${said.bridge}.`),
  };
  return list.map((c) => ({ ...c, short: short[c.id] ?? c.answer, likely: false }));
}

/** A number of minutes as it is said at the start of a sentence ("Fifteen minutes"). */
function spellMinutes(n: number): string {
  const words: Record<number, string> = { 5: 'five', 10: 'ten', 15: 'fifteen', 20: 'twenty', 25: 'twenty-five', 30: 'thirty', 45: 'forty-five', 60: 'sixty' };
  return words[n] ?? String(n);
}

function capFirst(t: string): string {
  return t.startsWith('**[') ? t : t.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
