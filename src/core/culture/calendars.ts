/** Calendars that affect timing: the observances, holiday seasons and budget seasons of a country
 *  in a given year, and the next good window to ask (or to come back) after a date.
 *  Moon-based dates come from Intl calendars where the engine has one (islamic-umalqura for
 *  Ramadan and the Eids, chinese and dangi for the lunar new year and Chuseok, hebrew for Israel's
 *  holidays), Easter from the Gregorian and the Orthodox computus, and the rest from tables. Dates are 'YYYY-MM-DD' strings, inclusive, with
 *  no time zone: a holiday is a day on the local calendar. */
import { addDays, CHINESE_NEW_YEAR, DIWALI, FISCAL, isoDate, LIGHTS_SPANS, SEASONS, VESAK, type Season } from './calendarTables';

export type IsoDate = string;

/** away: leaders are off, a request waits; slow: short hours or little attention, replies are
 *  slow; busy: planning or year-end, time is scarcest (worth asking small, not worth waiting for). */
export type Effect = 'away' | 'slow' | 'busy';

export interface Observance {
  id: string;
  /** English name, for logs and tests; the wording names it through the phrasebook. */
  name: string;
  start: IsoDate;
  end: IsoDate;
  effect: Effect;
  /** Where the date comes from. */
  source: 'intl:islamic-umalqura' | 'intl:chinese' | 'intl:dangi' | 'intl:hebrew' | 'computus' | 'rule' | 'table';
  /** True when the date may move by a day (moon sighting, a government announcement) or is an estimate. */
  approximate?: boolean;
}

// ---- Intl calendars ---------------------------------------------------------------------------
const formatters = new Map<string, Intl.DateTimeFormat>();
/** The day `date` falls on in `calendar`: { month, day } (month as Intl gives it: "9", "4bis"). */
function inCalendar(calendar: string, date: Date): { month: string; day: number } {
  let f = formatters.get(calendar);
  if (!f) {
    f = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    formatters.set(calendar, f);
  }
  const parts = f.formatToParts(date);
  return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: Number(parts.find((p) => p.type === 'day')?.value) };
}

/** True when the engine has `calendar` and computes it (not silently falling back to Gregorian). */
export function hasCalendar(calendar: string): boolean {
  try {
    const resolved = new Intl.DateTimeFormat(`en-u-ca-${calendar}`).resolvedOptions().calendar;
    return resolved === calendar;
  } catch {
    return false;
  }
}

const scanned = new Map<string, Map<string, IsoDate[]>>();
/** Every Gregorian day of `year` that is `month`/`day` in `calendar` (each calendar-year pair is
 *  read once, 365 or 366 days, then kept). Empty when the engine lacks the calendar. */
function daysWhere(calendar: string, year: number, month: string, day: number): IsoDate[] {
  const key = `${calendar}|${year}`;
  let byDay = scanned.get(key);
  if (!byDay) {
    byDay = new Map();
    if (hasCalendar(calendar)) {
      for (let t = Date.UTC(year, 0, 1, 12); t <= Date.UTC(year, 11, 31, 12); t += 86_400_000) {
        const d = inCalendar(calendar, new Date(t));
        const k = `${d.month}/${d.day}`;
        byDay.set(k, [...(byDay.get(k) ?? []), new Date(t).toISOString().slice(0, 10)]);
      }
    }
    scanned.set(key, byDay);
  }
  return byDay.get(`${month}/${day}`) ?? [];
}

/** 1 Ramadan, 1 Shawwal (Eid al-Fitr) and 10 Dhu al-Hijjah (Eid al-Adha) falling in `year`. */
export function islamicDates(year: number): { ramadan: IsoDate[]; eidAlFitr: IsoDate[]; eidAlAdha: IsoDate[] } {
  return {
    ramadan: daysWhere('islamic-umalqura', year, '9', 1),
    eidAlFitr: daysWhere('islamic-umalqura', year, '10', 1),
    eidAlAdha: daysWhere('islamic-umalqura', year, '12', 10),
  };
}

