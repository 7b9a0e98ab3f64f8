// How the people are named: the leader greeted in writing and addressed out loud, the name you
// sign with, and the company an outside leader works at.
import { getText, type Profile } from '../profile/profile';
import { addressInEnglish, addressInGerman, defaultAddress, nominativeAddress, signOffName, splitName, spokenHonorific } from '../culture/address';
import { presetFor, type EnglishVariant } from '../culture/presets';
import type { Phrase } from '../phrases/phrasebook';
import { inlineMarkdown } from './markdown';
import { trimTrailing } from './trim';
import { familiarFirstName, yourShortName } from './profileReadings';
import { pronounOf } from './referral';
import type { Facts } from './facts';

/**
 * How the leader is greeted in writing (`greetAs`) and addressed out loud (`address`): `addressAs`
 * when given; else the culture's usual form with their name (the country's preset; without one the
 * given name, or title and family name when a title was typed and things are formal). A guess that
 * fell back to the full name is written but never spoken ("Dana Okafor" is not said to a face),
 * and `addressNote` asks the user to confirm it. `english`: the English the document's body is
 * written in, undefined when it is another language; an English body turns a salutation from
 * another language into the English one ("Madame Vidal" → "Ms Vidal"), and a German body (`german`) into
 * the German one ("Madame Vidal" → "Frau Vidal"). Markdown-safe.
 */
export function addressOf(profile: Profile, country: string | undefined, speak: (p: Phrase) => string, english?: EnglishVariant, gender: 'frau' | 'herr' | 'none' = 'none', german = false): { greetAs: string; address: string; addressNote: string } {
  // The country as typed, preset or not: a Czech "paní" is English "Ms" (German „Frau“) whether or not Czechia has a preset.
  const inBody = (a: string) => (english ? addressInEnglish(a, english, country ?? profile.culture.country, getText(profile, 'leader.name'))
    : german ? addressInGerman(a, country ?? profile.culture.country, getText(profile, 'leader.name')) : a);
  const given = getText(profile, 'leader.addressAs');
  const name = getText(profile, 'leader.name');
  if (given !== undefined) {
    const a = inlineMarkdown(inBody(given));
    // "Monsieur Benali" in writing is "Si Youssef" out loud, where the country says so (Morocco); in a
    // formal tone the form they typed is said too (a director of a public body is not "Lalla Naïma" to you).
    const said = ((h) => (h && profile.tone === 'formal' && !h.alone ? undefined : h))(name === undefined ? undefined : spokenHonorific(name, country, salutationGender(given)));
    // "gospodine Babiću" is said to them; an English or German letter writes "Dear Mr Babić", „Herr Babić“.
    const letter = english || german ? nominativeAddress(given, english ?? 'de', name) : given;
    return { greetAs: letter === given ? a : inlineMarkdown(letter), address: said ? inlineMarkdown(said.spoken) : a, addressNote: '' };
  }
  if (name === undefined) return { greetAs: '', address: '', addressNote: '' };
  // Their gender known from the profile's words: Monsieur or Madame and the family name in writing,
  // the spoken honorific with the given name out loud ("Mr Tazi", "Si Karim"); never guessed.
  const honorific = english ? spokenHonorific(name, country, gender) : undefined;
  if (honorific && !honorific.alone) {
    const greetAs = inlineMarkdown(inBody(`${gender === 'herr' ? 'Monsieur' : 'Madame'} ${honorific.family}`));
    return { greetAs, address: profile.tone === 'formal' ? greetAs : inlineMarkdown(honorific.spoken), addressNote: '' };
  }
  // Without a country: a title typed with the name is used where things are formal ("Dr. Krüger"),
  // else the given name; never the full name (readers: "Dear Dana Okafor," reads as a mass mailing).
  const formal = profile.culture.hierarchy === 'hierarchical' || profile.tone === 'formal';
  const titled = !country && formal ? defaultAddress(name, undefined, 'title-family') : undefined;
  const guess = titled && !titled.confirm ? titled : defaultAddress(name, country);
  // A stray symbol typed between names ("Dana # Okafor") is not part of how anyone is addressed.
  // Trimmed in one pass from each end (linear, whatever was typed).
  const trimmed = trimTrailing(guess.text, (c) => !/[\p{L}.\uD800-\uDFFF]/u.test(c)).replace(/^[^\p{L}]*/u, '');
  const greetAs = inlineMarkdown(inBody(trimmed || guess.text));
  const fullName = guess.confirm && /\s/u.test(guess.text.trim());
  const addressNote = fullName ? speak({ id: 'culture-address-full-name', args: { address: greetAs } })
    : guess.confirm ? speak({ id: 'culture-address-confirm', args: { address: greetAs, country: presetFor(country ?? '')?.name ?? '' } }) : '';
  // "Sir" or "Madam" said alone (Sri Lanka, Bangladesh), the usual form in writing.
  return { greetAs, address: honorific ? inlineMarkdown(honorific.spoken) : fullName ? '' : greetAs, addressNote };
}

