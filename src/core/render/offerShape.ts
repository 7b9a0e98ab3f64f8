// The shape of what the leader offered, read once from `firstResponseDetails.offered` (and their words
// when the offer leaves it open): an informal meeting (a coffee, a fika, lunch, a walk, "when I'm in
// town"), a call, a look at a document, one written question, or something else (kept as their words).
// The request, the script and the prep doc follow the shape: a coffee gets no minutes count, no
// one-pager and no agenda; a document review gets the document attached and no meeting (issue 21).
// Every scan is one pass over the words (a word set, bounded patterns): linear in the input.
import { bareOffer, saidPlainly } from './pronouns';

export type OfferShape = 'informal' | 'call' | 'review' | 'question' | 'other';
/** The document a review offer is about, as the messages name it. */
export type OfferDocument = 'design-doc' | 'rfc' | 'adr' | 'draft' | 'proposal' | 'document';

export interface Offer {
  readonly shape: OfferShape;
  /** Where they will be ("Bern", "town"), as written, when an informal offer names it. */
  readonly place?: string;
  /** What a review offer reads. */
  readonly document?: OfferDocument;
  /** What they asked you to bring to an informal offer ("bring the diagram"), as written with its
   *  article ("the diagram"), so no line says "nothing on paper" against it (issue 21). */
  readonly bring?: string;
  /** An invitation to their home or a family meal: hospitality, not a meeting (a gift, no papers,
   *  business only when they turn to it, thanks for having you). Its shape is always informal. */
  readonly hospitality?: true;
  /** Their words name the household or family ("with us at the house", "con la familia"): thanked too. */
  readonly family?: true;
}

/** "bring the diagram", "with the diagram", "bring your numbers": the thing to bring, bounded (linear). */
const BRING = /\b(?:bring(?:ing)?|with)\s+(the|your|a|an|some)\s+((?:architecture\s+|design\s+|system\s+)?(?:diagrams?|drawings?|sketch(?:es)?|whiteboard|numbers|data|draft|doc|document|design doc|proposal|slides|laptop|notes|dashboard|plan))\b/i;
const bringIn = (text: string): string | undefined => {
  const m = BRING.exec(text);
  return m ? `${m[1]!.toLowerCase()} ${m[2]!}` : undefined;
};

/** Informal offers in the other languages the leader's words are read in (ru, uk, bg, sr, hr, pl, cs, ro, it,
 *  pt, tr, id, lt), by kind: "обед, когда буду в Алматы" is a lunch, as "lunch when I'm in Almaty" is. */
const FOREIGN_KINDS: readonly (readonly [OfferKind, string])[] = [
  ['lunch', 'обед обеда обедом пообедаем пообедать обяд обід пообідаємо ручак ručak obiad oběd prânz pranzo almoço pietūs'],
  ['coffee', 'кофе кофейку кава каву кафе kava kavu kafu kawa kawę kafe káva kávu cafea caffè caffe café cafezinho kahve kopi ngopi'],
  ['dinner', 'ужин ужина поужинаем вечеря večera večeru kolacja kolację večeře cină cena jantar'],
  ['walk', 'прогулка прогулку прогуляемся прогулянка šetnja spacer procházka plimbare passeggiata caminhada yürüyüş'],
  ['tea', 'чай чаю çay teh'],
];
const INFORMAL = new Set([...FOREIGN_KINDS.flatMap(([, w]) => w.split(' ')), 'coffee', 'coffees', 'fika', 'lunch', 'lunches', 'dinner', 'breakfast', 'meal', 'walk', 'beer', 'beers', 'drink', 'drinks', 'tea', 'chai', 'mate',
  'kaffee', 'käffeli', 'kaffi', 'mittagessen', 'essen', 'zmittag', 'spaziergang', 'bier', 'feierabendbier', 'tee', 'café', 'cafe', 'cafecito', 'almuerzo', 'asado',
  'kaffe', 'frokost']);
/** What an informal offer is, in plain English, whatever language it was made in: the line sent or
 *  spoken to them names it so ("the lunch you offered"), never their words quoted back with the
 *  pronouns turned round (issue 21). */
