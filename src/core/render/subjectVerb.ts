/**
 * A subject followed by its own finite verb: "our payments reconciliation service falls over at
 * every month-end close", "the nightly settlement job keeps failing", "Kafka consumer lag spikes
 * at every deploy". The slot's patterns (slots.ts) know a closed list of head nouns and verbs;
 * this reads any noun phrase of up to fourteen words followed by a verb that challenges are written
 * with ("the nightly settlement job for our three regional card processors times out"), so the sentence around it can add "that" and the short name can stop before the verb.
 *
 * A word that is a verb or a plural noun ("crashes", "costs", "spikes") counts as a verb only
 * when what follows reads as its object, particle or time ("costs us", "crashes every night",
 * "spikes at month-end"); a verb after a relative word, a question word or a pronoun belongs to
 * a clause inside a noun phrase ("payments that fail", "the time it takes"). One pass over at
 * most a few words: linear.
 */

/** Verbs that are hardly ever nouns in a challenge: their -s and past forms. */
const VERB_ONLY = new Set([
  'falls', 'fell', 'fails', 'collapses', 'collapsed', 'degrades', 'freezes', 'froze', 'chokes', 'choked', 'dies', 'died', 'overruns',
  'overran', 'exceeds', 'takes', 'took', 'needs', 'requires', 'depends', 'relies', 'causes', 'forces', 'prevents', 'becomes',
  'became', 'gets', 'got', 'grows', 'grew', 'doubles', 'doubled', 'triples', 'tripled', 'rises', 'rose', 'stops', 'loses', 'goes',
  'went', 'owns', 'disagrees', 'argues', 'struggles', 'keeps', 'kept', 'breaks', 'broke', 'cascades', 'blocks', 'eats', 'burns',
  'floods', 'overloads', 'saturates', 'wakes', 'pages', 'times', 'timed', 'stalls', 'stalled', 'slows', 'slowed', 'hangs', 'hung',
  'crashes', 'crashed', 'drops', 'dropped', 'spikes', 'spiked', 'costs', 'runs', 'ran', 'hits', 'lags', 'lagged', 'leaks', 'leaked',
  'slips', 'slipped', 'misses', 'delays', 'delayed', 'conflicts', 'overlaps', 'duplicates', 'duplicated', 'waits', 'locks', 'locked',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'cannot', 'will', 'won’t', "won't", 'can’t', "can't", 'doesn’t', "doesn't",
  'don’t', "don't", 'didn’t', "didn't", 'isn’t', "isn't", 'aren’t', "aren't", 'never',
  'creates', 'created', 'produces', 'produced', 'generates', 'generated', 'triggers', 'triggered', 'corrupts', 'corrupted', 'lost', 'failed',
  'returns', 'returned', 'rejects', 'rejected', 'blocked', 'exposes', 'shares',
]);
/** Of those, the ones that are also plural nouns ("cache misses", "our costs", "coffee breaks",
 *  "traffic spikes"): a verb only before what a verb takes. Past forms that also read as
 *  adjectives ("the stalled project") need it too. */
const ALSO_NOUN = new Set([
  'breaks', 'crashes', 'crashed', 'stalls', 'stalled', 'slows', 'hangs', 'drops', 'dropped', 'spikes', 'spiked', 'costs', 'runs', 'hits',
  'lags', 'lagged', 'leaks', 'leaked', 'slips', 'slipped', 'misses', 'delays', 'delayed', 'conflicts', 'overlaps', 'duplicates',
  'duplicated', 'waits', 'locks', 'locked', 'blocks', 'pages', 'times', 'timed', 'floods', 'needs', 'eats', 'burns', 'collapsed', 'dies',
  'fell', 'broke', 'slowed', 'hung', 'choked', 'died', 'froze', 'failed', 'lost', 'created', 'produced', 'generated', 'triggered', 'corrupted',
  'returned', 'rejected', 'blocked', 'returns', 'triggers', 'shares',
]);
/** Base forms after a plural subject ("our nightly jobs fall over", "two teams disagree"). */
const BASE_VERBS = new Set([
  'fall', 'fail', 'crash', 'break', 'stall', 'hang', 'freeze', 'die', 'collapse', 'degrade', 'overrun', 'exceed', 'take', 'need',
  'require', 'depend', 'rely', 'cause', 'force', 'prevent', 'block', 'cost', 'miss', 'lose', 'drift', 'diverge', 'conflict', 'overlap',
  'duplicate', 'disagree', 'argue', 'fight', 'compete', 'clash', 'keep', 'stop', 'time', 'spike', 'slow', 'drop', 'pile', 'grow', 'own',
  'double', 'triple', 'rise', 'create', 'produce', 'generate', 'trigger', 'corrupt', 'return', 'reject', 'share',
  // Plural subjects that lag, leak or slip ("our fraud-scoring consumers lag behind during the batch"):
  // nouns too, so only before what a verb takes (issue 21).
  'lag', 'leak', 'slip', 'wait', 'hit', 'choke', 'flap', 'starve', 'thrash', 'wake', 'page', 'run', 'eat', 'burn', 'flood', 'lock', 'go', 'get',
]);
/** Of those, the ones that are never nouns: a verb after a plural or joined subject without more proof. */
const BASE_ONLY = new Set([
  'degrade', 'overrun', 'exceed', 'require', 'depend', 'rely', 'prevent', 'lose', 'diverge', 'grow',
  'create', 'produce', 'generate', 'corrupt', 'reject',
]);
/** What follows a verb and not a plural noun: a particle, an object, a time. */
const AFTER_VERB = new Set([
  'over', 'out', 'down', 'apart', 'behind', 'short', 'up', 'off', 'us', 'me', 'them', 'it', 'our', 'my', 'their', 'his', 'her', 'the', 'a',
  'an', 'every', 'each', 'whenever', 'again', 'twice', 'regularly', 'constantly', 'often', 'repeatedly', 'daily', 'nightly', 'weekly',
  'monthly', 'more', 'half', 'hours', 'days', 'weeks', 'minutes', 'seconds', 'too', 'so', 'one',
]);
/** "at every close", "under load", "during peak": a preposition that still reads as the verb's time. */
const TIME_AFTER = /^(?:at|on|during|under|in)$/u;
const TIME_OBJECT = /^(?:every|each|peak|load|month-end|quarter-end|year-end|night|nights|weekends?|production|prod)$/u;
/** Words before the verb that make it a clause inside a noun phrase. */
const INNER = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how', 'what', 'whether', 'if', 'because', 'while', 'it', 'we', 'i',
  'they', 'you', 'he', 'she', 'and', 'or', 'but',
]);
const DETERMINER = /^(?:the|a|an|our|my|their|its|his|her|your|this|these|those|every|each|no|some|all|most|many|several|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d.,]*)$/u;
/** A count as the object of a verb in -s: "breaks three teams", "costs two days" ("our deploys take two
 *  hours" is left as it was read: the label stops at its last noun). */
