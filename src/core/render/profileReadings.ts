// Readings of the profile that the facts need besides the first answer (facts.ts): the chat the
// leader named, where they work and what ties their body to yours, the register to write in, and
// whether the work follows the sales peaks.
import { getText, type Organization, type Profile } from '../profile/profile';
import { addressedByTitle } from '../culture/address';
import type { presetFor } from '../culture/presets';
import { SCALE_NAMES, type ScaleName, type Scales } from '../culture/scales';
import type { Facts, Flags } from './facts';

/** The chat apps a leader names for where to write ("send me something on WeChat"): the app, or none. */
const MESSENGERS: readonly [RegExp, Messenger][] = [
  [/\bwhats ?app\b/i, 'whatsapp'], [/\bwe ?chat\b|\bweixin\b|微信/i, 'wechat'], [/\bwecom\b|\bwework\b|企业微信/i, 'wecom'],
  [/\bding ?talk\b|钉钉/i, 'dingtalk'], [/\bfeishu\b|\b(?:on|via|in) lark\b|飞书/i, 'feishu'], [/\bkakao ?(?:talk)?\b/i, 'kakaotalk'],
  [/\bLINE\b/, 'line'], [/\btelegram\b/i, 'telegram'], [/\b(?:on|via|over|in) signal\b|\bsignal (?:me|message|chat)\b/i, 'signal'],
];
export type Messenger = 'whatsapp' | 'wechat' | 'wecom' | 'dingtalk' | 'feishu' | 'kakaotalk' | 'line' | 'telegram' | 'signal' | 'none';
/** A chat that is no messaging app of MESSENGERS: Slack, a Teams chat, a text message. */
export const CHAT = /\bslack\b|\bteams (?:chat|message)s?\b|\b(?:on|via|over|in) (?:ms |microsoft )?teams\b|\btext me\b|\btext messages?\b|\bsms\b|\bDM me\b|\b(?:send|drop) me a (?:text|DM|message on)\b/i;
/** An app named only to rule it out ("Don't chase me on WhatsApp", "no WhatsApp chasing"): a negation
 *  at most three words before it, with no "but" or "instead" between (not "not Slack but WhatsApp"). */
const RULED_OUT = /\b(?:don['’]?t|do not|never|not|no|without)(?:\s+(?!but\b|instead\b|rather\b)[\p{L}'’]+){0,3}\s+$/iu;
/** The app their words name as where to write, clause by clause; none when each is ruled out. */
export const messengerIn = (text: string): Messenger => {
  for (const clause of text.split(/[.;!?\n]|,\s|\s[—–-]\s/)) {
    for (const [re, app] of MESSENGERS) {
      const m = re.exec(clause);
      if (m && !RULED_OUT.test(clause.slice(Math.max(0, m.index - 80), m.index))) return app;
    }
  }
  return 'none';
};

/** A body of the state by its name: an authority, a ministry, an agency, a council, a federal office. */
const PUBLIC_BODY = /\b(?:authority|ministry|minist[eè]re|ministerio|ministerium|agency|department of|council|government|municipality|county|commission|directorate|federal|bundes\w*|beh[öo]rde|public service|office of)\b/i;
const NONPROFIT_BODY = /\b(?:foundation|charity|non-?profit|ngo)\b/i;
const COMPANY = /\b(?:inc|ltd|llc|gmbh|plc|corp(?:oration)?|bank|labs|technologies|company)\b/i;
const COMPANY_FORM = /\b(?:AG|SA|SE|BV|NV)\b/;

/** Where a senior official's office director keeps the calendar and the door: Saudi Arabia, the UAE,
 *  Egypt (the Arab governments' مدير المكتب). */
export const OFFICE_DIRECTOR: ReadonlySet<string> = new Set(['SA', 'AE', 'EG']);

/** The leader works in the public sector: their sector says so, or it is unknown (another body whose
 *  name does not tell, "Rijkswaterstaat") and the user's own is public. */
export const leaderInPublicSector = (theirSector: Organization | 'unknown', yours: Organization | undefined): boolean =>
  theirSector === 'public-sector' || (theirSector === 'unknown' && yours === 'public-sector');

/** A body that regulates, audits or supervises others ("Supreme Audit Office", "Financial Conduct
 *  Authority", "Bankenaufsicht"), in the leader's company or role. */
const OVERSIGHT = /\b(?:regulat\w*|audit\w*|supervis\w*|inspectorate|ombudsman|aufsicht\w*|rechnungshof|najwy(?:ż|z)sza izba kontroli)\b/iu;

/** The leader's body has an official role towards yours (rules/types.ts Situation.officialTies): they
 *  work elsewhere and are a public official, or regulate, audit or supervise. */
export function officialTies(profile: Profile, facts: Pick<Facts, 'theirSector'> & { is: Pick<Flags, 'otherCompany'> }): boolean {
  if (!facts.is.otherCompany) return false;
  return leaderInPublicSector(facts.theirSector, profile.organization)
    || OVERSIGHT.test(`${getText(profile, 'leader.company') ?? ''} ${getText(profile, 'leader.role') ?? ''}`);
}

/** A courteous register, without casual idioms ("Totally fair", "no hard feelings"): where we know
 *  nothing of the culture (a country without a preset, no scales set), and where a hierarchical
 *  culture whose business English is not its first language addresses a senior leader by title or
 *  surname (Ghana's "Madam Mensah", Japan's "Tanaka-san"). */