/** The gender a typed form of address shows by its salutation ("Monsieur Benali", "Ms Alaoui"), else none. */
function salutationGender(address: string): 'frau' | 'herr' | 'none' {
  const words = address.trim().split(/\s+/u);
  const first = words.length > 1 ? words[0]!.toLowerCase().replace(/\.$/u, '') : '';
  return /^(?:mr|m|monsieur|sr|señor|senhor)$/u.test(first) ? 'herr' : /^(?:ms|mrs|miss|madame|mme|mlle|mademoiselle|sra|señora|senhora)$/u.test(first) ? 'frau' : 'none';
}

/** The company an outside leader works at, as messages are given it: `leader.company`, Markdown-safe,
 *  else "none" (the messages' select says "another company" or "their company"). */
export function companyOf(profile: Profile): string {
  const company = getText(profile, 'leader.company');
  return company === undefined ? 'none' : inlineMarkdown(company);
}

/** Your name under a German letter: the given name to someone you call „du“, else (undefined) the
 *  full name, as a „Sie“ letter is signed. */
export function germanSignOff(profile: Profile, anrede: 'Sie' | 'du'): string | undefined {
  const name = getText(profile, 'you.name');
  return name === undefined || anrede === 'Sie' ? undefined : inlineMarkdown(signOffName(name, undefined, false));
}

/** Your name as you sign: the given name where names are informal, the full name where they are
 *  formal (the country's usual form; without one, a hierarchical organization or a formal tone). */
export function signOffOf(profile: Profile, country: string | undefined): string | undefined {
  const name = getText(profile, 'you.name');
  if (name === undefined) return undefined;
  // Between a former manager (or a leader who calls you by a short name) and you on first names: the
  // name they call you by, else your given name, whatever the culture's usual form.
  if (familiarFirstName(profile)) return inlineMarkdown(yourShortName(profile) ?? signOffName(name, undefined, false));
  return inlineMarkdown(signOffName(name, country, profile.culture.hierarchy === 'hierarchical' || profile.tone === 'formal'));
}

/**
 * How the first message greets the person a referral named, a stranger to you: the culture's usual
 * form with their name (title and family name where a title was given, "Tanaka-san"; the given name
 * where first names are the norm), or, where the usual form needs a salutation nobody gave, Mr or Ms
 * with the family name when the leader's words show which, else the given name; never the full
 * name ("Hi Rocío Salazar," reads as a mass mailing). `hi`: the culture greets by first name, so a
 * warm or concise note may open "Hi". Markdown-safe; undefined without a name.
 */
export function referralGreetAs(facts: Pick<Facts, 'details' | 'country' | 'words' | 'hierarchy'>, english: EnglishVariant): { name: string; hi: boolean } | undefined {
  const { referTo } = facts.details, country = facts.country, hierarchical = facts.hierarchy === 'hierarchical';
  if (referTo === undefined || referTo.trim() === '') return undefined;
  const pronoun = pronounOf(referTo, facts.words);
  const preset = country ? presetFor(country) : undefined;
  const guess = defaultAddress(referTo, country, hierarchical ? 'honorific-family' : 'given-name');
  const hi = guess.form === 'given-name';
  if (!guess.confirm || !/\s/u.test(guess.text.trim())) return { name: inlineMarkdown(addressInEnglish(guess.text, english, country)), hi };
  const parts = splitName(referTo, preset?.nameOrder ?? 'given-first');
  const dot = english === 'en-US' || english === 'en-CA' ? '.' : '';
  const name = pronoun === 'them' ? parts.given : `${pronoun === 'her' ? 'Ms' : 'Mr'}${dot} ${parts.family}`;
  return { name: inlineMarkdown(name), hi };
}
