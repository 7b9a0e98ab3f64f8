/** The leader's pronoun as the form of address you typed says it, and nothing else: a salutation
 *  before the name ("Frau Dr. Krüger", "Mr. Venkataraman") or a gendered honorific with it, as people
 *  are addressed at work in several countries ("chị Lan", "Rajesh dai", "Ahmet Bey", "Pak Budi",
 *  "Ayşe Hanım"). No first name is read for a gender: undefined when the form does not say. */

/** Salutations and honorifics said before the name (any case). */
const SHE_BEFORE = /^(?:frau|mrs\.?|ms\.?|miss|madam|madame|mme\.?|señora|sra\.?|dame|ibu|bu|mbak|ate|lalla|didi)(?:\s|$)/i;
const HE_BEFORE = /^(?:herr|mr\.?|sir|monsieur|m\.|señor|sr\.?|bapak|pak|mas|kuya)(?:\s|$)/i;
/** Vietnamese kinship terms before the given name, written in lower case as they are ("chị Lan",
 *  "anh Tuấn"): capitalised, "Anh" may be a given name; "Chị", "Bà", "Ông" are never one. */
const SHE_BEFORE_VI = /^(?:chị|Chị|cô|bà|Bà)\s/u;
const HE_BEFORE_VI = /^(?:anh|ông|Ông|chú)\s/u;
/** Honorifics said after the name ("Rajesh dai", "Priya didi", "Ahmet Bey", "Ayşe Hanım"). */
const SHE_AFTER = /\s(?:didi|di|hanım|hanim|hanımefendi|behenji)$/iu;
const HE_AFTER = /\s(?:dai|dada|daju|bhai|bhaiya|bhaiyya|sahab|saheb|bey|beyefendi)$/iu;

export function addressGender(addressAs: string): 'she' | 'he' | undefined {
  const t = addressAs.trim();
  if (SHE_BEFORE.test(t) || SHE_BEFORE_VI.test(t) || SHE_AFTER.test(t)) return 'she';
  if (HE_BEFORE.test(t) || HE_BEFORE_VI.test(t) || HE_AFTER.test(t)) return 'he';
  return undefined;
}
