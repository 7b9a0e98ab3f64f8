// What the message templates (request, one-pager, brief…) read beyond the prep doc's context.
import type { Profile } from '../profile/profile';
import type { Speak } from './rules/shared';
import { minutesLabel, type Rhythm } from './rhythm';

/** What the message templates need beyond the prep doc's context. */
export interface MessageContext {
  /** Length of the short meeting the request asks for: 15 minutes when sessions are that short, and,
   *  as the prep doc's setting says, for an executive or after "no time"; else 20. */
  requestMinutes: number;
  /** What the three-month trial costs the leader, in words: "about six sessions, some 3 hours in all". */
  trial: { sessions: string; total: string };
  /** What one round is called in this rhythm: "session", or "exchange" when everything is written. */
  unit: string;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];

/** The trial in numbers: the session count and the hours are the rhythm's, so the messages and the
 *  prep doc name the same cost. */
function trial(profile: Profile, rhythm: Rhythm, speak: Speak): { sessions: string; total: string } {
  // After a no or no reply there is no trial: the ask is the one conversation or question.
  if (rhythm.single) return { sessions: rhythm.summary, total: rhythm.summary };
  if (profile.cadence === 'as-needed') {
    return profile.format === 'async'
      ? { sessions: 'a written question only when a decision needs it', total: 'a short written question only when a decision needs it, and nothing in between' }
      : { sessions: 'a session only when a decision needs it', total: `a ${profile.sessionMinutes}-minute session only when a decision needs it, and nothing in between` };
  }
  const n = rhythm.sessions;
  if (profile.format === 'async') return { sessions: `about ${NUMBER_WORDS[n]} written notes`, total: `about ${NUMBER_WORDS[n]} short written notes in three months, each a few minutes to read and answer` };
  // The review is named on its own wherever this is used, so the total here is the sessions' only.
  return { sessions: `about ${NUMBER_WORDS[n]} sessions`, total: `about ${NUMBER_WORDS[n]} sessions of ${profile.sessionMinutes} minutes in three months, ${minutesLabel(n * profile.sessionMinutes, speak, 'some')} in all` };
}

export function messageFields(profile: Profile, rhythm: Rhythm, speak: Speak): MessageContext {
  return {
    // The meeting the request asks for is the one the script's setting books: one number everywhere.
    requestMinutes: rhythm.meetingMinutes,
    trial: trial(profile, rhythm, speak),
    unit: profile.format === 'async' ? 'exchange' : 'session',
  };
}
