import { termKey, type GlossaryEntry } from './glossary';
import { foldWord, TermMatcher, type StepCounter } from './matcher';

/** One answer of the profile and how much it says about the conversation's topic. */
export interface WeightedText {
  text: string | undefined;
  /** 1 for the challenge itself; less for answers that only add to it. */
  weight: number;
}

export interface RankedTerm {
  entry: GlossaryEntry;
  score: number;
}

export interface RankOptions {
  /** The most terms offered. */
  max: number;
  /** Related terms of the offered ones fill the list up to this many (never unrelated ones). */
  fillTo?: number;
  /** Names always offered when the challenge (the first text) touches them. */
  alwaysWhenTouched?: readonly string[];
  /** Counts words read and keyword words compared; for tests of the linear bound. */
  counter?: StepCounter;
}

/** A term named outright counts as this many keyword hits. */
const NAMED = 4;
/** A term is offered from this score: one specific keyword in the challenge, or a name anywhere. */
const OFFER_AT = 1;
/** The share of a term's score that each of its related terms receives (at most from RELATED_CAP). */
const RELATED_SHARE = 0.3;
const RELATED_CAP = 4;
/** The best few terms, whose related terms may fill the list without evidence of their own. */
const CORE = 3;

/** Words so common in any engineering sentence that alone they say little about the topic
 *  ("services" in "40 municipal services", "contract" in "vendor contract"): half a hit each. */
const GENERIC_KEYWORDS = new Set(['service', 'api', 'reporting', 'contract', 'integration', 'client', 'partner',
  'database', 'split', 'version', 'consumer', 'interface', 'performance', 'scale', 'load', 'slow', 'team', 'data', 'latency',
  'cost', 'change', 'risk', 'decision', 'platform', 'model', 'event', 'domain', 'own', 'owns', 'access', 'network', 'commit', 'pattern', 'plan']);

/** A word as keywords and answers are compared: folded, then a light English stem so the forms
 *  of one word meet ("retries" = "retry", "splitting" = "split", "migrated" = "migrate"); "ss"
 *  kept ("process"). Both sides go through it, so a rough stem only has to be consistent. */
