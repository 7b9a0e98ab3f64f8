// What the message templates (request, one-pager, brief…) read beyond the prep doc's context.
import type { Profile } from '../profile/profile';
import { say, type Speak } from './rules/shared';
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

/** The trial in numbers: the session count and the hours are the rhythm's, so the messages and the
 *  prep doc name the same cost (rhythm-trial-*). */
function trial(profile: Profile, rhythm: Rhythm, speak: Speak): { sessions: string; total: string } {
  // After a no or no reply there is no trial: the ask is the one conversation or question.
  if (rhythm.single) return { sessions: rhythm.summary, total: rhythm.summary };
  const format = profile.format;
  const minutes = profile.sessionMinutes;
  if (profile.cadence === 'as-needed') {
    return { sessions: speak(say('rhythm-trial-as-needed-sessions', { format })), total: speak(say('rhythm-trial-as-needed-total', { format, minutes })) };
  }
  const n = rhythm.sessions;
  const count = speak(say('rhythm-count', { n }));
  // The review is named on its own wherever this is used, so the total here is the sessions' only.
  const time = format === 'async' ? '' : minutesLabel(n * minutes, speak, 'some');
  return { sessions: speak(say('rhythm-trial-sessions', { format, count })), total: speak(say('rhythm-trial-total', { format, count, minutes, time })) };
}

export function messageFields(profile: Profile, rhythm: Rhythm, speak: Speak): MessageContext {
  return {
    // The meeting the request asks for is the one the script's setting books: one number everywhere.
    requestMinutes: rhythm.meetingMinutes,
    trial: trial(profile, rhythm, speak),
    unit: speak(say('rhythm-unit', { kind: profile.format === 'async' ? 'exchange' : 'session' })),
  };
}
