import type { Cadence, Format, Relationship, Tone } from '../profile/profile';
import { say, type Speak } from './rules/shared';
import { sentences, voiceOf } from './phrasing';
import { bareOffer, quoteOffer, saidPlainly, toThem, toYou } from './pronouns';

export { toThem, toYou };

/**
 * The one model of time and format. Every sentence in any document about how often, how long and
 * in what form comes from here, so a sentence can only say what is true for the chosen
 * cadence × format × minutes: an as-needed rhythm is never "recurring" or "fixed" and never gets
 * an "invite"; an async rhythm never has "sessions"; the fallback offered when time is the
 * worry is always smaller than, and different from, the ask.
 */
export interface Rhythm {
  cadence: Cadence;
  format: Format;
  minutes: number;
  /** Talking happens (meetings or mixed). */
  live: boolean;
  /** Only written notes. */
  written: boolean;
  /** A regular rhythm, not "only when a decision needs it". */
  recurring: boolean;
  /** "once a week", "every two weeks", … or "only when a decision needs it". */
  cadenceLabel: string;
  /** What one exchange is called: "session" when you talk, "note" when you write. */
  unit: string;
  /** For the doc, in the third person: "30-minute conversations every two weeks, with …". */
  summary: string;
  /** Spoken to the leader, in the chosen tone: the ask itself. */
  ask: string;
  /** Spoken: how you prepare each exchange. */
  prep: string;
  /** Spoken: who does the logistics, and the promise to skip when there is nothing worth their time. */
  promise: string;
  /** Spoken: the smaller arrangement offered when time is the worry. */
  fallback: string;
  /** The same, as a bare phrase ("no calls, only the written notes …"). */
  fallbackText: string;
  /** Their total time over the three-month trial ("about 3 hours"), or '' when it cannot be known. */
  totalTime: string;
  /** The after-the-meeting bullets on keeping the rhythm. */
  logistics: string[];
  /** The review at the end of the trial, as an instruction. */
  review: string;
  /** The 30-second version of the ask, in the first person. */
  short: string;
  /** The summary as said to them ("answered in your own time"; what they offered, in your words). */
  saidToThem: string;
  /** A yes with limits: what they offered, told about them ("coffee when they’re in town"). */
  offered?: string;
  /** The leader said no or never replied: the ask is one conversation (or one written question),
   *  with no trial, no recurring invite and no review. Every sentence above follows it. */
  single: boolean;
  /** How long the meeting in which you ask is booked for: one number for every document. */
  meetingMinutes: number;
  /** How long the review at the end of the trial is (0 when there is no trial). */
  reviewMinutes: number;
  /** Exchanges in the three-month trial (0 when it cannot be known or there is none). */
  sessions: number;
  /** An assistant keeps their calendar (executives outside startups): dates go through them. */
  assistant: boolean;
}

export interface RhythmOptions {
  /** A declined or unanswered first ask: one conversation or one written question. */
  single?: boolean;
  /** Their first answer was about time: the meeting itself is shorter. */
  noTime?: boolean;
  /** The executive has an assistant who keeps the calendar (not at a startup). Default: executives do. */
  assistant?: boolean;
  /** Weeks before one short reminder: 1 (linear time, the default), 2 (flexible); said as culture-weeks. */
  reminderWeeks?: number;
  /** A yes with limits: what they offered, in their words ("coffee when I'm in town"). The ask is
   *  exactly that, said as theirs, never shrunk to "a single question". */
  offered?: string;
  /** With `offered`: their offer is written help (true) or talk (false), whatever the format; the
   *  arrangement is theirs (firstAnswer.ts offerMedium). Undefined: the format decides. */
  offeredWritten?: boolean;
  /** With `offered`: the offer is informal (a coffee, a fika, "when I'm in town", offerShape.ts): nothing
   *  to read beforehand, nothing to schedule; the time is theirs. */
  offeredInformal?: boolean;
  /** How the rhythm's sentences are put in words (phrases/en/rhythm.ftl): the document's phrasebook
   *  with its facts. Default: plain English, given only the tone. */
  speak?: Speak;
}

/** How often, in words ("once a week", "only when a decision needs it"): rhythm-cadence. */
export function cadenceLabel(cadence: Cadence, speak: Speak): string {
  return speak(say('rhythm-cadence', { cadence }));
}

/** Messages in words with only the tone as a fact, in plain English: for a rhythm made outside a
 *  document (a document passes its own phrasebook's voice, overrides included). */
function plainEnglish(tone: Tone): Speak {
  return (phrases) => sentences(voiceOf(undefined).book, { tone }, [phrases].flat());
}

