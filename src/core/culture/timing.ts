/** When to ask and when to come back, from a country's calendar (calendars.ts): the observances,
 *  shutdowns and budget seasons in the weeks ahead of the planned ask, each with the last day to
 *  ask before it and the first good day after it; and whether a month to come back in is blocked. */
import { nextGoodWindow, observances, type CalendarOptions, type IsoDate, type Observance } from './calendars';
import { addDays, isoDate } from './calendarTables';

/** How far ahead the advice looks: about two months, the time a request takes to become a meeting. */
export const HORIZON_DAYS = 56;
/** A request sent later than this before an observance meets it: the meeting would not happen first. */
export const LEAD_DAYS = 10;

export interface TimingAhead {
  observance: Observance;
  /** ahead: it starts after the last day to ask before it; close: it starts sooner than that;
   *  now: the planned ask falls inside it. */
  when: 'ahead' | 'close' | 'now';
  /** The last day a request can go out and still be met before it (when 'ahead'). */
  before?: IsoDate;
  /** The first good working day after it, and after what follows it at once. */
  after: IsoDate;
  /** What follows at once and is stepped over too (Eid after Ramadan): away or slow observances. */
  then: Observance[];
}

const localIso = (d: Date): IsoDate => isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
const overlaps = (o: Observance, from: IsoDate, to: IsoDate) => o.start <= to && o.end >= from;

/** Every observance of `country` touching the years around `from`, once each. */
function around(country: string, from: IsoDate, options: CalendarOptions): Observance[] {
  const year = Number(from.slice(0, 4));
  const seen = new Set<string>();
  return [...observances(country, year, options), ...observances(country, year + 1, options)]
    .filter((o) => { const k = `${o.id}|${o.start}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

/**
 * The away and slow observances of `country` that fall in the HORIZON_DAYS from `today`, each with
 * what to do about it, in order; one that follows another at once (Eid after Ramadan) is told with
 * it, not again. Without any, the busy season (budget and planning) overlapping the same weeks.
 * Empty for a country without calendar rows.
 */
export function timingAhead(country: string, today: Date | IsoDate, options: CalendarOptions = {}): TimingAhead[] {
  const from = typeof today === 'string' ? today : localIso(today);
  const to = addDays(from, HORIZON_DAYS);
  const all = around(country, from, options);
  const out: TimingAhead[] = [];
  const told = new Set<string>();
  for (const o of all.filter((x) => x.effect !== 'busy' && overlaps(x, from, to))) {
    // Told already: stepped over after another, or inside one told (the shutdown within Guadalupe–Reyes).
    if (told.has(`${o.id}|${o.start}`) || out.some((t) => t.observance.start <= o.start && t.observance.end >= o.end)) continue;
    const next = nextGoodWindow(country, addDays(o.end, 1), options);
    const then = next.skipped.filter((s) => s.id !== o.id || s.start !== o.start);
    for (const s of [o, ...then]) told.add(`${s.id}|${s.start}`);
    const lastToAsk = addDays(o.start, -LEAD_DAYS);
    const when = o.start <= from ? 'now' : lastToAsk > from ? 'ahead' : 'close';
    out.push({ observance: o, when, ...(when === 'ahead' ? { before: lastToAsk } : {}), after: next.start, then });
  }
  // A busy season is said only when nothing keeps them away: a holiday ahead matters more.
  const busy = out.length ? undefined : all.find((x) => x.effect === 'busy' && overlaps(x, from, to));
  if (busy) out.push({ observance: busy, when: busy.start <= from ? 'now' : 'ahead', after: addDays(busy.end, 1), then: [] });
  return out;
}

/** Working days of a YYYY-MM month (Monday to Friday; Sunday to Thursday where the weekend is Friday and
 *  Saturday; Sunday to Friday in Nepal, whose weekend is Saturday). */
function workingDays(country: string, month: string): IsoDate[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const code = country.toUpperCase();
  const weekend = ['SA', 'EG', 'IL', 'JO', 'BD'].includes(code) ? [5, 6] : code === 'NP' ? [6] : [0, 6];
  const days: IsoDate[] = [];
  for (let d = isoDate(y, m, 1); d.slice(0, 7) === month; d = addDays(d, 1)) {
    if (!weekend.includes(new Date(`${d}T12:00:00Z`).getUTCDay())) days.push(d);
  }
  return days;
}

/** The observance that blocks a YYYY-MM month for asking or coming back: away or slow on more than
 *  half its working days (August in Spain, most of a Ramadan). Undefined when the month is open. */
export function blockingObservance(country: string, month: string, options: CalendarOptions = {}): Observance | undefined {
  const days = workingDays(country, month);
  const all = around(country, `${month}-01`, options).filter((o) => o.effect !== 'busy' && overlaps(o, days[0] ?? '', days[days.length - 1] ?? ''));
  const covered = days.filter((d) => all.some((o) => o.start <= d && o.end >= d));
  if (covered.length * 2 <= days.length) return undefined;
  // The one covering the most of it names the month.
  const count = (o: Observance) => days.filter((d) => o.start <= d && o.end >= d).length;
  return all.sort((a, b) => count(b) - count(a))[0];
}

/** The first month from `month` (YYYY-MM) that no observance blocks, with the ones stepped over
 *  (a year on at most: no calendar blocks every month). */
export function firstOpenMonth(country: string, month: string, options: CalendarOptions = {}): { month: string; skipped: Observance[] } {
  const skipped: Observance[] = [];
  let current = month;
  for (let i = 0; i < 12; i++) {
    const blocking = blockingObservance(country, current, options);
    if (!blocking) break;
    skipped.push(blocking);
    const [y, m] = current.split('-').map(Number) as [number, number];
    current = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return { month: current, skipped };
}

/** How long the advice on the rhythm looks ahead: the three-month trial the documents propose. */
export const TRIAL_DAYS = 91;

/** Ramadan (and the Eid al-Fitr break after it) where the country's calendar keeps it (calendars.ts:
 *  shorter hours in AE, SA, EG, ID) and it falls in the TRIAL_DAYS from `today`: the conversations of
 *  the trial meet it, even when the first ask does not. Undefined elsewhere. */
export function ramadanInTrial(country: string, today: Date | IsoDate, options: CalendarOptions = {}): { ramadan: Observance; eid?: Observance } | undefined {
  const from = typeof today === 'string' ? today : localIso(today);
  const all = around(country, from, options);
  const ramadan = all.find((o) => o.id === 'ramadan' && overlaps(o, from, addDays(from, TRIAL_DAYS)));
  if (!ramadan) return undefined;
  const eid = all.find((o) => o.id === 'eid-al-fitr' && o.start > ramadan.start && o.start <= addDays(ramadan.end, 3));
  return { ramadan, ...(eid ? { eid } : {}) };
}