export function neutralRegister(profile: Profile, preset: ReturnType<typeof presetFor>, unknown: readonly ScaleName[], scales: Scales): boolean {
  if (familiarFirstName(profile)) return false;
  if (unknown.length === SCALE_NAMES.length) return true;
  return !!preset && !preset.englishFirst && scales.hierarchy === 'hierarchical' && preset.address !== 'given-name' && !chosenFirstName(profile, preset);
}

/** Where English is the language of business writing (presets.ts englishFirst), a form of address the
 *  user chose that is a name, without title or salutation, and not the full name: a first name they
 *  use with the leader, greeted as one ("Hi Wei Ling,"), whatever the country's default form. */
export function chosenFirstName(profile: Profile, preset: ReturnType<typeof presetFor>): boolean {
  return (preset?.englishFirst === true || familiarWith(profile)) && plainFirstName(profile);
}
/** The form of address the user chose is a name, without title or salutation, and not the full name. */
function plainFirstName(profile: Profile): boolean {
  const chosen = getText(profile, 'leader.addressAs');
  return chosen !== undefined && !addressedByTitle(chosen) && chosen.trim() !== profile.leader.name.trim() && !/-san\b/u.test(chosen);
}

/** A warm relationship: a former manager, a leader whose words call you by a short form of your given
 *  name ("Ay Vale" to Valeria), or whose words speak to you in the familiar form (FAMILIAR_WORDS). How the
 *  two address each other sets the register, not the culture. */
export function familiarWith(profile: Profile): boolean {
  return profile.relationship === 'former-manager' || yourShortName(profile) !== undefined || FAMILIAR_WORDS.test(getText(profile, 'firstResponseWords') ?? '');
}
/** Words said to you in the familiar form: the pronoun ("ти", "ты", "dich", "tu", "tú", "vos") or an
 *  imperative of it ("Слухай", "давай", "пиши ми", "напиши мені", "schreib mir", "escríbeme", "scrie-mi",
 *  "écris-moi"), never the polite one ("Слухайте", "пишете ми", "schreiben Sie mir", "escríbame"), or Lebanese
 *  Arabic in Latin script ("habibi", "habibti", "ktebli": write to me) said to a colleague. Not
 *  French "du" or English "ton": only words that are nothing else. One bounded pattern: linear. */
const FAMILIAR_WORDS = /(?<!\p{L})(?:слухай|слушай|давай|ти|тебе|тобі|теб|тебя|ты|твоя|твоят|твій|твою|твой|принось|пиши\s+ми|напиши\s+(?:ми|мені|мне)|пиши\s+(?:мені|мне)|dich|dir|dein(?:e[mnrs]?)?|schreib\s+mir|melde\s+dich|tu|tú|vos|știi|ştii|escr[ií]beme|m[aá]ndame|ll[aá]mame|oye|[ée]cris-moi|scrie-mi|trimite-mi|habibi|habibti|ktebl[iy]|ktibl[iy])(?!\p{L})/iu;
/** A warm relationship in which you call them by their first name (familiarWith): greeted as a first name is. */
export function familiarFirstName(profile: Profile): boolean {
  return familiarWith(profile) && plainFirstName(profile);
}

/** The short form of your given name the leader's words call you by ("Vale" for Valeria, "Sam" for
 *  Samantha): a capitalised word said to you that begins your given name and is shorter; else undefined. */
export function yourShortName(profile: Profile): string | undefined {
  const given = (getText(profile, 'you.name') ?? '').trim().split(/\s+/u)[0] ?? '';
  const words = getText(profile, 'firstResponseWords') ?? '';
  if (given.length < 4) return undefined;
  // Said to you: followed by a comma or an exclamation mark ("Ay Vale,", "Sam!"), not a word that
  // happens to begin your name ("The" for Theresa).
  return [...words.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(?=\s*[,!])/gu)].map((m) => m[1]!).find((w) => w.length < given.length && given.startsWith(w));
}

/** Work that follows the sales peaks: e-commerce, retail, the shopping festivals and flash sales. */
const RETAIL = /(?:\be-?commerce\b|\bretail|\bsingles[’']? day\b|\bdouble (?:11|eleven)\b|(?<![\d.])11\.11(?![\d.])|(?<![\d.])618(?![\d.])|\bflash[- ]sales?\b|\bshopping festival|\bblack friday\b|\bcyber monday\b|\bonline (?:shop|store)|\bmarketplace)/i;
export function retailWork(profile: Profile): boolean {
  const fields = ['leader.initiative', 'leader.expertise', 'leader.decisionYouAdmire', 'leader.role', 'leader.company', 'challenge', 'expertiseApplied', 'successLooksLike', 'you.strengths'] as const;
  return fields.some((f) => RETAIL.test(getText(profile, f) ?? ''));
}

/** See Facts.theirSector. */
export function theirSectorOf(profile: Profile): Organization | 'unknown' {
  if (profile.leader.organization !== 'other') return profile.organization ?? 'unknown';
  if (profile.leader.sector) return profile.leader.sector;
  const company = getText(profile, 'leader.company') ?? '';
  return PUBLIC_BODY.test(company) ? 'public-sector' : NONPROFIT_BODY.test(company) ? 'nonprofit' : COMPANY.test(company) || COMPANY_FORM.test(company) ? 'enterprise' : 'unknown';
}
