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

/** The notes their words call for; `southAfrican`: the leader is in South Africa, or you write South
 *  African English. None for a document that is not in English (the phrases are English ones). */
export function glossesOf(words: string | undefined, southAfrican: boolean, english: boolean): Phrase[] {
  if (words === undefined || !english) return [];
  const glosses: Phrase[] = [];
  const see = SEE.exec(words);
  if (see) glosses.push({ id: 'words-gloss-see', args: { phrase: see[0], inshallah: INSHALLAH.test(words) ? 'yes' : 'no' } });
  if (southAfrican && (JUST_NOW.test(words) || NOW_NOW.test(words))) {
    glosses.push({ id: 'words-gloss-za-now', args: { justNow: JUST_NOW.test(words) ? 'yes' : 'no', nowNow: NOW_NOW.test(words) ? 'yes' : 'no' } });
  }
  return glosses;
}