function stem(word: string): string {
  let w = foldWord(word);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  const suffix = w.length > 5 && w.endsWith('ing') ? 3 : w.length > 5 && w.endsWith('ed') ? 2 : 0;
  if (suffix > 0) {
    w = w.slice(0, -suffix);
    // "splitting" → "split", "planned" → "plan"; "billing", "passed" keep their double letter.
    if (/([b-df-hj-kmnp-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

const GENERIC_STEMS = new Set([...GENERIC_KEYWORDS].map(stem));

const WORD = /[\p{L}\p{N}]+/gu;
/** The stemmed words of a text, in order. One pass of a regex without nested repeats: linear. */
function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => stem(m[0]));
}

interface Keyword { entry: number; words: string[]; weight: number }

/** What is computed once per glossary: the keywords by first word, names to entries, a matcher. */
interface Index {
  byFirstWord: Map<string, Keyword[]>;
  byName: Map<string, number>;
  matcher: TermMatcher;
}

const indexes = new WeakMap<readonly GlossaryEntry[], Index>();

function indexOf(glossary: readonly GlossaryEntry[]): Index {
  let index = indexes.get(glossary);
  if (index) return index;
  // How many entries share a keyword: a word that signals eight terms says half as much about each.
  const spellings = glossary.map((e) => [...new Map((e.keywords ?? []).map((k) => wordsOf(k)).filter((w) => w.length > 0).map((w) => [w.join(' '), w])).values()]);
  const shared = new Map<string, number>();
  for (const list of spellings) for (const w of list) shared.set(w.join(' '), (shared.get(w.join(' ')) ?? 0) + 1);
  const byFirstWord = new Map<string, Keyword[]>();
  spellings.forEach((list, entry) => {
    for (const words of list) {
      const generic = words.length === 1 && GENERIC_STEMS.has(words[0]!);
      const weight = (generic ? 0.5 : 1) * Math.min(1, Math.sqrt(2 / shared.get(words.join(' '))!));
      const bucket = byFirstWord.get(words[0]!) ?? [];
      bucket.push({ entry, words, weight });
      byFirstWord.set(words[0]!, bucket);
    }
  });
  const byName = new Map<string, number>();
  glossary.forEach((e, i) => { if (!byName.has(termKey(e.name))) byName.set(termKey(e.name), i); });
  index = { byFirstWord, byName, matcher: new TermMatcher(glossary) };
  indexes.set(glossary, index);
  return index;
}

/** Per entry, how strongly one text points at it: names found by the hover matcher, keywords by
 *  their first word then the words after it. Linear in the text (times the few keywords that
 *  share a first word). */
function scoreText(text: string, index: Index, glossaryLength: number, counter?: StepCounter): Float64Array {
  const scores = new Float64Array(glossaryLength);
  const entryOf = new Map<GlossaryEntry, number>();
  for (const m of index.matcher.findAll(text, 0, text.length, counter)) {
    for (const e of m.entries) {
      const i = index.byName.get(termKey(e.name));
      if (i !== undefined && !entryOf.has(e)) { entryOf.set(e, i); scores[i] = scores[i]! + NAMED; }
    }
  }
  const words = wordsOf(text);
  if (counter) counter.steps += words.length;
  const seen = new Set<Keyword>();
  for (let at = 0; at < words.length; at++) {
    for (const k of index.byFirstWord.get(words[at]!) ?? []) {
      if (counter) counter.steps++;
      if (seen.has(k) || at + k.words.length > words.length) continue;
      let same = true;
      for (let j = 1; j < k.words.length && same; j++) same = words[at + j] === k.words[j];
      if (counter) counter.steps += k.words.length;
      if (!same) continue;
      seen.add(k);
      scores[k.entry] = scores[k.entry]! + k.weight;
    }
  }
  return scores;
}

/**
 * The glossary's terms ranked by how well they fit the conversation: terms the answers name
 * or touch by their keywords, each answer by its weight, then a share of each strong term's
 * score passed to its related terms (the concepts an architect reaches for next). A term below
 * the offer threshold is never offered, so a conversation few terms fit gets few; names in
 * `alwaysWhenTouched` that the challenge (the first text) touches are always kept.
 */
export function rankTerms(texts: readonly WeightedText[], glossary: readonly GlossaryEntry[], options: RankOptions): RankedTerm[] {
  if (glossary.length === 0) return [];
  const index = indexOf(glossary);
  const direct = new Float64Array(glossary.length);
  let touchedByChallenge: Float64Array | undefined;
  texts.forEach(({ text, weight }, n) => {
    if (!text?.trim()) return;
    const scores = scoreText(text, index, glossary.length, options.counter);
    if (n === 0) touchedByChallenge = scores;
    for (let i = 0; i < scores.length; i++) direct[i] = direct[i]! + weight * scores[i]!;
  });
  const total = Float64Array.from(direct);
  direct.forEach((s, i) => {
    if (s < OFFER_AT) return;
    for (const name of glossary[i]!.related ?? []) {
      const r = index.byName.get(termKey(name));
      if (r !== undefined && r !== i) total[r] = total[r]! + RELATED_SHARE * Math.min(s, RELATED_CAP);
    }
  });
  // A term of one kind of system (FinOps: the cloud) needs the answers' own words, not a link.
  const fits = (i: number) => !glossary[i]!.contextBound || direct[i]! > 0;
  // …or a link from a term of the same kind that the answers do touch (Kubernetes from Cloud Native).
  const fitsThrough = (r: number, from: number) => fits(r) || (glossary[from]!.contextBound === true && direct[from]! > 0);
  const ranked = [...total.keys()].filter((i) => total[i]! >= OFFER_AT && fits(i)).sort((a, b) => total[b]! - total[a]! || a - b);
  const chosen = ranked.slice(0, options.max);
  // Up to fillTo, the related terms of the best few the answers touch themselves, then of the
  // others when a strong term pointed at them too: the concepts an architect reaches for next,
  // never an unrelated filler.
  const fillTo = Math.min(options.fillTo ?? 0, options.max);
  for (let n = 0; n < chosen.length && chosen.length < fillTo; n++) {
    const related = (glossary[chosen[n]!]!.related ?? []).map((name) => index.byName.get(termKey(name)))
      .filter((r): r is number => r !== undefined && !chosen.includes(r) && ((n < CORE && direct[chosen[n]!]! >= OFFER_AT) || total[r]! > 0) && fitsThrough(r, chosen[n]!))
      .sort((a, b) => total[b]! - total[a]! || a - b);
    for (const r of related) if (chosen.length < fillTo) chosen.push(r);
  }
  const kept = new Set((options.alwaysWhenTouched ?? []).map((n) => index.byName.get(termKey(n))).filter((i) => i !== undefined));
  for (const i of kept) {
    if (chosen.includes(i) || (touchedByChallenge?.[i] ?? 0) < OFFER_AT) continue;
    if (chosen.length >= options.max) {
      // The weakest term not kept on purpose gives way.
      let last = chosen.length - 1;
      while (last >= 0 && kept.has(chosen[last]!)) last--;
      if (last === -1) continue;
      chosen.splice(last, 1);
    }
    chosen.push(i);
  }
  return chosen.sort((a, b) => total[b]! - total[a]! || a - b).map((i) => ({ entry: glossary[i]!, score: total[i]! }));
}
