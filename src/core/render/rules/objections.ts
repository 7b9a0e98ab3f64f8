import type { FirstResponse } from '../../profile/profile';
import { askMode, capFirst, isJoined, programPointed, type ByTone } from './shared';
import type { Card, Situation } from './types';

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

function cards(s: Situation, P: ByTone, comeBack: { when: string; objection: string }): Card[] {
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
/** The objection cards, the ones their answer points to first, the likeliest marked. */
export function objectionsOf(s: Situation, signals: readonly FirstResponse[], P: ByTone, comeBack: { when: string; objection: string }): Card[] {
  return rankCards(cards(s, P, comeBack), signals, s);
}
