/** Forms of address: how to greet a leader by name when the profile has no `leader.addressAs`,
 *  and how to sign off, following the country's preset. Nothing here guesses a gender: a form
 *  that needs a salutation (Mr./Ms., Herr/Frau, Bey/Hanım) uses one only when the name holds it,
 *  and otherwise falls back to the full name and says the user should confirm. */
import { presetFor, type AddressForm, type EnglishVariant } from './presets';
// The salutations of other languages are data, shipped beside the extension (addressTables.ts).
import { DECLINED, FOREIGN_SALUTATIONS } from './addressTables';

export interface NameParts {
  /** Salutation typed with the name ("Frau", "Mr."), kept as typed. */
  salutation?: string;
  /** Academic or professional title typed with the name ("Dr.", "Prof. Dr.", "Eng."). */
  title?: string;
  given: string;
  family: string;
}

export interface AddressSuggestion {
  /** The name to greet with: "Tanaka-san", "Dr. Hoffmann", "Dana", or the full name. */
  text: string;
  form: AddressForm;
  /** True when the form needs something the name does not show (a salutation, the order of the
   *  names): the wording should invite the user to set `leader.addressAs`. */
  confirm: boolean;
}

const SALUTATIONS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'sr', 'sra', 'signor', 'signora', 'pan', 'pani', 'paní', 'pane', 'pán', 'bapak', 'pak', 'ibu', 'bu', 'encik', 'puan', 'sir', 'madam', 'ma’am', "ma'am", 'maam', 'ato', 'weyzero', 'woizero', 'weyzerit', 'woizerit']);
/** Salutations written in lower case in their own language, and kept so: Croatian (gospodin, in the vocative
 *  gospodine; gospođa), Slovenian (gospod, gospa), Lithuanian (ponas, pone; ponia), Polish and Ukrainian vocatives
 *  (panie, пане, пані), and Russian and Bulgarian ones (г-н, г-жо). */
const LOWER_SALUTATIONS = new Set(['gospodin', 'gospodine', 'gospođa', 'gospođo', 'gospođice', 'ponas', 'pone', 'ponia', 'господин', 'госпожа', 'gospod', 'gospa', 'panie', 'пане', 'пані', 'господине', 'госпожо', 'гн', 'гжа', 'гжо']);
const TITLES = new Set(['dr', 'prof', 'professor', 'eng', 'engr', 'ing', 'dott', 'dottssa', 'dottoressa', 'dottore', 'lic', 'licenciado', 'licenciada', 'doctor', 'doctora', 'doutor', 'doutora', 'dra', 'engenheiro', 'engenheira', 'sheikh', 'datuk', 'dato', 'dato’', "dato'", 'datin', 'tun', 'chief', 'arch', 'mag', 'ir']);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'la', 'le', 'ten', 'ter', 'al', 'el', 'bin', 'ibn', 'bint']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const bare = (word: string) => word.toLowerCase().replace(/[.\s-]/g, '');

/** Malaysia's conferred titles of two words (Tan Sri, Puan Sri, Dato' Sri, Datuk Seri, Toh Puan…): one
 *  title, never a salutation ("Puan") or a name ("Sri", "Tan") on its own. Keys without apostrophes. */
