/** Whether the form of address the user chose says the leader is a woman or a man, from a gendered
 *  honorific in it: Vietnamese "chị Lan", "anh Minh", "bà", "ông"; Indonesian "Ibu", "Pak"; Turkish
 *  "Hanım", "Bey"; Nepali "didi", "dai"; Bangladeshi "Apa", "Bhai"; English "Ms", "Mr", "Madam", "Sir".
 *  `none` when it holds none: examples for the leader are then neutral, never guessed from a name. The
 *  table is data (presetRows.ts), shipped beside the bundle. */
import { HONORIFIC_GENDER as GENDERED } from './presetRows';

export function honorificGender(address: string | undefined): 'she' | 'he' | 'none' {
  // Only beside a name: "Anh" alone may be a given name.
  const words = (address ?? '').toLowerCase().split(/[\s,.]+/u);
  return (words.length > 1 && words.map((w) => GENDERED[w]).find(Boolean)) || 'none';
}
