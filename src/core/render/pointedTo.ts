// Whom or where the leader already pointed the user (a person, or a programme, guild or office), for
// the advice and the reply to a no.
import type { Facts } from './facts';
import { detailsFromWords } from './firstAnswer';
import { writtenFirstIn } from './leaderWords';
import { inlineMarkdown } from './markdown';
import { swapToYou } from './pronouns';

/** Whom or where they already pointed you: the person, else the channel, confirmed or read from their
 *  words even when the answer kept other details ("the one you want is Tunde… but greet me when you're
 *  on the Island" reads as an offer), said to them ("my office" → "your office"). Sent to your manager,
 *  the one named is your manager: nobody. */
export function pointedTo(facts: Facts, firstResponse: Facts['firstResponse']): { to: string; channel: boolean } | undefined {
  if (firstResponse === 'ask-your-manager') return undefined;
  const read = facts.words === undefined ? {} : detailsFromWords(facts.words);
  const who = facts.details.referTo ?? read.referTo;
  if (who !== undefined) return { to: inlineMarkdown(swapToYou(who)), channel: false };
  // A short note they asked for first, or any way to reach them ("get back in touch with her directly"),
  // is how to answer them, not a place they pointed you to: only a place is gone "through".
  const channel = facts.details.channel;
  return channel === undefined || writtenFirstIn(channel) !== undefined || !aPlace(channel) ? undefined : { to: inlineMarkdown(swapToYou(channel)), channel: true };
}

/** A channel that names a place to go through: "the mentoring programme", "our architecture guild",
 *  "mentoring scheme", "HR", not an instruction ("written messages to him directly"). Bounded: linear. */
const aPlace = (channel: string): boolean => /^(?:the|a|an|our|your|their|his|her|my)\s/i.test(channel.trim())
  || /^[\p{L}' -]{0,40}\b(?:programme|program|scheme|guild|community of practice|office|assistant|forum|network|committee|council)$/iu.test(channel.trim())
  || /^\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,3}$/u.test(channel.trim());