const COMPOUND_TITLES = new Set(['tansri', 'puansri', 'datosri', 'datoseri', 'datukseri', 'datuksri', 'tohpuan', 'datinsri', 'datinseri', 'datinpaduka', 'datopaduka', 'datukpaduka']);
/** Conferred titles, which are never left out, whatever the country's usual form (presets.ts, MY). */
const CONFERRED = new Set(['tun', 'datuk', 'dato', 'datin']);
const titleKey = (word: string) => bare(word).replace(/['’]/g, '');
/** The two-word title `words` start with, or undefined: "Tan Sri Ahmad" → "Tan Sri". */
function compoundTitle(words: readonly string[]): string | undefined {
  return words.length > 2 && COMPOUND_TITLES.has(titleKey(words[0]!) + titleKey(words[1]!)) ? `${words[0]!} ${words[1]!}` : undefined;
}
/** A title conferred by a ruler (Tan Sri, Datuk, Tun…): kept in every form of address. */
const conferred = (title: string | undefined): boolean =>
  title !== undefined && (CONFERRED.has(titleKey(title)) || COMPOUND_TITLES.has(titleKey(title)));

/** Splits "Frau Dr. Anna Hoffmann" into salutation, title, given and family names. `order`
 *  says which name comes first when the name does not show it (names in Han, kana or Hangul
 *  script are always family-first). */
export function splitName(fullName: string, order: 'given-first' | 'family-first' = 'given-first'): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const salutation: string[] = [];
  const title: string[] = [];
  while (words.length > 1) {
    const compound = compoundTitle(words);
    if (compound) { title.push(compound); words.splice(0, 2); continue; }
    const w = bare(words[0]!);
    if ((SALUTATIONS.has(w) || LOWER_SALUTATIONS.has(w)) && title.length === 0) salutation.push(words.shift()!);
    else if (TITLES.has(w)) title.push(words.shift()!);
    else break;
  }
  const familyFirst = order === 'family-first' || CJK.test(fullName);
  if (words.length <= 1) return { ...extras(salutation, title), given: words[0] ?? '', family: words[0] ?? '' };
  if (familyFirst) return { ...extras(salutation, title), given: words.slice(1).join(' '), family: words[0]! };
  // "Joost de Vries", "Fatima Al Mansouri", "Ludwig van der Rohe": the family name starts at its particle.
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PARTICLES.has(w.toLowerCase()));
  const cut = particle > 0 ? particle : words.length - 1;
  return { ...extras(salutation, title), given: words.slice(0, cut).join(' '), family: words.slice(cut).join(' ') };
}

/** The salutation the form of address starts with, as German greetings need it ("Sehr geehrte
 *  Frau …", "Lieber Herr …"): `frau`, `herr`, or `none` when it shows none (no gender is guessed). */
export function addressSalutation(address: string): 'frau' | 'herr' | 'none' {
  const first = bare(address.trim().split(/\s+/)[0] ?? '');
  return address.trim().includes(' ') && (first === 'frau' || first === 'herr') ? first : 'none';
}

/** A patronymic after the given name (Russian, Ukrainian, Kazakh, in Latin or Cyrillic script): "Bolatovich",
 *  "Serikovna", "Petrovych", "Ivanivna", "Bolatuly", "Болатович". The given name with it is the formal form. */
const PATRONYMIC = /(?:\p{L}{2}(?:ovich|evich|ovych|evych|ovna|evna|ivna|yivna|ichna|uly|kyzy|ович|евич|овна|евна|івна|ївна|ична|ұлы|қызы)|^(?:ilyich|ильич))$/iu;

/** Whether a form of address is formal on its own: it starts with a salutation or a title ("Dr. Vogel",
 *  "Frau Hoffmann", "Mr O’Neill", "gospodine Babiću"), names the given name with a patronymic ("Daniyar
 *  Bolatovich"), or is a salutation said alone ("Sir", "Madam"). Such a form is greeted "Dear …" in every
 *  tone; "Hi Dr. Vogel," and "Hi Daniyar Bolatovich," mix registers. */
export function addressedByTitle(address: string): boolean {
  const words = address.trim().split(/\s+/), first = words[0];
  if (first !== undefined && words.length === 1) return ALONE.has(bare(first));
  return first !== undefined && (SALUTATIONS.has(bare(first)) || LOWER_SALUTATIONS.has(bare(first)) || TITLES.has(bare(first)) || compoundTitle(words) !== undefined || PATRONYMIC.test(words[1]!));
}
/** Salutations that are a form of address on their own, without a name. */
const ALONE = new Set(['sir', 'madam', 'ma’am', "ma'am", 'maam']);