/** The first day of the first lunar month in `year`: the Chinese (or, with 'dangi', Korean) new
 *  year. Chinese dates come from the published table where it has the year (see CHINESE_NEW_YEAR). */
export function lunarNewYear(year: number, calendar: 'chinese' | 'dangi' = 'chinese'): IsoDate | undefined {
  if (calendar === 'chinese' && CHINESE_NEW_YEAR[year]) return CHINESE_NEW_YEAR[year];
  return daysWhere(calendar, year, '1', 1)[0];
}

/** The lunar new year as the engine's Intl calendar alone computes it (for tests and checks). */
export function lunarNewYearFromIntl(year: number, calendar: 'chinese' | 'dangi' = 'chinese'): IsoDate | undefined {
  return daysWhere(calendar, year, '1', 1)[0];
}

/** Chuseok, the 15th day of the 8th Korean lunar month. */
export function chuseok(year: number): IsoDate | undefined {
  return daysWhere('dangi', year, '8', 15)[0];
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian computus. */
export function easter(year: number): IsoDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** Easter Sunday by the Orthodox (Julian) computus, as a Gregorian date (the calendars are 13 days
 *  apart from 1900 to 2099). */
export function orthodoxEaster(year: number): IsoDate {
  const a = year % 4, b = year % 7, c = year % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31), day = ((d + e + 114) % 31) + 1;
  return addDays(isoDate(year, month, day), 13);
}

/** Rosh Hashanah (1 Tishrei) and the first day of Passover (15 Nisan) in `year`, from the Hebrew calendar. */
export function hebrewHolidays(year: number): { roshHashanah?: IsoDate; passover?: IsoDate } {
  const roshHashanah = daysWhere('hebrew', year, 'Tishri', 1)[0], passover = daysWhere('hebrew', year, 'Nisan', 15)[0];
  return { ...(roshHashanah ? { roshHashanah } : {}), ...(passover ? { passover } : {}) };
}

/** Diwali (Lakshmi Puja): from the table; outside it, estimated as the day before the new moon
 *  that starts a Chinese lunar month between 14 October and 15 November (marked approximate). */
export function diwali(year: number): { date: IsoDate; approximate: boolean } | undefined {
  const known = DIWALI[year];
  if (known) return { date: known, approximate: false };
  const newMoon = [...daysWhere('chinese', year, '9', 1), ...daysWhere('chinese', year, '10', 1)]
    .find((d) => d >= isoDate(year, 10, 14) && d <= isoDate(year, 11, 15));
  return newMoon ? { date: addDays(newMoon, -1), approximate: true } : undefined;
}

/** Vesak Poya in Sri Lanka: from the table; outside it, the Chinese lunar month's 15th day (about the full
 *  moon) that falls between 25 April and 24 May, marked approximate. */
export function vesakPoya(year: number): { date: IsoDate; approximate: boolean } | undefined {
  const known = VESAK[year];
  if (known) return { date: known, approximate: false };
  const full = ['3', '3bis', '4', '4bis'].flatMap((m) => daysWhere('chinese', year, m, 15)).sort().find((d) => d >= isoDate(year, 4, 25) && d <= isoDate(year, 5, 24));
  return full ? { date: full, approximate: true } : undefined;
}

/** Japan's Golden Week: Shōwa Day (29 April) to Children's Day (5 May), or to the substitute
 *  holiday on 6 May when one of 3–5 May is a Sunday, with the weekend days joined to either end. */
export function goldenWeek(year: number): { start: IsoDate; end: IsoDate } {
  const weekday = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d)).getUTCDay();
  let end = [3, 4, 5].some((d) => weekday(5, d) === 0) ? 6 : 5;
  while (end < 31 && (weekday(5, end + 1) === 6 || weekday(5, end + 1) === 0)) end++;
  let start = isoDate(year, 4, 29);
  while ([6, 0].includes(new Date(`${addDays(start, -1)}T12:00:00Z`).getUTCDay())) start = addDays(start, -1);
  return { start, end: isoDate(year, 5, end) };
}

