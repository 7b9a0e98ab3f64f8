/**
 * The salutations of other languages that address.ts turns into English or German ones: data only, so
 * the extension can ship them as a file beside its code, read after activation (scripts/shipped-files.mjs),
 * as it does the presets' rows.
 */

/** Salutations of languages whose letters have their own "Dear" (Madame, Herr, Señora…), the
 *  English one a letter in English uses in their place, and the language they come from. Not the
 *  honorifics a country's own business English keeps ("Pak Budi", "Ahmet Bey", "Tanaka-san").
 *  `onlyIn`: a word that is also a family name elsewhere ("Pan Wei") counts only in these countries. */
export const FOREIGN_SALUTATIONS: Record<string, { english: 'Mr' | 'Ms'; languages: readonly string[]; onlyIn?: readonly string[] }> = {
  monsieur: { english: 'Mr', languages: ['fr'] }, madame: { english: 'Ms', languages: ['fr'] }, mme: { english: 'Ms', languages: ['fr'] },
  mademoiselle: { english: 'Ms', languages: ['fr'] }, mlle: { english: 'Ms', languages: ['fr'] },
  herr: { english: 'Mr', languages: ['de'] }, frau: { english: 'Ms', languages: ['de'] },
  señor: { english: 'Mr', languages: ['es'] }, senor: { english: 'Mr', languages: ['es'] }, señora: { english: 'Ms', languages: ['es'] },
  senora: { english: 'Ms', languages: ['es'] }, señorita: { english: 'Ms', languages: ['es'] }, srta: { english: 'Ms', languages: ['es'] },
  sr: { english: 'Mr', languages: ['es', 'pt'] }, sra: { english: 'Ms', languages: ['es', 'pt'] },
  senhor: { english: 'Mr', languages: ['pt'] }, senhora: { english: 'Ms', languages: ['pt'] },
  signor: { english: 'Mr', languages: ['it'] }, signore: { english: 'Mr', languages: ['it'] }, sig: { english: 'Mr', languages: ['it'] },
  signora: { english: 'Ms', languages: ['it'] }, sigra: { english: 'Ms', languages: ['it'] }, signorina: { english: 'Ms', languages: ['it'] },
  // Polish, Czech and Slovak: "Pan Nowak", "paní Nováková", "pán Horváth" (Czech and Slovak write them in
  // lower case inside a sentence); letters open „Szanowna Pani“, „Vážená paní“, „Vážená pani“.
  pan: { english: 'Mr', languages: ['pl', 'cs', 'sk'], onlyIn: ['PL', 'CZ', 'SK'] }, pani: { english: 'Ms', languages: ['pl', 'sk'], onlyIn: ['PL', 'SK'] },
  paní: { english: 'Ms', languages: ['cs'] }, pane: { english: 'Mr', languages: ['cs'], onlyIn: ['CZ'] }, pán: { english: 'Mr', languages: ['sk'] },
  meneer: { english: 'Mr', languages: ['nl'] }, dhr: { english: 'Mr', languages: ['nl'] }, mevrouw: { english: 'Ms', languages: ['nl'] }, mevr: { english: 'Ms', languages: ['nl'] },
};

/** Salutations of languages whose names decline (Croatian, Slovenian, Lithuanian, Czech, Polish, Ukrainian,
 *  Bulgarian), nominative and vocative, by the English one; keys as `bare` leaves them. */
export const DECLINED: Readonly<Record<string, 'Mr' | 'Ms'>> = { gospodin: 'Mr', gospodine: 'Mr', gospođa: 'Ms', gospođo: 'Ms', gospod: 'Mr', gospa: 'Ms',
  ponas: 'Mr', pone: 'Mr', ponia: 'Ms', pane: 'Mr', panie: 'Mr', пане: 'Mr', пані: 'Ms', господин: 'Mr', господине: 'Mr', госпожа: 'Ms', госпожо: 'Ms', гн: 'Mr', гжа: 'Ms', гжо: 'Ms' };
