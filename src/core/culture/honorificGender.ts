/** Whether the form of address the user chose says the leader is a woman or a man, from a gendered
 *  honorific or salutation in it: Vietnamese "chị Lan", "anh Minh", "bà", "ông"; Indonesian "Ibu",
 *  "Pak"; Turkish "Hanım", "Bey"; Nepali "didi", "dai"; Bangladeshi "Apa", "Bhai"; "Ms", "Mr", "Frau",
 *  "Herr", "Madame", "Señor". `none` when it holds none: the leader is then "they" or their name, never
 *  guessed from a first name. The table is data (presetRows.ts), shipped beside the bundle. */
import { HONORIFIC_GENDER as GENDERED } from './presetRows';

/** Honorifics that are also given names: they count only written in lower case, as Vietnamese writes
 *  them before a name ("anh Tuấn"); "Anh Nguyen" may be a woman named Anh. */
const ALSO_A_NAME: ReadonlySet<string> = new Set(['anh']);

export function honorificGender(address: string | undefined): 'she' | 'he' | 'none' {
  // Only beside a name: "Anh" alone may be a given name.
  const words = (address ?? '').trim().split(/[\s,.]+/u).filter(Boolean);
  if (words.length < 2) return 'none';
  const gender = (w: string) => (ALSO_A_NAME.has(w.toLowerCase()) && w !== w.toLowerCase() ? undefined : GENDERED[w.toLowerCase()]);
  return words.map(gender).find(Boolean) ?? 'none';
}
