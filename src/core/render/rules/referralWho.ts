// A referral to someone they did not name ("someone on the platform team", "ask my deputy"): the
// message to the leader asks who, in one line, and asks for no time (the request's note gives the order).
import type { Phrase } from '../../phrases/phrasebook';
import { inlineMarkdown } from '../markdown';
import { swapToYou } from '../pronouns';
import { asName } from '../leaderWords';
import type { RequestInputs, RequestPart } from './request';

const p = (id: string, args?: Phrase['args']): Phrase => (args ? { id, args } : { id });

/** How to ask who: "someone on the platform team" → who on the platform team (`team`), "one of the
 *  architects" → which of the architects (`which`), "my deputy" → who your deputy is (`role`), anything
 *  else in their words (`said`). Anchored, bounded: linear. */
export function whoToAsk(referTo: string): { kind: 'team' | 'which' | 'role' | 'said'; rest: string } {
  const text = swapToYou(referTo.trim()).replace(/[.!]+$/u, '');
  const team = /^(?:someone|somebody|anyone|anybody|a person|a colleague|people)\s+((?:on|in|from|at|within|over in|over at)\s+[^,;]{2,80})$/iu.exec(text);
  if (team) return { kind: 'team', rest: team[1]! };
  const which = /^one of\s+([^,;]{2,80})$/iu.exec(text);
  if (which) return { kind: 'which', rest: which[1]! };
  if (/^(?:your|the|our)\s+[\p{L}\s'’-]{2,60}$/iu.test(text) && !/\b(?:who|that|which|with|and)\b/iu.test(text)) return { kind: 'role', rest: text };
  return { kind: 'said', rest: referTo.trim() };
}

/** A referral to someone unnamed, with no offer of theirs to take up: the message asks who, nothing more. */
export function referralWhoOf(i: RequestInputs): Record<RequestPart, Phrase[]> | undefined {
  const referTo = i.details.referTo;
  if (!i.is.referral || i.is.takesOffer || referTo === undefined || /^\p{Lu}/u.test(referTo)) return undefined;
  const who = whoToAsk(referTo);
  const args = { kind: who.kind, rest: inlineMarkdown(who.rest), referTo: inlineMarkdown(swapToYou(referTo)), minutes: i.minutes, written: i.is.writeFirst ? 'yes' : 'no',
    leaderCalled: asName(i.leaderCalled || i.leaderName || 'none'), leaderThey: i.leaderThey ?? 'they' };
  const hello = i.addressAs ? p('request-chat-hello-named', { name: i.addressAs }) : p('request-chat-hello');
  return {
    toReferralHeading: [], toReferralNote: [], toReferralGreeting: [], toReferralBody: [],
    note: [p('request-note-referral-who', args), p('request-note-read-aloud')], subject: [p('request-subject-referral-who', args)],
    opening: [p('request-referral-who', args)], body: [], who: [], close: [],
    chat: [hello, p('request-chat-referral-who', args)], chatNote: [p('request-chat-note', { app: 'none', same: 'who' })],
  };
}
