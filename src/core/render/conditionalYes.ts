// A yes on a condition (issue 21): "Zodra de aanbesteding gepubliceerd is, kunnen we elke maand een
// kwartiertje inplannen", "Once the migration is live, we can do 15 minutes a month". A not now whose
// come-back is a condition and whose words or limits name a rhythm already agreed to that rhythm: once
// the condition is met (the request is sent then), it is a yes with limits, and the ask is the rhythm
// they named, booked, not pitched again. Decided once, where the first answer is (firstAnswer.ts).
import { repliesInWriting } from './writtenReply';
import type { FirstResponse, FirstResponseDetails } from '../profile/profile';
import { rhythmLimitIn } from './rhythmLimit';
import { isCondition } from './slots';
import { swapToYou } from './pronouns';
import { foreignRhythm } from './conditionWords';

/** A rhythm named, in English, Dutch, German, French or Spanish, or another language read (conditionWords.ts).
 *  Alternatives of fixed words: linear. */
let rhythm: RegExp | undefined, rhythmAlone: RegExp | undefined;
const RHYTHM = (): RegExp => (rhythm ??= new RegExp(String.raw`(?<!\p{L})(?:${foreignRhythm()}|`+/(?:(?:once|twice)\s+(?:a|per|every)\s+(?:week|fortnight|month|quarter)|(?:(?<!\b(?:within|in|for|after|by|than|about|over|under|next)\s{1,3})a|per|each|every)\s+(?:week|fortnight|month|quarter)|(?:weekly|fortnightly|monthly|quarterly)|(?:elke|iedere|per)\s+(?:week|maand|twee weken|kwartaal)|maandelijks|wekelijks|(?:einmal\s+)?(?:im|pro|jeden|jede)\s+(?:Monat|Woche|Quartal)|monatlich|wöchentlich|(?:une fois\s+)?(?:par|chaque)\s+(?:mois|semaine|trimestre)|mensuel(?:lement)?|(?:una vez\s+)?(?:al|cada|por)\s+(?:mes|semana|trimestre)|mensualmente)/.source+String.raw`)(?!\p{L})`, 'iu'));

/** A rhythm and nothing else ("once a quarter"): said as a conversation to set up. */
const RHYTHM_ALONE = (): RegExp => (rhythmAlone ??= new RegExp(`^(?:${RHYTHM().source})$`, 'iu'));

/** The rhythm their words name, as typed ("15 minutes a month"), when no limit rules one out. */
export function rhythmNamed(text: string | undefined): string | undefined {
  if (text === undefined || rhythmLimitIn(text) !== undefined) return undefined;
  return RHYTHM().exec(text)?.[0];
}

interface Answer { readonly response?: FirstResponse; readonly details: FirstResponseDetails }

/** The answer, read as a yes with limits when it is one, or a not now on a condition, that named a rhythm: what
 *  they offered is the rhythm, in the limits' words when those name it, else the clause of their words
 *  that does; the condition is kept (comeBackAfter), now met. Any other answer is returned as it is. */
export function yesOnCondition<A extends Answer>(answer: A, words: string | undefined): A {
  const { response, details } = answer;
  // A yes with limits whose limits or words name a rhythm ("fifteen minutes, once a month") agreed to it the same way.
  const agreed = response === 'yes-with-limits' || (response === 'not-now' && isCondition(details.comeBackAfter ?? ''));
  if (!agreed || details.offered !== undefined) return answer;
  const limits = rhythmNamed(details.limits) !== undefined ? details.limits : undefined;
  // "Not every week, huh": a rhythm ruled out is a limit, never what they offered.
  // A yes in writing ("write your questions and I will look when I can") offers the writing: a rhythm
  // beside it ("I am between Dar and Dodoma every week") is their week, not the offer.
  const said = ((c) => (c === undefined || NEGATED.test(c) || repliesInWriting(words!) ? undefined : c))(limits === undefined && rhythmNamed(words) !== undefined ? clauseOf(words!) : undefined);
  const offered = ((o) => (o === undefined ? undefined : asThing(o)))(limits ?? said);
  return offered === undefined ? answer : { ...answer, response: 'yes-with-limits', details: { ...details, offered } };
}

/** A rhythm said with a no before it: "not every week", "nicht jede Woche", "no cada semana". */
const NEGATED = /^(?:not|never|no|nicht|nie|kein\w*|pas|jamais|nunca|não|nu)\b/iu;

/** The clause of their words that names the rhythm, after the condition ("we can do 15 minutes a month"). */
function clauseOf(words: string): string {
  const sentence = words.split(/(?<=[.!?])\s+/).find((s) => RHYTHM().test(s)) ?? words;
  const clause = sentence.split(/,\s*/).find((s) => RHYTHM().test(s)) ?? sentence;
  return clause.replace(/[.!?]+$/, '').trim();
}

/** "we can do 15 minutes a month" → "15 minutes a month", "but only by email…", "ali jednom mjesečno" → without the "but"; "let's meet once a quarter" → "a conversation
 *  once a quarter": a thing to set up. */
function asThing(clause: string): string {
  const bare = clause.replace(/^(?:and|but|ali|aber|mais|pero|maar|но)\s+/iu, '').replace(/^(?:(?:we|I)\s+(?:can|could|will)|let['’]s)\s+(?:(?:do|have|set up|book|plan|meet)\s+)?/i, '');
  return RHYTHM_ALONE().test(bare) ? `a conversation ${bare}` : bare;
}

/** Their condition as met, said to them in your voice: "once the tender was published", "once I had
 *  presented the plan to the board". */
export function conditionInThePast(after: string): string {
  if (after.startsWith('“')) return after;
  return swapToYou(after.trim())
    .replace(/\bI(?:['’]ve| have)\b/, 'I had')
    .replace(/\s(is|are)\s/, (_m, verb: string) => (verb === 'is' ? ' was ' : ' were '));
}

/** How the request and the script say a met condition back (phrases request-since-yes-on-condition,
 *  script-ack-yes-on-condition): `condition` in the past, in your voice (their "us" turned at another company); `form` `you` when it was yours to
 *  do ("I did that on (date)"), else `state` with what became true (`predicate`: "published") and `plural`. */
export function conditionMetArgs(after: string, otherCompany = false): { condition: string; form: 'you' | 'done' | 'state'; predicate: string; plural: 'yes' | 'no' } {
  // Only the text after the last stop can end the clause: looked for there, the pattern cannot try every
  // " is " of a long text and scan to its end from each (quadratic).
  const text = after.trim();
  const tail = text.slice(Math.max(...['.', ';', '!', '?'].map((c) => text.lastIndexOf(c))) + 1);
  const state = /\s(is|are)\s+([^.;!?]+)$/.exec(tail);
  // "published", "signed off", "done": something that happened on a day; "in place", "live": true since one.
  const form = !state ? 'you' : /^(?:\p{L}+(?:ed|en)|done|out|through)\b/iu.test(state[2]!) ? 'done' : 'state';
  // At another company their "us" ("once the review is behind us") is theirs: "behind you".
  const past = conditionInThePast(after);
  const condition = otherCompany ? past.replace(/\bus\b/g, 'you').replace(/\bour\b/g, 'your') : past;
  return { condition, form, predicate: state?.[2]!.trim() ?? 'none', plural: state?.[1] === 'are' ? 'yes' : 'no' };
}
