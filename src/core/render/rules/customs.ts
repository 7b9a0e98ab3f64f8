// What a reader from the leader's country would still change (issue 22, reader r9): how to open a
// meeting, how to address them out loud, which channel, what a civil servant's mail may become, and
// the season's greeting when the ask falls just after a new year or a feast. Each is a message
// selected by country with an empty default (phrases/en/culture.ftl); this file decides when.
import type { Phrase } from '../../phrases/phrasebook';
import { observances, type IsoDate } from '../../culture/calendars';
import { addDays } from '../../culture/calendarTables';
import type { Facts } from '../facts';
import { say } from './shared';
import { plannedAsk } from './timing';

type Speak = (p: Phrase) => string;

/** The observances whose greeting opens a meeting held in the weeks around them, where the country
 *  as a whole keeps them (not Eid in Nigeria, whose leader may not keep it). */
const GREETED: Record<string, string> = { KR: 'lunar-new-year', CN: 'lunar-new-year', AE: 'eid-al-fitr', SA: 'eid-al-fitr', EG: 'eid-al-fitr', ID: 'eid-al-fitr', TR: 'eid-al-fitr', IN: 'diwali' };

/** The country's greeted observance when it began up to two weeks before the planned ask, or starts within a week of it. */
function greetedNear(country: string, day: IsoDate): string | undefined {
  const year = Number(day.slice(0, 4));
  return [...observances(country, year), ...observances(country, year - 1)]
    .find((o) => o.id === GREETED[country] && addDays(o.start, -7) <= day && addDays(o.start, 14) >= day)?.id;
}

/** Countries whose meeting note says how to follow up: it takes the place of the general note on relationship-based trust. */
export const FOLLOW_UP_IN_MEETING_NOTE: ReadonlySet<string> = new Set(['KR', 'NG']);

/**
 * The prep doc's country notes beyond the scales: the meeting's manners (`culture-country-meeting`),
 * a public body's rules (`culture-country-public`, for a public-sector profile) and the season's
 * greeting (`culture-season-greeting`). `address`: how they are greeted, as the documents write it.
 */
export function customNotesOf(facts: Pick<Facts, 'country' | 'organization' | 'details' | 'scales'>, address: string, today: Date, speak: Speak): string[] {
  const country = facts.country;
  if (!country) return [];
  // "Don Rodrigo": the rural or family-elder form, which a Chilean reader found wrong in a tech company.
  const don = /^(?:Don|Doña)\s/u.test(address.trim()) ? 'yes' : 'no';
  const notes = [speak(say('culture-country-meeting', { country, address, don, rank: facts.scales.hierarchy }))];
  if (facts.organization === 'public-sector') notes.push(speak(say('culture-country-public', { country })));
  const season = greetedNear(country, plannedAsk(facts, today));
  if (season) notes.push(speak(say('culture-season-greeting', { id: season, country })));
  return notes.filter((n) => n.trim() !== '');
}