// ---- per country ------------------------------------------------------------------------------
const span = (id: string, name: string, start: IsoDate, days: [number, number], effect: Effect, source: Observance['source'], approximate = false): Observance =>
  ({ id, name, start: addDays(start, days[0]), end: addDays(start, days[1]), effect, source, ...(approximate ? { approximate } : {}) });

/** The moon- and Easter-based observances of `country` that begin in `year`. */
function movable(country: string, year: number, retail = false): Observance[] {
  const out: Observance[] = [];
  const islamic = islamicDates(year);
  const ramadanSlow = ['AE', 'SA', 'EG', 'ID', 'MA', 'MY', 'PK', 'JO', 'BD', 'LB'].includes(country);
  const eidAway: Record<string, [number, number]> = { AE: [-1, 3], SA: [-1, 5], EG: [0, 3], ID: [-2, 4], TR: [-1, 3], NG: [0, 1], GH: [0, 1], MA: [-1, 2], MY: [-2, 4], PK: [0, 2], JO: [-1, 3], BD: [-2, 3], LB: [0, 1], ET: [0, 0] };
  for (const first of islamic.ramadan) {
    const eid = islamic.eidAlFitr.find((d) => d > first) ?? addDays(first, 29);
    // Said up to the day before the country's Eid break, so the two spans never share a day ("8 Feb – 7 Mar", then "8 – 11 Mar").
    if (ramadanSlow) out.push({ id: 'ramadan', name: 'Ramadan', start: first, end: addDays(eid, Math.min(-1, (eidAway[country]?.[0] ?? 0) - 1)), effect: 'slow', source: 'intl:islamic-umalqura', approximate: true });
  }
  for (const eid of islamic.eidAlFitr) {
    if (eidAway[country]) out.push(span('eid-al-fitr', 'Eid al-Fitr', eid, eidAway[country], 'away', 'intl:islamic-umalqura', true));
  }
  // Malaysia: Hari Raya Haji is a day or two, not the week Hari Raya Aidilfitri is. Kazakhstan: Kurban Ait's
  // first day is a public holiday (Oraza Ait, Eid al-Fitr, is not).
  const adhaAway: Record<string, [number, number]> = { MY: [0, 1], KZ: [0, 0] };
  for (const eid of islamic.eidAlAdha) {
    const days = adhaAway[country] ?? eidAway[country];
    if (days) out.push(span('eid-al-adha', 'Eid al-Adha', eid, days, 'away', 'intl:islamic-umalqura', true));
  }
  const lny = lunarNewYear(year);
  const lnySource = CHINESE_NEW_YEAR[year] ? 'table' : 'intl:chinese';
  // China: the official holiday is eight or nine days from New Year's Eve, but the season is longer: the
  // fortnight before it (year-end meetings, the travel rush, leaders closing the year) and the fortnight
  // after, until the Lantern Festival (the 15th day), when business restarts (the State Council's
  // holiday notice for the holiday itself; the Lantern Festival is the first month's 15th day).
  if (lny && country === 'CN') out.push(span('lunar-new-year', 'Spring Festival season (Lunar New Year)', lny, [-14, 14], 'away', lnySource, lnySource !== 'table'));
  // Malaysia: two public days, and for many the week of going home (balik kampung) around them.
  if (lny && country === 'MY') out.push(span('lunar-new-year', 'Chinese New Year', lny, [-1, 3], 'away', lnySource, lnySource !== 'table'));
  // Taiwan: New Year's Eve to the fifth day or so (the Directorate-General of Personnel Administration's
  // annual holiday calendar gives about a week off, bridged to the weekends).
  if (lny && country === 'TW') out.push(span('lunar-new-year', 'Lunar New Year', lny, [-1, 5], 'away', lnySource, lnySource !== 'table'));
  if (lny && country === 'SG') out.push(span('lunar-new-year', 'Lunar New Year', lny, [0, 1], 'away', lnySource, lnySource !== 'table'));
  // Vietnam: Tết Nguyên Đán, the first day of the lunar year as the Chinese calendar has it (Vietnam's
  // calendar reckons at UTC+7 and agrees with it in the years the table holds; it has differed by a day
  // in rare years, 1985 and 2007, so the date is marked approximate). The season runs from the week
  // before (the Kitchen Gods' day, the 23rd of the last month, and the year-end closing) to the end of
  // the official holiday, about a week after (the government's annual Tết holiday notice).
  if (lny && country === 'VN') out.push(span('lunar-new-year', 'Tết (Lunar New Year)', lny, [-7, 6], 'away', lnySource, true));
  const seollal = lunarNewYear(year, 'dangi');
  if (seollal && country === 'KR') out.push(span('lunar-new-year', 'Seollal (Lunar New Year)', seollal, [-1, 1], 'away', 'intl:dangi'));
  const moonFestival = chuseok(year);
  if (moonFestival && country === 'KR') out.push(span('chuseok', 'Chuseok', moonFestival, [-1, 1], 'away', 'intl:dangi'));
  const lights = diwali(year);
  if (lights && country === 'IN') out.push(span('diwali', 'Diwali', lights.date, [-2, 2], 'slow', lights.approximate ? 'intl:chinese' : 'table', lights.approximate));
  // Festivals dated from Diwali's new moon, approximate (calendarTables.ts LIGHTS_SPANS): Durga Puja, Dashain, Tihar.
  for (const [id, name, from, to, effect] of LIGHTS_SPANS[country] ?? []) if (lights) out.push(span(id, name, lights.date, [from, to], effect, lights.approximate ? 'intl:chinese' : 'table', true));
  if (lights && (country === 'SG' || country === 'MY')) out.push(span('diwali', 'Deepavali', lights.date, [0, 0], 'away', lights.approximate ? 'intl:chinese' : 'table', lights.approximate));
  const e = easter(year);
  if (country === 'BR') out.push(span('carnival', 'Carnival', e, [-50, -46], 'away', 'computus'));
  // Israel: the autumn holidays from the eve of Rosh Hashanah to Simchat Torah (22 Tishrei), when work slows
  // and much waits for "after the holidays"; Passover's week (the eve to the seventh day), when many are off.
  const hebrew = country === 'IL' ? hebrewHolidays(year) : {};
  if (hebrew.roshHashanah) out.push(span('autumn-holidays', 'Rosh Hashanah to Sukkot', hebrew.roshHashanah, [-1, 21], 'slow', 'intl:hebrew'));
  if (hebrew.passover) out.push(span('passover', 'Passover (Pesach)', hebrew.passover, [-1, 6], 'away', 'intl:hebrew'));
  // Greece: Holy Week to Easter Monday, by the Orthodox calendar.
  if (country === 'GR') out.push(span('orthodox-easter', 'Orthodox Easter (Holy Week to Easter Monday)', orthodoxEaster(year), [-7, 1], 'away', 'computus'));
  // Bulgaria and Romania: Good Friday to Easter Monday by the Orthodox computus are public holidays (Christmas
  // is on 25 December in both, kept in calendarTables.ts). Ukraine: the same Easter, which martial law (since
  // February 2022) has made a working time, so it slows work rather than stopping it. From memory.
  // Lebanon keeps both Easters; Ethiopia's Fasika is the Orthodox one (Good Friday and Easter Sunday are public holidays).
  if (['BG', 'RO', 'RS', 'LB', 'ET'].includes(country)) out.push(span('orthodox-easter', 'Orthodox Easter (Good Friday to Easter Monday)', orthodoxEaster(year), [-2, 1], 'away', 'computus'));
  if (country === 'UA') out.push(span('orthodox-easter', 'Orthodox Easter (Good Friday to Easter Monday)', orthodoxEaster(year), [-2, 1], 'slow', 'computus'));
  // Hungary: Good Friday to Easter Monday (Western Easter) are public holidays.
  // Croatia, Lithuania and Slovenia: Easter Sunday and Monday. Lebanon and Iceland as Hungary.
  if (['HR', 'LT', 'SI'].includes(country)) out.push(span('easter', 'Easter (to Easter Monday)', e, [0, 1], 'away', 'computus'));
  if (['HU', 'LB', 'IS'].includes(country)) out.push(span('easter', 'Easter (Good Friday to Easter Monday)', e, [-2, 1], 'away', 'computus'));
  // Uruguay: Carnival Monday and Tuesday are holidays; Belgium: the Carnival school week (krokusvakantie in
  // Flanders, from the Monday before Ash Wednesday), when many families are away.
  if (country === 'UY') out.push(span('carnival', 'Carnival', e, [-48, -47], 'away', 'computus'));
  if (country === 'BE') out.push(span('carnival', 'Carnival week (krokusvakantie)', e, [-48, -42], 'slow', 'computus'));
  // Sri Lanka: Vesak, the full moon of May, and the day after it (calendarTables.ts).
  const vesak = country === 'LK' ? vesakPoya(year) : undefined;
  if (vesak) out.push(span('vesak', 'Vesak', vesak.date, [0, 1], 'away', vesak.approximate ? 'intl:chinese' : 'table', vesak.approximate));
  // Ghana: Good Friday to Easter Monday are public holidays (Public Holidays Act).
  if (country === 'GH') out.push(span('easter', 'Easter (Good Friday to Easter Monday)', e, [-2, 1], 'away', 'computus'));
  if (['MX', 'ES', 'AR', 'CO', 'PH', 'PE', 'UY'].includes(country)) out.push(span('holy-week', 'Holy Week (Semana Santa)', e, [-7, 0], 'away', 'computus'));
  if (country === 'JP') { const gw = goldenWeek(year); out.push({ id: 'golden-week', name: 'Golden Week', ...gw, effect: 'away', source: 'rule' }); }
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const thanksgiving = isoDate(year, 11, 1 + ((4 - nov1 + 7) % 7) + 21);
  if (country === 'US') out.push(span('thanksgiving', 'Thanksgiving week', thanksgiving, [-3, 1], 'slow', 'rule'));
  if (retail && RETAIL_PEAKS[country]) out.push(...RETAIL_PEAKS[country]!(year, thanksgiving));
  return out;
}