function foreignSalutation(address: string, country?: string): { words: string[]; english: 'Mr' | 'Ms'; languages: readonly string[] } | undefined {
  const words = address.trim().split(/\s+/);
  const found = words.length > 1 ? FOREIGN_SALUTATIONS[bare(words[0]!)] : undefined;
  if (!found || (found.onlyIn && !found.onlyIn.includes((country ?? '').toUpperCase()))) return undefined;
  return { words, ...found };
}

/** The languages a form of address shows it is spoken in ("Madame Vidal" → fr; "Sra. Paz" → es or
 *  pt), from its salutation; empty when it shows none. */
export function addressLanguages(address: string, country?: string): readonly string[] {
  return foreignSalutation(address, country)?.languages ?? [];
}

/** Polish offices address by function: „Pani Dyrektor”, „Panie Dyrektorze”, „Panie Prezesie”: the
 *  function nouns, nominative and vocative (Poradnia Językowa PWN on „Pani Dyrektor” and the order of
 *  titles: the function first at work). */
const POLISH_FUNCTION = new Set(['dyrektor', 'dyrektorze', 'dyrektorko', 'prezes', 'prezesie', 'minister', 'ministrze', 'kierownik', 'kierowniku',
  'naczelnik', 'naczelniku', 'prezydent', 'prezydencie', 'burmistrz', 'burmistrzu', 'wojewoda', 'wojewodo', 'starosta', 'starosto', 'rektor', 'rektorze',
  'dziekan', 'dziekanie', 'profesor', 'profesorze', 'doktor', 'doktorze', 'sekretarz', 'sekretarzu', 'marszałek', 'marszałku', 'wiceminister', 'wiceministrze', 'wiceprezes', 'wiceprezesie', 'wicedyrektor', 'wicedyrektorze']);

/** German-speaking offices' forms by function: „Herr Direktor“, „Frau Bürgermeisterin“ (Austria above all). */
const GERMAN_FUNCTION = new Set(['direktor', 'direktorin', 'präsident', 'präsidentin', 'minister', 'ministerin', 'bürgermeister', 'bürgermeisterin',
  'landesrat', 'landesrätin', 'sektionschef', 'sektionschefin', 'generaldirektor', 'generaldirektorin', 'vorstand', 'abteilungsleiter', 'abteilungsleiterin']);
/** The salutations that begin a form by function, with the English each stands for, per country. */
const BY_FUNCTION: Record<string, { salutations: Record<string, 'Mr' | 'Ms'>; functions: ReadonlySet<string> }> = {
  PL: { salutations: { pan: 'Mr', panie: 'Mr', pani: 'Ms' }, functions: POLISH_FUNCTION },
  ...Object.fromEntries(['AT', 'DE', 'CH'].map((c) => [c, { salutations: { herr: 'Mr', frau: 'Ms' }, functions: GERMAN_FUNCTION }])),
};

/** A form of address by function ("Pani Dyrektor", "Panie Prezesie Nowak", "Herr Direktor Huber"):
 *  the English salutation it stands for and the family name it names, if any; undefined otherwise. */
function byFunction(address: string, country?: string): { english: 'Mr' | 'Ms'; family?: string } | undefined {
  const rules = BY_FUNCTION[(country ?? '').toUpperCase()];
  const words = address.trim().split(/\s+/u);
  const english = rules?.salutations[bare(words[0] ?? '')];
  if (!rules || !english || words.length < 2 || !rules.functions.has(words[1]!.toLowerCase())) return undefined;
  return { english, ...(words.length > 2 ? { family: words.slice(2).join(' ') } : {}) };
}

/** A form of address as a letter in English writes it: a salutation from another language becomes
 *  the English one ("Madame Vidal" → "Ms Vidal", "Ms. Vidal" in US and Canadian English), and goes
 *  where a title follows it ("Frau Dr. Hoffmann" → "Dr. Hoffmann"), so the greeting's "Dear" and the
 *  name come from one language. A form by function ("Pani Dyrektor", "Herr Direktor") becomes the title and
 *  family name of `leaderName` ("Dr Kowalska"), else the English salutation and the family name
 *  ("Ms Kowalska"), never "Ms Dyrektor" (sources in presets.ts, PL). Anything else is kept as given. */
