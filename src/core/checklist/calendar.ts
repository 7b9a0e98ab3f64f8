/** An .ics file for the agreed check-in rhythm (RFC 5545), one event written here: the same lines
 *  the `ics` package wrote (a unit test compares them), without its 70 KB of validation code in the
 *  bundle. Times are UTC, so the file means the same in every calendar app. Control characters are
 *  removed from every field, and lines are folded at 75 octets, never inside a UTF-8 sequence. */
import { BIDI_CONTROLS } from '../text/printable';
import { slug, type Cadence, type Format, type Profile } from '../profile/profile';

export interface CalendarOptions {
  /** First check-in. */
  start: Date;
  /** Occurrences of a recurring series (default 6); ignored for "as-needed". */
  count?: number;
  title?: string;
  /** Stable id, so importing a re-export updates the event instead of adding another. */
  uid?: string;
  /** When the file is written (DTSTAMP); now by default. */
  now?: Date;
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

/** A field as the calendar gets it: line breaks kept as `\n` (icsText escapes them), every
 *  other C0 and C1 control character (NUL, ESC, a lone CR, DEL…) and every bidi control (U+202E
 *  would show "gpj.exe" as "exe.jpg" in a calendar app) removed; TAB kept. */
export function calendarText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(BIDI_CONTROLS, '');
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Unfolds the lines and folds every content line again at 75 octets (RFC 5545 §3.1),
 *  never inside a UTF-8 sequence; continuation lines start with one space. */
export function foldIcs(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((line) => {
    const out: string[] = [];
    let current = '';
    let octets = 0;
    for (const ch of line) {
      const n = utf8Length(ch.codePointAt(0)!);
      if (octets + n > 75) { out.push(current); current = ' '; octets = 1; }
      current += ch;
      octets += n;
    }
    out.push(current);
    return out.join('\r\n');
  }).join('\r\n');
}

export function checkInCalendar(profile: Profile, options: CalendarOptions): CalendarResult {
  const count = options.count ?? 6;
  if (!Number.isInteger(count) || count < 1) return { ok: false, message: `The number of check-ins must be a whole number of at least 1 (got ${count}).` };
  const start = options.start.getTime();
  if (Number.isNaN(start)) return { ok: false, message: 'The first check-in needs a valid date and time.' };
  // A calendar app reads a time before 1970 differently or not at all.
  if (start < 0) return { ok: false, message: `The first check-in must be in 1970 or later (got ${options.start.toISOString().slice(0, 10)}).` };
  const minutes = profile.sessionMinutes;
  if (!Number.isInteger(minutes) || minutes < 1) return { ok: false, message: `Could not create the calendar file: the session length must be a whole number of minutes (got ${minutes}).` };
  const leader = calendarText(profile.leader.name).trim();
  const rule = RULES[profile.cadence];
  const title = calendarText(options.title ?? (leader ? `Mentorship check-in with ${leader}` : 'Mentorship check-in'));
  const description = [`Format: ${FORMAT_TEXT[profile.format]}.`, `First topic: ${calendarText(profile.challenge).trim()}`].join('\n');
  const uid = calendarText(options.uid ?? `mentorship-${slug(leader)}-${utcStamp(options.start)}@mentorship-prep`);
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:mentorship-prep', 'METHOD:PUBLISH', 'X-PUBLISHED-TTL:PT1H',
    'BEGIN:VEVENT', `UID:${uid}`, ...(title ? [`SUMMARY:${icsText(title)}`] : []), `DTSTAMP:${utcStamp(options.now ?? new Date())}`,
    `DTSTART:${utcStamp(options.start)}`, `DESCRIPTION:${icsText(description)}`,
    ...(rule ? [`RRULE:FREQ=${rule.freq};INTERVAL=${rule.interval};COUNT=${count}`] : []),
    `DURATION:PT${minutes}M`, 'END:VEVENT', 'END:VCALENDAR',
  ];
  return { ok: true, ics: foldIcs(`${lines.join('\r\n')}\r\n`) };
}

/** RFC 5545 TEXT: a backslash, semicolon or comma escaped with a backslash, a line break as `\n`. */
function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/** The first check-in suggested when none is given: a week from `now`, on a weekday, 10:00 local
 *  time (the extension's Export Check-in Calendar and the CLI's `calendar` agree). */
export function suggestedFirstCheckIn(now: Date): Date {
  const d = new Date(now);
  d.setDate(d.getDate() + 7);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  d.setHours(10, 0, 0, 0);
  return d;
}