/**
 * The sales peaks that keep a leader in e-commerce, retail or a platform serving them away (code
 * freezes, war rooms, load rehearsals), in the weeks running up to the sale. Sources: the platforms'
 * announced campaign dates in recent years (Tmall and JD: 618 pre-sales from the last third of May,
 * Double 11 from mid- to late October; Black Friday to Cyber Monday after US Thanksgiving, whose
 * freeze most US and UK retailers start in early November).
 */
const RETAIL_PEAKS: Record<string, (year: number, thanksgiving: IsoDate) => Observance[]> = {
  CN: (year) => [
    { id: 'sale-618', name: '618 shopping festival run-up', start: isoDate(year, 5, 20), end: isoDate(year, 6, 18), effect: 'away', source: 'table' },
    { id: 'sale-double-11', name: 'Singles’ Day (11.11) run-up', start: isoDate(year, 10, 15), end: isoDate(year, 11, 11), effect: 'away', source: 'table' },
  ],
  ...Object.fromEntries(['US', 'GB', 'CA'].map((c) => [c, (year: number, thanksgiving: IsoDate) => [
    { id: 'sale-black-friday', name: 'Black Friday to Cyber Monday run-up', start: isoDate(year, 11, 1), end: addDays(thanksgiving, 4), effect: 'away', source: 'rule' } as Observance,
  ]])),
};

