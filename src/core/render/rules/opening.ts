import { acknowledgement } from './acknowledgement';
import { say, spellMinutes, type Scene } from './shared';
import type { ScriptPart } from './types';

/** The opening: thanks, what they said the first time, who you are to them and (in direct cultures) the short version first. */
export function openingOf(sc: Scene): { part: Omit<ScriptPart, 'n'>; relation: string; askFirst: boolean } {
  const { s, r, said, indirect, hierarchical, closed, mode, mgr, sentToManager, name, P, say: speak } = sc;
  // A line claiming your manager knows is said as the profile has it (managerKnows); when it says
  // nothing, the line is given in the part's note, to add, never marked inside a spoken line.
  const toAdd: string[] = [];
  const managerClaim = (line: string): string => {
    if (s.managerKnows === true) return line;
    if (s.managerKnows === undefined) toAdd.push(line);
    return '';
  };
  // A message taking them up on a written offer: nothing to thank them for in a room.
  const thanks = mode.offeredInWriting
    ? P(`Thank you again for your kind reply${name}.`, `Thanks again for your reply${name}.`, `Thanks for your reply${name}.`)
    : hierarchical
    ? P(`Thank you for agreeing to meet with me${name}; I know how many demands there are on your time.`, `Thank you for making the time${name}; I know how much is on your plate.`, `Thank you for the time${name}. I’ll be brief.`)
    : s.firstResponse === 'no-time' && !closed
      ? P(`Thank you for making time for this${name}; I will keep it to ${r.meetingMinutes} minutes.`, `Thanks for fitting me in${name}; I’ll keep this to ${r.meetingMinutes} minutes.`, `Thanks for the time${name}. I’ll keep it to ${spellMinutes(r.meetingMinutes)} minutes.`)
      : P(`Thank you for making time for this${name}.`, `Thanks for fitting me in${name}.`, `Thanks for the time${name}.`);
  const ack = acknowledgement(s, P, speak);
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
    const spoken = managerClaim(P(`As you suggested, I have spoken with my ${mgr} first, and they support this.`, `As you suggested, I talked to my ${mgr} first, and they’re supportive.`, `As you suggested, I spoke to my ${mgr} first. They support this.`));
    if (spoken) opening.push(spoken);
  }
  // They named someone ("Maybe talk to Marcos?"): you did, before coming back (reader 12; the setting says so).
  if (s.referral && !closed && s.firstResponse !== 'referral') opening.push(P(`As you suggested, I have spoken with ${s.referral}; what I would still value your view on is one specific decision.`, `As you suggested, I talked to ${s.referral}; what I’d still love your take on is one specific decision.`, `I talked to ${s.referral}, as you suggested. One decision still needs you.`));
  // Who you are to them, said once in the opening (former manager, skip-level, cross-team).
  const relationLine = s.relationship === 'former-manager'
    ? P(
      'This is a different request from the ones I brought you as my manager. You are not responsible for my career any more, and I am not asking you to be. What I would value is your judgment on hard decisions.',
      'I want to be clear this isn’t like when you were my manager. You’re not responsible for my career any more, and I’m not asking you to be. What I’d love is your judgment on the hard calls.',
      'Different from when you managed me: not my career, just your judgment on hard decisions.')
    // Skip-level: the manager knows, after a no or silence too (readers 7 and 8); said only as the
    // profile has it (managerKnows), never invented.
    : s.relationship === 'skip-level' && !sentToManager
      ? managerClaim(P(
        'I have talked this through with my manager first; they know I am here, and why.',
        'I’ve talked this through with my manager first, so they know I’m here and why.',
        'My manager knows I’m here, and why.'))
      : s.relationship === 'cross-team'
        ? P(
          'As I am not on your team, let me be clear: I am asking for your advice on one problem, not for your people’s time.',
          'I know I’m not on your team, so to be clear up front: I’m asking for your advice on one problem, not your people’s time.',
          'This needs your advice, not your people’s time.')
        : '';
  // Its first sentence only: the brief has one printed page. (A split on ". ": linear.)
  const relation = relationLine ? relationLine.split('. ')[0]!.replace(/[^.?!*]$/u, '$&.') : '';
  if (relationLine && s.relationship !== 'cross-team') opening.push(relationLine);
  // In a hierarchy the manager is named before the ask itself (reader 8: it came after the short
  // version), and only once that conversation has happened (the opening's note says so).
  const managerLine = s.relationship !== 'former-manager' && s.relationship !== 'skip-level' && !sentToManager && hierarchical
    ? managerClaim(P('I have discussed this with my manager, who supports it.', 'I’ve talked this through with my manager, and they’re supportive.', 'My manager knows and supports this.'))
    : '';
  if (managerLine) opening.push(managerLine);
  // Executives, and direct cultures, hear the ask first and the reasons after it.
  // Direct cultures hear the ask first and the reasons after it (executives too). Indirect ones
  // hear acknowledgement, then context, then the ask, whatever the title (review #10).
  // A written offer taken up: the acknowledgement already says the ask ("I’m taking you up on exactly that").
  const askFirst = !closed && !indirect && !inWriting && !mode.offeredInWriting;
  if (askFirst) {
    opening.push(s.relationship === 'executive'
      ? P(`Let me give you the short version first. ${r.short}`, `Here’s the short version. ${r.short}`, r.short)
      : P(`Let me start with what I am asking, and then explain why. ${r.short}`, `Let me start with the ask, then the why. ${r.short}`, `Here’s the short version first. ${r.short}`));
  }
  // Cross-team: "this needs your advice" refers to the ask, so it follows it (reader 8).
  if (relationLine && s.relationship === 'cross-team') opening.push(relationLine);
  // Praise names the work and the one decision the user gave; nothing general is added ("it has
  // shaped how I approach my role" is the generic praise the doc itself warns against).
  if (said.hasInitiative && !closed) {
    opening.push(indirect || hierarchical
      ? P(`I would like to acknowledge the work you led on ${said.initiative}.`, `Part of why I wanted to ask you is the work you led on ${said.initiative}.`, `Your work on ${said.initiative} is why I’m asking you.`)
      : P(`The work you led on ${said.initiative} is the reason I am asking you.`, `The work you led on ${said.initiative} is a big part of why I’m asking you.`, `Your work on ${said.initiative} is why I’m asking you.`));
  }
  if (said.decision && !closed) {
    opening.push(said.hasInitiative
      ? P(`One decision in particular has stayed with me: ${said.decision}.`, `One decision there really stuck with me: ${said.decision}.`, `One decision stuck with me: ${said.decision}.`)
      : P(`One decision of yours in particular has stayed with me: ${said.decision}.`, `One decision of yours really stuck with me: ${said.decision}.`, `One decision of yours stuck with me: ${said.decision}.`));
  }
  const managerNote = toAdd.length ? `*${speak(say('script-manager-add', { claim: toAdd.join(' ') }))}*` : '';
  return { part: { title: 'Opening: thank them and reset the ask', note: managerNote, lines: opening, after: '' }, relation, askFirst };
}

