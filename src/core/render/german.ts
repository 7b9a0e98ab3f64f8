/** What German letters need that no single message can know: a message opens the body in one
 *  document and stands mid-text in another, so these rules apply to the rendered German text. */
import { addressSalutation, nativeHonorific, splitName } from '../culture/address';
import { leaderPronoun } from './slots';
import { AUSTRIAN_DEGREES, SALUTATION_DEGREES } from '../culture/germanNames';

/** A German salutation on its own line, ending in a comma ("Sehr geehrte Frau Dr. Brandt,",
 *  "Sehr geehrter Herr DI Hofbauer,"): each inflected form spelled out, since "Sehr geehrte\b"
 *  does not match the masculine "geehrter". */
const SALUTATION_LINE = /^((?:Sehr geehrte[rn]?|Liebe[rn]?|Guten Tag|Hallo)\b[^\n]*,\n\n)(\p{Lu}\p{L}*)/gmu;
/** The polite "Sie" forms keep their capital after the comma, and so do „Herr“ and „Frau“ naming someone
 *  („Herr DI Gruber hat mir geraten …“). */
const POLITE = /^(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen|Herr|Frau)$/;

/** After a salutation with a comma the body goes on in lower case ("vielen Dank, dass Sie …"):
 *  the first word of the next paragraph loses its capital unless it is a "Sie" form. The openings
 *  in phrases/de/ start with no noun, so a capital there is always the sentence's, not the word's. */
export function lowerAfterSalutation(text: string, names: readonly string[] = []): string {
  // A name that opens the body („Mag. Gerhard Pichler hat mir geraten …“) keeps its capital.
  const named = (at: number) => names.some((n) => n !== '' && text.startsWith(n, at));
  return text.replace(SALUTATION_LINE, (all, line: string, word: string, at: number) => (POLITE.test(word) || named(at + line.length) ? all : line + word.charAt(0).toLowerCase() + word.slice(1)));
}

/** Swiss Standard German has no ß: "Grüsse", "weiss". The whole text, the user's own words too,
 *  since a Zurich reader sees a single ß as written elsewhere. */
export function swissSpelling(text: string): string {
  return text.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS');
}

/** Their words already quoted (“…”, pronouns.ts) inside a German message's own „…“: one pair of quotes.
 *  A loop, not `/„“([^”\n]*)”“/g`: that pattern retried every „“ of a line to the line's end, so a line
 *  of „“ cost the square of its length. An opening that does not close before the next ” or line
 *  break is skipped with every later one up to there, which would stop at the same place. */
export function unnestQuotes(text: string): string {
  const stop = /[”\n]/g;
  let out = '', from = 0;
  for (let open = text.indexOf('„“'); open >= 0; open = text.indexOf('„“', from)) {
    stop.lastIndex = open + 2;
    const end = stop.exec(text)?.index ?? text.length;
    if (text.startsWith('”“', end)) { out += `${text.slice(from, open)}„${text.slice(open + 2, end)}“`; from = end + 2; }
    else { out += text.slice(from, end); from = end; }
  }
  return out + text.slice(from);
}

/** Austrian German names January "Jänner" (culture.country AT); the other months are the same. */
export function austrianMonth(name: string): string {
  return name.replace(/^Januar\b/u, 'Jänner');
}

/** The familiar forms a user's own German words use to someone they call „du“ (lower case: „Sie“
 *  is never read as „sie“); only whole words, so „Dublin“ or „dirigieren“ say nothing. */
const DU_WORDS = /(?<![\p{L}-])(?:du|dich|dir|dein|deine|deinem|deinen|deiner|deines)(?![\p{L}-])/u;
/** The polite forms, capitalised after a lower-case word (not the sentence's first word). */
const SIE_WORDS = /\p{Ll}[,;:]?\s+(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![\p{L}-])/u;

