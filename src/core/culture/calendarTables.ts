/** The tables behind calendars.ts: what no Intl calendar computes. Sources: national public
 *  holiday calendars and common business practice, noted per row; the fiscal years from each
 *  government's budget law and the usual company year end. */
import type { Effect } from './calendars';

// The date helpers live in isoDates.ts: this module is data only, so the extension can ship it as
// a file read after activation (scripts/shipped-files.mjs) instead of carrying it in its bundle.
export { addDays, isoDate } from './isoDates';

/** Diwali (Lakshmi Puja), as India's central government holiday list and the drikpanchang
 *  almanac give it. The `indian` Intl calendar is the solar Saka calendar, which cannot place a
 *  new moon, so the lunisolar date comes from this table. */
export const DIWALI: Record<number, string> = {
  2024: '2024-10-31', 2025: '2025-10-20', 2026: '2026-11-08', 2027: '2027-10-29', 2028: '2028-10-17',
  2029: '2029-11-05', 2030: '2030-10-26',
};

/** Vesak Full Moon Poya Day as Sri Lanka's government gazettes it (from memory of the published lists;
 *  the poya day can fall a day before the astronomical full moon, so other years are estimated). */
export const VESAK: Record<number, string> = {
  2024: '2024-05-23', 2025: '2025-05-12', 2026: '2026-05-01', 2027: '2027-05-20', 2028: '2028-05-08',
};

/** The Chinese New Year (Spring Festival) as China's State Council publishes it. ICU's Chinese
 *  calendar (Node 20, ICU 78) puts 2027 and 2030 a day off, where the new moon falls within minutes
 *  of midnight in Beijing, so the published dates come first and Intl fills the years after. */
export const CHINESE_NEW_YEAR: Record<number, string> = {
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13',
  2030: '2030-02-03', 2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31', 2034: '2034-02-19', 2035: '2035-02-08',
};

/** The month the fiscal year starts in (1 = January): the government's, and the usual one for
 *  companies (listed companies where the law or custom sets one). */
export const FISCAL: Record<string, { government: number; companies: number }> = {
  AE: { government: 1, companies: 1 }, AR: { government: 1, companies: 1 }, AT: { government: 1, companies: 1 },
  AU: { government: 7, companies: 7 }, // 1 July to 30 June for both
  BR: { government: 1, companies: 1 },
  CA: { government: 4, companies: 1 }, // federal 1 April; most companies the calendar year
  CH: { government: 1, companies: 1 }, CL: { government: 1, companies: 1 },
  CN: { government: 1, companies: 1 }, CO: { government: 1, companies: 1 }, DE: { government: 1, companies: 1 }, DK: { government: 1, companies: 1 }, FI: { government: 1, companies: 1 },
  EG: { government: 7, companies: 1 }, // state budget 1 July
  ES: { government: 1, companies: 1 }, FR: { government: 1, companies: 1 }, GR: { government: 1, companies: 1 },
  GB: { government: 4, companies: 4 }, // government 1 April (the tax year 6 April); many companies end in March
  ID: { government: 1, companies: 1 },
  IE: { government: 1, companies: 1 }, // the State's financial year is the calendar year (Budget in October)
  IN: { government: 4, companies: 4 }, // 1 April, required of companies by the Companies Act 2013; Union Budget 1 February
  IL: { government: 1, companies: 1 }, IT: { government: 1, companies: 1 },
  JP: { government: 4, companies: 4 }, // 1 April for government and most companies
  KE: { government: 7, companies: 1 }, KR: { government: 1, companies: 1 }, MA: { government: 1, companies: 1 }, MX: { government: 1, companies: 1 },
  MY: { government: 1, companies: 1 }, GH: { government: 1, companies: 1 }, NG: { government: 1, companies: 1 }, NL: { government: 1, companies: 1 }, NO: { government: 1, companies: 1 },
  NZ: { government: 7, companies: 4 }, // Crown 1 July; 31 March is the most common company balance date
  BE: { government: 1, companies: 1 }, BG: { government: 1, companies: 1 }, HU: { government: 1, companies: 1 }, JO: { government: 1, companies: 1 },
  RO: { government: 1, companies: 1 }, UA: { government: 1, companies: 1 }, UY: { government: 1, companies: 1 },
  LK: { government: 1, companies: 4 }, // the State's financial year is the calendar year; most listed companies end on 31 March
  PE: { government: 1, companies: 1 }, CZ: { government: 1, companies: 1 }, EE: { government: 1, companies: 1 }, TW: { government: 1, companies: 1 },
  PK: { government: 7, companies: 7 }, // 1 July: the federal budget and the tax year, which most companies keep
  TH: { government: 10, companies: 1 }, // the government's budget year starts 1 October; companies the calendar year
  PH: { government: 1, companies: 1 }, PL: { government: 1, companies: 1 }, PT: { government: 1, companies: 1 }, SA: { government: 1, companies: 1 }, SE: { government: 1, companies: 1 },
  SG: { government: 4, companies: 1 }, TR: { government: 1, companies: 1 },
  US: { government: 10, companies: 1 },
  VN: { government: 1, companies: 1 }, // the State Budget Law: the calendar year // federal 1 October; most companies the calendar year
  ZA: { government: 4, companies: 3 }, // national 1 April; many listed companies end in February
  HR: { government: 1, companies: 1 }, KZ: { government: 1, companies: 1 }, LT: { government: 1, companies: 1 },
  BD: { government: 7, companies: 7 }, // 1 July: the State budget and the income year, which companies keep (Finance Act 2015)
  SI: { government: 1, companies: 1 }, IS: { government: 1, companies: 1 }, LB: { government: 1, companies: 1 },
  ET: { government: 7, companies: 7 }, // 8 July (1 Hamle in the Ethiopian calendar): the federal budget year, which companies keep
  RS: { government: 1, companies: 1 },
  NP: { government: 7, companies: 7 }, // 1 Shrawan (mid-July): the fiscal year of the State and of the income tax, which companies keep
};

