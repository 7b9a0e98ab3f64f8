/**
 * A short label for the challenge, proposed from its first noun phrase: the documents name the
 * challenge in full once, then by this label (issue 23). The rule, by the challenge's shape:
 * - an activity ("scaling our API gateway for 10x user load"): the noun phrase after the verb,
 *   then the verb as a noun when it has a usual one ("the API gateway scaling", "the monolith
 *   split"), else "work" ("the p99 latency work");
 * - a clause ("two teams disagree about who owns the shared customer service"): the first noun
 *   phrase after its subject that starts with a determiner, then "problem"; a subject followed by
 *   a verb challenges are written with ("our reconciliation service falls over at every close",
 *   subjectVerb.ts): the subject, then "problem";
 * - a noun phrase ("the migration of billing to Kafka"): its head, with an "of" phrase moved in
 *   front of a one-word head ("the billing migration").
 * Determiners, possessives and quantities ("10x", "12-year-old", "three") go; at most the last three
 * words of the phrase stay. Never empty and never longer than the challenge itself.
 */
import { slot } from '../render/slots';
import { subjectVerbIndex } from '../render/subjectVerb';

/** Where a subject's head noun phrase ends ("the job for our card processors"). */
const SUBJECT_PREPOSITION = /^(?:of|for|to|from|in|on|at|by|with|into|onto|across|between|under|over|about|via|per|behind|through|within|inside|outside|among|against|around|beyond|throughout|without|toward|towards)$/u;

/** Verbs whose -ing form has a usual noun: "migrating billing" → "the billing migration". */
const NOUN_OF_VERB: Record<string, string> = {
  adopting: 'adoption', automating: 'automation', choosing: 'choice', consolidating: 'consolidation', deciding: 'decision',
  decomposing: 'decomposition', designing: 'design', integrating: 'integration', migrating: 'migration', modernising: 'modernisation',
  modernizing: 'modernization', redesigning: 'redesign', refactoring: 'refactoring', replacing: 'replacement', retiring: 'retirement',
  rewriting: 'rewrite', scaling: 'scaling', splitting: 'split', standardising: 'standardisation', standardizing: 'standardization',
  upgrading: 'upgrade',
};
/** A challenge written as an instruction ("decide who owns…", "improve onboarding"): the verb's
 *  usual noun, as for its -ing form; a verb not listed here becomes "work". */
const NOUN_OF_IMPERATIVE: Record<string, string> = {
  adopt: 'adoption', automate: 'automation', build: 'build', choose: 'choice', consolidate: 'consolidation', cut: 'work', decide: 'decision',
  decouple: 'decoupling', define: 'definition', design: 'design', evaluate: 'evaluation', fix: 'fix', get: 'work', improve: 'improvement',
  integrate: 'integration', introduce: 'introduction', make: 'work', migrate: 'migration', modernise: 'modernisation', modernize: 'modernization',
  move: 'move', pick: 'choice', redesign: 'redesign', reduce: 'reduction', refactor: 'refactoring', replace: 'replacement', retire: 'retirement',
  rewrite: 'rewrite', scale: 'scaling', select: 'selection', simplify: 'simplification', speed: 'work', split: 'split', stabilise: 'stabilisation',
  stabilize: 'stabilization', standardise: 'standardisation', standardize: 'standardization', unify: 'unification', upgrade: 'upgrade',
};
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'his', 'her', 'its', 'your', 'this', 'these', 'those', 'that', 'own', 'some', 'each', 'every', 'all', 'both', 'several', 'many', 'any']);
/** The words that start the object of a clause ("… built their own retry logic"). */
const ARTICLES = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'his', 'her', 'its', 'your', 'this', 'these', 'those']);
const QUANTITIES = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'multiple', 'single']);
/** Words that end a noun phrase: prepositions, conjunctions, question words, auxiliaries, particles. */
const STOP = new Set([
  'for', 'to', 'of', 'in', 'on', 'at', 'by', 'with', 'without', 'from', 'into', 'onto', 'under', 'over', 'across', 'between', 'through', 'past',
  'before', 'after', 'during', 'while', 'so', 'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where',
  'why', 'how', 'whether', 'if', 'because', 'as', 'than', 'per', 'vs', 'versus', 'via', 'is', 'are', 'was', 'were', 'be', 'been', 'can', 'cannot',
  'could', 'will', 'would', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'has', 'have', 'had', 'not', 'out', 'up', 'down',
  'off', 'away', 'back', 'around', 'against', 'toward', 'towards', 'about', 'among', 'until', 'within', 'beyond', 'we', 'i', 'they',
  'it', 'you', 'he', 'she', 'them', 'us', 'me', 'keeps', 'keep', 'need', 'needs', 'want', 'wants',
]);
/** Verbs that show a challenge written as a clause the slot did not recognize ("two teams disagree about …"). */
const CLAUSE_VERBS = new Set(['disagree', 'disagrees', 'argue', 'argues', 'fight', 'fights', 'break', 'breaks', 'fail', 'fails', 'cascade', 'cascades',
  'depend', 'depends', 'struggle', 'struggles', 'own', 'owns', 'take', 'takes', 'keep', 'keeps', 'block', 'blocks', 'duplicate', 'duplicates']);