/** „du“ or „Sie“ for the German messages: the profile's `leader.anrede` when given; else „du“ when the
 *  user's own words about the leader (`own`: what you want from their experience, what you bring)
 *  say du to them and never Sie; else „Sie“. */
export function anredeOf(given: 'Sie' | 'du' | undefined, own: string): 'Sie' | 'du' {
  if (given) return given;
  return DU_WORDS.test(own) && !SIE_WORDS.test(own) ? 'du' : 'Sie';
}

/** The German rules, in order, for a document rendered in German; `country` is culture.country, `names`
 *  the people a body may open with (their capital stays). */
export function germanLetter(text: string, country?: string, names: readonly string[] = []): string {
  if (country?.toUpperCase() === 'CH') return swissSpelling(swissSalutation(unnestQuotes(text)));
  return unnestQuotes(lowerAfterSalutation(text, names));
}

/** A Swiss letter's salutation stands alone, with no comma ("Guten Tag Herr Ammann", "Sehr geehrte
 *  Frau Meier"), and the body opens as a sentence, with its capital (the Federal Chancellery's
 *  writing rules; Swiss business correspondence generally). */
export function swissSalutation(text: string): string {
  return text.replace(SALUTATION_LINE, (_all, line: string, word: string) => line.replace(/^(Guten Tag|Hallo),(?= )/u, '$1').replace(/,\n\n$/u, '\n\n') + word);
}

/** Her own first person, said back to her: „mein Sekretariat“ is „Ihr Sekretariat“, in the same case. */
const OWN: Readonly<Record<string, string>> = { mein: 'Ihr', meine: 'Ihre', meinem: 'Ihrem', meinen: 'Ihren', meiner: 'Ihrer', meines: 'Ihres' };
/** The same, said to a „du“: „mein Sekretariat“ is „dein Sekretariat“. */
const OWN_DU: Readonly<Record<string, string>> = { mein: 'dein', meine: 'deine', meinem: 'deinem', meinen: 'deinen', meiner: 'deiner', meines: 'deines' };
/** A first word that a preposition of the message would govern wrongly: an article, a possessive or a
 *  preposition of their own („über mein Sekretariat“). „Herr“ is governed: the messages say it
 *  through DATIVE („mit Herrn Gisler“). */
const UNGOVERNABLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|(?:mein|dein|sein|ihr|unser|dies)(?:e|em|en|er|es)?|euer|eure[mnrs]?|über|via|per|bei|an|mit|durch)$/iu;

/** Whom or where they pointed you (`referral`, in their words), for the German stay-in-touch sentence:
 *  `referralTheirs` (`referralDu` to a „du“: „dein…“) with a leading „mein…“ (and one after their own „über“) made „Ihr…“; `mit` is `no`
 *  when a channel was named (their words are then quoted after a colon, not governed) or when the
 *  words start with an article, a possessive or a preposition, which „mit“ would put in the wrong case. */
export function theirReferral(referral: string, channel: 'yes' | 'no'): { referralTheirs: string; referralDu: string; mit: 'yes' | 'no' } {
  const said = (forms: Readonly<Record<string, string>>) => referral.trim().replace(/^((?:über|via|per|bei|an|durch)\s+)?(mein(?:e|em|en|er|es)?)\b/iu, (_all, pre: string | undefined, own: string) => (pre ?? '') + forms[own.toLowerCase()]!);
  const referralTheirs = said(OWN), referralDu = said(OWN_DU);
  const first = referral.trim().split(/\s+/u, 1)[0]!.replace(/[^\p{L}]/gu, '');
  return { referralTheirs, referralDu, mit: channel === 'yes' || UNGOVERNABLE.test(first) ? 'no' : 'yes' };
}

/** A German role noun in the feminine ("Institutsleiterin", "Direktorin", "Präsidentin"): the
 *  masculine form may be generic, so only the feminine says anything. Read from the start of the
 *  word's last run of letters to its first capital, then to the end: tried from every capital, a
 *  long run of capitals ("AAAA…") was read to its end from each of them. */