export function rhythmOf(cadence: Cadence, format: Format, minutes: number, tone: Tone, relationship: Relationship, options: RhythmOptions = {}): Rhythm {
  const assistant = options.assistant ?? relationship === 'executive';
  // After a no the meeting is the one conversation asked for: one length everywhere.
  const meetingMinutes = options.single ? minutes : Math.min(minutes, relationship === 'executive' || options.noTime ? 15 : 20);
  const speak = options.speak ?? plainEnglish(tone);
  if (options.single) {
    // What they offered is written or talk whatever the user's format: the arrangement is theirs.
    const medium: Format = options.offered === undefined || options.offeredWritten === undefined ? format
      : options.offeredWritten ? 'async' : format === 'async' ? 'meetings' : format;
    const single = singleRhythm(cadence, medium, minutes, speak, assistant, meetingMinutes);
    return options.offered ? asOffered(single, options.offered, speak, options.offeredInformal === true) : single;
  }
  const live = format !== 'async';
  const written = format === 'async';
  const recurring = cadence !== 'as-needed';
  const cad = cadenceLabel(cadence, speak);
  const reminder = speak(say('culture-weeks', { weeks: options.reminderWeeks ?? 1 }));

  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  const facts = { format, minutes, cad, recurring: yesNo(recurring), assistant: yesNo(assistant), reminder };
  const summary = speak(say('rhythm-summary', { ...facts, to: 'them' }));
  const saidToThem = speak(say('rhythm-summary', { ...facts, to: 'you' }));
  const rhythmArgs = { minutes, cad, cadence, recurring: yesNo(recurring) };
  // The rhythm said to the leader (the doc's own, in the third person, is rhythm-summary).
  const spoken = speak(say(`rhythm-spoken-${format}`, rhythmArgs));

  const ask = speak(say('rhythm-ask', { spoken }));

  const prep = written
    ? speak(say('rhythm-prep-written'))
    : speak(say('rhythm-prep', { recurring: recurring ? 'yes' : 'no' }));

  const promise = promiseOf(speak, recurring, live, assistant);

  // The smaller arrangement offered when time is the worry: always smaller than, and different from, the ask.
  const fallbackText = speak(say(`rhythm-lighter-${format}`, rhythmArgs));
  const fallback = speak(say('rhythm-fallback', { fallbackText }));

  const logistics = logisticsOf(format, recurring).map((id) => speak(say(`rhythm-logistics-${id}`, facts)));

  const reviewMinutes = Math.min(20, minutes);
  const review = speak(say('rhythm-review', { format, minutes: reviewMinutes }));

  // Concise, the ask is a question that can be answered yes or no, then how it ends: a fragment
  // ("A short written question only when…") is not something you can say to someone.
  const question = speak(say(`rhythm-question-${format}`, rhythmArgs));
  const short = speak(say('rhythm-short', { spoken, question }));

  const perTrial = { weekly: 13, biweekly: 7, monthly: 3, 'as-needed': 0 }[cadence];
  // The sessions' time, with the review named on its own: the one-pager counts it the same way
  // ("about 60 minutes" in the script, "some 45 minutes … then a 15-minute review" there).
  const totalTime = !recurring || written ? '' : speak(say('rhythm-total-time', { time: minutesLabel(perTrial * minutes, speak), review: reviewMinutes }));

  return {
    cadence, format, minutes, live, written, recurring, cadenceLabel: cad, fallbackText, totalTime,
    unit: speak(say('rhythm-unit', { kind: written ? 'note' : 'session' })),
    summary, saidToThem, ask, prep, promise, fallback, logistics, review, short,
    single: false, meetingMinutes, reviewMinutes, sessions: recurring ? perTrial : 0, assistant,
  };
}

/** Who does the logistics, and the promise to skip when there is nothing worth their time (spoken). */
function promiseOf(speak: Speak, recurring: boolean, live: boolean, assistant: boolean): string {
  if (recurring && live) {
    return speak(say('rhythm-promise-recurring-live', { assistant: assistant ? 'yes' : 'no' }));
  }
  if (recurring) {
    return speak(say('rhythm-promise-recurring-written'));
  }
  // "Only when a decision is ready" is said once, in the line about the calendar; here only who
  // does the scheduling, when there is any.
  return live ? speak(say('rhythm-promise-as-needed', { assistant: assistant ? 'yes' : 'no' })) : '';
}

/** The after-the-meeting bullets on keeping the rhythm, as rhythm-logistics-* message IDs: who owns
 *  the logistics, and what to do when it slips. */