const NUMBER = /^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/u;
const PREPOSITION = /^(?:of|for|to|from|in|on|at|by|with|into|onto|across|between|under|over|about|via|per|behind|through|within|inside|outside|among|against|around|beyond|throughout|without|toward|towards)$/u;

/** A word without its quotes and punctuation. The trailing run is cut from its start only (the
 *  lookbehind): tried at each of its marks, a word of 10,000 quotes cost 50 million steps. */
const bare = (w: string) => w.toLowerCase().replace(/^[("“'‘]+/u, '').replace(/(?<![)"”'’.,;:!?])[)"”'’.,;:!?]+$/u, '');

function followsAsVerb(verb: string, next: string | undefined, after: string | undefined): boolean {
  if (next === undefined) return false;
  if (AFTER_VERB.has(next) || /^\d/u.test(next) || /^\p{L}+ly$/u.test(next) || (NUMBER.test(next) && /s$/u.test(verb))) return true;
  // "drops reads whenever…", "loses records when…", "duplicates payments during failover": a plural
  // object and then what opens a clause or a time (a noun phrase does not go on like that).
  if (/[^s]s$/u.test(next) && after !== undefined && OBJECT_THEN.test(after)) return true;
  return TIME_AFTER.test(next) && after !== undefined && TIME_OBJECT.test(after);
}
/** After a verb's plural object: a clause or a time ("…whenever a switch happens", "…during failover"). */
const OBJECT_THEN = /^(?:whenever|when|if|because|during|every|each|while|until|after|under)$/u;

/** The longest subject read: a head noun with its modifiers and prepositional phrases ("the nightly
 *  settlement job for our three regional card processors"). */
const MAX_SUBJECT = 14;

/**
 * Where the subject's finite verb is among the words, or -1: at most fourteen words of subject, none
 * of them a relative or question word, a pronoun or a conjunction, and no determiner after the first
 * word except in a run that starts after a preposition ("the move from the monolith to services
 * takes…", "the job for our three card processors times out").
 */
export function subjectVerbIndex(text: string): number {
  const words = text.split(/\s+/u).slice(0, MAX_SUBJECT + 3).map(bare);
  // afterPreposition[j]: word j is a preposition, or a determiner in a run right after one.
  const afterPreposition: boolean[] = [];
  // "between the ledger and the banks": that "and" joins the preposition's two objects, once.
  let between = false;
  // "checkout, pricing and inventory share…": subjects joined by "and"/"or" take the base verb.
  let joined = false;
  for (let i = 1; i < words.length && i <= MAX_SUBJECT; i++) {
    const prev = words[i - 1]!;
    const joinsBetween = between && prev === 'and';
    if (prev === 'between') between = true;
    if (joinsBetween) between = false;
    const joins = !joinsBetween && i > 1 && (prev === 'and' || prev === 'or');
    if (joins) joined = true;
    afterPreposition[i - 1] = joinsBetween || joins || PREPOSITION.test(prev) || (DETERMINER.test(prev) && i >= 2 && afterPreposition[i - 2] === true);
    if (i > 1 && ((INNER.has(prev) && !joinsBetween && !joins) || (DETERMINER.test(prev) && !afterPreposition[i - 2]))) return -1;
    if (i === 1 && (INNER.has(prev) || DETERMINER.test(prev) || PREPOSITION.test(prev))) continue;
    const w = words[i]!;
    if (afterPreposition[i - 1]) continue;
    const plural = joined || /[^su]s$/u.test(prev);
    const verb = VERB_ONLY.has(w) || (BASE_VERBS.has(w) && plural);
    if (!verb) continue;
    // "times out", "keeps failing", "goes down": the particle or the -ing is the proof.
    if (w === 'times' || w === 'timed' || w === 'time') { if (words[i + 1] === 'out') return i; continue; }
    if ((w === 'keeps' || w === 'kept' || w === 'keep') && /ing$/u.test(words[i + 1] ?? '')) return i;
    if (BASE_ONLY.has(w)) return i;
    if (ALSO_NOUN.has(w) || BASE_VERBS.has(w)) { if (followsAsVerb(w, words[i + 1], words[i + 2])) return i; continue; }
    return i;
  }
  return -1;
}