const FEMININE_ROLE = /(?<![\p{L}-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}-]*\p{Lu}[\p{L}-]*(?:erin|orin|entin|antin|istin|login|eurin|ärin|chefin|rätin)$/u;
const SALUTATION_GENDER: Readonly<Record<string, 'frau' | 'herr'>> = { frau: 'frau', ms: 'frau', mrs: 'frau', miss: 'frau', herr: 'herr', mr: 'herr' };

/** „Frau“ or „Herr“ for a German salutation, from what the profile says and nothing else: the form of
 *  address („Frau Meier“), the salutation typed with the name, a feminine role noun, unambiguous
 *  pronouns in the answers about them (slots.ts leaderPronoun), else a masculine German role noun
 *  („Leiter der IT-Abteilung“: masculineRole). `none` when none of them tells: then
 *  the letter greets the full name („Guten Tag, Martin Hofbauer,“); no first name is read for a gender. */
export function leaderGender(address: string, name: string, role: string | undefined, about: string): 'frau' | 'herr' | 'none' {
  const inAddress = addressSalutation(address);
  if (inAddress !== 'none') return inAddress;
  // A first name ("Dana", "Tanaka-san") or a form with its own salutation ("Mr O’Neill") is greeted as
  // the user chose it: no „Frau“/„Herr“ goes before it.
  if (ownForm(address)) return 'none';
  const typed = splitName(name).salutation?.toLowerCase().replace(/[.\s]/g, '');
  if (typed !== undefined && SALUTATION_GENDER[typed]) return SALUTATION_GENDER[typed]!;
  if ((role ?? '').split(/[\s,/]+/u).some((w) => FEMININE_ROLE.test(w))) return 'frau';
  const { they } = leaderPronoun(address, about);
  if (they !== 'they') return they === 'she' ? 'frau' : 'herr';
  return masculineRole(role ?? '') ? 'herr' : 'none';
}

/** The heads of German role nouns whose feminine ends in „-in“ („Leiter“, „Geschäftsführer“,
 *  „Direktor“), in German spelling only: „Manager“, „Director“ or „Head of“ say nothing. */
const MASCULINE_HEADS = ['leiter', 'direktor', 'führer', 'präsident', 'referent', 'dezernent', 'architekt', 'ingenieur', 'entwickler', 'berater', 'gründer', 'inhaber', 'vorsitzender', 'beauftragter', 'verantwortlicher', 'rektor', 'chef', 'sprecher', 'koordinator', 'prokurist', 'obmann'];
/** A role written for both („Leiter/in“, „Leiter*in“, „Leiter:in“, „Leiter (in)“, „LeiterIn“, „Leiterinnen“,
 *  „Leiter (m/w/d)“). */
const BOTH_FORMS = /[/*:_(]\s*in\b|\p{Ll}In\b|innen\b|\b[mwfd]\/[mwfd]\b/u;

/** A masculine German role noun typed about this one person („Leiter der IT-Abteilung“, „IT-Leiter“,
 *  „Geschäftsführer“): a German writer names a woman in the role „Leiterin“, so the masculine form about
 *  a named person tells „Herr“, as a reader takes it. Read after the pronouns, which win; never when
 *  the role is written for both forms. A capitalised word ending in one of MASCULINE_HEADS. */
function masculineRole(role: string): boolean {
  if (BOTH_FORMS.test(role)) return false;
  return role.split(/[\s,;]+/u).some((w) => /^\p{Lu}/u.test(w) && MASCULINE_HEADS.some((h) => w.toLowerCase().endsWith(h)));
}

/** Salutations of other languages a form of address may start with ("Mr O’Neill", "Madame Durand"). */
const OTHER_SALUTATION = /^(?:mr|mrs|ms|miss|mx|monsieur|madame|mme|sr|sra|señor|señora|signor|signora|pan|pani|bapak|pak|ibu|bu)\.?$/iu;

/** One word (a first name, "Tanaka-san"), a salutation of its own or a country's own honorific ("Khun
 *  Wichai", "Murat Bey", "Pak Hendra"): the form is greeted as typed. */
const ownForm = (address: string): boolean => {
  const words = address.trim().split(/\s+/u);
  return words.length < 2 || OTHER_SALUTATION.test(words[0]!) || nativeHonorific(address);
};

/** Countries whose leaders a German letter greets by German custom: there the full name stands in for
 *  „Frau“/„Herr“ when neither is known; elsewhere the form the user chose is the one to greet. */
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);