export interface Season { id: string; name: string; start: [month: number, day: number]; end: [month: number, day: number]; effect: Effect }

const yearEnd = (start: [number, number], end: [number, number]): Season =>
  ({ id: 'year-end-shutdown', name: 'Christmas and New Year', start, end, effect: 'away' });

/** Fixed-date seasons (an end before the start runs into the next year). */
export const SEASONS: Record<string, Season[]> = {
  // The UAE and Saudi Arabia: the long school summer (the ministries of education's calendars: from the
  // last days of June to the last week of August) is when officials and executives take their annual leave
  // and travel; government offices keep summer hours. Business restarts in the last week of August.
  AE: [{ id: 'summer-holidays', name: 'Summer leave (July and August)', start: [7, 1], end: [8, 20], effect: 'slow' }],
  SA: [{ id: 'summer-holidays', name: 'Summer leave (July and August)', start: [7, 1], end: [8, 20], effect: 'slow' }],
  // Argentina: January and February are the summer holidays (the school year starts in the first days of
  // March, by the national school calendar); offices run thin, so the year restarts in March (a reader from there:
  // "before mid-December or the first week of March").
  AR: [yearEnd([12, 22], [1, 2]), { id: 'summer-holidays', name: 'Summer holidays (January and February)', start: [1, 3], end: [2, 29], effect: 'slow' }],
  // Austria: Christmas to Epiphany; the nine-week school summer (July and August, by state).
  AT: [yearEnd([12, 24], [1, 6]), { id: 'summer-holidays', name: 'Summer school holidays (by state)', start: [7, 1], end: [9, 7], effect: 'slow' }],
  // Australia: the Christmas shutdown, then the summer school holidays until Australia Day (26 January);
  // the states' school terms start in the last days of January or the first of February.
  AU: [yearEnd([12, 22], [1, 5]), { id: 'summer-holidays', name: 'Summer holidays (until Australia Day)', start: [1, 6], end: [1, 26], effect: 'slow' }],
  // Brazil: the summer school holidays run from Christmas to the start of February; Carnival (computed
  // from Easter, calendars.ts) follows, and much of the year's business waits until after it.
  BR: [yearEnd([12, 22], [1, 2]), { id: 'summer-holidays', name: 'Summer holidays', start: [1, 3], end: [1, 31], effect: 'slow' }],
  CA: [yearEnd([12, 24], [1, 1])],
  // Switzerland: Christmas to Berchtoldstag (2 January, in most cantons); school summers staggered by canton.
  CH: [yearEnd([12, 24], [1, 2]), { id: 'summer-holidays', name: 'Summer school holidays (by canton)', start: [7, 1], end: [8, 15], effect: 'slow' }],
  // Chile: February is the summer holiday month; the first week of March the schools go back and the
  // year restarts (a reader from there); Fiestas Patrias (18 and 19 September) take the week around them.
  CL: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer holidays (February)', start: [2, 1], end: [2, 29], effect: 'away' },
    { id: 'back-to-school', name: 'Back to school (the first week of March)', start: [3, 1], end: [3, 7], effect: 'slow' },
    { id: 'fiestas-patrias', name: 'Fiestas Patrias', start: [9, 17], end: [9, 20], effect: 'away' }],
  CN: [{ id: 'national-day', name: 'National Day Golden Week', start: [10, 1], end: [10, 7], effect: 'away' }],
  // Colombia: the December season runs from the novenas (16 December) to Reyes, whose holiday moves to the
  // Monday after 6 January (Ley Emiliani, Law 51 of 1983); many firms close collectively for part of it, and
  // the year restarts in the second week of January. Semana Santa is computed (calendars.ts).
  CO: [yearEnd([12, 18], [1, 12])],
  // Denmark and Finland: the Christmas break (in Finland to Epiphany, loppiainen); July is the summer holiday
  // month, when most take three or four weeks (Danish holiday law, ferieloven; Finland's kesäloma).
  DK: [yearEnd([12, 23], [1, 1]), { id: 'summer-holidays', name: 'Summer holidays (July)', start: [7, 1], end: [7, 31], effect: 'away' }],
  FI: [yearEnd([12, 23], [1, 6]), { id: 'summer-holidays', name: 'Summer holidays (July)', start: [7, 1], end: [7, 31], effect: 'away' }],
  DE: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer school holidays (staggered by state)', start: [7, 15], end: [8, 31], effect: 'slow' }],
  ES: [yearEnd([12, 24], [1, 6]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 31], effect: 'away' }],
  FR: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 23], effect: 'away' }],
  GB: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 31], effect: 'slow' }],
  // Italy: offices and many firms close for the two or three weeks around Ferragosto (15 August) and the
  // month runs thin on either side (a proposed August landed in it).
  // Ireland: Christmas Eve to the first working days of January (St Stephen's Day, 26 December, is a public holiday).
  IE: [yearEnd([12, 23], [1, 2])],
  IT: [yearEnd([12, 24], [1, 6]), { id: 'summer-holidays', name: 'August holidays (Ferragosto)', start: [8, 1], end: [8, 31], effect: 'away' }],
  // Greece: Christmas to Theofania (Epiphany, 6 January, a public holiday); August, above all the fortnight
  // around Dekapentavgoustos (15 August), is when the country goes on holiday. Easter follows the Orthodox
  // calendar (calendars.ts). From memory.
  GR: [yearEnd([12, 24], [1, 6]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 31], effect: 'away' }],
  // Israel: the autumn holidays and Passover follow the Hebrew calendar (calendars.ts); 1 January is a
  // working day.
  IL: [],
  JP: [{ id: 'obon', name: 'Obon', start: [8, 13], end: [8, 16], effect: 'away' }, { id: 'year-end-shutdown', name: 'New Year holidays (shōgatsu)', start: [12, 29], end: [1, 3], effect: 'away' }],
  KE: [yearEnd([12, 24], [1, 1])],
  MX: [{ id: 'guadalupe-reyes', name: 'Guadalupe to Reyes season', start: [12, 12], end: [1, 6], effect: 'slow' }, yearEnd([12, 24], [1, 1])],
  // Morocco: Ramadan and the two Eids follow the Islamic calendar (calendars.ts); the rest of the year's
  // holidays are single days.
  MA: [],
  // Malaysia: Hari Raya, Chinese New Year and Deepavali are computed (calendars.ts); the school year and most
  // companies run with the calendar year.
  MY: [],
  // Ghana: the Christmas break to New Year; Easter and the Eids are computed (calendars.ts).
  GH: [yearEnd([12, 24], [1, 1])],
  NG: [yearEnd([12, 24], [1, 1])],
  NL: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer school holidays (staggered by region)', start: [7, 15], end: [8, 31], effect: 'slow' }],
  // Norway: juleferie from the last working days before Christmas to New Year; fellesferie, the common
  // holiday, traditionally the last three weeks of July (weeks 28 to 30), when much of working life stops
  // and most people take three weeks of the summer leave the Holiday Act (ferieloven) gives; July is the month.
  NO: [yearEnd([12, 22], [1, 1]), { id: 'summer-holidays', name: 'Fellesferie (the July holidays)', start: [7, 1], end: [7, 31], effect: 'away' }],
  // New Zealand: the Christmas shutdown, then the summer holidays until the anniversary days of late
  // January (Wellington's, the Monday nearest 22 January; Auckland's, nearest 29 January); schools go back
  // at the start of February (the Ministry of Education's term dates).
  NZ: [yearEnd([12, 22], [1, 5]), { id: 'summer-holidays', name: 'Summer holidays (until late January)', start: [1, 6], end: [1, 26], effect: 'slow' }],
  // Poland: majówka, the long weekend of 1 and 3 May (Labour Day, Constitution Day) that many stretch to
  // the week; the school summer runs from the last days of June to 31 August (the education ministry's
  // school-year calendar), and July and August are when officials and executives take their leave.
  // The Philippines: the Christmas season starts with the "ber" months (September) and peaks from Simbang
  // Gabi (the dawn masses from 16 December) to Three Kings (early January), with year-end closings and
  // parties; Holy Week is computed (calendars.ts). From memory.
  PH: [yearEnd([12, 16], [1, 6])],
  // Peru: Christmas to the first days of January; Fiestas Patrias (28 and 29 July, national holidays) take
  // the days around them; Holy Week is computed (calendars.ts). Pakistan and Taiwan: their seasons are
  // moon-based (calendars.ts). From memory.
  PE: [yearEnd([12, 24], [1, 2]), { id: 'fiestas-patrias', name: 'Fiestas Patrias', start: [7, 27], end: [7, 29], effect: 'away' }],
  PK: [],
  TW: [],
  // Thailand: Songkran, the Thai New Year (13 to 15 April, public holidays), when many go home for the
  // week; the international New Year (31 December and 1 January) is a holiday too. From memory.
  TH: [{ id: 'songkran', name: 'Songkran (Thai New Year)', start: [4, 13], end: [4, 15], effect: 'away' }, yearEnd([12, 31], [1, 2])],
  // Czechia: Christmas Eve to New Year (24 to 26 December are public holidays, and many take the week);
  // July and August are the school summer and the leave season. Estonia: the Christmas break, Võidupüha
  // and Jaanipäev (23 and 24 June, Midsummer), and July, when most take their summer leave. From memory.
  CZ: [yearEnd([12, 23], [1, 1]), { id: 'summer-holidays', name: 'Summer holidays (July and August)', start: [7, 1], end: [8, 31], effect: 'slow' }],
  EE: [yearEnd([12, 23], [1, 1]), { id: 'midsummer', name: 'Midsummer (Võidupüha and Jaanipäev)', start: [6, 22], end: [6, 24], effect: 'away' },
    { id: 'summer-holidays', name: 'Summer holidays (July)', start: [7, 1], end: [7, 31], effect: 'slow' }],
  PL: [yearEnd([12, 24], [1, 1]), { id: 'majowka', name: 'Majówka (the May long weekend)', start: [5, 1], end: [5, 5], effect: 'away' },
    { id: 'summer-holidays', name: 'Summer holidays (July and August)', start: [7, 1], end: [8, 31], effect: 'slow' }],
  // Portugal: August is the holiday month, as in Spain; Christmas to New Year.
  PT: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 31], effect: 'away' }],
  SE: [yearEnd([12, 24], [1, 6]), { id: 'summer-holidays', name: 'Swedish summer holidays', start: [7, 1], end: [8, 9], effect: 'away' }],
  SG: [],
  US: [yearEnd([12, 24], [1, 1])],
  // Vietnam: Reunification Day (30 April) and Labour Day (1 May), often bridged into a long weekend;
  // National Day (2 September). Tết is computed (calendars.ts).
  VN: [{ id: 'reunification-day', name: 'Reunification Day and Labour Day', start: [4, 30], end: [5, 1], effect: 'away' },
    { id: 'national-day', name: 'National Day', start: [9, 1], end: [9, 2], effect: 'away' }],
  // South Africa: the December holidays run from mid-December (the Day of Reconciliation, 16 December)
  // until the schools reopen in mid-January (the Department of Basic Education's school calendar). One
  // season: there the year-end break is the summer holiday (a reader from there: "from mid-January, once
  // schools and offices are back"), named so in culture.ftl.
  ZA: [yearEnd([12, 15], [1, 15])],
  // Belgium: Christmas to New Year; July and August are the school summer, and the construction holiday
  // (bouwverlof, the second half of July) empties much of working life. Carnival week is computed.
  BE: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer holidays (July and August)', start: [7, 1], end: [8, 31], effect: 'slow' }],
  // Ukraine: Christmas on 25 December since 2023 (the state holiday moved from 7 January), then the New
  // Year; under martial law these are working days, so the season slows work rather than closing it.
  UA: [{ id: 'year-end-shutdown', name: 'Christmas (25 December) and New Year', start: [12, 24], end: [1, 2], effect: 'slow' }],
  // Sri Lanka: the Sinhala and Tamil New Year (13 and 14 April, public holidays), when many go home for
  // the week; Vesak is computed.
  LK: [{ id: 'avurudu', name: 'Sinhala and Tamil New Year', start: [4, 12], end: [4, 15], effect: 'away' }],
  // Bulgaria: Christmas (24 to 26 December, public holidays) to New Year; August is the holiday month.
  // Romania: Christmas to 2 January (both public holidays); August is the holiday month. Orthodox Easter
  // is computed for both.
  BG: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 31], effect: 'slow' }],
  RO: [yearEnd([12, 24], [1, 2]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 31], effect: 'slow' }],
  // Hungary: Christmas (24 to 26 December) to New Year; July to St Stephen's Day (20 August) is the
  // summer leave season. Easter is computed.
  HU: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer holidays (to 20 August)', start: [7, 1], end: [8, 20], effect: 'slow' }],
  // Jordan: Ramadan and the Eids are computed; the rest of the year's holidays are single days.
  JO: [],
  // Uruguay: Christmas to New Year, then January, when the country goes to the coast; Carnival and
  // Semana de Turismo (Holy Week) are computed.
  UY: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer holidays (January)', start: [1, 2], end: [1, 31], effect: 'slow' }],
  // Croatia: Christmas to New Year; mid-July to late August, around the Assumption (15 August, a public
  // holiday), when the coast fills and offices thin out. Easter is computed.
  HR: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer holidays (around 15 August)', start: [7, 15], end: [8, 20], effect: 'slow' }],
  // Kazakhstan: the New Year (1 and 2 January) and Orthodox Christmas (7 January); Nauryz, 21 to 23 March,
  // the spring new year and the main holiday of the year. Kurban Ait is computed.
  KZ: [{ id: 'year-end-shutdown', name: 'New Year holidays', start: [12, 31], end: [1, 7], effect: 'slow' }, { id: 'nauryz', name: 'Nauryz', start: [3, 21], end: [3, 23], effect: 'away' }],
  // Lithuania: Christmas (24 to 26 December) to New Year; Joninės (Rasos), 24 June, with its eve; July is
  // the holiday month. Easter is computed.
  LT: [yearEnd([12, 24], [1, 1]), { id: 'midsummer', name: 'Joninės (Midsummer)', start: [6, 23], end: [6, 24], effect: 'away' },
    { id: 'summer-holidays', name: 'July holidays', start: [7, 1], end: [7, 31], effect: 'slow' }],
  // Bangladesh: Pohela Boishakh, the Bengali New Year (14 April). Ramadan, the Eids and Durga Puja are computed.
  BD: [{ id: 'pohela-boishakh', name: 'Pohela Boishakh (Bengali New Year)', start: [4, 14], end: [4, 14], effect: 'away' }],
  // Slovenia: Christmas (and Independence and Unity Day, 26 December) to New Year (1 and 2 January); August is
  // the holiday month, around the Assumption (15 August). Easter is computed.
  SI: [yearEnd([12, 24], [1, 2]), { id: 'summer-holidays', name: 'August holidays', start: [8, 1], end: [8, 31], effect: 'away' }],
  // Iceland: Christmas Eve to New Year; the summer break in July, when most take their three or four weeks.
  IS: [yearEnd([12, 24], [1, 1]), { id: 'summer-holidays', name: 'Summer break (July)', start: [7, 1], end: [7, 31], effect: 'away' }],
  // Ethiopia, by the Ethiopian calendar: Genna (Christmas, 29 Tahsas: 7 January; Timket, 19 January, a single
  // day, is left out, so January has one calendar sentence); Enkutatash (the New Year, 1 Meskerem:
  // 11 September) and Meskel (17 Meskerem: 27 September), each a day later in the year before a Gregorian leap year, so the day after is included.
  // Fasika (Easter) and the Eids are computed.
  ET: [{ id: 'genna', name: 'Genna (Christmas)', start: [1, 7], end: [1, 7], effect: 'away' },
    { id: 'enkutatash', name: 'Enkutatash (Ethiopian New Year)', start: [9, 11], end: [9, 12], effect: 'away' },
    { id: 'meskel', name: 'Meskel', start: [9, 27], end: [9, 28], effect: 'away' }],
  // Lebanon: Christmas by both calendars, 25 December and the Armenian 6 January, with New Year between;
  // Easter (Western and Orthodox), Ramadan and the Eids are computed.
  LB: [yearEnd([12, 24], [1, 6])],
  // Serbia: the New Year (1 and 2 January) and Orthodox Christmas (7 January), public holidays, so the first
  // week of January is slow; July and August are the summer leave. Orthodox Easter is computed. Each family's
  // Slava (its saint's day) falls on its own date, so it is named in the country's line, not placed here.
  RS: [{ id: 'year-end-shutdown', name: 'New Year and Orthodox Christmas (7 January)', start: [12, 31], end: [1, 7], effect: 'slow' },
    { id: 'summer-holidays', name: 'Summer holidays (July and August)', start: [7, 15], end: [8, 20], effect: 'slow' }],
  // Nepal: the Bikram Sambat new year (1 Baisakh, 13 or 14 April, a public holiday). Dashain and Tihar are computed.
  NP: [{ id: 'nepali-new-year', name: 'Nepali New Year (1 Baisakh)', start: [4, 13], end: [4, 14], effect: 'away' }],
};

/** Festivals dated from Diwali's new moon (Lakshmi Puja, DIWALI), in days before and after it; all approximate.
 *  Bangladesh: Durga Puja, Shashthi to Bijoya Dashami (a public holiday), about 18 days before (the 2024 and
 *  2025 holiday lists: 13 October and 2 October). Nepal: Dashain, Fulpati (the seventh day) to Kojagrat
 *  Purnima, when offices close and people go home (Vijaya Dashami 2 October 2025, Laxmi Puja 21 October);
 *  Tihar, the five days around Laxmi Puja, to Bhai Tika. */
export const LIGHTS_SPANS: Readonly<Record<string, readonly [id: string, name: string, from: number, to: number, effect: Effect][]>> = {
  BD: [['durga-puja', 'Durga Puja', -22, -18, 'slow']],
  NP: [['dashain', 'Dashain', -21, -13, 'away'], ['tihar', 'Tihar', -2, 2, 'away']],
};
