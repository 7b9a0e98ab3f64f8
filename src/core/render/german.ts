/** What German letters need that no single message can know: a message opens the body in one
 *  document and stands mid-text in another, so these rules apply to the rendered German text. */

/** A German salutation on its own line, ending in a comma ("Sehr geehrte Frau Dr. Brandt,",
 *  "Sehr geehrter Herr DI Hofbauer,"): each inflected form spelled out, since "Sehr geehrte\b"
 *  does not match the masculine "geehrter". */
const SALUTATION_LINE = /^((?:Sehr geehrte[rn]?|Liebe[rn]?|Guten Tag|Hallo)\b[^\n]*,\n\n)(\p{Lu}\p{L}*)/gmu;
/** The polite "Sie" forms keep their capital after the comma. */
const POLITE = /^(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)$/;

/** After a salutation with a comma the body goes on in lower case ("vielen Dank, dass Sie …"):
 *  the first word of the next paragraph loses its capital unless it is a "Sie" form. The openings
 *  in phrases/de/ start with no noun, so a capital there is always the sentence's, not the word's. */
export function lowerAfterSalutation(text: string): string {
  return text.replace(SALUTATION_LINE, (all, line: string, word: string) => (POLITE.test(word) ? all : line + word.charAt(0).toLowerCase() + word.slice(1)));
}

/** Swiss Standard German has no ß: "Grüsse", "weiss". The whole text, the user's own words too,
 *  since a Zurich reader sees a single ß as written elsewhere. */
export function swissSpelling(text: string): string {
  return text.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS');
}

/** Their words already quoted (“…”, pronouns.ts) inside a German message's own „…“: one pair of quotes. */
export function unnestQuotes(text: string): string {
  return text.replace(/„“([^”\n]*)”“/g, '„$1“');
}

/** Austrian German names January "Jänner" (culture.country AT); the other months are the same. */
export function austrianMonth(name: string): string {
  return name.replace(/^Januar\b/u, 'Jänner');
}

/** The German rules, in order, for a document rendered in German; `country` is culture.country. */
export function germanLetter(text: string, country?: string): string {
  const lowered = unnestQuotes(lowerAfterSalutation(text));
  return country?.toUpperCase() === 'CH' ? swissSpelling(lowered) : lowered;
}