/** Why them: your challenge, their experience, and what the relationship adds. */
export function connectionOf(sc: Scene): Omit<ScriptPart, 'n'> {
  const { s, said, closed, P } = sc;
  const connection: string[] = [];
  // A clause about them ("You led the move to Kafka") is said on its own, then tied to the ask.
  const exp = said.expertiseClause
    ? P(`${said.expertiseSentence} That experience is directly relevant. Your perspective on ${said.bridge} would help us avoid expensive mistakes.`,
      `${said.expertiseSentence} That’s exactly the perspective I don’t have yet. I’d really value your take on ${said.bridge}.`,
      `${said.expertiseSentence} That’s the experience I need. I want your view on ${said.bridge}.`)
    : P(`Your experience with ${said.expertise} is directly relevant. Your perspective on ${said.bridge} would help us avoid expensive mistakes.`,
      `Your experience with ${said.expertise} is exactly the perspective I don’t have yet. I’d really value your take on ${said.bridge}.`,
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
  // Said only where the ask does not promise it already (a recurring rhythm cancels a session with nothing worth their time).
  if (s.relationship === 'executive' && !closed && !(s.rhythm.recurring && !s.rhythm.single)) {
    connection.push(P('I know your time is the scarcest thing here, so I will only bring decisions that are worth it.', 'I know your time is about the scarcest thing around here, so I’ll only bring you decisions that are worth it.', 'Your time is scarce; I’ll only bring decisions worth it.'));
  }
  if (s.relationship === 'former-manager') {
    connection.push(P('You know how I think, so if you see a flaw in my reasoning on a decision, I would ask you to say so.', 'You know how I think, so if you spot a flaw in my reasoning on a decision, please say so.', 'You know how I think. If you see a flaw in my reasoning, say so.'));
  }
  return { title: 'Connection: your expertise, my challenge', note: '', lines: connection, after: '' };
}
