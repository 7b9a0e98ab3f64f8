/**
 * A no that says how long it holds ("I can't take on mentoring anyone this year", "not for now", „dieses
 * Jahr nicht“) names no time to come back: writing in January after a December no games the word
 * "year". Only a no that asks you to come back ("ask me again next year", "try me in January", „melde
 * dich im Frühjahr“) keeps a month; otherwise the time read from their words is dropped, and the
 * documents treat the no as final, with the one narrow, optional step the user may choose.
 */
import type { FirstResponse, FirstResponseDetails } from '../profile/profile';

/** They asked to be asked again: "come back", "ask me again", "try me", "get in touch", "reach out",
 *  "ping me", "let's talk", "revisit", and the same in the other languages the tool reads. Bounded: linear. */
const INVITED = /\b(?:come back|circle back|check back|get back to me|(?:ask|try|ping|call|contact|write to|email|mail|remind) me\b|(?:get|be) in touch|reach out|talk again|speak again|let['’]s (?:talk|speak|see)|we (?:can|could) (?:talk|see|revisit)|revisit|happy to (?:talk|look)|melde?n? (?:dich|sie sich|euch)|sprechen wir|reden wir|frag(?:en sie)? (?:mich )?(?:gern |gerne )?(?:noch ?mal|nochmals|wieder)|vuelve|escr[ií]beme|háblame|volvemos a hablar|hablamos|reviens|recontacte|écris-moi|parlons|volta a falar|me procura|fale comigo|falamos)/iu;

/** Their words ask you to come back: a time in them is a time to come back, even after a no. */
export const invitedBack = (words: string): boolean => INVITED.test(words);

/** The details, without a come-back read from the words of a no that did not ask you to come back. */
export function withoutImpliedComeBack(response: FirstResponse | undefined, details: FirstResponseDetails, words: string | undefined): FirstResponseDetails {
  if (response !== 'declined' || words === undefined || invitedBack(words)) return details;
  const rest = { ...details };
  delete rest.comeBackAfter;
  delete rest.comeBackMonth;
  return rest;
}