export type OfferKind = 'coffee' | 'fika' | 'lunch' | 'dinner' | 'breakfast' | 'meal' | 'walk' | 'drink' | 'tea' | 'home-meal' | 'home-lunch' | 'home-dinner';
const KINDS: ReadonlyMap<string, OfferKind> = new Map([...FOREIGN_KINDS.flatMap(([kind, w]) => w.split(' ').map((t) => [t, kind] as const)),
  ['coffee', 'coffee'], ['coffees', 'coffee'], ['kaffee', 'coffee'], ['käffeli', 'coffee'], ['kaffi', 'coffee'], ['kaffe', 'coffee'], ['café', 'coffee'], ['cafe', 'coffee'], ['cafecito', 'coffee'],
  ['fika', 'fika'], ['lunch', 'lunch'], ['lunches', 'lunch'], ['almuerzo', 'lunch'], ['mittagessen', 'lunch'], ['zmittag', 'lunch'], ['frokost', 'lunch'],
  ['dinner', 'dinner'], ['breakfast', 'breakfast'], ['meal', 'meal'], ['essen', 'meal'], ['asado', 'meal'], ['walk', 'walk'], ['spaziergang', 'walk'],
  ['beer', 'drink'], ['beers', 'drink'], ['bier', 'drink'], ['feierabendbier', 'drink'], ['drink', 'drink'], ['drinks', 'drink'], ['tea', 'tea'], ['chai', 'tea'], ['tee', 'tea'],
]);
/** The kind of an informal offer, its first one named ("un almuerzo cuando quieras" → lunch), to name in
 *  plain words instead of their words; undefined when there is none, or when their words already read
 *  plainly in English with no "I" to turn round ("a walk around the campus", "a proper meal and a talk"). */
export function offerKind(offered: string | undefined): OfferKind | undefined {
  if (!offered || (saidPlainly(bareOffer(offered)) === 'yes' && !/(?<!\p{L})(?:I|I['’]m|I['’]ll|me|my)(?!\p{L})/u.test(offered))) return undefined;
  for (const t of tokens(offered)) {
    const kind = KINDS.get(t);
    // A meal at their home is named with the home: it is their hospitality, not a table in town.
    if (kind) return (kind === 'meal' || kind === 'lunch' || kind === 'dinner') && HOME.test(offered) ? `home-${kind}` : kind;
  }
  return undefined;
}
const CALL = new Set(['call', 'calls', 'phone', 'telephone', 'zoom', 'webex', 'skype', 'video', 'videocall', 'anruf', 'anrufen', 'telefon', 'telefonat', 'telefonisch',
  'telefonieren', 'videokonferenz', 'videotelefonat', 'llamada']);
/** A meeting tool that also carries messages: a call unless a written word is beside it („per Teams“
 *  is a call, "a message on Teams" a question). */
const MEETING_TOOL = new Set(['teams', 'meet']);
const REVIEW_VERBS = new Set(['review', 'reviews', 'reviewing', 'markup', 'comment', 'comments', 'commenting', 'gegenlesen', 'durchsehen', 'durchlesen', 'kommentieren', 'kommentare', 'revisar']);
/** Being let into a meeting of theirs ("sit in on the architecture review", "join our Thursday design
 *  review", "come along and listen"): a review there is a meeting, not a document they will read. */
const ATTEND = new Set(['sit', 'sitting', 'join', 'joining', 'attend', 'attending', 'shadow', 'shadowing', 'listen', 'listening', 'observe', 'observing', 'along',
  'dabeisitzen', 'teilnehmen', 'zuhören', 'zuhoeren', 'reinsetzen', 'dazusetzen']);
const QUESTION = new Set(['question', 'questions', 'email', 'e-mail', 'mail', 'emails', 'writing', 'written', 'message', 'messages', 'slack', 'frage', 'fragen', 'schriftlich', 'schriftliche', 'schriftlichen', 'nachricht', 'nachrichten', 'pregunta']);
const DOCUMENTS: ReadonlyMap<string, OfferDocument> = new Map([
  ['design', 'design-doc'], ['rfc', 'rfc'], ['rfcs', 'rfc'], ['adr', 'adr'], ['adrs', 'adr'], ['draft', 'draft'], ['drafts', 'draft'], ['entwurf', 'draft'],
  ['proposal', 'proposal'], ['konzept', 'proposal'], ['doc', 'document'], ['docs', 'document'], ['document', 'document'], ['documents', 'document'],
  ['write-up', 'document'], ['writeup', 'document'], ['dokument', 'document'], ['papier', 'document'], ['documento', 'document'],
]);

