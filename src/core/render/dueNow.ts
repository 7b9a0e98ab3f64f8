/** A come-back month already past on the day of generation (issue 21): the documents treat coming back
 *  as due now, name no month before it, and say so at the top (context.ts timingNote). Decided once
 *  here, for every document: the facts hold the answer without the past month (facts.ts). */
import type { FirstResponse } from '../profile/profile';
import type { CalendarOptions } from '../culture/calendars';
import { firstOpenMonth } from '../culture/timing';
import { monthsAfter, type FirstAnswer } from './firstAnswer';

/** This month, YYYY-MM, in local time. */
export const monthOf = (today: Date): string => `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;

/** A month name in their words for when ("in April"): said back, it would name the past month. */
const MONTH_NAMED = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * The answer as the documents use it on `today`: a `comeBackMonth` before this month is taken out
 * (and a "when" in their words that names a month with it), and returned as `passed` for the note.
 */
export function dueNow<A extends Pick<FirstAnswer, 'details'>>(answer: A, today: Date): { answer: A; passed?: string } {
  const month = answer.details.comeBackMonth;
  if (month === undefined || !/^\d{4}-(?:0[1-9]|1[0-2])$/.test(month) || month >= monthOf(today)) return { answer };
  const details = { ...answer.details };
  delete details.comeBackMonth;
  if (details.comeBackAfter !== undefined && MONTH_NAMED.test(details.comeBackAfter)) delete details.comeBackAfter;
  return { answer: { ...answer, details }, passed: month };
}

/** The two come-back months, computed once (see Facts.comeBackAgain and Facts.notNowMonth). The
 *  month we propose skips one the leader's calendar blocks (August in Spain, most of a Ramadan);
 *  a month they named is theirs and kept. */
// `month`: the month they named, or this month when the one named has passed (due now).
export function comeBackMonths(firstResponse: FirstResponse | undefined, month: string | undefined, country: string | undefined, calendar: CalendarOptions): { comeBackAgain?: string; notNowMonth?: string } {
  const later = firstResponse === 'not-now' && month !== undefined ? monthsAfter(month, 3) : undefined;
  const comeBackAgain = later !== undefined && country ? firstOpenMonth(country, later, calendar).month : later;
  return { comeBackAgain, notNowMonth: comeBackAgain ?? month };
}