function fromSeason(s: Season, year: number): Observance {
  const [sm, sd] = s.start, [em, ed] = s.end;
  const endYear = em < sm || (em === sm && ed < sd) ? year + 1 : year;
  // A day past the month's end (29 February in a common year) is its last day.
  const day = (y: number, m: number, d: number) => isoDate(y, m, Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()));
  return { id: s.id, name: s.name, start: day(year, sm, sd), end: day(endYear, em, ed), effect: s.effect, source: 'table' };
}

/** The budget and planning season: the three months before the fiscal year that starts in `fyYear`. */
function budgetSeason(country: string, fyYear: number, publicSector: boolean): Observance | undefined {
  const fiscal = FISCAL[country];
  if (!fiscal) return undefined;
  const month = publicSector ? fiscal.government : fiscal.companies;
  const fyStart = isoDate(fyYear, month, 1);
  const before = month - 4; // zero-based month three months earlier, maybe in the year before
  const start = isoDate(before < 0 ? fyYear - 1 : fyYear, ((before + 12) % 12) + 1, 1);
  return { id: 'budget-season', name: `Budget and planning season before the fiscal year starting ${fyStart}`, start, end: addDays(fyStart, -1), effect: 'busy', source: 'table' };
}

export interface CalendarOptions {
  /** Public-sector leaders follow the government's fiscal year; others, the usual company one. */
  publicSector?: boolean;
  /** The leader's work follows the sales peaks (e-commerce, retail): their run-ups keep them away. */
  retail?: boolean;
}

