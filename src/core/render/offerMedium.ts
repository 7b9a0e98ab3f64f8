// What medium an offer is in: writing (a note, an email, a chat message) or talk (a call, a coffee, a
// meeting), read from what they offered and its limits, in English and German.
import type { FirstResponse, FirstResponseDetails, Format } from '../profile/profile';
import { noMeetingsIn } from './leaderWords';

/** Written help: a note, a question in writing, an email, a reply, a message on a chat tool (English and German). */
const WRITTEN_OFFER = /\b(?:writ(?:e|es|ten|ing)|e-?mails?|notes?|messages?|slack|dms?|repl(?:y|ies)|async|schriftlich\w*|mails?|nachricht(?:en)?|notiz(?:en)?)\b/i;
/** Help in person or by voice: a call, a coffee, a meeting, a chat, a conversation, a video or phone call
 *  (English and German). */
const LIVE_OFFER = /\b(?:calls?|coffees?|lunch(?:es)?|dinners?|meet(?:s|ing|ings|up)?|chats?|talks?|conversations?|catch(?:[- ]up)?|zoom|webex|skype|video(?:call)?s?|phone|telephone|in person|sit down|anrufe?n?|telefon\w*|videokonferenz(?:en)?|videocalls?|gespräche?|treffen|kaffee|mittagessen)\b/i;
/** A meeting tool named without a written word beside it ("half an hour on Teams", „per Teams“): a call;
 *  "a message on Teams" is written. */
const MEETING_TOOL = /\b(?:teams|google meet)\b/i;
/** A limit that rules out talking: "no calls", "can't do calls", "no meetings", „keine Anrufe“. */
const NO_LIVE = /\b(?:no|not|never|can['’]?t do|cannot do|without|keine?|ohne)\s+(?:any\s+|more\s+)?(?:calls?|meetings?|video|zoom|anrufe?|telefonate?|termine?|treffen)\b/i;

/**
 * The medium of what they offered (a yes with limits): "writing" when the offer is written help
 * or its limits rule out talking ("answers to specific written questions"; "no calls"), "talk"
 * when it is a call, a coffee or a meeting and nothing rules that out, undefined when the offer
 * does not say. The leader's offer decides what is asked first; only when it does not say does
 * the user's format preference decide (facts.ts, steps.ts).
 */
export function offerMedium(details: Pick<FirstResponseDetails, 'offered' | 'limits'>): 'writing' | 'talk' | undefined {
  const offered = details.offered ?? '';
  if (NO_LIVE.test(offered) || NO_LIVE.test(details.limits ?? '') || noMeetingsIn(details.limits ?? '') !== undefined) return 'writing';
  const written = WRITTEN_OFFER.test(offered);
  const live = LIVE_OFFER.test(offered) || (MEETING_TOOL.test(offered) && !written);
  return live ? 'talk' : written ? 'writing' : undefined;
}

/** Whether the arrangement is written: the format (async), except after a yes with limits whose
 *  offer says its medium ("coffee when I'm in town" is talk, even for a user who prefers async). */
export function writtenArrangement(format: Format, firstResponse: FirstResponse | undefined, details: Pick<FirstResponseDetails, 'offered' | 'limits'>): boolean {
  const offeredBeside = (firstResponse === 'referral' || firstResponse === 'doubts-fit') && details.offered !== undefined;
  const medium = firstResponse === 'yes-with-limits' || offeredBeside ? offerMedium(details) : undefined;
  return medium === undefined ? format === 'async' : medium === 'writing';
}
