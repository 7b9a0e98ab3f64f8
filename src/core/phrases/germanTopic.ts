/** How a German sentence can carry the user's own words for a topic (the challenge, its short form)
 *  without putting them after a colon as a bare noun phrase („zu einer Frage: die Ablösung …“):
 *  - `um`: a noun phrase whose accusative is its nominative (die, das, eine, unsere …; a bare noun
 *    such as „Make-or-Buy bei …“): „Es geht um die Ablösung …“;
 *    a masculine accusative as typed („den Schnitt …“) too;
 *  - `ist`: one that may be masculine nominative (der, ein, unser …), which „um“ would need as
 *    „den/einen …“: „Das Thema ist der Umbau …“;
 *  - `darum`: a clause („wie wir …“, „ob …“): „Es geht darum, wie wir …“;
 *  - `quote`: anything else (an infinitive phrase, English words): „Es geht um „Teams aufbauen““. */
export type TopicForm = 'um' | 'ist' | 'darum' | 'quote';

/** English function words, and German ones ("in" is both, and counts for neither). */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'our', 'for', 'with', 'to', 'a', 'an', 'on', 'without', 'onto', 'from', 'into', 'by', 'is', 'are', 'we', 'how', 'what',
  'which', 'after', 'before', 'until', 'once', 'when', 'it', 'its', 'that', 'this', 'their', 'my', 'your', 'between', 'across', 'while', 'whether']);
const GERMAN_WORDS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'mit', 'für', 'ohne', 'von', 'zu', 'zur', 'zum', 'ein', 'eine', 'einen', 'einer', 'wie', 'nach',
  'bei', 'auf', 'im', 'unsere', 'unserer', 'unseren', 'unser', 'dass', 'ob', 'über', 'vor', 'bis', 'sobald', 'wenn', 'ist', 'sind', 'wir', 'oder', 'aus']);

/** Whether the user's words read as English (a function word of English and none of German): a German
 *  sentence then carries them as a quotation („…“), never bare. One pass over the words: linear. */
export function readsAsEnglish(text: string): boolean {
  let english = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (GERMAN_WORDS.has(word)) return false;
    if (ENGLISH_WORDS.has(word)) english += 1;
  }
  return english > 0;
}

/** The user's words for a German sentence: quoted („…“) when they read as English, else as typed. */
export function germanQuoted(text: string): string {
  const t = text.trim();
  return readsAsEnglish(t) && !/^[„“"]/u.test(t) ? `„${t}“` : text;
}

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
  // A masculine accusative („den Schnitt …“, „einen tragfähigen Plan“) is what „um“ takes.
  if (Object.hasOwn(DEFINITE_ACC, lower) || Object.hasOwn(INDEFINITE_ACC, lower)) return 'um';
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

/** The two cases a German slot for the topic asks for: after a label or a colon, and after „ist“, the
 *  nominative („**Erstes Thema:** der Schnitt …“); after „um“, „für“, „über“, the accusative („Es geht um
 *  den Schnitt …“). Only the masculine singular differs, so only its determiners are changed. */
export type GermanCase = 'nom' | 'acc';

/** A determiner that names its case and the adjective ending after it: definite (der/den → -e/-en) or
 *  indefinite (ein/einen → -er/-en). A nominative „ein“, „mein“, „unser“ may be neuter, so it is changed
 *  only when an adjective in -er after it says masculine („ein tragfähiger Plan“). */
const DEFINITE: Readonly<Record<string, string>> = { der: 'den', dieser: 'diesen', jeder: 'jeden', jener: 'jenen', welcher: 'welchen' };
const INDEFINITE: Readonly<Record<string, string>> = { ein: 'einen', kein: 'keinen', mein: 'meinen', dein: 'deinen', sein: 'seinen', ihr: 'ihren', unser: 'unseren', euer: 'euren' };
const invert = (o: Readonly<Record<string, string>>): Record<string, string> => Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k]));
const DEFINITE_ACC = invert(DEFINITE), INDEFINITE_ACC: Readonly<Record<string, string>> = { ...invert(INDEFINITE), unsren: 'unser' };
/** Masculine nouns that take -(e)n outside the nominative (den Monolithen, den Kunden), as the end of a compound. */
const WEAK = /(?:monolith|architekt|automat|mensch|spezialist|lieferant|agent|kandidat|praktikant|student|patient|mandant|präsident|kunde|kollege|experte|gedanke|name)$/iu;
const WEAK_ACC = /(?:monolith|architekt|automat|mensch|spezialist|lieferant|agent|kandidat|praktikant|student|patient|mandant|präsident)en$|(?:kunde|kollege|experte|gedanke|name)n$/iu;