function logisticsOf(format: Format, recurring: boolean): string[] {
  if (format === 'async') return ['thread', recurring ? 'calendar' : 'write-rarely', 'unanswered'];
  if (recurring) return ['invite', 'confirm', 'between', 'cancelled'];
  return ['one-at-a-time', ...(format === 'mixed' ? ['written-first'] : []), 'ask-rarely'];
}

/** "about 50 minutes", "about two and a half hours", "a little over four hours" (rhythm-minutes,
 *  rhythm-hours); `approx`: "some" for "some 3 hours in all". */
export function minutesLabel(total: number, speak: Speak, approx: 'about' | 'some' = 'about'): string {
  if (total < 120) return speak(say('rhythm-minutes', { total, lead: approx }));
  // In words, not "3 and a half". Rounded down, and said so: 13 × 20 minutes is "a
  // little over four hours", not "four and a half" (a manager does the sum).
  const halves = Math.floor(total / 30);
  const whole = Math.floor(halves / 2);
  // Words up to twelve, as always said; digits above ("13 hours").
  const hours = whole <= 12 ? speak(say('rhythm-count', { n: whole })) : String(whole);
  return speak(say('rhythm-hours', { hours, half: halves % 2 ? 'yes' : 'no', lead: total % 30 === 0 ? approx : 'over' }));
}

/** After a no or no reply: one conversation, or one written question, and nothing recurring. */
function singleRhythm(cadence: Cadence, format: Format, minutes: number, speak: Speak, assistant: boolean, meetingMinutes: number): Rhythm {
  const written = format === 'async';
  const facts = { format, minutes, assistant: assistant ? 'yes' : 'no' };
  const spoken = speak(say('rhythm-single-spoken', facts));
  const summary = speak(say('rhythm-single-summary', { ...facts, to: 'them' }));
  const saidToThem = speak(say('rhythm-single-summary', { ...facts, to: 'you' }));
  return {
    cadence, format, minutes, live: !written, written, recurring: false, single: true,
    cadenceLabel: speak(say('rhythm-cadence-once')), unit: speak(say('rhythm-unit', { kind: written ? 'question' : 'conversation' })), summary, saidToThem,
    ask: speak(say('rhythm-single-ask', { spoken })),
    prep: written
      ? speak(say('rhythm-single-prep-written'))
      : speak(say('rhythm-single-prep')),
    promise: written ? '' : speak(say('rhythm-single-promise', { assistant: assistant ? 'yes' : 'no' })),
    fallbackText: speak(say('rhythm-single-lighter', facts)),
    fallback: written
      ? speak(say('rhythm-single-fallback-written'))
      : speak(say('rhythm-single-fallback')),
    totalTime: written ? '' : minutesLabel(minutes, speak),
    logistics: (written ? ['single-send', 'single-no-reminder'] : ['single-times', 'single-summary']).map((id) => speak(say(`rhythm-logistics-${id}`, facts))),
    review: '',
    short: written
      ? speak(say('rhythm-single-short-written'))
      : speak(say('rhythm-single-short', { minutes })),
    meetingMinutes, reviewMinutes: 0, sessions: 1, assistant,
  };
}

/** A yes with limits: the one arrangement is what they offered, named in their words everywhere
 *  the rhythm is said (the summary, the ask, the 30-second version, the logistics). */
function asOffered(single: Rhythm, offered: string, speak: Speak, informal: boolean): Rhythm {
  // Quoted, so any form reads: "a coffee", "to comment in writing when I have time", a whole clause.
  const them = quoteOffer(toThem(offered.trim()));
  const you = quoteOffer(toYou(offered.trim()));
  return {
    ...single,
    summary: speak(say('rhythm-offered-summary', { them })),
    saidToThem: speak(say('rhythm-offered-said', { you })),
    offered: toThem(offered.trim()),
    ask: speak(say('rhythm-offered-ask', { you })),
    // Said out loud (the 30-second version): a thing or an infinitive plainly, not quoted into the speech.
    short: speak(say('rhythm-offered-short', { you, plain: saidPlainly(bareOffer(toYou(offered.trim()))), said: bareOffer(toYou(offered.trim())) })),
    // An informal offer (a coffee, a fika): no pre-read, no scheduling; the time is theirs.
    ...(informal && !single.written ? { prep: speak(say('rhythm-offered-informal-prep')), promise: '' } : {}),
    logistics: (single.written ? ['offered-first', 'offered-keep'] : [informal ? 'offered-informal-time' : 'offered-time', 'offered-summary'])
      .map((id) => speak(say(`rhythm-logistics-${id}`, { them, assistant: single.assistant ? 'yes' : 'no' }))),
  };
}