/** "when I'm in Bern", "next time I'm back in town", "wenn ich in Bern bin": the place, bounded. */
const PLACE_EN = /\b(?:[Ww]hen|[Ww]henever|[Nn]ext time|[Ii]f)\s+I(?:['’]m| am)\s+(?:back\s+|over\s+|next\s+)?in\s+((?:the\s+)?[^\s,.;:!?()]+(?: [A-Z][^\s,.;:!?()]*)?)/;
const PLACE_DE = /\bwenn ich (?:wieder |mal |einmal |das nächste Mal )?in ([^\s,.;:!?()]+) bin\b/i;
/** "как буду в Алматы", "kad budem u Zagrebu", "kiedy będę w Krakowie": the place as written (its case kept). */
const PLACE_OTHER = /(?<!\p{L})(?:когда|как|коли|як|kad|kada|kiedy|jak|když|až|când)\s+(?:я\s+)?(?:буду|budem|będę|budu|voi\s+fi)\s+(?:в|у|во|u|w|v|în)\s+(\p{Lu}[\p{L}-]*)/u;

/** The words of `text`; a hyphenated word is also read by its parts („Teams-Call“, "Zoom-Termin"). */
const tokens = (text: string): string[] => text.toLowerCase().replace(/[’']/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean)
  .flatMap((t) => (/^[^-]+(?:-[^-]+)+$/u.test(t) ? [t, ...t.split('-')] : [t]));

/** Their home, named as a place to come to ("at the house", "at ours", "come over for", "en casa",
 *  „zu uns nach Hause“); "his/her/their" as users type the offer about them. Bounded: linear. */
const HOME = /\b(?:at|to|round|over to)\s+(?:the|my|our|his|her|their)\s+(?:house|home|place|flat|apartment)\b|\b(?:at|round|over to|round to)\s+(?:ours|mine)\b|\b(?:come|pop|swing)\s+(?:over|round|around)\s+for\b|\b(?:en|a)\s+(?:mi\s+|nuestra\s+|su\s+)?casa\b|\b(?:zu|bei)\s+(?:uns|mir)\s+(?:nach\s+hause|zu\s*hause)\b|\bchez\s+(?:moi|nous)\b/iu;
/** A meal, by its name or a dish ("mansaf", "a braai", „Essen“). */
const MEAL = /\b(?:dinner|supper|lunch|breakfast|brunch|meal|braai|barbecue|bbq|mansaf|asado|iftar|potluck|roast|almuerzo|almorzar|cena|cenar|comida|essen|abendessen|mittagessen|grillen|d[ée]jeuner|d[îi]ner)\b/iu;
/** The household named: "with us", "the family", „zu uns“, "con la familia". */
const FAMILY = /\b(?:with us|family|families|wife|husband|kids|children|(?:zu|bei|mit) uns|familia|familie|con nosotros|chez nous)\b/iu;

/** The offer is hospitality: their home, or a meal with their household ("komm zum Essen zu uns"). */
function hospitalityIn(offered: string, words: string): Pick<Offer, 'hospitality' | 'family'> {
  const home = HOME.test(offered) || HOME.test(words);
  const meal = MEAL.test(offered) || MEAL.test(words);
  const family = FAMILY.test(offered) || FAMILY.test(words);
  if (!home && !(meal && family)) return {};
  return family ? { hospitality: true, family: true } : { hospitality: true };
}

/** The offer's shape: the offer itself decides; their words only when the offer names nothing. An
 *  invitation to their home or a family meal is informal, whatever else it names. */
export function offerOf(offered: string | undefined, words?: string): Offer | undefined {
  if (offered === undefined || offered.trim() === '') return undefined;
  const home = hospitalityIn(offered, words ?? '');
  const found = shapeIn(offered) ?? shapeIn(words ?? '') ?? { shape: 'other' as const };
  const offer: Offer = home.hospitality ? { ...(found.shape === 'informal' ? found : { shape: 'informal' as const }), ...home } : found;
  const bring = offer.shape === 'informal' ? bringIn(offered) ?? bringIn(words ?? '') : undefined;
  return bring === undefined ? offer : { ...offer, bring };
}

function shapeIn(text: string): Offer | undefined {
  const ts = tokens(text);
  let document: OfferDocument | undefined;
  let informal = false, call = false, review = false, question = false, attend = false, tool = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const d = DOCUMENTS.get(t);
    // "design" names a document only with "doc(ument)" after it ("design review" is a review of something else).
    if (d !== undefined && (d !== 'design-doc' || /^doc/.test(ts[i + 1] ?? ''))) document ??= d;
    if (INFORMAL.has(t)) informal = true;
    if (CALL.has(t)) call = true;
    if (MEETING_TOOL.has(t) && (t !== 'meet' || ts[i - 1] === 'google')) tool = true;
    if (REVIEW_VERBS.has(t) || ((t === 'mark' || t === 'marking') && (ts[i + 1] === 'up' || ts[i + 2] === 'up')) || (t === 'look' && ts[i + 1] === 'over')) review = true;
    if (QUESTION.has(t)) question = true;
    if (ATTEND.has(t)) attend = true;
  }
  // Teams or Google Meet with no written word beside it: a call.
  if (tool && !question) call = true;
  const place = PLACE_EN.exec(text)?.[1] ?? PLACE_DE.exec(text)?.[1] ?? PLACE_OTHER.exec(text)?.[1];
  // A coffee is the shape even with a document beside it ("a coffee to go over your draft"): you meet.
  if (informal) return place === undefined ? { shape: 'informal' } : { shape: 'informal', place };
  // Invited into their meeting with no document named: their words say what it is.
  if (attend && document === undefined) return { shape: 'other' };
  if (review || (document !== undefined && !call)) return { shape: 'review', document: document ?? 'document' };
  if (place !== undefined) return { shape: 'informal', place };
  if (call) return { shape: 'call' };
  if (question) return { shape: 'question' };
  return undefined;
}
