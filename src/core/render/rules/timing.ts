// When to ask, from the leader's country's calendar (issue 22, item 4): the prep doc's note on the
// observance, shutdown or budget season in the weeks ahead of the planned ask, and what to do about
// it. The dates are computed (culture/timing.ts); the words are in phrases/en/culture.ftl.
import type { Phrase } from '../../phrases/phrasebook';
import type { IsoDate, Observance } from '../../culture/calendars';
import { ramadanInTrial, timingAhead } from '../../culture/timing';
import { addDays, isoDate } from '../../culture/calendarTables';
import type { Facts } from '../facts';
import { say, theirTimeOf } from './shared';
import { isCondition } from '../slots';

type Speak = (p: Phrase | readonly Phrase[]) => string;

/** Dates as the document's English writes them ("18 Feb", "Feb 18"), read as calendar days (UTC). */
function dateWords(locale: string): { day: (d: IsoDate) => string; range: (a: IsoDate, b: IsoDate) => string } {
  const at = (d: IsoDate) => new Date(`${d}T12:00:00Z`);
  const make = (options: Intl.DateTimeFormatOptions) => {
    try { return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }); } catch { return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }); }
  };
  const day = make({ day: 'numeric', month: 'short' }), withYear = make({ day: 'numeric', month: 'short', year: 'numeric' });
  // Intl puts thin and narrow no-break spaces around the dash: the documents type plain ones.
  const plain = (t: string) => t.replace(/[\u2009\u202f]/gu, ' ');
  return {
    day: (d) => plain(day.format(at(d))),
    range: (a, b) => plain(typeof withYear.formatRange === 'function' ? withYear.formatRange(at(a), at(b)) : `${withYear.format(at(a))} – ${withYear.format(at(b))}`),
  };
}

const named = (o: Observance, country: string): Phrase => say('culture-observance', { id: o.id, country });

/** How long after today the ask comes when they said to see someone else first: the time to get a
 *  meeting with that person and have it (a request becomes a meeting in two to eight weeks). */
export const SEE_FIRST_DAYS = 28;

/** The day of the planned ask: the first day of the month to come back in when one is known and
 *  still ahead (the second ask is made then); after a referral to see first, some weeks on, once you
 *  have met the one they named; else today. */
export function plannedAsk(facts: Pick<Facts, 'details' | 'is'>, today: Date): IsoDate {
  const now = isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const month = facts.details.comeBackMonth;
  if (month !== undefined && /^\d{4}-\d{2}$/u.test(month) && `${month}-01` > now) return `${month}-01`;
  return facts.is.referralFirst ? addDays(now, SEE_FIRST_DAYS) : now;
}

/**
 * The prep doc's "When to ask" notes for the leader's country and the day of the planned ask
 * (plannedAsk): one per observance ahead, none for a country without a calendar. `english`: the
 * document's English ("en-GB"), which writes the dates.
 */
export function timingNotesOf(facts: Pick<Facts, 'country' | 'countryWithoutPreset' | 'calendar' | 'details' | 'is'>, today: Date, english: string, speak: Speak): string[] {
  const country = facts.country ?? facts.countryWithoutPreset;
  if (!country) return [];
  const words = dateWords(english);
  const planned = plannedAsk(facts, today);
  // The ask falls in Ramadan: "When to ask" moves it past Ramadan, and the Ramadan note below says how
  // to ask if it cannot wait (one advice, the second its fallback).
  const ramadan = ramadanInTrial(country, planned, facts.calendar);
  const inRamadan = ramadan !== undefined && ramadan.ramadan.start <= planned;
  const ahead = timingAhead(country, planned, facts.calendar);
  // Their words named the time ("until our Q1 planning wraps") and no month says when that is: the
  // time is theirs; the calendar only adds what falls in the weeks ahead (issue 21).
  const theirs = theirTimeOf(facts.details);
  const also = theirs !== undefined ? ahead.map((t) => `${speak(named(t.observance, country))} (${words.range(t.observance.start, t.observance.end)})`).join('; ') : '';
  const condition = isCondition(facts.details.comeBackAfter ?? '') ? 'yes' : 'no';
  const notes = theirs !== undefined ? [speak(say('prep-timing-their-words', { when: theirs, also: also || 'none', condition }))] : ahead.map((t) => {
    const o = t.observance;
    const observance = speak(named(o, country));
    const then = t.then.length ? speak(say('culture-timing-then', { names: t.then.map((x) => speak(named(x, country))).join(' and ') })) : '';
    return speak(say('culture-note-timing', {
      observance, then, when: t.when, effect: o.effect, approximate: o.approximate ? 'yes' : 'no',
      range: words.range(o.start, o.end), start: words.day(o.start), end: words.day(o.end),
      before: t.before ? words.day(t.before) : '', after: words.day(t.after),
    }));
  });
  // The conversations of the trial in Ramadan: when in the day to ask, and the Eid break after it.
  if (ramadan) {
    const { ramadan: r, eid } = ramadan;
    notes.push(speak(say('culture-note-ramadan', {
      range: words.range(r.start, r.end), eid: eid ? words.range(eid.start, eid.end) : 'none', country, when: inRamadan ? 'now' : 'ahead',
      informal: facts.is.offerInformal ? 'yes' : 'no',
    })));
  }
  return notes;
}