const withCase = (typed: string, word: string): string => (/^\p{Lu}/u.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/** The topic in the case its slot needs, when its first words say the masculine singular (der/den,
 *  einen, unseren …, with the adjectives before its noun and a weak noun such as „Monolith“); as typed
 *  otherwise, where both cases are the same or cannot be told: the sentence then carries it as typed. */
export function germanCase(text: string, to: GermanCase): string {
  const words = text.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  // Own keys only: a topic typed as „constructor …“ is no determiner.
  const look = (o: Readonly<Record<string, string>>): string | undefined => (Object.hasOwn(o, first) ? o[first] : undefined);
  const definite = look(to === 'acc' ? DEFINITE : DEFINITE_ACC);
  const indefinite = look(to === 'acc' ? INDEFINITE : INDEFINITE_ACC);
  const det = definite ?? indefinite;
  if (det === undefined) return text;
  // The adjective endings from and to: definite -e ↔ -en, indefinite -er ↔ -en.
  const [from, into] = to === 'acc' ? [definite ? 'e' : 'er', 'en'] : ['en', definite ? 'e' : 'er'];
  const out = [withCase(words[0]!, det)];
  let masculine = definite !== undefined || to === 'nom';
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (/^\p{Lu}/u.test(w)) {
      if (!masculine) return text;
      const noun = to === 'acc' ? (WEAK.test(w) ? w + (w.endsWith('e') ? 'n' : 'en') : w)
        : WEAK_ACC.test(w) ? w.slice(0, /en$/u.test(w) && !/(?:kunde|kollege|experte|gedanke|name)n$/iu.test(w) ? -2 : -1) : w;
      return [...out, noun, ...words.slice(i + 1)].join(' ');
    }
    if (!/^\p{Ll}+,?$/u.test(w)) return text;
    const comma = w.endsWith(',') ? ',' : '', bare = comma ? w.slice(0, -1) : w;
    if (bare.endsWith(from) && bare.length > from.length + 2) { out.push(bare.slice(0, -from.length) + into + comma); if (to === 'acc' && from === 'er') masculine = true; }
    else out.push(w);
  }
  return text;
}

/** A German subject line: the lead, then „ – “ and the topic named without its article, in the
 *  nominative („Bitte um ein Gespräch – Domänenschnitt im Schadensystem“), when that is a specific
 *  noun phrase (not a clause, not a fill-in, not „eine …“) and the line stays within 70 characters;
 *  otherwise the lead alone. No „;“ and no „es geht um“ in an inbox list. */
export function germanSubject(lead: string, topic: string): string {
  const t = topic.trim();
  const form = germanTopicForm(t);
  if (t === '' || t === 'none' || /^\*/u.test(t) || form === 'darum' || /^(?:ein|eine|einen|einem|einer)\s/iu.test(t)) return lead;
  const nom = germanCase(t, 'nom');
  const named = form === 'quote' ? `„${nom}“` : nom.replace(/^(?:der|die|das)\s+(?=\p{Lu})/iu, '');
  const line = `${lead} – ${named}`;
  return line.length <= 70 ? line : lead;
}
