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

/** A channel that names a place to go through: "the mentoring programme", "el programa de mentores",
 *  "mentoring scheme", "HR", not an instruction ("written messages to him directly", "get back in
 *  touch with her directly"). Each pattern is anchored or has no nested repeat: linear. */
const aPlace = (channel: string): boolean => {
  const text = channel.trim();
  return /^(?:the|a|an|our|your|their|his|her|my|through|via|el|la|los|las|o|os|as|le|les|der|die|das|den|dem|il|lo|mi|mis|su|sus|nuestr[oa]s?|mon|ma|mes|notre|nos|leurs?|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|sein(?:e[mnrs]?)?|über)\s/iu.test(text)
    || /(?<![\p{L}])(?:programmes?|programs?|programas?|programms?|schemes?|guilds?|gilde|communit(?:y|ies)|comunidade?|office|assistant|forum|network|committee|council|sekretariat|assistent(?:in)?|büro|oficina|secretar[ií]a|secrétariat|bureau)(?![\p{L}])/iu.test(text)
    || /^\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,3}$/u.test(text);
};
