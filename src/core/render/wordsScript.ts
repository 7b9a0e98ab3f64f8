// The script of the leader's words, when it is one the reading cannot read: their answer in Greek,
// Hebrew, Arabic, Thai, Japanese, Chinese, Korean, Cyrillic or Devanagari. The reading knows English
// (and a few German and Spanish phrases), all in Latin letters; words mostly in other letters are
// quoted and the user asked to confirm them, never read as a lukewarm answer.

import { getText, type Profile } from '../profile/profile';
import { firstAnswerOf } from './firstAnswer';

export type WordsScript = 'greek' | 'hebrew' | 'arabic' | 'thai' | 'japanese' | 'chinese' | 'korean' | 'cyrillic' | 'devanagari' | 'other';

/** Each script the note names, by the Unicode script of a letter. Kana make Han text Japanese. */
const SCRIPTS: readonly [Exclude<WordsScript, 'japanese' | 'other'>, RegExp][] = [
  ['greek', /\p{Script=Greek}/u], ['cyrillic', /\p{Script=Cyrillic}/u], ['hebrew', /\p{Script=Hebrew}/u], ['arabic', /\p{Script=Arabic}/u],
  ['thai', /\p{Script=Thai}/u], ['korean', /\p{Script=Hangul}/u], ['chinese', /\p{Script=Han}/u], ['devanagari', /\p{Script=Devanagari}/u],
];
const LATIN = /\p{Script=Latin}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The script their words are mostly written in, when it is not Latin: more of their letters in it
 *  than in Latin letters. Undefined for words the reading can read ("Let me think", "Gerne, aber …"),
 *  including English with a word in another script. One pass over the letters: linear. */
export function unreadScript(words: string | undefined): WordsScript | undefined {
  if (words === undefined) return undefined;
  const counts = new Map<WordsScript, number>();
  let latin = 0, other = 0, kana = 0;
  for (const [letter] of words.matchAll(/\p{L}/gu)) {
    if (LATIN.test(letter)) { latin += 1; continue; }
    other += 1;
    if (KANA.test(letter)) { kana += 1; continue; }
    const script = SCRIPTS.find(([, re]) => re.test(letter))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (other <= latin) return undefined;
  if (kana > 0) return 'japanese';
  let best: WordsScript = 'other', most = 0;
  for (const [script, n] of counts) if (n > most) { best = script; most = n; }
  return best;
}

/** The script of their words when nothing is built on them: no first answer confirmed or read, and
 *  the words mostly in a script the reading cannot read (the checklist's step, the CLI's warning). */
export function unreadWordsOf(p: Profile): WordsScript | undefined {
  return p.firstResponse === undefined && firstAnswerOf(p).response === undefined ? unreadScript(getText(p, 'firstResponseWords')) : undefined;
}
