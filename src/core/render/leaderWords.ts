// Two readings of the leader's words that every first answer shares: a person they pointed to, whatever
// the case it was typed in, and documents they ruled out ("no decks").
import type { FirstResponseDetails } from '../profile/profile';

/** A person pointed to whatever the case of the words: "Talk to Priya", "talk to inês carvalho", "speak to
 *  dr Okafor". Not "ask" or "try" ("ask around", "try again"). Bounded: linear. */
const POINTER_ANY_CASE = /\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|reach(?:ing)? out to|contact|get in touch with|have a word with|go (?:and )?see)\s+((?:(?:dr|prof|mr|mrs|ms)\.?\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)/iu;
/** Words after a pointer that are no person's name: a role, a group, a pronoun, or what follows a name. */
export const NOT_A_PERSON = /^(?:your|the|my|our|his|her|their|a|an|one|someone|somebody|anyone|anybody|everyone|people|them|him|me|us|it|that|this|those|these|hr|legal|finance|security|procurement|management|leadership|team|teams|manager|boss|colleagues|others|around|about|again|first|later|instead|directly|maybe|please|yourself|you|each|any|all|both|some|no|nobody|what|how|whether|if|why|where|when|who|whoever|something|anything|whatever|product|engineering|design|ops|sales|marketing|support|platform|architecture|mentoring)$/i;
/** Words that follow a name and are not part of it ("talk to marta first", "speak with ana too"). */
const NAME_END = /^(?:first|too|instead|then|now|soon|directly|sometime|who|she|he|they|and|or|if|when|on|in|at|for|from|with)$/i;
/** A word written as a name: its first letter upper case. */
export const asName = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The name after a pointer, written as a name ("inês carvalho" → "Inês Carvalho"), or undefined. */
export function nameInAnyCase(words: string): string | undefined {
  const m = POINTER_ANY_CASE.exec(words);
  if (!m) return undefined;
  const tokens = m[1]!.split(/\s+/);
  const title = /^(?:dr|prof|mr|mrs|ms)\.?$/i.test(tokens[0]!) && tokens.length > 1 ? tokens.shift()! : undefined;
  if (NOT_A_PERSON.test(tokens[0]!)) return undefined;
  // A second word that is no name ends it: "talk to marta about it" names Marta.
  const name = tokens.length > 1 && (NOT_A_PERSON.test(tokens[1]!) || NAME_END.test(tokens[1]!)) ? tokens.slice(0, 1) : tokens;
  const after = [...tokens.slice(name.length), ...words.slice(m.index + m[0].length).trim().split(/\s+/, 1)][0] ?? '';
  // "talk to marta first": your manager, to see first (firstAnswer.ts managerNamedIn), not a referral.
  if (/^first\b/i.test(after)) return undefined;
  return [...(title === undefined ? [] : [asName(title)]), ...name.map(asName)].join(' ');
}

/** Documents ruled out: "no decks", "no slides, please", "no documents", "don't send me a deck", "keep it short". */
const NO_DOCUMENTS = /\bno (?:more )?(?:decks?|slides?|slide ?decks?|powerpoints?|presentations?|documents?|docs|write-?ups?|pre-?reads?|one-?pagers?|papers?|attachments?)\b|\b(?:don['’]?t|do not|never) send (?:me )?(?:a |any )?(?:decks?|slides?|documents?|docs|write-?ups?|pre-?reads?|one-?pagers?|attachments?)\b|\bkeep it (?:short|brief)\b/i;
/** They ruled out documents in their words or limits, whatever their first answer (facts.ts, steps.ts). */
export const documentsRuledOut = (words: string | undefined, details: Pick<FirstResponseDetails, 'limits'>): boolean =>
  NO_DOCUMENTS.test(`${words ?? ''} ${details.limits ?? ''}`);
