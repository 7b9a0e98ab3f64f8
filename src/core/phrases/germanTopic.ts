/** How a German sentence can carry the user's own words for a topic (the challenge, its short form)
 *  without putting them after a colon as a bare noun phrase („zu einer Frage: die Ablösung …“):
 *  - `um`: a noun phrase whose accusative is its nominative (die, das, eine, unsere …; a bare noun
 *    such as „Make-or-Buy bei …“): „Es geht um die Ablösung …“;
 *  - `ist`: one that may be masculine nominative (der, ein, unser …), which „um“ would need as
 *    „den/einen …“: „Das Thema ist der Umbau …“;
 *  - `darum`: a clause („wie wir …“, „ob …“): „Es geht darum, wie wir …“;
 *  - `quote`: anything else (an infinitive phrase, English words): „Es geht um „Teams aufbauen““. */
export type TopicForm = 'um' | 'ist' | 'darum' | 'quote';

const CLAUSE = /^(?:wie|ob|was|warum|weshalb|wieso|wann|wo|wohin|woher|wer|wen|wem|welche[mnrs]?|dass|inwieweit|inwiefern|womit|wofür|wozu|worauf)$/u;
const SAME_CASE = /^(?:die|das|eine|keine|meine|unsere|deine|eure|ihre|seine|diese|dieses|jene|jenes|alle|beide|viele|mehrere|einige|zwei|drei|vier)$/u;
const MAYBE_MASCULINE = /^(?:der|ein|kein|mein|dein|sein|ihr|unser|euer|dieser|jener|jeder|welcher)$/u;

export function germanTopicForm(text: string): TopicForm {
  // A part still to fill in („**[fill in: …]**“) stands as it is.
  if (/^\*\*\[|^\*\(/u.test(text.trim())) return 'um';
  // A question or a sentence of its own is quoted whole.
  if (/[?!.]$/u.test(text.trim())) return 'quote';
  const words = text.trim().replace(/^[„“"'‚]+/u, '').split(/\s+/u);
  const first = (words[0] ?? '').replace(/[^\p{L}-]/gu, '');
  if (first === '') return 'quote';
  const lower = first.toLowerCase();
  if (CLAUSE.test(lower)) return first === lower ? 'darum' : 'quote';
  // „Ihre“ (capital, the polite form) carries the same as „ihre“.
  if (SAME_CASE.test(lower) && (first === lower || first === 'Ihre' || words.length > 1)) return 'um';
  if (MAYBE_MASCULINE.test(lower)) return 'ist';
  if (!/^\p{Lu}/u.test(first)) return 'quote';
  // A capitalised start with no article: a noun („Make-or-Buy bei …“, „Migration nach AWS“), unless
  // the phrase ends in a lower-case verb („Plattform-Teams aufbauen“) or reads as English.
  const last = words[words.length - 1]!.replace(/[^\p{L}]/gu, '');
  if (words.length > 1 && /^\p{Ll}+(?:en|ern|eln)$/u.test(last) && !/^(?:den|dem|einen|unseren|deren|denen)$/u.test(last)) return 'quote';
  if (words.some((w) => /^(?:the|of|and|our|for|with|to|a|an|in|on)$/u.test(w))) return 'quote';
  return 'um';
}

/** What a German request can say it admires, from the user's own words: `decision` when the decision
 *  they admire is a zu-infinitive („die Migration zuerst … freizugeben“), which stands after „Ihre
 *  Entscheidung,“; else `initiative` when their initiative is a noun phrase „wie Sie … vorangebracht
 *  haben“ can carry (germanTopicForm `um`); else `none`. „none“ as a value is no text. */
export function germanAdmired(decision: string, initiative: string): 'decision' | 'initiative' | 'none' {
  const d = decision.trim();
  if (d !== '' && d !== 'none' && !/[.!?]$/u.test(d) && /(?:^|\s)(?:zu\s+\p{Ll}+(?:en|ern|eln)|\p{Ll}+zu\p{Ll}+(?:en|ern|eln))(?=[\s,]|$)/u.test(d)) return 'decision';
  const i = initiative.trim();
  if (i !== '' && i !== 'none' && /^\p{Ll}/u.test(i) && germanTopicForm(i) === 'um') return 'initiative';
  return 'none';
}
