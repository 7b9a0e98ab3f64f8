import { conditionMetArgs } from '../conditionalYes';
import { isJoined, papersOf, personIsNamed, programPointed, say, type Speak } from './shared';
import type { Phrase } from '../../phrases/phrasebook';
import type { Situation } from './types';
import { busyWithIn } from '../firstAnswer';
import { inlineMarkdown } from '../markdown';
import { saidPlainly } from '../pronouns';
import { calendarSaid } from '../calendarSaid';

/** The opening's second sentence: what they said the first time, acknowledged in its own terms. */
export function acknowledgement(s: Situation, speak: Speak): string {
  return speak(acknowledged(s, speak));
}

function acknowledged(s: Situation, speak: Speak): Phrase[] {
  const program = programPointed(s, speak);
  const joined = isJoined(program) ? 'yes' : 'no';
  // Said only once it is true: the setting tells the reader to enroll before the meeting.
  if (s.declined) return [declinedAck(s), ...(program ? [say('script-ack-enrolled', { joined, program })] : [])];
  // A doubt about fit is answered as one: the ask was "mentoring", the need is narrower.
  if (s.doubtsFit) return [say('script-ack-doubts-fit'), ...(program ? [say('script-ack-doubts-fit-enrolled', { joined, program })] : [])];
  // A yes with limits: take them up on exactly what they offered (issue 21).
  // An informal offer (a coffee, a walk) is this meeting itself: thanks, and the one question, not their offer read back.
  if (s.firstResponse === 'yes-with-limits' && s.offer?.shape === 'informal') return [say('script-ack-informal-offer')];
  if (s.firstResponse === 'yes-with-limits') return yesWithLimits(s);
  // They named someone: the setting asks you to talk to them first, so this says you did.
  if (s.firstResponse === 'referral') return [s.referral ? say('script-ack-referral-named', { referTo: s.referral, named: personIsNamed(s.referral), met: s.referralMet ?? 'no', pronoun: s.referPronoun }) : say('script-ack-referral')];
  // A program named beside a not now: the setting says to apply before coming back, so this says you did.
  return [...[otherAck(s, program)].flat(), ...(program && s.firstResponse === 'not-now' ? [say('script-ack-enrolled', { joined, program })] : [])];
}

/** A yes with limits: what they offered, else the limits they set said back to them (and the slot
 *  they offered only if needed, as the fallback), else only that there were limits. */
function yesWithLimits(s: Situation): Phrase[] {
  const terms = s.theirTerms;
  if (s.offered && s.firstResponse === 'yes-with-limits' && s.comeBack?.condition) return [say('script-ack-yes-on-condition', { ...conditionMetArgs(s.comeBack.condition), offered: s.offered })];
  if (s.offered && !terms?.offeredIsExtra) return [say('script-ack-offered', { offered: s.offered, plain: saidPlainly(s.offered) })];
  const written = s.offerWritten ? 'yes' : 'no';
  if (!terms?.limits) return [say('script-ack-limits', { written })];
  return [say('script-ack-limits-said', { written, limits: terms.limits }), ...(terms.fallback ? [say('terms-fallback', { time: terms.fallback })] : [])];
}

/** Their words said the first ask was too big or unclear ("sounded like a lot", "not sure what exactly
 *  you are asking", „zu vage“, „was genau Sie wollen“). Bounded: linear. */
export const TOO_BIG = /\btoo (?:big|broad|vague|much|fuzzy|open-ended|general)\b|\b(?:sounds?|sounded) like a lot\b|\b(?:not sure|unclear) what (?:exactly )?you(?:['’]re| are) (?:asking|after)\b|\bwhat exactly\b|\bzu (?:groß|vage|allgemein|breit|viel)\b|\bwas (?:genau|eigentlich|konkret) (?:Sie|du)\b/iu;

function declinedAck(s: Situation): Phrase {
  // Their reason, in their words, when they gave one ("this year due to the budget negotiations").
  const why = /\b(?:due to|because of)\s+([^.,;!?]{3,60})/i.exec(s.words);
  if (!why) return say('script-ack-declined');
  return say('script-ack-declined-reason', { thisYear: /\bthis year\b/i.test(s.words) ? 'yes' : 'no', reason: why[1]!.trim() });
}

function otherAck(s: Situation, program: string | undefined): Phrase | Phrase[] {
  switch (s.firstResponse) {
    case 'no-time':
      // "Stretched thin" is capacity, not a calendar: said as they said it.
      if (/\bstretched\b/i.test(s.words)) return say('script-ack-no-time-stretched');
      return say(calendarSaid(s.words) ? 'script-ack-no-time' : 'script-ack-no-time-said');
    case 'not-now': {
      // Their own milestone ("after the Q3 launch") is why you are back now.
      const when = s.comeBack?.named ? s.comeBack.when : undefined;
      // Not "so here I am": whether their milestone has passed is not in the profile.
      // What kept them busy ("anything except the NIK audit") is acknowledged with it (issue 21).
      const busy = busyWithIn(s.words);
      // A condition ("once you’ve run the pilot") is met, not waited out: no "if it’s still not a good moment".
      // Whether it has been met is never said: the opening's note leaves that to you.
      const condition = s.comeBack?.condition ? 'unconfirmed' : 'no';
      // Back for what they offered ("lo hablamos con un café"): agreed, so no "if the timing is still not right".
      const offered = s.offer !== undefined ? 'yes' : 'no';
      if (when && busy) return [say('ack-busy-with', { busy: inlineMarkdown(busy) }), say('script-ack-not-now-when', { when, condition, offered })];
      if (when) return say('script-ack-not-now-when', { when, condition, offered });
      return say('script-ack-not-now');
    }
    case 'noncommittal':
      // "Let me see what I can do" is a promise to act: build on it, not on a complaint they never made.
      if (/\bsee what I can do\b/i.test(s.words)) return say('script-ack-noncommittal-see');
      // "My first ask was too big" only when their words said so; nothing else in the profile tells.
      return say(TOO_BIG.test(s.words) ? 'script-ack-noncommittal' : 'script-ack-noncommittal-open');
    case 'use-the-program': if (program) return say('script-ack-program-named', { program, joined: isJoined(program) ? 'yes' : 'no' });
      return say('script-ack-program');
    // That you talked to them is said only as the profile has it (managerKnows); otherwise you will,
    // before anything is agreed. Named as they named them ("Talk to Marcos first").
    case 'ask-your-manager': return say('script-ack-manager', { managerWord: s.managerWord ?? 'manager', named: s.managerName ?? 'none', knows: s.managerKnows === true ? 'yes' : 'no' });
    case 'not-ready': {
      // Their words, not a paraphrase: "more exposure to the exec team" is answered as exposure.
      const exposure = /\bexposure to ([^.,;!?]{3,40})/i.exec(s.words);
      if (exposure) {
        const to = exposure[1]!.trim().replace(/\s+first$/i, '');
        return say('script-ack-not-ready-exposure', { exposureTo: to });
      }
      return say('script-ack-not-ready', papersOf(s));
    }
    // No second "I know how many…" after the thanks, and not the word they never answered.
    case 'no-reply': return say('script-ack-no-reply');
    default: return say('script-ack-other');
  }
}
