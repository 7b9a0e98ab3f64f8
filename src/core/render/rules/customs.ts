// What a reader from the leader's country would still change (issue 22): how to open a
// meeting, how to address them out loud, which channel, what a civil servant's mail may become, and
// the season's greeting when the ask falls just after a new year or a feast. Each is a message
// selected by country with an empty default (phrases/en/culture.ftl); this file decides when.
import type { Phrase } from '../../phrases/phrasebook';
import { observances, type IsoDate } from '../../culture/calendars';
import { addDays } from '../../culture/calendarTables';
import type { Facts } from '../facts';
import { leaderInPublicSector } from '../profileReadings';
import { say } from './shared';
import { plannedAsk } from './timing';

type Speak = (p: Phrase) => string;

/** The observances whose greeting opens a meeting or a message in the weeks around them, where the
 *  country as a whole keeps them (not Eid in Nigeria, whose leader may not keep it), with the days
 *  before its first day and after its last in which the greeting is still said: Eid al-Fitr's through
 *  the month of Shawwal, the Spring Festival's until the Lantern Festival (its own season's end),
 *  Seollal's and Diwali's for a fortnight, "Happy New Year" in the first half of January (all of it
 *  in France, where les vœux run to the month's end). Ramadan has its own ("Ramadan Kareem"). */
interface Greeted { id: string; before: number; after: number; /** The holiday's last day, counted from the observance's first, when the observance is the longer season around it. */ holidayEnd?: number }
const EID: Greeted[] = [{ id: 'ramadan', before: 0, after: 0 }, { id: 'eid-al-fitr', before: 0, after: 25 }];
const NEW_YEAR: Greeted = { id: 'year-end-shutdown', before: -999, after: 14 };
const GREETED: Record<string, Greeted[]> = {
  SA: EID, AE: EID, EG: EID, JO: EID,
  ID: [{ id: 'eid-al-fitr', before: 0, after: 25 }], TR: [{ id: 'eid-al-fitr', before: 0, after: 14 }],
  // The Spring Festival season runs a fortnight either side of New Year's Day (calendars.ts); its holiday ends six days after it.
  CN: [{ id: 'lunar-new-year', before: 0, after: 0, holidayEnd: 20 }],
  KR: [{ id: 'lunar-new-year', before: 7, after: 14 }],
  // Tết's season runs a week either side of its first day (calendars.ts); the greeting is said until the first full moon.
  VN: [{ id: 'lunar-new-year', before: 0, after: 8, holidayEnd: 6 }],
  IN: [{ id: 'diwali', before: 7, after: 14 }],
  // Israel: "Shana tova" from the fortnight before Rosh Hashanah (its two days end on the season's third)
  // through the autumn holidays and the week after them.
  IL: [{ id: 'autumn-holidays', before: 14, after: 7, holidayEnd: 2 }],
  // Kazakhstan: Nauryz (21 to 23 March), the spring new year; Ethiopia: Enkutatash, the New Year of every
  // faith (not Fasika or Genna, which a Muslim leader does not keep).
  KZ: [{ id: 'nauryz', before: 7, after: 7 }],
  ET: [{ id: 'enkutatash', before: 7, after: 14 }],
  ...Object.fromEntries(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ZA', 'DE', 'AT', 'CH', 'NL', 'SE', 'PL', 'ES', 'IT', 'MX', 'BR', 'AR', 'CL', 'KE', 'NG', 'GH', 'PH', 'GR']
    .map((c) => [c, [NEW_YEAR]])),
  FR: [{ ...NEW_YEAR, after: 30 }],
  JP: [{ ...NEW_YEAR, after: 7 }],
};

/** The country's greeted observance around the planned ask, and whether the ask falls before or in it
 *  (`now`) or after it (`after`: "I hope you had a blessed Eid"). The New Year is greeted only after it. */
function greetedNear(country: string, day: IsoDate): { id: string; when: 'now' | 'after' } | undefined {
  const year = Number(day.slice(0, 4));
  const all = [...observances(country, year), ...observances(country, year - 1)];
  for (const g of GREETED[country] ?? []) {
    const o = all.find((x) => x.id === g.id && addDays(x.start, -Math.max(g.before, 0)) <= day && addDays(x.end, g.after) >= day
      && (g.before >= 0 || day > x.end));
    if (o) return { id: g.id, when: day > (g.holidayEnd === undefined ? o.end : addDays(o.start, g.holidayEnd)) ? 'after' : 'now' };
  }
  return undefined;
}

/** Countries whose meeting note says how to follow up: it takes the place of the general note on relationship-based trust. */
export const FOLLOW_UP_IN_MEETING_NOTE: ReadonlySet<string> = new Set(['KR', 'NG', 'GH']);

/**
 * The prep doc's country notes beyond the scales: the meeting's manners (`culture-country-meeting`),
 * a public body's rules (`culture-country-public`, for a public-sector profile) and the season's
 * greeting (`culture-season-greeting`). `address`: how they are greeted, as the profile has it;
 * `greetAs`: as an English letter greets them (addressing.ts: a Polish form by function made English).
 */
export function customNotesOf(facts: Pick<Facts, 'country' | 'theirSector' | 'organization' | 'details' | 'scales' | 'is'>, address: string, today: Date, speak: Speak, greetAs = address): string[] {
  const country = facts.country;
  if (!country) return [];
  // "Don Rodrigo": the rural or family-elder form, which a Chilean reader found wrong in a tech company.
  const don = /^(?:Don|Doña)\s/u.test(address.trim()) ? 'yes' : 'no';
  const notes = [speak(say('culture-country-meeting', { country, address, don, rank: facts.scales.hierarchy, english: greetAs.trim() || 'none' }))];
  // Their body's rules: the leader's sector, not the user's (a supplier writing to a ministry).
  if (leaderInPublicSector(facts.theirSector, facts.organization)) notes.push(speak(say('culture-country-public', { country })));
  const season = greetedNear(country, plannedAsk(facts, today));
  if (season) notes.push(speak(say('culture-season-greeting', { id: season.id, when: season.when, country })));
  return notes.filter((n) => n.trim() !== '');
}
