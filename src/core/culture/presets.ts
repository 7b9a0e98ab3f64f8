/**
 * Country presets: where a country usually sits on each of the five scales, how a senior leader
 * is usually addressed, which English its business writing follows, and how long a new request
 * to a senior leader usually waits for an answer.
 *
 * Written by us from public sources, cited per country in presetSources.ts beside this file (a
 * separate module, so the notes stay out of the extension's bundle: nothing at run time reads them).
 * A preset is a starting point for a person, never a verdict on one: every scale can be adjusted
 * in the profile.
 */
import type { Scales } from './scales';

// The rows themselves are data (presetRows.ts), which the extension ships as a file beside its code.
export { COUNTRY_CODES, PRESETS } from './presetRows';
import { PRESETS } from './presetRows';


export type Continent = 'Africa' | 'Asia' | 'Europe' | 'North America' | 'South America' | 'Oceania';

/** How a senior leader is addressed by default (see address.ts for what each produces). */
export type AddressForm =
  /** "Dana": the given name, even for executives. */
  | 'given-name'
  /** "Tanaka-san": family name and -san. */
  | 'family-san'
  /** "Dr. Hoffmann": an academic or professional title and the family name; a salutation (Herr/Frau, Mr./Ms.) is the user's to choose. */
  | 'title-family'
  /** "Ms. Sharma": a salutation and the family name; we never guess the salutation. */
  | 'honorific-family'
  /** "Dr. Fatima", "Eng. Ahmed": a title and the given name. */
  | 'title-given'
  /** "Ahmet Bey", "Pak Budi": the given name with a gendered honorific; we never guess it. */
  | 'given-honorific';

export type EnglishVariant = 'en-US' | 'en-GB' | 'en-AU' | 'en-CA' | 'en-IN' | 'en-IE' | 'en-NZ' | 'en-ZA' | 'en-SG' | 'en-NG' | 'en-KE';

export interface CountryPreset {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English name (the UI shows Intl.DisplayNames in the user's language). */
  name: string;
  continent: Continent;
  scales: Scales;
  address: AddressForm;
  /** Order of names as usually written in the country's own script and in its business English. */
  nameOrder: 'given-first' | 'family-first';
  /** The English its business writing follows (spelling and conventions). */
  english: EnglishVariant;
  /** Weeks a senior leader may take to answer a new request before silence means anything. */
  replyWeeks: number;
  /** How praise of someone's work lands: `understated` where a superlative ("better than anyone I
   *  can ask") makes people wince and specific, plain praise is the compliment; `expressive` elsewhere. */
  praise: 'understated' | 'expressive';
  /** The chat colleagues use with each other at work, where it is not the company's own tool:
   *  `whatsapp` where WhatsApp is how an open door is taken up between people who know each other;
   *  `telegram` or `viber` where that app is, and WhatsApp is not (it is never suggested there);
   *  `none` elsewhere (Slack, Teams, email). */
  chat: 'whatsapp' | 'telegram' | 'viber' | 'none';
  /** English is the language of business writing, and a first name the user chose is greeted
   *  "Hi", as colleagues write, however hierarchical the office (CountryPreset.address stays the
   *  default when no form of address is given). */
  englishFirst: boolean;
  /** Internal work mail is commonly written in the country's own language(s) (languages.ts), even in
   *  international firms: the prep doc says to write in it if that is your working language. */
  localMail: boolean;
}

/** Built on the first lookup: in the extension the rows are read after activation. */
let byCode: Map<string, CountryPreset> | undefined;

/** The preset for an ISO 3166-1 alpha-2 code (any case), or undefined when there is none. */
export function presetFor(code: string): CountryPreset | undefined {
  byCode ??= new Map(PRESETS.map((p) => [p.code, p]));
  return byCode.get(code.trim().toUpperCase());
}

/** A country's name in `language` ("de" → "Japan", "Deutschland"), falling back to English. */
export function countryName(code: string, language = 'en'): string {
  const preset = presetFor(code);
  try {
    const name = new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(code.toUpperCase());
    if (name && name !== code.toUpperCase()) return name;
  } catch {
    // An unknown language tag or an engine without DisplayNames: the English name below.
  }
  return preset?.name ?? code.toUpperCase();
}
