/**
 * Country presets: where a country usually sits on each of the five scales, how a senior leader
 * is usually addressed, which English its business writing follows, and how long a new request
 * to a senior leader usually waits for an answer.
 *
 * Written by us from public sources, cited per country in `sources`:
 * - Hofstede: Hofstede, Hofstede & Minkov, "Cultures and Organizations" (3rd ed., 2010), power
 *   distance (PDI) and individualism (IDV) index scores (Switzerland: the German-speaking sample); AE, EG, KE, NG and SA, which are not in
 *   the 2010 tables as countries, from the Hofstede Insights country comparison. The figures were
 *   transcribed by hand: check them against the published tables before quoting them to users.
 * - GLOBE: House et al., "Culture, Leadership, and Organizations: The GLOBE Study of 62
 *   Societies" (2004), the societal cluster the country belongs to.
 * - Meyer: Erin Meyer, "The Culture Map" (2014), the country's position on the communicating,
 *   leading, trusting, disagreeing and scheduling scales, which our five scales follow. Each
 *   scale here is two-ended; a country in the middle of Meyer's scale is put on the side its
 *   senior leaders lean to, and the note says so.
 * A preset is a starting point for a person, never a verdict on one: every scale can be adjusted
 * in the profile.
 */
import type { Scales } from './scales';

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
  sources: { hofstede: { pdi: number; idv: number }; globe: string; meyer: string };
}

type Row = [code: string, name: string, continent: Continent,
  communication: 'low' | 'high', hierarchy: 'egal' | 'hier', trust: 'task' | 'rel', disagreement: 'open' | 'avoid', time: 'lin' | 'flex',
  address: AddressForm, nameOrder: 'given' | 'family', english: EnglishVariant, replyWeeks: number,
  pdi: number, idv: number, globe: string, meyer: string];

