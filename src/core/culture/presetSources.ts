/**
 * Where each country preset in presets.ts comes from: Hofstede's power distance (PDI) and
 * individualism (IDV), the GLOBE cluster, and a note on Meyer's scales, by ISO 3166-1 alpha-2 code.
 * Only the tests read it (every preset has its sources; the scales follow them where they agree), so
 * the extension's bundle does not carry it.
 *
 * Written by us from public sources:
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
 */

export interface PresetSources { hofstede: { pdi: number; idv: number }; globe: string; meyer: string }

// Columns: Hofstede PDI, IDV | GLOBE cluster | Meyer (The Culture Map) note.
const SOURCES: Record<string, [pdi: number, idv: number, globe: string, meyer: string]> = {
  AE: [74, 36, 'Arab (not surveyed; Middle East cluster by region)', 'Gulf business as Meyer describes Saudi Arabia and the UAE: relationship first, hierarchical, flexible time'],
  AR: [49, 46, 'Latin America', 'high context, relationship-based, flexible; open debate is usual, so disagreement is put as open'],
  AT: [11, 55, 'Germanic Europe', 'not placed by Meyer; Germanic positions (as Germany: low context, task-based, linear) with the lowest power distance in Hofstede\'s tables, while academic and professional titles (Mag., DI, Dr.) stay in use in writing; disagreement more diplomatic than in Germany, put as open'],
  AU: [36, 90, 'Anglo', 'low context, strongly egalitarian, task-based trust'],
  BR: [69, 38, 'Latin America', 'high context, relationship-based, flexible; given names are used even with senior people'],
  CA: [39, 80, 'Anglo', 'low context, egalitarian, task-based; slightly less confrontational than the US'],
  CH: [34, 68, 'Germanic Europe (the German-speaking sample; French-speaking Switzerland is in Latin Europe)', 'not placed by Meyer; Germanic positions (as Germany): low context, task-based, linear; decisions by consensus, disagreement voiced factually, put as open; four national languages, so nothing here depends on one'],
  CL: [63, 23, 'Latin America (not surveyed; by region)', 'not placed by Meyer; Latin American positions (as Argentina and Mexico): high context, hierarchical, relationship-based, flexible; more reserved than Argentina, so disagreement is put as avoided; given names are usual in tech companies'],
  // CO, MA, NO (and every row added after them): Hofstede PDI and IDV from memory of the 2010 tables
  // (Morocco from the Hofstede Insights country comparison); check them before quoting them.
  CO: [67, 13, 'Latin America', 'not placed by Meyer; Latin American positions (as Mexico): high context, hierarchical, relationship-based, avoids open disagreement, flexible; in Spanish, “doctor” or “doctora” with the family name is the courtesy for a senior professional, degree or not'],
  CN: [80, 20, 'Confucian Asia', 'high context, hierarchical, relationship-based (guanxi), avoids open disagreement, flexible time'],
  DE: [35, 67, 'Germanic Europe', 'low context, task-based, confrontational, linear time; leading is in the middle (consensual but formal), titles (Dr., Prof.) are used'],
  DK: [18, 74, 'Nordic Europe', 'Meyer puts Denmark at the egalitarian end of leading: low context, task-based, linear, and more open in disagreement than Sweden; first names at every level'],
  EG: [70, 25, 'Middle East', 'Arab-world positions in Meyer: high context, hierarchical, relationship-based, flexible'],
  ES: [57, 51, 'Latin Europe', 'high-middle context, relationship-based, confrontational, flexible; given names come quickly'],
  FI: [33, 63, 'Nordic Europe', 'Nordic positions in Meyer: low context, egalitarian, task-based, linear; few words and comfortable silences; disagreement calm and factual, put as open'],
  FR: [68, 71, 'Latin Europe', 'high context, hierarchical, confrontational (debate is respected), flexible; trust in the middle, put as task-based'],
  GB: [35, 89, 'Anglo', 'low context but with understatement; egalitarian, task-based, linear; disagreement is in the middle and softened, put as avoided'],
  // GH: Hofstede PDI and IDV from the Hofstede Insights country comparison (West Africa in the 2010
  // tables); not in the GLOBE sample (Sub-Saharan cluster by region, as Nigeria); Meyer's West African
  // positions (as Nigeria). Forms of address from Ghanaian business usage: "Madam" or "Mr" with the
  // surname, a professional title (Dr., Prof., Ing.) kept; holidays from the Public Holidays Act (calendars.ts). From memory.
  GH: [80, 15, 'Sub-Saharan Africa (not surveyed; by region, as Nigeria)', 'not placed by Meyer on every scale; West African positions (as Nigeria): high context, strongly hierarchical, relationship-based, avoids open disagreement with seniors, flexible; “Madam” or “Mr” with the surname, titles kept'],
  GR: [60, 35, 'Eastern Europe (GLOBE places Greece there)', 'Meyer places Greece with the Mediterranean (as Italy and Spain): relationship-based, confrontational (open argument is engagement), flexible; hierarchical, with the decision at the top; relationships are built over coffee; Kyrie or Kyria with the name until they offer the first name (from memory)'],
  ID: [78, 14, 'Southern Asia', 'high context, hierarchical, relationship-based, strongly avoids confrontation, flexible (jam karet)'],
  IE: [28, 70, 'Anglo', 'not placed by Meyer; Anglo positions (as the United Kingdom): low context with understatement, egalitarian, linear; trust leans to the relationship (the chat before business) but is put as task-based; disagreement softened, put as avoided'],
  // GR, IL, PH: Hofstede PDI and IDV from memory of the 2010 tables; scales from Meyer where she places
  // the country, else as the note says; holidays from the published calendars (calendars.ts). From memory.
  IL: [13, 54, 'Latin Europe (GLOBE places Israel there)', 'Meyer puts Israel at the direct end of evaluating and the confrontational end of disagreeing, and at the egalitarian end of leading; communication low context; trust quick and informal, put as task-based; plans change at short notice but answers come fast, put as linear; first names at every level (dugri, plain speaking, is valued)'],
  IN: [77, 48, 'Southern Asia', 'high context, hierarchical, relationship-based, avoids open disagreement, flexible time'],
  IT: [50, 76, 'Latin Europe', 'high-middle context, relationship-based, confrontational, flexible; professional titles (Dottore, Ingegnere) are used'],
  JP: [54, 46, 'Confucian Asia', 'the highest-context culture on the scale, hierarchical with consensus decisions (ringi), avoids confrontation, linear time; answers take weeks while consensus forms'],
  KE: [70, 25, 'Sub-Saharan Africa (East Africa in Hofstede)', 'African positions in Meyer (Kenya, Nigeria): high context, hierarchical, relationship-based, flexible'],
  KR: [60, 18, 'Confucian Asia', 'high context, strongly hierarchical, relationship-based, avoids confrontation; schedules change quickly (ppalli-ppalli), put as flexible'],
  MA: [70, 46, 'Middle East', 'not placed by Meyer; Arab-world positions (as Egypt): high context, hierarchical, relationship-based, flexible; French is the written language of business, so letters follow French conventions (Monsieur or Madame with the family name), while Si and Lalla before the given name are spoken forms'],
  // MY: Hofstede PDI from the Hofstede Insights country comparison (the 2010 tables give 104), IDV 26;
  // from memory. Malay names have no family name ("Ahmad bin Ismail": Ahmad, son of Ismail), so the
  // honorific goes with the given name; a conferred title (Tun, Tan Sri, Datuk, Dato') is never left out.
  MY: [100, 26, 'Southern Asia', 'not placed by Meyer; Southeast Asian positions (as Indonesia): high context, strongly hierarchical, relationship-based, avoids open disagreement (saving face, jaga muka), flexible; business English follows British usage; conferred titles (Datuk, Dato’, Tan Sri) are used with the name'],
  MX: [81, 30, 'Latin America', 'high context, hierarchical, relationship-based, avoids confrontation, flexible; professional titles (Licenciado, Ingeniero) are used'],
  NG: [80, 30, 'Sub-Saharan Africa', 'high context, strongly hierarchical, relationship-based, flexible; titles (Dr., Engr., Chief) matter; disagreement with seniors is indirect'],
  NL: [38, 80, 'Germanic Europe', 'low context, egalitarian, task-based, confrontational, linear'],
  NO: [31, 69, 'Nordic Europe (not in the GLOBE sample; by region, as Denmark and Sweden)', 'Nordic positions in Meyer: low context, at the egalitarian end, task-based, linear; disagreement plain and factual, more direct than in Sweden, put as open; first names at every level'],
  NZ: [22, 79, 'Anglo', 'not placed by Meyer; Anglo positions (as Australia) with very low power distance'],
  // PL, forms of address: in Polish, an office addresses by function, „Pani Dyrektor”, „Panie Dyrektorze”,
  // „Panie Prezesie”, ahead of an academic title (Poradnia Językowa PWN, the answers on „Pani Dyrektor”
  // and on the order of titles). In a letter in English the function is not the salutation: „Dear Dr
  // Kowalska” (the title with the family name) or „Dear Ms Kowalska”, never the Polish form in an
  // English sentence nor „Ms Dyrektor” (British correspondence conventions, as in the European
  // Commission's English Style Guide on letters). address.ts addressInEnglish turns the one into the other.
  PH: [94, 32, 'Southern Asia', 'not placed by Meyer; Southeast Asian positions (as Indonesia): high context, hierarchical, relationship-based (pakikisama, smooth relations), avoids open disagreement (hiya, losing face), flexible; business English follows American usage; Sir or Ma’am with the given name (“Ma’am Tina”) is the respectful form (from memory)'],
  PL: [68, 60, 'Eastern Europe', 'low-middle context, hierarchical-middle, task-based, fairly confrontational, linear-middle'],
  PT: [63, 27, 'Latin Europe', 'not placed by Meyer on every scale; Latin European positions (as Spain) but more reserved: high context, hierarchical, relationship-based, flexible, disagreement avoided; graduates are addressed by their title (Doutor, Engenheiro)'],
  SA: [95, 25, 'Arab (not surveyed; Middle East cluster by region)', 'high context, strongly hierarchical, relationship-based, avoids confrontation, flexible'],
  SE: [31, 71, 'Nordic Europe', 'low context, the most egalitarian end, task-based, linear; consensus-seeking, disagreement avoided'],
  SG: [74, 20, 'Confucian Asia', 'high-middle context, hierarchical, relationship-based, avoids confrontation; punctual, put as linear'],
  TR: [66, 37, 'Middle East', 'high context, hierarchical, relationship-based, flexible; given name with Bey/Hanım'],
  US: [40, 91, 'Anglo', 'the lowest-context culture, egalitarian-middle, the most task-based, linear; disagreement in the middle, put as open'],
  VN: [70, 20, 'Confucian Asia (not surveyed; by region)', 'not placed by Meyer; Confucian Asian positions (as China): high context, hierarchical, relationship-based, avoids open disagreement, flexible; names are family-first and people are addressed by the given name (the last one) with an honorific (Anh, Chị, Mr, Ms)'],
  // PK, TW, PE, TH, CZ, EE: Hofstede PDI and IDV from memory of the 2010 tables; GLOBE as each row says
  // (Taiwan and Thailand were surveyed; Pakistan, Peru, Czechia and Estonia are placed by region); Meyer
  // does not place these six on every scale, so each note says whose positions it follows. Forms of
  // address from each country's business usage; holidays from the national calendars (calendars.ts). From memory.
  PK: [55, 14, 'Southern Asia (not surveyed; by region, as India)', 'not placed by Meyer; South Asian positions (as India): high context, hierarchical, relationship-based, avoids open disagreement with seniors, flexible; “Sir” or “Ma’am” is the usual way to address a senior leader out loud, and letters use Mr or Ms with the family name; business English follows British usage'],
  TW: [58, 17, 'Confucian Asia', 'not placed by Meyer; Confucian Asian positions (as China): high context, hierarchical, relationship-based, avoids open disagreement; meetings start on time and schedules hold, so time is put as linear; seniors are addressed by job title and family name (“Director Lin”), names are family-first'],
  PE: [64, 16, 'Latin America (not surveyed; by region)', 'not placed by Meyer; Latin American positions (as Colombia and Mexico): high context, hierarchical, relationship-based, avoids open disagreement, flexible; a senior professional is “Ingeniero” or “Doctora” with the family name until they offer the first name; business is often done over a long lunch'],
  TH: [64, 20, 'Southern Asia', 'not placed by Meyer on every scale; Southeast Asian positions (as Indonesia): high context, hierarchical, relationship-based, avoids confrontation (kreng jai, not imposing on others), flexible; everyone is “Khun” with the given name, in writing and out loud, whatever their rank'],
  CZ: [57, 58, 'Eastern Europe (not in the final GLOBE sample; by region, as Poland)', 'not placed by Meyer on every scale; Central European positions (as Poland): low-middle context, task-based, linear; hierarchical in form, with academic titles (Ing., Mgr., Dr.) used in writing; criticism is reserved and indirect, so disagreement is put as avoided'],
  EE: [40, 60, 'Eastern Europe (not surveyed; by region, with Nordic habits)', 'not placed by Meyer; Nordic positions (as Finland): low context, egalitarian, task-based, linear; few words, plain disagreement, first names at every level in the tech sector'],
  // BE, UA, LK, BG, HU, JO, UY, RO: Hofstede PDI and IDV from memory of the 2010 tables (Ukraine, Sri Lanka
  // and Jordan from the Hofstede Insights country comparison); check them before quoting them. GLOBE
  // surveyed Hungary only: the other seven are placed by region, as each row says. Meyer places none of
  // the eight on every scale, so each note says whose positions it follows. Forms of address from each
  // country's business usage; holidays from the national calendars (calendars.ts). From memory.
  BE: [65, 75, 'not in the GLOBE sample (by region, between Germanic and Latin Europe)', 'not placed by Meyer on every scale; between the Dutch and the French positions: low context, task-based, linear, more hierarchical than the Netherlands (Hofstede PDI 65) and less open in disagreement, put as avoided; first names are usual in Flanders, “Monsieur” or “Madame” with the family name in French-speaking offices until they offer the first name; internal mail is in Dutch or French'],
  UA: [92, 25, 'Eastern Europe (not surveyed; by region)', 'not placed by Meyer; Eastern European positions (as Russia and Poland): high-middle context, hierarchical, relationship-based, plain disagreement among people who know each other, put as open, flexible; first names in IT, the first name and patronymic (ім’я по батькові) in formal settings; Telegram and Viber are the everyday chats'],
  LK: [80, 35, 'Southern Asia (not surveyed; by region, as India)', 'not placed by Meyer; South Asian positions (as India): high context, strongly hierarchical, relationship-based, avoids open disagreement with seniors, flexible; a junior says “Sir” or “Madam” to a senior leader, and letters use Mr or Ms with the family name; business English follows British usage'],
  BG: [70, 30, 'Eastern Europe (not surveyed; by region)', 'not placed by Meyer; Eastern European positions (as Poland and Russia): plain-spoken, hierarchical, relationship-based, open in disagreement, flexible; “г-н” or “г-жо” (Mr, Ms) with the family name, or a title (инж., д-р), until they offer the first name, which in IT comes quickly'],
  HU: [46, 80, 'Eastern Europe', 'not placed by Meyer; Central European positions (as Poland): low-middle context, hierarchical in form, relationship-based (who knows whom), open in argument, linear; in Hungarian the family name comes first (Tóth Erzsébet) and “dr.” (any doctorate, law included) is used with it; English letters write Dr. Tóth'],
  JO: [70, 30, 'Middle East (not surveyed; by region)', 'not placed by Meyer; Arab-world positions (as Egypt and Saudi Arabia): high context, hierarchical, relationship-based, avoids open disagreement, flexible; a title with the given name (“Dr. Omar”, “Eng. Rania”), or “Abu” with the eldest son’s name among people who know each other; the week runs Sunday to Thursday'],
  UY: [61, 36, 'Latin America (not surveyed; by region)', 'not placed by Meyer; Latin American positions (as Argentina) but flatter and more reserved: high context, egalitarian for the region, relationship-based, disagreement softened, put as avoided, flexible; first names and tú or vos at every level'],
  RO: [90, 30, 'Eastern Europe (not surveyed; by region)', 'not placed by Meyer; Eastern European positions (as Russia): high context, strongly hierarchical, relationship-based, disagreement with a senior kept private, put as avoided, flexible; “Doamna” or “Domnule” with the family name, or with the function (“Domnule director”), until they offer the first name'],
  // HR, KZ, LT, BD: Hofstede PDI and IDV from the Hofstede Insights country comparison (Croatia, Lithuania)
  // and the 2010 tables (Bangladesh), from memory; check them before quoting them. Kazakhstan has no
  // published Hofstede country score: Russia's (PDI 93, IDV 39) stand in, the nearest surveyed culture
  // it shares a business language and history with. GLOBE surveyed Kazakhstan only (Eastern Europe); the
  // other three are placed by region. Meyer places none of the four, so each note says whose positions it
  // follows. Forms of address from each country's business usage; holidays from the national calendars
  // (calendars.ts). From memory.
  HR: [73, 33, 'Eastern Europe (not surveyed; by region, as Slovenia)', 'not placed by Meyer; Eastern European positions (as Poland and Slovenia) with more reserve towards a senior: high context, hierarchical, relationship-based (business over coffee, na kavu), disagreement with a senior kept private, put as avoided, flexible; “gospodine” or “gospođo” with the family name in the vocative when spoken (“gospodine Babiću”), “gospodin Babić” when speaking about them, until they offer the first name'],
  KZ: [93, 39, 'Eastern Europe (GLOBE surveyed Kazakhstan there)', 'not placed by Meyer; post-Soviet positions (as Russia): high context, strongly hierarchical, relationship-based (lunches and introductions carry the work), disagreement with a senior kept private, put as avoided, flexible; the first name with the patronymic (“Daniyar Bolatovich”) is the formal form, first names in IT; business mail mostly in Russian; WhatsApp and Telegram for chat'],
  LT: [42, 60, 'Eastern Europe (not surveyed; by region, with Nordic habits as Estonia)', 'not placed by Meyer; Nordic and Baltic positions (as Estonia and Finland): low context, egalitarian in tech, task-based, plain disagreement, put as open, linear; first names in tech, “Pone” or “Ponia” with the family name when formal'],
  BD: [80, 20, 'Southern Asia (not surveyed; by region, as India)', 'not placed by Meyer; South Asian positions (as India): high context, strongly hierarchical, relationship-based, avoids open disagreement with seniors, flexible; “Sir” or “Madam” from a junior, “Bhai” or “Apa” with the given name as the respectful-familiar form among colleagues; the weekend is Friday and Saturday; WhatsApp and IMO for chat'],
  // SI, IS, ET, LB: Hofstede PDI and IDV from the 2010 tables (Slovenia) and the Hofstede Insights country
  // comparison (Iceland, Lebanon), from memory; check them before quoting them. Ethiopia has no published
  // Hofstede country score: the 2010 tables' East Africa region (PDI 64, IDV 27, with Ethiopia, Kenya and
  // Tanzania in its sample) stands in, said so. GLOBE surveyed Slovenia only (Eastern Europe); the other
  // three are placed by region. Meyer places none of the four, so each note says whose positions it
  // follows. Forms of address from each country's business usage; holidays from the national calendars
  // (calendarTables.ts, calendars.ts). From memory.
  SI: [71, 27, 'Eastern Europe (GLOBE surveyed Slovenia there)', 'not placed by Meyer; Central European positions (as Czechia and Croatia): low-middle context, put as low, hierarchical in form, relationship-based (who knows whom), criticism of a senior kept private, put as avoided, punctual and planned, put as linear; “gospod” or “gospa” with the family name, and an academic title (dr., mag.) kept in writing, until they offer the first name; the public sector keeps that form longer; internal mail in Slovenian; August is the holiday month'],
  IS: [30, 60, 'Nordic Europe (not in the GLOBE sample; by region, as Denmark and Sweden)', 'not placed by Meyer; Nordic positions (as Norway and Denmark): low context, egalitarian, task-based, plain disagreement, put as open, linear; Icelanders have patronymics, not family names, so everyone, the president included, is addressed by the given name; July is the summer break'],
  ET: [64, 27, 'Sub-Saharan Africa (not surveyed; by region, as Kenya)', 'not placed by Meyer; East African positions (as Kenya): high context, strongly hierarchical, relationship-based (coffee, buna, before business), avoids open disagreement with seniors, flexible; names have no family name (the second name is the father\'s given name), so a senior is “Ato” (Mr), “Weyzero” (Mrs) or “Weyzerit” (Miss), or a title (Dr., Eng.), with the given name (“Ato Dawit”); the Ethiopian calendar sets the year (Enkutatash, 11 September), Meskel, Genna (7 January) and Fasika; Telegram for chat'],
  LB: [75, 40, 'Middle East (not surveyed; by region)', 'not placed by Meyer; Arab-world positions (as Jordan and Egypt): high context, hierarchical, relationship-based, avoids open disagreement, flexible; a title or Mr or Ms with the given name (“Dr. Rania”, “Mr. Georges”) until they use first names, which among people who know each other come with warmth (“habibi”); Arabic, French and English mixed in one sentence; WhatsApp for chat; Christian and Muslim feasts both kept'],
  // RS, NP: Serbia's Hofstede PDI and IDV from the 2010 tables (the Serbian sample), from memory. Nepal is not
  // in the 2010 tables: PDI and IDV from the Hofstede Insights country comparison, from memory, and it has no
  // published long-term orientation or indulgence score at all; check both before quoting them. GLOBE
  // surveyed neither: each is placed by region. Meyer places neither, so each note says whose positions it
  // follows. Forms of address from each country's business usage; holidays from the national calendars
  // (calendars.ts). From memory.
  RS: [86, 25, 'Eastern Europe (not surveyed; by region, as Slovenia and Croatia)', 'not placed by Meyer; Eastern European positions (as Croatia and Bulgaria), plainer spoken: high context, hierarchical, relationship-based (trust is built over coffee, na kafu), open in disagreement once people know each other, flexible; first names and direct talk are normal in Belgrade tech, even with a CTO, and a no from a senior leader is usually meant; “gospodine” or “gospođo” with the family name in the public sector and formal letters; Viber is the everyday chat; Orthodox Christmas on 7 January and each family’s Slava'],
  NP: [65, 30, 'Southern Asia (not surveyed; by region, as India)', 'not placed by Meyer; South Asian positions (as India): high context, strongly hierarchical, relationship-based, avoids open disagreement with seniors, flexible; the given name with “ji” is the respectful form at work, and “dai” (elder brother) or “didi” (elder sister) with the given name among colleagues who know each other; Dashain and Tihar in the autumn and the Bikram Sambat new year in mid-April; the weekend is Saturday; Viber and Messenger for chat'],
  ZA: [49, 65, 'Anglo (white sample) and Sub-Saharan Africa (black sample)', 'not placed by Meyer; low-context business English with relationship-based trust (ubuntu) and flexible time ("just now")'],
};

/** The sources of the preset for `code` (any case). */
export function sourcesOf(code: string): PresetSources | undefined {
  const row = SOURCES[code.trim().toUpperCase()];
  return row && { hofstede: { pdi: row[0], idv: row[1] }, globe: row[2], meyer: row[3] };
}

/** Every code with sources (a test holds them to the presets, one for one). */
export const SOURCED_CODES: readonly string[] = Object.keys(SOURCES);
