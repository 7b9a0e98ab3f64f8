/** An .ics file for the agreed check-in rhythm, built with the `ics` package (it folds, escapes
 *  and validates). Times are UTC, so the file means the same in every calendar app. */
import { createEvent, type EventAttributes } from 'ics';
import { slug, type Cadence, type Format, type Profile } from '../profile/profile';

export interface CalendarOptions {
  /** First check-in. */
  start: Date;
  /** Occurrences of a recurring series (default 6); ignored for "as-needed". */
  count?: number;
  title?: string;
  /** Stable id, so importing a re-export updates the event instead of adding another. */
  uid?: string;
}

export type CalendarResult = { ok: true; ics: string } | { ok: false; message: string };

const RULES: Record<Cadence, { freq: 'WEEKLY' | 'MONTHLY'; interval: number } | undefined> = {
  weekly: { freq: 'WEEKLY', interval: 1 },
  biweekly: { freq: 'WEEKLY', interval: 2 },
  monthly: { freq: 'MONTHLY', interval: 1 },
  'as-needed': undefined,
};

const FORMAT_TEXT: Record<Format, string> = {
  meetings: 'a short meeting',
  async: 'a written async update',
  mixed: 'a short meeting or an async update',
};

/** 20261124T090000Z */
function utcStamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function checkInCalendar(profile: Profile, options: CalendarOptions): CalendarResult {
  const count = options.count ?? 6;
  if (!Number.isInteger(count) || count < 1) return { ok: false, message: `The number of check-ins must be a whole number of at least 1 (got ${count}).` };
  const start = options.start.getTime();
  if (Number.isNaN(start)) return { ok: false, message: 'The first check-in needs a valid date and time.' };
  const leader = profile.leader.name.trim();
  const rule = RULES[profile.cadence];
  const event: EventAttributes = {
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: profile.sessionMinutes },
    title: options.title ?? (leader ? `Mentorship check-in with ${leader}` : 'Mentorship check-in'),
    description: [`Format: ${FORMAT_TEXT[profile.format]}.`, `First topic: ${profile.challenge.trim()}`].join('\n'),
    uid: options.uid ?? `mentorship-${slug(leader)}-${utcStamp(options.start)}@mentorship-prep`,
    productId: 'mentorship-prep',
    ...(rule ? { recurrenceRule: `FREQ=${rule.freq};INTERVAL=${rule.interval};COUNT=${count}` } : {}),
  };
  const { error, value } = createEvent(event);
  return error || !value ? { ok: false, message: `Could not create the calendar file: ${error?.message ?? 'no output'}` } : { ok: true, ics: value };
}
