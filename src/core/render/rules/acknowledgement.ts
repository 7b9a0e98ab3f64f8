import { isJoined, joinedThe, programPointed, say, type ByTone, type Speak } from './shared';
import type { Situation } from './types';

/** The opening's second sentence: what they said the first time, acknowledged in its own terms. */
export function acknowledgement(s: Situation, P: ByTone, speak: Speak): string {
  const program = programPointed(s);
  // Said only once it is true: the setting tells the reader to enroll before the meeting.
  const enrolled = program ? P(` I have ${joinedThe(program)}, as you advised.`, ` I’ve ${joinedThe(program)}, as you suggested.`, ` I’ve ${joinedThe(program)}, as you advised.`) : '';
  if (s.declined) {
    return declinedAck(s, P) + enrolled;
  }
  // A doubt about fit is answered as one: the ask was "mentoring", the need is narrower (reader 10).
  if (s.doubtsFit) {
    const joined = program ? P(` I have ${joinedThe(program)}, as you suggested.`, ` I’ve ${joinedThe(program)}, as you suggested.`, ` I’ve ${joinedThe(program)}, as you suggested.`) : '';
    return P('You said you were not sure you were the right person for this. I may have made it sound broader than it is: what I need is much narrower, your experience on one problem.',
      'You said you weren’t sure you’d be the right mentor for me. I may have made it sound bigger than it is: what I actually need is much narrower, your experience on one problem.',
      'You weren’t sure you’re the right person. I made it sound bigger than it is: I need your experience on one problem.') + joined;
  }
  // A yes with limits: take them up on exactly what they offered (issue 21).
  if (s.firstResponse === 'yes-with-limits') return speak(s.offered ? say('script-ack-offered', { offered: s.offered }) : say('script-ack-limits'));
  // They named someone: the setting asks you to talk to them first, so this says you did.
  if (s.firstResponse === 'referral') return speak(s.referral ? say('script-ack-referral-named', { referTo: s.referral }) : say('script-ack-referral'));
  return otherAck(s, P, program);
}

function declinedAck(s: Situation, P: ByTone): string {
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

function otherAck(s: Situation, P: ByTone, program: string | undefined): string {
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
