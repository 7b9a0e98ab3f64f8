// Their words ask to be reminded ("remind me", "ping me", "give me a shout", "erinnern Sie mich",
// "recuérdame", "relance-moi"): the second ask is the short reminder they asked for, sent at the time
// or once the condition they named, not a fresh pitch (request.ts, advice.ts, checklist/steps.ts).

/** Asking to be reminded, in the languages leaders answer in. One alternation, no nested repeats: linear. */
const REMIND = /\b(?:remind (?:me|us)|ping me|nudge me|give me a (?:shout|nudge|ping)|erinner(?:n Sie|e|t)? (?:mich|uns)|recu[eé]rd(?:a|e)me(?:lo)?|relance[sz]?-moi|rappel(?:le|ez)-moi)(?![\p{L}-])/iu;

/** Their words ask to be reminded (case-insensitive, any of the phrasings above). */
export function asksForReminder(words: string | undefined): boolean {
  return words !== undefined && REMIND.test(words);
}