/** The observances of `country` that touch `year`, sorted by start (an unknown country has none). */
export function observances(country: string, year: number, options: CalendarOptions = {}): Observance[] {
  const code = country.toUpperCase();
  const all: Observance[] = [];
  for (const y of [year - 1, year]) {
    all.push(...movable(code, y, options.retail ?? false), ...(SEASONS[code] ?? []).map((s) => fromSeason(s, y)));
  }
  for (const y of [year, year + 1]) {
    const budget = budgetSeason(code, y, options.publicSector ?? false);
    if (budget) all.push(budget);
  }
  all.push(...movable(code, year + 1, options.retail ?? false).filter((o) => o.start <= isoDate(year, 12, 31)));
  const first = isoDate(year, 1, 1), last = isoDate(year, 12, 31);
  const seen = new Set<string>();
  return all.filter((o) => o.end >= first && o.start <= last)
    .filter((o) => { const k = `${o.id}|${o.start}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/** The fiscal years of `country`: the month each starts in (1 = January), or undefined. */
export function fiscalYearStart(country: string): { government: number; companies: number } | undefined {
  return FISCAL[country.toUpperCase()];
}

export interface Window {
  /** The first good day on or after the date asked about. */
  start: IsoDate;
  /** What was stepped over to get there (away or slow), in order. */
  skipped: Observance[];
  /** Busy seasons the window falls in: a reason to keep the ask small, not to wait. */
  during: Observance[];
}

/**
 * The next good window to ask, or to come back, on or after `after`: the first working day (the
 * weekend is Friday and Saturday in SA, EG and IL, Saturday and Sunday elsewhere, the UAE included
 * since 2022) that is not in an observance whose effect is in `avoid` (by default away and slow).
 */
export function nextGoodWindow(country: string, after: IsoDate | Date, options: CalendarOptions & { avoid?: readonly Effect[] } = {}): Window {
  const avoid = options.avoid ?? ['away', 'slow'];
  const code = country.toUpperCase();
  let day = typeof after === 'string' ? after : after.toISOString().slice(0, 10);
  const skipped: Observance[] = [];
  const weekend = ['SA', 'EG', 'IL'].includes(code) ? [5, 6] : [0, 6];
  for (let guard = 0; guard < 800; guard++) {
    const year = Number(day.slice(0, 4));
    const around = [...observances(code, year, options), ...observances(code, year + 1, options)];
    const blocking = around.find((o) => avoid.includes(o.effect) && o.start <= day && o.end >= day);
    if (blocking) {
      if (!skipped.some((s) => s.id === blocking.id && s.start === blocking.start)) skipped.push(blocking);
      day = addDays(blocking.end, 1);
      continue;
    }
    if (weekend.includes(new Date(`${day}T12:00:00Z`).getUTCDay())) { day = addDays(day, 1); continue; }
    const during = around.filter((o) => o.effect === 'busy' && o.start <= day && o.end >= day && !avoid.includes(o.effect));
    return { start: day, skipped, during: during.filter((o, i) => during.findIndex((x) => x.id === o.id && x.start === o.start) === i) };
  }
  return { start: day, skipped, during: [] };
}

// ---- observances named in someone's words ------------------------------------------------------
/** The observances a leader may name as the time to come back ("after Ramadan", "once Diwali is
 *  over"), each with the last day it keeps people away in `year`. Not the summer: whose summer
 *  depends on the hemisphere, and the words do not say. */
const NAMED_OBSERVANCES: { pattern: RegExp; lastDay: (year: number) => IsoDate | undefined }[] = [
  // The month after Eid al-Fitr is when Ramadan's slower weeks and the Eid holidays are over.
  { pattern: /\b(?:ramadan|ramazan|eid(?:\s+al[\s-]fitr)?|eid-ul-fitr|lebaran|idul fitri|hari raya(?: aidilfitri| idul fitri)?|bayram)\b/i, lastDay: (y) => islamicDates(y).eidAlFitr[0] },
  { pattern: /\b(?:eid\s+al[\s-]adha|eid-ul-adha|hajj)\b/i, lastDay: (y) => islamicDates(y).eidAlAdha[0] },
  { pattern: /\b(?:lunar new year|chinese new year|spring festival|t[eế]t)\b/i, lastDay: (y) => { const d = lunarNewYear(y); return d && addDays(d, 7); } },
  { pattern: /\bseollal\b/i, lastDay: (y) => { const d = lunarNewYear(y, 'dangi'); return d && addDays(d, 2); } },
  { pattern: /\bchuseok\b/i, lastDay: (y) => { const d = chuseok(y); return d && addDays(d, 1); } },
  { pattern: /\b(?:diwali|deepavali)\b/i, lastDay: (y) => diwali(y)?.date },
  { pattern: /\bgolden week\b/i, lastDay: (y) => goldenWeek(y).end },
  { pattern: /\b(?:rosh hashan+ah|yom kippur|sukkot|succot|(?:the )?chagim|the high holidays)\b/i, lastDay: (y) => { const d = hebrewHolidays(y).roshHashanah; return d && addDays(d, 21); } },
  { pattern: /\b(?:passover|pesach)\b/i, lastDay: (y) => { const d = hebrewHolidays(y).passover; return d && addDays(d, 6); } },
  { pattern: /\beaster\b|\bholy week\b|\bsemana santa\b/i, lastDay: (y) => addDays(easter(y), 1) },
  { pattern: /\b(?:christmas|the holidays|holiday season|new year(?:'s)?)\b/i, lastDay: (y) => isoDate(y, 12, 31) },
];

/** The last day of the next occurrence, on or after `today`, of an observance named in `words`
 *  after "after", "until", "once" or "when" ("after Ramadan", "once Golden Week is over").
 *  Undefined when none is named that way. */
export function namedObservanceEnd(words: string, today: Date): IsoDate | undefined {
  const clause = /\b(?:after|until|till|once|when|past|not before|después de)\b([^.;!?]{0,40})/gi;
  const todayIso = isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
  for (const m of words.matchAll(clause)) {
    const named = NAMED_OBSERVANCES.find((o) => o.pattern.test(m[1]!));
    if (!named) continue;
    for (const year of [today.getFullYear(), today.getFullYear() + 1]) {
      const last = named.lastDay(year);
      if (last && last >= todayIso) return last;
    }
  }
  return undefined;
}