/** Heads too general to name a challenge by ("making the case for …"): the last object names it instead. */
const GENERIC_HEADS = new Set(['case', 'way', 'most', 'sense', 'progress', 'call', 'point', 'time', 'effort', 'decision']);
const FALLBACK = 'the challenge';

interface Token { word: string; lower: string; punctuationAfter: boolean }

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/([\p{L}\p{N}][\p{L}\p{N}'’&./+-]*)([^\p{L}\p{N}]*)/gu)) {
    // The lookbehind starts the trailing run once, not at each of its marks ("a''''…": linear).
    const word = m[1]!.replace(/(?<![.’'])[.’']+$/u, '');
    out.push({ word, lower: word.toLowerCase(), punctuationAfter: /[,;:()!?—–]|\.(\s|$)/u.test(m[2]!) });
  }
  return out;
}

const isQuantity = (t: Token) => /^[~\d]/u.test(t.word) || QUANTITIES.has(t.lower);
const isGerund = (t: Token) => /^\p{Ll}[\p{Ll}-]*ing$/u.test(t.word) && t.word.length > 5 && !['thing', 'string', 'ceiling', 'building', 'logging', 'routing', 'billing', 'pricing', 'onboarding', 'tracing', 'caching', 'testing', 'monitoring', 'alerting'].includes(t.lower);

/** The noun phrase starting at `from`: its words (determiners and quantities left out) and where it ends. */
function nounPhrase(list: Token[], from: number): { words: string[]; end: number } {
  const words: string[] = [];
  let i = from;
  for (; i < list.length; i++) {
    const t = list[i]!;
    if (STOP.has(t.lower) || (words.length > 0 && isGerund(t))) break;
    if (!DETERMINERS.has(t.lower) && !isQuantity(t)) words.push(t.word);
    if (t.punctuationAfter) { i++; break; }
  }
  return { words, end: i };
}

/** The head of a phrase (its last three words). A one-word head keeps its "of" phrase: in front
 *  when that names a thing ("the cost of our platform" → "platform cost"), after it when it does
 *  not ("source of truth"). */
function headOf(list: Token[], from: number): string[] {
  const first = nounPhrase(list, from);
  const words = first.words;
  if (words.length === 1 && list[first.end]?.lower === 'of' && !list[first.end - 1]!.punctuationAfter) {
    const of = nounPhrase(list, first.end + 1).words;
    if (of.length > 0) return ARTICLES.has(list[first.end + 1]?.lower ?? '') ? [...of.slice(-2), words[0]!] : [words[0]!, 'of', ...of.slice(-2)];
  }
  return words.slice(-3);
}

/** The first (or last) noun phrase that starts with a determiner at or after `from` (the object of a clause).
 *  A determiner or quantity that neither ends a phrase nor is followed by punctuation adds no word to
 *  it: the phrase read from it is the one read from the first word after such a run (`readFrom`).
 *  So each run is read once, and the last phrase is looked for from the end: reading from every
 *  article to the end of its phrase cost the square of the length of "the the the …" or, for the
 *  last one, "the cost the cost …". */
function determinedPhrase(list: Token[], from: number, last = false): string[] {
  const readFrom: number[] = new Array<number>(list.length + 1);
  readFrom[list.length] = list.length;
  for (let i = list.length - 1; i >= 0; i--) {
    const t = list[i]!;
    readFrom[i] = (DETERMINERS.has(t.lower) || isQuantity(t)) && !STOP.has(t.lower) && !t.punctuationAfter ? readFrom[i + 1]! : i;
  }
  let read = -1;
  const phraseAt = (i: number): string[] => {
    if (!ARTICLES.has(list[i]!.lower) || readFrom[i] === read) return [];
    read = readFrom[i]!;
    return headOf(list, read);
  };
  if (last) {
    for (let i = list.length - 1; i >= from; i--) { const words = phraseAt(i); if (words.length > 0) return words; }
    return [];
  }
  for (let i = from; i < list.length; i++) { const words = phraseAt(i); if (words.length > 0) return words; }
  return [];
}

/** "providers" → "provider" before the noun that follows it ("the identity provider consolidation"). */
function singular(word: string): string {
  if (/ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/[^sui]s$/u.test(word) && word.length > 3 && !/ics$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** The label proposed for a challenge, as written by the user (any frame, capital or full stop). */
export function proposeChallengeShort(challenge: string): string {
  const { text, clause } = slot(challenge);
  if (text === '') return FALLBACK;
  const list = tokens(text.replace(/<\/?[A-Za-z][^<>]*>/g, ' '));
  let words: string[];
  let noun = '';
  const subject = nounPhrase(list, 0);
  const unrecognizedClause = list.slice(1, subject.end).some((t) => CLAUSE_VERBS.has(t.lower) || /n['’]t$/u.test(t.lower));
  const comparison = list.findIndex((t, i) => i > 0 && (t.lower === 'vs' || t.lower === 'versus'));
  const imperative = list.length > 1 && Object.hasOwn(NOUN_OF_IMPERATIVE, list[0]!.lower) ? list[0]!.lower : undefined;
  if (comparison > 0) {
    // "Kafka vs. Pulsar for event streaming" → "the Kafka or Pulsar choice".
    const before = nounPhrase(list, 0).words.slice(-2);
    const after = nounPhrase(list, comparison + 1).words.slice(0, 2);
    words = before.length > 0 && after.length > 0 ? [...before, 'or', ...after] : [];
    noun = 'choice';
  } else if (imperative) {
    words = headOf(list, 1);
    if (words.length === 0) words = determinedPhrase(list, 1);
    noun = NOUN_OF_IMPERATIVE[imperative]!;
  } else if (list.length > 0 && isGerund(list[0]!)) {
    const verb = list[0]!.lower;
    // A particle belongs to the verb ("rolling out feature flags").
    const object = ['out', 'up', 'down', 'off', 'back', 'away'].includes(list[1]?.lower ?? '') ? 2 : 1;
    words = headOf(list, object);
    if (words.length === 0) words = determinedPhrase(list, object);
    if (words.length === 1 && GENERIC_HEADS.has(words[0]!.toLowerCase())) words = determinedPhrase(list, 1, true);
    noun = NOUN_OF_VERB[verb] ?? 'work';
  } else if (clause && subjectVerbIndex(text) > 0) {
    // "our payments reconciliation service falls over at every month-end close": the subject names
    // it, up to its verb, never "the reconciliation service falls".
    // Every word of the subject is a noun or its modifier here ("our fraud scoring API").
    // A long subject names its head before its first preposition: "our offline-first sync for drivers
    // in low-signal areas" is the offline-first sync, not "the in low-signal area problem".
    const subject = text.split(/\s+/u).slice(0, subjectVerbIndex(text));
    const pp = subject.findIndex((w, i) => i > 0 && SUBJECT_PREPOSITION.test(w.toLowerCase()));
    words = tokens((pp > 0 ? subject.slice(0, pp) : subject).join(' ')).filter((t) => !DETERMINERS.has(t.lower) && !isQuantity(t)).map((t) => t.word).slice(-3);
    noun = 'problem';
  } else if (clause || unrecognizedClause) {
    words = determinedPhrase(list, 1);
    noun = 'problem';
  } else {
    words = headOf(list, 0);
    // "how to split the monolith…", "whether to …": the question is about its first object.
    if (words.length === 0) { words = determinedPhrase(list, 0); noun = 'question'; }
  }
  if (noun && words.length > 0 && comparison <= 0) words = [...words.slice(0, -1), singular(words[words.length - 1]!)];
  const label = words.length === 0 ? FALLBACK : ['the', ...words, ...(noun ? [noun] : [])].join(' ');
  // A label no shorter than the challenge adds nothing: the challenge is its own short form.
  return label.length < text.length ? label : text;
}