// Columns: code, name, continent | communication, hierarchy, trust, disagreement, time | address,
// name order, English, reply weeks | Hofstede PDI, IDV | GLOBE cluster | Meyer (The Culture Map) note.
const ROWS: Row[] = [
  ['AE', 'United Arab Emirates', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3, 74, 36, 'Arab (not surveyed; Middle East cluster by region)', 'Gulf business as Meyer describes Saudi Arabia and the UAE: relationship first, hierarchical, flexible time'],
  ['AR', 'Argentina', 'South America', 'high', 'hier', 'rel', 'open', 'flex', 'given-name', 'given', 'en-US', 2, 49, 46, 'Latin America', 'high context, relationship-based, flexible; open debate is usual, so disagreement is put as open'],
  ['AT', 'Austria', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'title-family', 'given', 'en-GB', 2, 11, 55, 'Germanic Europe', 'not placed by Meyer; Germanic positions (as Germany: low context, task-based, linear) with the lowest power distance in Hofstede\'s tables, while academic and professional titles (Mag., DI, Dr.) stay in use in writing; disagreement more diplomatic than in Germany, put as open'],
  ['AU', 'Australia', 'Oceania', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-AU', 2, 36, 90, 'Anglo', 'low context, strongly egalitarian, task-based trust'],
  ['BR', 'Brazil', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-name', 'given', 'en-US', 3, 69, 38, 'Latin America', 'high context, relationship-based, flexible; given names are used even with senior people'],
  ['CA', 'Canada', 'North America', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-CA', 2, 39, 80, 'Anglo', 'low context, egalitarian, task-based; slightly less confrontational than the US'],
  ['CH', 'Switzerland', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'honorific-family', 'given', 'en-GB', 2, 34, 68, 'Germanic Europe (the German-speaking sample; French-speaking Switzerland is in Latin Europe)', 'not placed by Meyer; Germanic positions (as Germany): low context, task-based, linear; decisions by consensus, disagreement voiced factually, put as open; four national languages, so nothing here depends on one'],
  ['CL', 'Chile', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-name', 'given', 'en-US', 3, 63, 23, 'Latin America (not surveyed; by region)', 'not placed by Meyer; Latin American positions (as Argentina and Mexico): high context, hierarchical, relationship-based, flexible; more reserved than Argentina, so disagreement is put as avoided; given names are usual in tech companies'],
  // CO, MA, NO (and every row added after them): Hofstede PDI and IDV from memory of the 2010 tables
  // (Morocco from the Hofstede Insights country comparison); check them before quoting them.
  ['CO', 'Colombia', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-US', 3, 67, 13, 'Latin America', 'not placed by Meyer; Latin American positions (as Mexico): high context, hierarchical, relationship-based, avoids open disagreement, flexible; in Spanish, “doctor” or “doctora” with the family name is the courtesy for a senior professional, degree or not'],
  ['CN', 'China', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'family', 'en-US', 3, 80, 20, 'Confucian Asia', 'high context, hierarchical, relationship-based (guanxi), avoids open disagreement, flexible time'],
  ['DE', 'Germany', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'title-family', 'given', 'en-GB', 2, 35, 67, 'Germanic Europe', 'low context, task-based, confrontational, linear time; leading is in the middle (consensual but formal), titles (Dr., Prof.) are used'],
  ['DK', 'Denmark', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2, 18, 74, 'Nordic Europe', 'Meyer puts Denmark at the egalitarian end of leading: low context, task-based, linear, and more open in disagreement than Sweden; first names at every level'],
  ['EG', 'Egypt', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3, 70, 25, 'Middle East', 'Arab-world positions in Meyer: high context, hierarchical, relationship-based, flexible'],
  ['ES', 'Spain', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'given-name', 'given', 'en-GB', 2, 57, 51, 'Latin Europe', 'high-middle context, relationship-based, confrontational, flexible; given names come quickly'],
  ['FI', 'Finland', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2, 33, 63, 'Nordic Europe', 'Nordic positions in Meyer: low context, egalitarian, task-based, linear; few words and comfortable silences; disagreement calm and factual, put as open'],
  ['FR', 'France', 'Europe', 'high', 'hier', 'task', 'open', 'flex', 'honorific-family', 'given', 'en-GB', 2, 68, 71, 'Latin Europe', 'high context, hierarchical, confrontational (debate is respected), flexible; trust in the middle, put as task-based'],
  ['GB', 'United Kingdom', 'Europe', 'low', 'egal', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-GB', 2, 35, 89, 'Anglo', 'low context but with understatement; egalitarian, task-based, linear; disagreement is in the middle and softened, put as avoided'],
  // GH: Hofstede PDI and IDV from the Hofstede Insights country comparison (West Africa in the 2010
  // tables); not in the GLOBE sample (Sub-Saharan cluster by region, as Nigeria); Meyer's West African
  // positions (as Nigeria). Forms of address from Ghanaian business usage: "Madam" or "Mr" with the
  // surname, a professional title (Dr., Prof., Ing.) kept; holidays from the Public Holidays Act (calendars.ts). From memory.
  ['GH', 'Ghana', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-GB', 3, 80, 15, 'Sub-Saharan Africa (not surveyed; by region, as Nigeria)', 'not placed by Meyer on every scale; West African positions (as Nigeria): high context, strongly hierarchical, relationship-based, avoids open disagreement with seniors, flexible; “Madam” or “Mr” with the surname, titles kept'],
  ['GR', 'Greece', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'honorific-family', 'given', 'en-GB', 3, 60, 35, 'Eastern Europe (GLOBE places Greece there)', 'Meyer places Greece with the Mediterranean (as Italy and Spain): relationship-based, confrontational (open argument is engagement), flexible; hierarchical, with the decision at the top; relationships are built over coffee; Kyrie or Kyria with the name until they offer the first name (from memory)'],
  ['ID', 'Indonesia', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 4, 78, 14, 'Southern Asia', 'high context, hierarchical, relationship-based, strongly avoids confrontation, flexible (jam karet)'],
  ['IE', 'Ireland', 'Europe', 'low', 'egal', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-IE', 2, 28, 70, 'Anglo', 'not placed by Meyer; Anglo positions (as the United Kingdom): low context with understatement, egalitarian, linear; trust leans to the relationship (the chat before business) but is put as task-based; disagreement softened, put as avoided'],
  // GR, IL, PH: Hofstede PDI and IDV from memory of the 2010 tables; scales from Meyer where she places
  // the country, else as the note says; holidays from the published calendars (calendars.ts). From memory.
  ['IL', 'Israel', 'Asia', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-US', 2, 13, 54, 'Latin Europe (GLOBE places Israel there)', 'Meyer puts Israel at the direct end of evaluating and the confrontational end of disagreeing, and at the egalitarian end of leading; communication low context; trust quick and informal, put as task-based; plans change at short notice but answers come fast, put as linear; first names at every level (dugri, plain speaking, is valued)'],
  ['IN', 'India', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-IN', 3, 77, 48, 'Southern Asia', 'high context, hierarchical, relationship-based, avoids open disagreement, flexible time'],
  ['IT', 'Italy', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'title-family', 'given', 'en-GB', 3, 50, 76, 'Latin Europe', 'high-middle context, relationship-based, confrontational, flexible; professional titles (Dottore, Ingegnere) are used'],
  ['JP', 'Japan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'lin', 'family-san', 'family', 'en-US', 4, 54, 46, 'Confucian Asia', 'the highest-context culture on the scale, hierarchical with consensus decisions (ringi), avoids confrontation, linear time; answers take weeks while consensus forms'],
  ['KE', 'Kenya', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-KE', 3, 70, 25, 'Sub-Saharan Africa (East Africa in Hofstede)', 'African positions in Meyer (Kenya, Nigeria): high context, hierarchical, relationship-based, flexible'],
  ['KR', 'South Korea', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'family', 'en-US', 3, 60, 18, 'Confucian Asia', 'high context, strongly hierarchical, relationship-based, avoids confrontation; schedules change quickly (ppalli-ppalli), put as flexible'],
  ['MA', 'Morocco', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3, 70, 46, 'Middle East', 'not placed by Meyer; Arab-world positions (as Egypt): high context, hierarchical, relationship-based, flexible; French is the written language of business, so letters follow French conventions (Monsieur or Madame with the family name), while Si and Lalla before the given name are spoken forms'],
  // MY: Hofstede PDI from the Hofstede Insights country comparison (the 2010 tables give 104), IDV 26;
  // from memory. Malay names have no family name ("Ahmad bin Ismail": Ahmad, son of Ismail), so the
  // honorific goes with the given name; a conferred title (Tun, Tan Sri, Datuk, Dato') is never left out.
  ['MY', 'Malaysia', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3, 100, 26, 'Southern Asia', 'not placed by Meyer; Southeast Asian positions (as Indonesia): high context, strongly hierarchical, relationship-based, avoids open disagreement (saving face, jaga muka), flexible; business English follows British usage; conferred titles (Datuk, Dato’, Tan Sri) are used with the name'],
  ['MX', 'Mexico', 'North America', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-US', 3, 81, 30, 'Latin America', 'high context, hierarchical, relationship-based, avoids confrontation, flexible; professional titles (Licenciado, Ingeniero) are used'],
  ['NG', 'Nigeria', 'Africa', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-NG', 3, 80, 30, 'Sub-Saharan Africa', 'high context, strongly hierarchical, relationship-based, flexible; titles (Dr., Engr., Chief) matter; disagreement with seniors is indirect'],
  ['NL', 'Netherlands', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2, 38, 80, 'Germanic Europe', 'low context, egalitarian, task-based, confrontational, linear'],
  ['NO', 'Norway', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2, 31, 69, 'Nordic Europe (not in the GLOBE sample; by region, as Denmark and Sweden)', 'Nordic positions in Meyer: low context, at the egalitarian end, task-based, linear; disagreement plain and factual, more direct than in Sweden, put as open; first names at every level'],
  ['NZ', 'New Zealand', 'Oceania', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-NZ', 2, 22, 79, 'Anglo', 'not placed by Meyer; Anglo positions (as Australia) with very low power distance'],
  // PL, forms of address: in Polish, an office addresses by function, „Pani Dyrektor”, „Panie Dyrektorze”,
  // „Panie Prezesie”, ahead of an academic title (Poradnia Językowa PWN, the answers on „Pani Dyrektor”
  // and on the order of titles). In a letter in English the function is not the salutation: „Dear Dr
  // Kowalska” (the title with the family name) or „Dear Ms Kowalska”, never the Polish form in an
  // English sentence nor „Ms Dyrektor” (British correspondence conventions, as in the European
  // Commission's English Style Guide on letters). address.ts addressInEnglish turns the one into the other.
  ['PH', 'Philippines', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 3, 94, 32, 'Southern Asia', 'not placed by Meyer; Southeast Asian positions (as Indonesia): high context, hierarchical, relationship-based (pakikisama, smooth relations), avoids open disagreement (hiya, losing face), flexible; business English follows American usage; Sir or Ma’am with the given name (“Ma’am Tina”) is the respectful form (from memory)'],
  ['PL', 'Poland', 'Europe', 'low', 'hier', 'task', 'open', 'lin', 'honorific-family', 'given', 'en-GB', 2, 68, 60, 'Eastern Europe', 'low-middle context, hierarchical-middle, task-based, fairly confrontational, linear-middle'],
  ['PT', 'Portugal', 'Europe', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-GB', 3, 63, 27, 'Latin Europe', 'not placed by Meyer on every scale; Latin European positions (as Spain) but more reserved: high context, hierarchical, relationship-based, flexible, disagreement avoided; graduates are addressed by their title (Doutor, Engenheiro)'],
  ['SA', 'Saudi Arabia', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-US', 4, 95, 25, 'Arab (not surveyed; Middle East cluster by region)', 'high context, strongly hierarchical, relationship-based, avoids confrontation, flexible'],
  ['SE', 'Sweden', 'Europe', 'low', 'egal', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-GB', 2, 31, 71, 'Nordic Europe', 'low context, the most egalitarian end, task-based, linear; consensus-seeking, disagreement avoided'],
  ['SG', 'Singapore', 'Asia', 'high', 'hier', 'rel', 'avoid', 'lin', 'honorific-family', 'given', 'en-SG', 3, 74, 20, 'Confucian Asia', 'high-middle context, hierarchical, relationship-based, avoids confrontation; punctual, put as linear'],
  ['TR', 'Turkey', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 3, 66, 37, 'Middle East', 'high context, hierarchical, relationship-based, flexible; given name with Bey/Hanım'],
  ['US', 'United States', 'North America', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-US', 2, 40, 91, 'Anglo', 'the lowest-context culture, egalitarian-middle, the most task-based, linear; disagreement in the middle, put as open'],
  ['VN', 'Vietnam', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'family', 'en-US', 3, 70, 20, 'Confucian Asia (not surveyed; by region)', 'not placed by Meyer; Confucian Asian positions (as China): high context, hierarchical, relationship-based, avoids open disagreement, flexible; names are family-first and people are addressed by the given name (the last one) with an honorific (Anh, Chị, Mr, Ms)'],
  // PK, TW, PE, TH, CZ, EE: Hofstede PDI and IDV from memory of the 2010 tables; GLOBE as each row says
  // (Taiwan and Thailand were surveyed; Pakistan, Peru, Czechia and Estonia are placed by region); Meyer
  // does not place these six on every scale, so each note says whose positions it follows. Forms of
  // address from each country's business usage; holidays from the national calendars (calendars.ts). From memory.
  ['PK', 'Pakistan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3, 55, 14, 'Southern Asia (not surveyed; by region, as India)', 'not placed by Meyer; South Asian positions (as India): high context, hierarchical, relationship-based, avoids open disagreement with seniors, flexible; “Sir” or “Ma’am” is the usual way to address a senior leader out loud, and letters use Mr or Ms with the family name; business English follows British usage'],
  ['TW', 'Taiwan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'lin', 'title-family', 'family', 'en-US', 3, 58, 17, 'Confucian Asia', 'not placed by Meyer; Confucian Asian positions (as China): high context, hierarchical, relationship-based, avoids open disagreement; meetings start on time and schedules hold, so time is put as linear; seniors are addressed by job title and family name (“Director Lin”), names are family-first'],
  ['PE', 'Peru', 'South America', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-family', 'given', 'en-US', 3, 64, 16, 'Latin America (not surveyed; by region)', 'not placed by Meyer; Latin American positions (as Colombia and Mexico): high context, hierarchical, relationship-based, avoids open disagreement, flexible; a senior professional is “Ingeniero” or “Doctora” with the family name until they offer the first name; business is often done over a long lunch'],
  ['TH', 'Thailand', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'given-honorific', 'given', 'en-US', 4, 64, 20, 'Southern Asia', 'not placed by Meyer on every scale; Southeast Asian positions (as Indonesia): high context, hierarchical, relationship-based, avoids confrontation (kreng jai, not imposing on others), flexible; everyone is “Khun” with the given name, in writing and out loud, whatever their rank'],
  ['CZ', 'Czechia', 'Europe', 'low', 'hier', 'task', 'avoid', 'lin', 'title-family', 'given', 'en-GB', 2, 57, 58, 'Eastern Europe (not in the final GLOBE sample; by region, as Poland)', 'not placed by Meyer on every scale; Central European positions (as Poland): low-middle context, task-based, linear; hierarchical in form, with academic titles (Ing., Mgr., Dr.) used in writing; criticism is reserved and indirect, so disagreement is put as avoided'],
  ['EE', 'Estonia', 'Europe', 'low', 'egal', 'task', 'open', 'lin', 'given-name', 'given', 'en-GB', 2, 40, 60, 'Eastern Europe (not surveyed; by region, with Nordic habits)', 'not placed by Meyer; Nordic positions (as Finland): low context, egalitarian, task-based, linear; few words, plain disagreement, first names at every level in the tech sector'],
  // BE, UA, LK, BG, HU, JO, UY, RO: Hofstede PDI and IDV from memory of the 2010 tables (Ukraine, Sri Lanka
  // and Jordan from the Hofstede Insights country comparison); check them before quoting them. GLOBE
  // surveyed Hungary only: the other seven are placed by region, as each row says. Meyer places none of
  // the eight on every scale, so each note says whose positions it follows. Forms of address from each
  // country's business usage; holidays from the national calendars (calendars.ts). From memory.
  ['BE', 'Belgium', 'Europe', 'low', 'hier', 'task', 'avoid', 'lin', 'given-name', 'given', 'en-GB', 2, 65, 75, 'not in the GLOBE sample (by region, between Germanic and Latin Europe)', 'not placed by Meyer on every scale; between the Dutch and the French positions: low context, task-based, linear, more hierarchical than the Netherlands (Hofstede PDI 65) and less open in disagreement, put as avoided; first names are usual in Flanders, “Monsieur” or “Madame” with the family name in French-speaking offices until they offer the first name; internal mail is in Dutch or French'],
  ['UA', 'Ukraine', 'Europe', 'high', 'hier', 'rel', 'open', 'flex', 'given-name', 'given', 'en-US', 3, 92, 25, 'Eastern Europe (not surveyed; by region)', 'not placed by Meyer; Eastern European positions (as Russia and Poland): high-middle context, hierarchical, relationship-based, plain disagreement among people who know each other, put as open, flexible; first names in IT, the first name and patronymic (ім’я по батькові) in formal settings; Telegram and Viber are the everyday chats'],
  ['LK', 'Sri Lanka', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3, 80, 35, 'Southern Asia (not surveyed; by region, as India)', 'not placed by Meyer; South Asian positions (as India): high context, strongly hierarchical, relationship-based, avoids open disagreement with seniors, flexible; a junior says “Sir” or “Madam” to a senior leader, and letters use Mr or Ms with the family name; business English follows British usage'],
  ['BG', 'Bulgaria', 'Europe', 'low', 'hier', 'rel', 'open', 'flex', 'honorific-family', 'given', 'en-GB', 3, 70, 30, 'Eastern Europe (not surveyed; by region)', 'not placed by Meyer; Eastern European positions (as Poland and Russia): plain-spoken, hierarchical, relationship-based, open in disagreement, flexible; “г-н” or “г-жо” (Mr, Ms) with the family name, or a title (инж., д-р), until they offer the first name, which in IT comes quickly'],
  ['HU', 'Hungary', 'Europe', 'low', 'hier', 'rel', 'open', 'lin', 'title-family', 'given', 'en-GB', 2, 46, 80, 'Eastern Europe', 'not placed by Meyer; Central European positions (as Poland): low-middle context, hierarchical in form, relationship-based (who knows whom), open in argument, linear; in Hungarian the family name comes first (Tóth Erzsébet) and “dr.” (any doctorate, law included) is used with it; English letters write Dr. Tóth'],
  ['JO', 'Jordan', 'Asia', 'high', 'hier', 'rel', 'avoid', 'flex', 'title-given', 'given', 'en-GB', 3, 70, 30, 'Middle East (not surveyed; by region)', 'not placed by Meyer; Arab-world positions (as Egypt and Saudi Arabia): high context, hierarchical, relationship-based, avoids open disagreement, flexible; a title with the given name (“Dr. Omar”, “Eng. Rania”), or “Abu” with the eldest son’s name among people who know each other; the week runs Sunday to Thursday'],
  ['UY', 'Uruguay', 'South America', 'high', 'egal', 'rel', 'avoid', 'flex', 'given-name', 'given', 'en-US', 3, 61, 36, 'Latin America (not surveyed; by region)', 'not placed by Meyer; Latin American positions (as Argentina) but flatter and more reserved: high context, egalitarian for the region, relationship-based, disagreement softened, put as avoided, flexible; first names and tú or vos at every level'],
  ['RO', 'Romania', 'Europe', 'high', 'hier', 'rel', 'avoid', 'flex', 'honorific-family', 'given', 'en-GB', 3, 90, 30, 'Eastern Europe (not surveyed; by region)', 'not placed by Meyer; Eastern European positions (as Russia): high context, strongly hierarchical, relationship-based, disagreement with a senior kept private, put as avoided, flexible; “Doamna” or “Domnule” with the family name, or with the function (“Domnule director”), until they offer the first name'],
  ['ZA', 'South Africa', 'Africa', 'low', 'egal', 'rel', 'open', 'flex', 'given-name', 'given', 'en-ZA', 2, 49, 65, 'Anglo (white sample) and Sub-Saharan Africa (black sample)', 'not placed by Meyer; low-context business English with relationship-based trust (ubuntu) and flexible time ("just now")'],
];

/**
 * Where praise is understated (CountryPreset.praise). Sources: Meyer, "The Culture Map", ch. 3
 * (Evaluating): the Dutch, German, Nordic and British habit of "downgrader" words and of plain,
 * specific positive feedback, against the "upgraders" (absolutely, the best) of the US and others; the
 * Nordic Jante law (Sandemose, 1933) and the "tall poppy" of Australia and New Zealand, where
 * overstatement about people reads as insincere (Norway's janteloven among them; Estonia as Finland, from memory). Austria and Switzerland as Germany. Japan keeps
 * praise of a senior's work respectful and is left expressive. Israel: plain talk (dugri) over
 * compliments, so flattery reads as fluff (from memory). Belgium: sober in mail and in praise, as the
 * Netherlands (from memory).
 */
const UNDERSTATED_PRAISE: ReadonlySet<string> = new Set(['AT', 'AU', 'BE', 'CH', 'DE', 'DK', 'EE', 'FI', 'GB', 'IL', 'NL', 'NO', 'NZ', 'SE']);

/**
 * Where WhatsApp is the everyday channel between colleagues who know each other, seniors included
 * (CountryPreset.chat). Sources: DataReportal, "Digital 2024" country reports (WhatsApp the most used
 * messaging platform in each of these countries); Meyer, "The Culture Map", ch. 6 (Trusting): in
 * relationship-based cultures the personal channel carries the work. Only presets whose trust is
 * relationship-based are listed: where WhatsApp is common but trust task-based (NL, DE), work
 * requests stay in the work tools. Sri Lanka, Jordan, Uruguay and Romania from memory (Ukraine and
 * Bulgaria, where Telegram and Viber lead, are not listed).
 */
/** Where another app leads (CountryPreset.chat): Telegram, then Viber, in Ukraine; Viber in Bulgaria
 *  (DataReportal, "Digital 2024", Ukraine and Bulgaria; from memory). */
const OTHER_CHAT: Readonly<Record<string, 'telegram' | 'viber'>> = { UA: 'telegram', BG: 'viber' };

const WHATSAPP_AT_WORK: ReadonlySet<string> = new Set(['AE', 'AR', 'BR', 'CL', 'CO', 'EG', 'ES', 'GH', 'ID', 'IN', 'IT', 'KE', 'MA', 'MX', 'MY', 'NG', 'PE', 'PK', 'SA', 'TR', 'ZA', 'LK', 'JO', 'UY', 'RO']);

/**
 * Where English is the language of business writing (CountryPreset.englishFirst): the Anglo cluster
 * of the GLOBE study and Singapore, whose business English greets a first name the writer uses with
 * "Hi", even to a senior leader (the Singapore Civil Service College's and the Plain English Campaign's
 * guidance on plain, friendly business email; reader r12, a Singaporean bank's platform head: "Dear
 * Wei Ling" and an "Advance note:" label read stiff).
 */
const ENGLISH_FIRST: ReadonlySet<string> = new Set(['AU', 'CA', 'GB', 'IE', 'NZ', 'SG', 'US', 'ZA']);

/**
 * Where internal work mail is commonly in the country's own language (CountryPreset.localMail):
 * Belgium (Dutch or French), Hungary, Romania, Bulgaria, Ukraine and Uruguay (Spanish). From the
 * EF English Proficiency Index's business notes and the Eurobarometer on languages at work (from
 * memory): English is read widely there, but colleagues write to each other in their own language.
 */
const LOCAL_MAIL: ReadonlySet<string> = new Set(['BE', 'BG', 'HU', 'RO', 'UA', 'UY']);

function presetOf(r: Row): CountryPreset {
  const [code, name, continent, c, h, t, d, time, address, order, english, replyWeeks, pdi, idv, globe, meyer] = r;
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
    sources: { hofstede: { pdi, idv }, globe, meyer },
  };
}

export const PRESETS: readonly CountryPreset[] = ROWS.map(presetOf);
const BY_CODE = new Map(PRESETS.map((p) => [p.code, p]));

/** The preset for an ISO 3166-1 alpha-2 code (any case), or undefined when there is none. */
export function presetFor(code: string): CountryPreset | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

export const COUNTRY_CODES: readonly string[] = PRESETS.map((p) => p.code);

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
