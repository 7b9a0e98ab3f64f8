/**
 * The presets' rows: data only, so the extension can ship them as a file beside its code, read
 * after activation (scripts/shipped-files.mjs), as it does the phrasebook. What the columns mean:
 * CountryPreset in presets.ts; each row's sources: presetSources.ts.
 */
import type { AddressForm, Continent, CountryPreset, EnglishVariant } from './presets';

type Row = [code: string, name: string, continent: Continent,
  communication: 'low' | 'high', hierarchy: 'egal' | 'hier', trust: 'task' | 'rel', disagreement: 'open' | 'avoid', time: 'lin' | 'flex',
  address: AddressForm, nameOrder: 'given' | 'family', english: EnglishVariant, replyWeeks: number];

// Columns: code, name, continent | communication, hierarchy, trust, disagreement, time | address,
// name order, English, reply weeks. Each row's sources: presetSources.ts.
const ROWS: Row[] = [
  ['AE', 'United Arab Emirates', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3],
  ['AR', 'Argentina', 'South America', 'high', 'hier', 'rel', 'open', 'flex', 'given-name', 'given', 'en-US', 2],
  ['AT', 'Austria', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'title-family', 'given', 'en-GB', 2],
  ['AU', 'Australia', 'Oceania', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-AU', 2],
  ['BR', 'Brazil', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-name', 'given', 'en-US', 3],
  ['CA', 'Canada', 'North America', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-CA', 2],
  ['CH', 'Switzerland', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'honorific-family', 'given', 'en-GB', 2],
  ['CL', 'Chile', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-name', 'given', 'en-US', 3],
  ['CO', 'Colombia', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-US', 3],
  ['CN', 'China', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'family', 'en-US', 3],
  ['DE', 'Germany', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'title-family', 'given', 'en-GB', 2],
  ['DK', 'Denmark', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['EG', 'Egypt', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3],
  ['ES', 'Spain', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'given-name', 'given', 'en-GB', 2],
  ['FI', 'Finland', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['FR', 'France', 'Europe', 'high', 'hier', 'task', 'open', 'flex', 'honorific-family', 'given', 'en-GB', 2],
  ['GB', 'United Kingdom', 'Europe', 'low', 'egal', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['GH', 'Ghana', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-GB', 3],
  ['GR', 'Greece', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['ID', 'Indonesia', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 4],
  ['IE', 'Ireland', 'Europe', 'low', 'egal', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-IE', 2],
  ['IL', 'Israel', 'Asia', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-US', 2],
  ['IN', 'India', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-IN', 3],
  ['IT', 'Italy', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'title-family', 'given', 'en-GB', 3],
  ['JP', 'Japan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'lin', 'family-san', 'family', 'en-US', 4],
  ['KE', 'Kenya', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-KE', 3],
  ['KR', 'South Korea', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'family', 'en-US', 3],
  ['MA', 'Morocco', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['MY', 'Malaysia', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3],
  ['MX', 'Mexico', 'North America', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-US', 3],
  ['NG', 'Nigeria', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-NG', 3],
  ['NL', 'Netherlands', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['NO', 'Norway', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['NP', 'Nepal', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-GB', 3],
  ['NZ', 'New Zealand', 'Oceania', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-NZ', 2],
  ['PH', 'Philippines', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 3],
  ['PL', 'Poland', 'Europe', 'low', 'hier', 'task', 'open', 'lin', 'honorific-family', 'given', 'en-GB', 2],
  ['PT', 'Portugal', 'Europe', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-GB', 3],
  ['RS', 'Serbia', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'given-name', 'given', 'en-GB', 3],
  ['SA', 'Saudi Arabia', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-US', 4],
  ['SE', 'Sweden', 'Europe', 'low', 'egal', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['SG', 'Singapore', 'Asia', 'high', 'hier', 'rel', 'avoid', 'lin', 'honorific-family', 'given', 'en-SG', 3],
  ['TR', 'Turkey', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 3],
  ['US', 'United States', 'North America', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-US', 2],
  ['VN', 'Vietnam', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'family', 'en-US', 3],
  ['PK', 'Pakistan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['TW', 'Taiwan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'lin', 'title-family', 'family', 'en-US', 3],
  ['PE', 'Peru', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-US', 3],
  ['TH', 'Thailand', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 4],
  ['CZ', 'Czechia', 'Europe', 'low', 'hier', 'task', 'avoid', 'lin', 'title-family', 'given', 'en-GB', 2],
  ['EE', 'Estonia', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['BE', 'Belgium', 'Europe', 'low', 'hier', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['UA', 'Ukraine', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'given-name', 'given', 'en-US', 3],
  ['LK', 'Sri Lanka', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['BG', 'Bulgaria', 'Europe', 'low', 'hier', 'rel', 'open', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['HU', 'Hungary', 'Europe', 'low', 'hier', 'rel', 'open', 'lin', 'title-family', 'given', 'en-GB', 2],
  ['JO', 'Jordan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3],
  ['UY', 'Uruguay', 'South America', 'high', 'egal', 'rel', 'avoid', 'flex', 'given-name', 'given', 'en-US', 3],
  ['RO', 'Romania', 'Europe', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['ZA', 'South Africa', 'Africa', 'low', 'egal', 'rel', 'open', 'flex', 'given-name', 'given', 'en-ZA', 2],
  ['HR', 'Croatia', 'Europe', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['KZ', 'Kazakhstan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-name', 'given', 'en-US', 3],
  ['LT', 'Lithuania', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['BD', 'Bangladesh', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3],
  ['SI', 'Slovenia', 'Europe', 'low', 'hier', 'rel', 'avoid', 'lin', 'title-family', 'given', 'en-GB', 2],
  ['IS', 'Iceland', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2],
  ['ET', 'Ethiopia', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-GB', 3],
  ['LB', 'Lebanon', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-US', 3],
];

/**
 * Where praise is understated (CountryPreset.praise). Sources: Meyer, "The Culture Map", ch. 3
 * (Evaluating): the Dutch, German, Nordic and British habit of "downgrader" words and of plain,
 * specific positive feedback, against the "upgraders" (absolutely, the best) of the US and others; the
 * Nordic Jante law (Sandemose, 1933) and the "tall poppy" of Australia and New Zealand, where
 * overstatement about people reads as insincere (Norway's janteloven among them; Estonia as Finland, Iceland as Norway, from memory). Austria and Switzerland as Germany. Japan keeps
 * praise of a senior's work respectful and is left expressive. Israel: plain talk (dugri) over
 * compliments, so flattery reads as fluff (from memory). Belgium: sober in mail and in praise, as the
 * Netherlands (from memory).
 */
const UNDERSTATED_PRAISE: ReadonlySet<string> = new Set(['AT', 'AU', 'BE', 'CH', 'DE', 'DK', 'EE', 'FI', 'GB', 'IL', 'NL', 'NO', 'NZ', 'SE', 'IS']);

/**
 * Where WhatsApp is the everyday channel between colleagues who know each other, seniors included
 * (CountryPreset.chat). Sources: DataReportal, "Digital 2024" country reports (WhatsApp the most used
 * messaging platform in each of these countries); Meyer, "The Culture Map", ch. 6 (Trusting): in
 * relationship-based cultures the personal channel carries the work. Only presets whose trust is
 * relationship-based are listed: where WhatsApp is common but trust task-based (NL, DE), work
 * requests stay in the work tools. Sri Lanka, Jordan, Uruguay and Romania from memory (Ukraine and
 * Bulgaria, where Telegram and Viber lead, are not listed). Croatia (Viber close behind), Kazakhstan
 * (Telegram beside it) and Bangladesh (IMO beside it): WhatsApp leads (DataReportal 2024, from memory).
 * Lebanon: WhatsApp is how people, colleagues and seniors included, write to each other (from memory).
 */
/** Where another app leads (CountryPreset.chat): Telegram, then Viber, in Ukraine; Viber in Bulgaria,
 *  Serbia and Nepal (DataReportal, "Digital 2024", Ukraine, Bulgaria, Serbia and Nepal; from memory); Telegram
 *  in Ethiopia, where it is the everyday app for work groups and messages (DataReportal, "Digital 2024:
 *  Ethiopia", from memory). */
const OTHER_CHAT: Readonly<Record<string, 'telegram' | 'viber'>> = { UA: 'telegram', BG: 'viber', RS: 'viber', NP: 'viber', ET: 'telegram' };

const WHATSAPP_AT_WORK: ReadonlySet<string> = new Set(['AE', 'AR', 'BR', 'CL', 'CO', 'EG', 'ES', 'GH', 'ID', 'IN', 'IT', 'KE', 'MA', 'MX', 'MY', 'NG', 'PE', 'PK', 'SA', 'TR', 'ZA', 'LK', 'JO', 'UY', 'RO', 'HR', 'KZ', 'BD', 'LB']);

/**
 * Where English is the language of business writing (CountryPreset.englishFirst): the Anglo cluster
 * of the GLOBE study and Singapore, whose business English greets a first name the writer uses with
 * "Hi", even to a senior leader (the Singapore Civil Service College's and the Plain English Campaign's
 * guidance on plain, friendly business email; a Singaporean bank's platform head: "Dear
 * Wei Ling" and an "Advance note:" label read stiff).
 */
const ENGLISH_FIRST: ReadonlySet<string> = new Set(['AU', 'CA', 'GB', 'IE', 'NZ', 'SG', 'US', 'ZA']);

/**
 * Where internal work mail is commonly in the country's own language (CountryPreset.localMail):
 * Belgium (Dutch or French), Hungary, Romania, Bulgaria, Ukraine, Uruguay (Spanish), Croatia, Serbia and
 * Kazakhstan (Russian more than Kazakh in business mail), Slovenia. From the
 * EF English Proficiency Index's business notes and the Eurobarometer on languages at work (from
 * memory): English is read widely there, but colleagues write to each other in their own language.
 */
const LOCAL_MAIL: ReadonlySet<string> = new Set(['BE', 'BG', 'HU', 'RO', 'UA', 'UY', 'HR', 'KZ', 'SI', 'RS']);

function presetOf(r: Row): CountryPreset {
  const [code, name, continent, c, h, t, d, time, address, order, english, replyWeeks] = r;
  return {
    code, name, continent,
    scales: {
      communication: c === 'high' ? 'high-context' : 'low-context',
      hierarchy: h === 'hier' ? 'hierarchical' : 'egalitarian',
      trust: t === 'rel' ? 'relationship-based' : 'task-based',
      disagreement: d === 'avoid' ? 'avoided' : 'open',
      time: time === 'flex' ? 'flexible' : 'linear',
    },
    address, nameOrder: order === 'family' ? 'family-first' : 'given-first', english, replyWeeks,
    praise: UNDERSTATED_PRAISE.has(code) ? 'understated' : 'expressive',
    chat: WHATSAPP_AT_WORK.has(code) ? 'whatsapp' : OTHER_CHAT[code] ?? 'none',
    englishFirst: ENGLISH_FIRST.has(code),
    localMail: LOCAL_MAIL.has(code),
  };
}

export const PRESETS: readonly CountryPreset[] = ROWS.map(presetOf);

export const COUNTRY_CODES: readonly string[] = PRESETS.map((p) => p.code);

/** Gendered honorifics and salutations a form of address may hold (honorificGender.ts): Vietnamese,
 *  Indonesian, Turkish, Nepali, Indian, Bangladeshi, Filipino, English, German, French, Spanish and
 *  Moroccan ones. */
export const HONORIFIC_GENDER: Readonly<Record<string, 'she' | 'he'>> = {
  chị: 'she', bà: 'she', cô: 'she', anh: 'he', ông: 'he', chú: 'he',
  ibu: 'she', bu: 'she', mbak: 'she', bapak: 'he', pak: 'he', mas: 'he',
  hanım: 'she', hanim: 'she', hanımefendi: 'she', bey: 'he', beyefendi: 'he',
  didi: 'she', behenji: 'she', dai: 'he', daju: 'he', dada: 'he', bhaiya: 'he', bhaiyya: 'he', sahab: 'he', saheb: 'he',
  apa: 'she', bhai: 'he', ate: 'she', kuya: 'he',
  ms: 'she', mrs: 'she', miss: 'she', madam: 'she', dame: 'she', 'ma’am': 'she', "ma'am": 'she', mr: 'he', sir: 'he',
  frau: 'she', herr: 'he', madame: 'she', mme: 'she', monsieur: 'he', señora: 'she', sra: 'she', señor: 'he', sr: 'he',
  lalla: 'she', si: 'he', khanum: 'she', sahib: 'he',
};