export function addressInEnglish(address: string, english: EnglishVariant, country?: string, leaderName?: string): string {
  const office = byFunction(address, country);
  if (office) {
    const parts = leaderName ? splitName(leaderName) : undefined;
    const family = office.family ?? (parts && parts.family !== parts.given ? parts.family : undefined);
    if (!family) return address;
    const dot = english === 'en-US' || english === 'en-CA' ? '.' : '';
    return parts?.title ? `${parts.title} ${family}` : `${office.english}${dot} ${family}`;
  }
  const found = foreignSalutation(address, country);
  if (!found) return capitalHonorific(address);
  const rest = found.words.slice(1);
  // "Madame la Directrice", "Monsieur le Ministre": a title of office, not a name; kept as the user wrote it.
  if (/^(?:la|le|l[’']\S*|el|der|die)$/iu.test(rest[0]!)) return address;
  if (rest.length > 1 && TITLES.has(bare(rest[0]!))) return rest.join(' ');
  const dot = english === 'en-US' || english === 'en-CA' ? '.' : '';
  return `${found.english}${dot} ${rest.join(' ')}`;
}

/** A salutation of a language whose names decline, with the family name ("gospodine Babiću", "pane Nováku",
 *  "Pone Kazlauskai"), as a letter in English or German writes it: the salutation in that language and the
 *  family name of `leaderName` in the nominative ("Mr Babić", „Herr Babić“), as its own language's letter
 *  would open "Poštovani gospodine Babiću" (the vocative belongs only there); with the given name, the given
 *  name. Anything else, or a name that is neither, is kept. */
export function nominativeAddress(address: string, language: EnglishVariant | 'de', leaderName?: string): string {
  const words = address.trim().split(/\s+/u);
  const english = words.length === 2 ? DECLINED[bare(words[0]!)] : undefined;
  const { given, family } = splitName(leaderName ?? '');
  const from = (name: string) => name.length > 2 && words[1]!.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase();
  if (!english || given === family) return address;
  // With the given name ("Panie Piotrze", "gospodine Tomislave"): the given name, as English and German letters write it.
  if (!from(family)) return from(given) ? given : address;
  return `${language === 'de' ? (english === 'Mr' ? 'Herr' : 'Frau') : `${english}${language === 'en-US' || language === 'en-CA' ? '.' : ''}`} ${family}`;
}

/** English salutations, which a German letter says in German too („Mr. Iyer“ → „Herr Iyer“). */
const ENGLISH_SALUTATIONS: Readonly<Record<string, 'Mr' | 'Ms'>> = { mr: 'Mr', mrs: 'Ms', ms: 'Ms', miss: 'Ms', madam: 'Ms' };

/** A form of address as a German letter writes it: a salutation of another language before the family
 *  name becomes „Frau“ or „Herr“ („paní Nováková“, „Madame Vidal“, „Mr. Iyer“ → „Frau Nováková“, „Frau
 *  Vidal“, „Herr Iyer“), so the letter's „Sehr geehrte …“ and the name come from one language. Only
 *  before the family name of `leaderName`: before a given name („Ma'am Tina“) the salutation is part of
 *  a form German has no word for, and a title of office („Madame la Directrice“) is kept as typed. */
export function addressInGerman(address: string, country?: string, leaderName?: string): string {
  const words = address.trim().split(/\s+/u);
  const salutation = words.length > 1 ? (ENGLISH_SALUTATIONS[bare(words[0]!)] ?? foreignSalutation(address, country)?.english) : undefined;
  if (!salutation || byFunction(address, country) || /^(?:la|le|l[’']\S*|el|der|die)$/iu.test(words[1]!)) return address;
  const family = leaderName ? splitName(leaderName).family.split(/\s+/u).pop() : undefined;
  if (family === undefined || words[words.length - 1] !== family) return address;
  return `${salutation === 'Mr' ? 'Herr' : 'Frau'} ${words.slice(1).join(' ')}`;
}

/** Honorifics that business English keeps before the name, besides the salutations and titles above
 *  (Thai "Khun", Malay "Cik" and "Tuan", "Haji"): written with a capital in English, as names are. */
const KEPT_HONORIFICS = new Set(['khun', 'cik', 'tuan', 'haji', 'hajah', 'hjh', 'hj']);

/** Whether a form of address is written the way the leader's own country writes it in English, with
 *  an honorific of its own: "Khun Wichai", "Pak Budi", "Encik Farid", "Dato' Azman", "Tanaka-san",
 *  "Ahmet Bey", "Kim-nim". Such a form shows you write from there, not that you share its language. */
export function nativeHonorific(address: string): boolean {
  const words = address.trim().split(/\s+/u);
  if (words.length < 1 || address.trim() === '') return false;
  const first = titleKey(words[0]!), last = words[words.length - 1]!.toLowerCase();
  return (words.length > 1 && (KEPT_HONORIFICS.has(first) || NATIVE_BEFORE.has(first) || CONFERRED.has(first) || compoundTitle(words) !== undefined))
    || /-(?:san|sama|sensei|nim|ssi)$/u.test(last) || (words.length > 1 && /^(?:bey|hanım|hanim)$/u.test(last));
}
/** Honorifics before the name that English letters keep from the country's own usage (besides KEPT_HONORIFICS):
 *  Indonesia's, Malaysia's, Morocco's, and Ethiopia's Ato, Weyzero and Weyzerit (Mr, Mrs, Miss). */
const NATIVE_BEFORE = new Set(['pak', 'bu', 'bapak', 'ibu', 'encik', 'puan', 'si', 'lalla', 'ato', 'weyzero', 'woizero', 'weyzerit', 'woizerit']);

/** A form that starts with an honorific typed in lower case ("khun Wichai", "pak Budi"), with its capital. */
function capitalHonorific(address: string): string {
  const first = bare(address.trim().split(/\s+/u)[0] ?? '');
  const honorific = address.trim().includes(' ') && (SALUTATIONS.has(first) || TITLES.has(first) || KEPT_HONORIFICS.has(first));
  return honorific ? address.replace(/^(\s*)(\p{Ll})/u, (_, space: string, c: string) => space + c.toUpperCase()) : address;
}

function extras(salutation: string[], title: string[]): Pick<NameParts, 'salutation' | 'title'> {
  return { ...(salutation.length ? { salutation: salutation.join(' ') } : {}), ...(title.length ? { title: title.join(' ') } : {}) };
}

/** How to greet `leaderName` when the profile gives no `addressAs`, in the country's usual form;
 *  without a known country, `fallback`: the given name (egalitarian), or title and family name
 *  where the profile says the organization is hierarchical. */
export function defaultAddress(leaderName: string, country?: string, fallback: AddressForm = 'given-name'): AddressSuggestion {
  const preset = country ? presetFor(country) : undefined;
  const form: AddressForm = preset?.address ?? fallback;
  // Names in Han, kana or Hangul are family-first. In Latin script, Chinese and Korean names are
  // usually written family-first and Japanese ones given-first, but either order is seen: confirm.
  const native = CJK.test(leaderName);
  const orderIsAGuess = !native && preset?.nameOrder === 'family-first';
  const order = native ? 'family-first' : preset?.code === 'JP' ? 'given-first' : (preset?.nameOrder ?? 'given-first');
  const parts = splitName(leaderName, order);
  const names = order === 'family-first' ? [parts.family, parts.given] : [parts.given, parts.family];
  const full = parts.given === parts.family ? leaderName.trim() : [parts.salutation, parts.title, ...names].filter(Boolean).join(' ');
  const single = parts.given === parts.family;
  const withName = (text: string, confirm: boolean): AddressSuggestion => ({ text, form, confirm: confirm || orderIsAGuess });
  // A conferred title goes with the given name ("Tan Sri Ahmad", as in Malaysia), in every country's form:
  // never dropped where first names are the norm, never moved to a family name.
  if (conferred(parts.title) && !single) return withName(`${parts.title!} ${parts.given}`, false);
  switch (form) {
    case 'given-name':
      return withName(parts.given, false);
    case 'family-san':
      return withName(`${parts.family}-san`, single);
    case 'title-family':
      if (parts.title || parts.salutation) return withName([parts.salutation, parts.title, parts.family].filter(Boolean).join(' '), false);
      return withName(full, true);
    case 'honorific-family':
      if (parts.salutation) return withName(`${parts.salutation} ${parts.family}`, false);
      if (parts.title) return withName(`${parts.title} ${parts.family}`, false);
      return withName(full, true);
    case 'title-given':
      if (parts.title) return withName(`${parts.title} ${parts.given}`, false);
      if (parts.salutation) return withName(`${parts.salutation} ${parts.given}`, false);
      return withName(full, true);
    case 'given-honorific':
      if (parts.salutation) return withName(`${parts.salutation} ${parts.given}`, false);
      // Where the honorific is the same for everyone ("Khun" in Thailand), it needs no guess.
      if (NEUTRAL_HONORIFIC[preset?.code ?? ''] && !single) return withName(`${NEUTRAL_HONORIFIC[preset!.code]!} ${parts.given}`, false);
      // Nepal's "ji" goes after the given name, whatever the gender ("dai" and "didi" are warmer and gendered: never guessed).
      if (preset?.code === 'NP' && !single) return withName(`${parts.given} ji`, false);
      return withName(full, true);
  }
}

/** Honorifics said before the given name whatever the person's gender or rank: Thailand's "Khun" (presets.ts, TH). */
const NEUTRAL_HONORIFIC: Readonly<Record<string, string>> = { TH: 'Khun' };

/** The name you sign with: your given name where the leader is greeted by theirs, your full name
 *  where names are formal (without a known country: where `formal` says so). */
export function signOffName(yourName: string, country?: string, formal = false): string {
  const preset = country ? presetFor(country) : undefined;
  const parts = splitName(yourName);
  if (preset ? preset.address === 'given-name' : !formal) return parts.given || yourName.trim();
  return yourName.trim();
}

/** Honorifics said before the given name out loud where the preset advises them, by gender: Morocco's
 *  "Si" and "Lalla" (presets.ts, MA: letters keep Monsieur or Madame with the family name); `alone`: said
 *  without the name, as a junior says "Sir" or "Madam" to a senior leader in Sri Lanka and Bangladesh
 *  (presetSources.ts, LK and BD), where letters keep Mr or Ms with the family name. */
const SPOKEN_HONORIFICS: Readonly<Record<string, { herr: string; frau: string; alone?: true }>> = {
  MA: { herr: 'Si', frau: 'Lalla' }, LK: { herr: 'Sir', frau: 'Madam', alone: true }, BD: { herr: 'Sir', frau: 'Madam', alone: true },
};

/** The form said out loud where the country puts an honorific before the given name ("Si Youssef"), for
 *  a leader whose gender is known (`gender`: from the form typed or the profile's words, never guessed);
 *  undefined elsewhere, or when the name has no given name apart from the family name. */
export function spokenHonorific(leaderName: string, country: string | undefined, gender: 'frau' | 'herr' | 'none'): { spoken: string; family: string; alone?: true } | undefined {
  const honorific = SPOKEN_HONORIFICS[(country ?? '').toUpperCase()];
  if (!honorific || gender === 'none') return undefined;
  const parts = splitName(leaderName);
  return parts.given && parts.given !== parts.family ? (honorific.alone ? { spoken: honorific[gender], family: parts.family, alone: true } : { spoken: `${honorific[gender]} ${parts.given}`, family: parts.family }) : undefined;
}