/** The name a German letter greets when no „Frau“/„Herr“ is known: the full name as typed, with its
 *  titles („Dr. Martin Hofbauer“), or the form of address when the name is a single word or the form
 *  has its own salutation („Mr O’Neill“), and for a leader in a country that does not speak German,
 *  where the form is theirs („Dr Kowalska“, „Ingegner Ferri“, never „Marco Ferri“); `none` when the
 *  form of address is one word, a first name („Dana“), which is kept as the user chose it. */
export function greetingFullName(address: string, name: string, country?: string): string {
  if (!/\s/u.test(address.trim())) return 'none';
  if (country !== undefined && country !== '' && !GERMAN_SPEAKING.has(country.toUpperCase())) return address.trim();
  const keepDegrees = country?.toUpperCase() === 'AT' || address.trim().split(/\s+/u).some((w) => AUSTRIAN_DEGREE.test(w));
  const full = keepDegrees ? name.trim() : withoutAustrianDegrees(name.trim());
  return ownForm(address) || !/\s/u.test(full) ? address.trim() : full;
}

/** Degrees an Austrian letter greets with (DI, Mag., Ing., Dipl.-Ing.) but a German or Swiss one does
 *  not, where only Dr. and Prof. stand in a salutation: „DI Dr. Elisabeth Huber“ → „Dr. Elisabeth
 *  Huber“. Only the name as typed in `leader.name`, and only when the form of address the user chose
 *  has no such degree itself („DI Hofbauer“ keeps „DI Martin Hofbauer“); that form is never changed. */
const AUSTRIAN_DEGREE = new RegExp(`^(?:${AUSTRIAN_DEGREES.map((d) => d.replace(/[.]/gu, '\\.')).join('|')})$`, 'u');
const KEPT_BEFORE_NAME = new Set([...SALUTATION_DEGREES, 'Herr', 'Frau']);
function withoutAustrianDegrees(name: string): string {
  const words = name.split(/\s+/u);
  let i = 0;
  while (i < words.length - 1 && (AUSTRIAN_DEGREE.test(words[i]!) || KEPT_BEFORE_NAME.has(words[i]!))) i++;
  const kept = [...words.slice(0, i).filter((w) => !AUSTRIAN_DEGREE.test(w)), ...words.slice(i)];
  return kept.length < 2 ? name : kept.join(' ');
}

/** How the German notes to the user name the leader, as the letter greets them: „Herr Dr. Kröger“,
 *  „Frau Huber“ (the salutation put before the form of address when the profile tells it), the full
 *  name when it does not („Dr. Martin Hofbauer“), the form itself when it is one word or said with
 *  „du“ („Dana“); `none` without a name, where the notes say „die Person“. Not Markdown-safe: the
 *  caller escapes it. */
export function leaderReference(address: string, gender: 'frau' | 'herr' | 'none', fullName: string, anrede: 'Sie' | 'du'): string {
  const form = address.trim();
  if (form === '') return 'none';
  if (anrede === 'du' || !/\s/u.test(form)) return form;
  if (gender !== 'none') {
    const salutation = gender === 'frau' ? 'Frau' : 'Herr';
    return addressSalutation(form) === gender ? form : `${salutation} ${form}`;
  }
  return fullName === 'none' ? form : fullName;
}
