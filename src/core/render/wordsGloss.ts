// What a few of the leader's own phrases mean on the surface, said where their words are read back
// (the note at the top of the documents): "inshallah … we will see" may be a courteous no, and in
// South Africa "just now" is later, not right away. Each a bounded pattern: linear.
import type { Phrase } from '../phrases/phrasebook';

/** "we'll see", "we will see", "let's see": a maybe that may be a courteous no. */
const SEE = /\b(?:we(?:['’]ll| will| shall) see|let['’]?s see|let us see)\b/i;
/** "inshallah", "insha'Allah", "in sha Allah", "God willing". */
const INSHALLAH = /\b(?:in\s?sh?a['’]?\s?a?llah|God willing)\b/i;
const JUST_NOW = /\bjust now\b/i;
const NOW_NOW = /\bnow now\b/i;

/** The notes their words call for; `unread`: they are in a script the reading cannot read; `southAfrican`: the leader is in South Africa, or you write South
 *  African English. None for a document that is not in English (the phrases are English ones). */
export function glossesOf(words: string | undefined, southAfrican: boolean, english: boolean, unread = false): Phrase[] {
  if (words === undefined || !english) return [];
  const glosses: Phrase[] = [];
  // Words in a script the reading cannot read: the few it knows, with their meaning.
  const known = unread ? knownWordsIn(words) : [];
  if (known.length > 0) glosses.push({ id: 'words-gloss-known', args: { known: known.join(', ') } });
  const see = SEE.exec(words);
  if (see) glosses.push({ id: 'words-gloss-see', args: { phrase: see[0], inshallah: INSHALLAH.test(words) ? 'yes' : 'no' } });
  if (southAfrican && (JUST_NOW.test(words) || NOW_NOW.test(words))) {
    glosses.push({ id: 'words-gloss-za-now', args: { justNow: JUST_NOW.test(words) ? 'yes' : 'no', nowNow: NOW_NOW.test(words) ? 'yes' : 'no' } });
  }
  return glosses;
}

/** Their words as the known words are matched: without accents or vowel marks, lower case. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words the reading knows in scripts it cannot read (wordsScript.ts), with their English meaning: the
 *  word as written, what it means, and what may attach before and after it (Hebrew ב/ה/ו/ל, Arabic ال,
 *  Greek endings). Said in the note so the user can confirm their answer; never a reading of it. */
const KNOWN: readonly (readonly [string, string, string?, string?])[] = [
  // Greek
  ['ευχαρίστως', 'gladly'], ['με χαρά', 'with pleasure'], ['δεν μπορώ', 'I cannot'], ['όχι', 'not'], ['ναι', 'yes'],
  ['κάθε δύο εβδομάδες', 'every two weeks'], ['κάθε εβδομάδα', 'every week'], ['μήνα', 'month', '', 'ς'], ['καφέ', 'coffee', '', 'ς|δες|δάκι'],
  ['ερώτηση', 'question', '', 'ς'], ['ερωτήσεις', 'questions'], ['αργότερα', 'later'],
  // Hebrew
  ['בשמחה', 'gladly'], ['לא יכול', 'I cannot', '', 'ה'], ['לא', 'not'], ['שבועיים', 'two weeks', '[בהול]'], ['חודש', 'month', '[בהול]'],
  ['קפה', 'coffee', '[בהול]'], ['שאלה', 'question', '[בהול]|עם '], ['אחר כך', 'later'],
  // Arabic
  ['بكل سرور', 'gladly'], ['لا أستطيع', 'I cannot'], ['ليس', 'not'], ['أسبوعين', 'two weeks', 'ال|[وبل]'], ['شهر', 'month', '[وفبل]?ال|[وبل]'],
  ['قهوة', 'coffee', '[وفبل]?ال|[وبل]'], ['سؤال', 'question', '[وفبل]?ال|[وبل]'], ['لاحقا', 'later'],
];
const KNOWN_PATTERNS: readonly [RegExp, string][] = KNOWN.map(([word, meaning, before, after]) => [
  new RegExp(`(?<!\\p{L})(?:${before ?? ''})?${fold(word)}(?:${after ?? ''})?(?!\\p{L})`, 'u'), `${word} (${meaning})`,
]);

/** The words their answer holds that the reading knows, each with its meaning ("όχι (not)"), in the order
 *  they said them; a phrase that holds a shorter one ("δεν μπορώ") is said once. One pass per word: linear. */
export function knownWordsIn(words: string): string[] {
  const folded = fold(words);
  const found: { at: number; end: number; text: string }[] = [];
  for (const [re, text] of KNOWN_PATTERNS) {
    const m = re.exec(folded);
    if (m && !found.some((f) => m.index >= f.at && m.index + m[0].length <= f.end)) found.push({ at: m.index, end: m.index + m[0].length, text });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.text);
}
