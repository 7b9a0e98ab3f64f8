/** The language you and the leader share when it is not English (a French architect
 *  writing to a French director in English). Known only from what the profile holds: your own
 *  `you.locale` when it names another language, else the salutation you address them with
 *  ("Madame Vidal"); never guessed from a name. */
import { addressLanguages } from './address';
import { presetFor } from './presets';

/** The languages business is done in, per preset country, besides English (ISO 639-1). */
const COUNTRY_LANGUAGES: Record<string, readonly string[]> = {
  AE: ['ar'], AR: ['es'], AT: ['de'], BR: ['pt'], CA: ['fr'], CH: ['de', 'fr', 'it'], CL: ['es'], CN: ['zh'], CO: ['es'], DE: ['de'],
  EG: ['ar'], ES: ['es'], FR: ['fr'], GR: ['el'], ID: ['id'], IL: ['he'], IT: ['it'], JP: ['ja'], KR: ['ko'], MA: ['fr', 'ar'], MX: ['es'], NL: ['nl'], PL: ['pl'],
  SA: ['ar'], SE: ['sv'], TR: ['tr'], BE: ['nl', 'fr'], UY: ['es'], JO: ['ar'], KZ: ['ru'],
  // Countries without a preset too: the language a leader there works in is known all the same.
  CZ: ['cs'], SK: ['sk'], TH: ['th'], MY: ['ms'], FI: ['fi'], EE: ['et'], HU: ['hu'], RO: ['ro'], PT: ['pt'], VN: ['vi'], DK: ['da'], NO: ['no'],
  UA: ['uk'], BG: ['bg'], HR: ['hr'], RS: ['sr'], NP: ['ne'], SI: ['sl'], LT: ['lt'], LV: ['lv'], RU: ['ru'], TW: ['zh'], HK: ['zh'],
};

/** The language a leader in `country` works in when it is not English and the country's business
 *  writing is not in English first (Canada, Singapore…: presets.ts), else undefined. */
export function workingLanguage(country: string | undefined): string | undefined {
  if (!country || presetFor(country)?.englishFirst) return undefined;
  return countryLanguages(country)[0];
}

export function countryLanguages(country: string): readonly string[] {
  return COUNTRY_LANGUAGES[country.trim().toUpperCase()] ?? [];
}

/**
 * The language other than English that you and a leader in `country` would write to each other in,
 * or undefined when the profile cannot tell: `youLocale`'s language when the country's business
 * speaks it ("fr-FR" to France, "de-CH" to Switzerland); else the language of the salutation in
 * `addressAs` when it is one of the country's ("Madame Vidal" to France). A locale in English says
 * nothing either way (you.locale is mostly there to choose a spelling).
 */
export function sharedLanguage(country: string | undefined, youLocale: string | undefined, addressAs: string | undefined): string | undefined {
  if (!country) return undefined;
  const theirs = countryLanguages(country);
  if (theirs.length === 0) return undefined;
  const own = youLocale?.trim().toLowerCase().split(/[-_]/u)[0];
  if (own && own !== 'en') return theirs.includes(own) ? own : undefined;
  return addressAs ? addressLanguages(addressAs, country).find((l) => theirs.includes(l)) : undefined;
}
