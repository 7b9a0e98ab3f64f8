/** Which English: the variant the user writes in (en-GB, en-US, …), and the spelling that goes
 *  with it. The wording is written once in US spelling; `spell` rewrites the words this map knows
 *  for the other spellings, keeping the case of each word. One pass over the text, word by word. */
import { presetFor, type EnglishVariant } from './presets';

/** The spelling systems: US; British with -ise (the usual UK business spelling, and India's,
 *  Australia's, …); Canadian: British -our and -re, US -ize. */
export type Spelling = 'us' | 'british' | 'canadian';

const VARIANTS: Record<EnglishVariant, Spelling> = {
  'en-US': 'us', 'en-GB': 'british', 'en-AU': 'british', 'en-NZ': 'british', 'en-IE': 'british', 'en-IN': 'british',
  'en-ZA': 'british', 'en-SG': 'british', 'en-NG': 'british', 'en-KE': 'british', 'en-CA': 'canadian',
};
export const ENGLISH_VARIANTS = Object.keys(VARIANTS) as EnglishVariant[];

export function spellingOf(variant: EnglishVariant): Spelling {
  return VARIANTS[variant];
}

/** "en-gb", "en_GB", "EN-GB-oxendict" → "en-GB"; undefined for anything that is not a known
 *  regional English (plain "en" says nothing about spelling). */
export function englishVariantOf(locale: string | undefined): EnglishVariant | undefined {
  if (!locale) return undefined;
  const m = /^en[-_]([a-z]{2})\b/i.exec(locale.trim());
  if (!m) return undefined;
  const variant = `en-${m[1]!.toUpperCase()}` as EnglishVariant;
  return variant in VARIANTS ? variant : undefined;
}

/**
 * The English to write in: `you.locale` when it names a regional English, else the editor's
 * language when it does (VS Code's "en" does not), else the English of the leader's country, else
 * en-US (the spelling the wording is written in).
 */
export function chooseEnglish(sources: { youLocale?: string; editorLocale?: string; country?: string }): EnglishVariant {
  return englishVariantOf(sources.youLocale)
    ?? englishVariantOf(sources.editorLocale)
    ?? (sources.country ? presetFor(sources.country)?.english : undefined)
    ?? 'en-US';
}

// US spelling → [British, Canadian]. Whole words only; each inflection listed (no stemming).
const WORDS: Record<string, [british: string, canadian: string]> = {};
const add = (us: string, british: string, canadian = british) => { WORDS[us] = [british, canadian]; };
// -or / -our: British and Canadian agree.
for (const stem of ['candor', 'color', 'behavior', 'favor', 'honor', 'labor', 'neighbor', 'humor', 'rumor', 'endeavor', 'harbor', 'savior', 'vigor', 'rigor']) {
  const gb = stem.replace(/or$/, 'our');
  for (const [u, g] of [[stem, gb], [`${stem}s`, `${gb}s`], [`${stem}ed`, `${gb}ed`], [`${stem}ing`, `${gb}ing`]] as const) add(u, g);
}
add('favorite', 'favourite'); add('favorites', 'favourites'); add('favorable', 'favourable'); add('unfavorable', 'unfavourable');
add('behavioral', 'behavioural'); add('honorable', 'honourable'); add('colorful', 'colourful');
// -ize / -ise: British -ise, Canadian keeps -ize.
for (const stem of ['organiz', 'prioritiz', 'recogniz', 'realiz', 'apologiz', 'summariz', 'emphasiz', 'minimiz', 'maximiz', 'standardiz', 'formaliz',
  'finaliz', 'specializ', 'criticiz', 'utiliz', 'optimiz', 'categoriz', 'customiz', 'authoriz', 'familiariz', 'visualiz', 'memoriz', 'synchroniz',
  'normaliz', 'centraliz', 'decentraliz', 'moderniz', 'capitaliz', 'characteriz', 'stabiliz', 'socializ', 'mobiliz', 'energiz', 'jeopardiz']) {
  const gb = stem.replace(/iz$/, 'is');
  for (const end of ['e', 'es', 'ed', 'ing', 'er', 'ers', 'ation', 'ations', 'ational']) add(stem + end, gb + end, stem + end);
}
for (const [us, gb] of [['analyze', 'analyse'], ['analyzed', 'analysed'], ['analyzes', 'analyses'], ['analyzing', 'analysing'], ['paralyze', 'paralyse']]) add(us!, gb!);
// -er / -re: British and Canadian agree.
for (const [us, gb] of [['center', 'centre'], ['centers', 'centres'], ['centered', 'centred'], ['theater', 'theatre'], ['fiber', 'fibre'], ['liter', 'litre'], ['caliber', 'calibre']]) add(us!, gb!);
// Doubled l, -ense/-ence, and single words.
for (const [us, gb] of [['canceled', 'cancelled'], ['canceling', 'cancelling'], ['traveled', 'travelled'], ['traveling', 'travelling'], ['traveler', 'traveller'],
  ['labeled', 'labelled'], ['labeling', 'labelling'], ['modeled', 'modelled'], ['modeling', 'modelling'], ['signaled', 'signalled'], ['signaling', 'signalling'],
  ['fulfill', 'fulfil'], ['fulfills', 'fulfils'], ['fulfillment', 'fulfilment'], ['enrollment', 'enrolment'], ['skillful', 'skilful'],
  ['defense', 'defence'], ['offense', 'offence'], ['gray', 'grey'], ['catalog', 'catalogue'], ['skeptical', 'sceptical'], ['skepticism', 'scepticism'],
  ['judgment', 'judgement'], ['acknowledgment', 'acknowledgement'], ['aging', 'ageing'], ['mom', 'mum'], ['cozy', 'cosy'], ['artifact', 'artefact'], ['artifacts', 'artefacts']]) add(us!, gb!);
// "Program" in the sense of a scheme or a mentoring program; software stays "program" (the
// wording says "code" or "software" for that sense).
add('program', 'programme', 'program'); add('programs', 'programmes', 'programs');

/** How `word` (US spelling, any case) is spelled in `spelling`, keeping its case. */
export function spellWord(word: string, spelling: Spelling): string {
  if (spelling === 'us') return word;
  const entry = WORDS[word.toLowerCase()];
  if (!entry) return word;
  const target = spelling === 'british' ? entry[0] : entry[1];
  if (word === word.toUpperCase() && word.length > 1) return target.toUpperCase();
  if (word[0] === word[0]!.toUpperCase()) return target[0]!.toUpperCase() + target.slice(1);
  return target;
}

/** `text` (US spelling) in the spelling of `variant`: each word this map knows is rewritten. */
export function spell(text: string, variant: EnglishVariant): string {
  const spelling = VARIANTS[variant];
  if (spelling === 'us') return text;
  return text.replace(/\p{L}+/gu, (word) => spellWord(word, spelling));
}

/** The US spellings this map knows (for tests and for the phrasebook's checks). */
export function knownUsWords(): string[] {
  return Object.keys(WORDS);
}
