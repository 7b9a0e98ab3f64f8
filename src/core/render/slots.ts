/**
 * Free text as it is pasted into a sentence. A user types "Our three product teams each built
 * their own integration to SAP." as an answer; the doc pastes it after "Our current challenge is".
 * This module turns the answer into something that reads in that place: no trailing period, a
 * leading capital lowered only for a common word (SAP, Kafka and iOS keep theirs), no doubled
 * punctuation, and a flag saying whether the answer is a clause ("our teams each built…") rather
 * than a phrase ("scaling our gateway"), so the sentence around it can add "that".
 *
 * Every scan here is a single pass or a regex without nested repeats: linear in the input.
 */

import { honorificGender } from '../culture/honorificGender';
import { withoutRhythmLimits } from './rhythmLimit';
import { subjectVerbIndex } from './subjectVerb';
import { trimTrailing } from './trim';
import { swapToYou } from './pronouns';
import { foreignCondition } from './conditionWords';
import { readingPattern } from './lazyPattern';
import type { Phrase, PhraseArgs } from '../phrases/phrasebook';

/** Words that are common English words when capitalized at the start of an answer. */
const COMMON = new Set([
  'a', 'an', 'the', 'our', 'my', 'we', 'us', 'this', 'that', 'these', 'those', 'how', 'what', 'why', 'when', 'where', 'which',
  'whether', 'who', 'to', 'for', 'in', 'on', 'at', 'of', 'with', 'by', 'from', 'into', 'about', 'some', 'all', 'each', 'every',
  'no', 'not', 'more', 'fewer', 'less', 'many', 'most', 'too', 'one', 'two', 'three', 'four', 'five', 'ten', 'several', 'both',
  'their', 'his', 'her', 'its', 'your', 'they', 'she', 'he', 'it', 'there', 'as', 'if', 'so', 'and', 'or', 'but', 'any', 'other',
  'new', 'old', 'large', 'small', 'big', 'legacy', 'shared', 'slow', 'fast', 'better', 'clear', 'cross', 'long', 'short', 'real',
  'scale', 'split', 'move', 'build', 'make', 'get', 'keep', 'help', 'reduce', 'cut', 'turn', 'choose', 'decide', 'design', 'own',
  'run', 'ship', 'plan', 'fix', 'replace', 'retire', 'adopt', 'set', 'find', 'agree', 'lead', 'write', 'review', 'team', 'teams',
  'platform', 'service', 'services', 'data', 'integration', 'architecture', 'system', 'systems', 'api', 'apis', 'customer',
  'customers', 'product', 'products', 'release', 'releases', 'performance', 'reliability', 'security', 'cost', 'costs',
  'ownership', 'contracts', 'contract', 'tenancy', 'latency', 'throughput', 'incident', 'incidents', 'migration', 'monolith',
  'microservices', 'event', 'events', 'domain', 'mentoring', 'guidance', 'advice', 'input', 'feedback', 'judgment', 'judgement',
  'experience', 'i', 'be', 'become', 'have', 'grow', 'earn', 'reach', 'take', 'step', 'drive', 'shape', 'deliver', 'vendor',
  'vendors', 'governance', 'mainframe', 'batch', 'order', 'orders', 'payment', 'payments', 'cloud', 'infrastructure',
  'distributed', 'public', 'private', 'internal', 'external', 'global', 'regulated', 'enterprise', 'deploy', 'deploys',
  'deployment', 'deployments', 'builds', 'outages', 'errors', 'uptime', 'alerts', 'feedback', 'designs', 'decisions',
]);

/** First halves of common hyphenated compounds ("cloud-native", "self-service", "end-to-end"). */
const COMPOUND_HEADS = new Set([
  'cloud', 'event', 'multi', 'cross', 'self', 'high', 'low', 'long', 'short', 'real', 'well', 'non', 'co', 'pre', 'post', 'sub', 'semi',
  'data', 'domain', 'service', 'team', 'test', 'cost', 'risk', 'mobile', 'web', 'open', 'single', 'zero', 'near', 'end', 'full', 'read',
  'write', 'batch', 'stream', 'edge', 'server', 'client', 'on', 'off', 'hand', 'hard', 'soft', 'time', 'mission', 'business', 'customer',
  'user', 'front', 'back', 'third', 'first', 'top', 'bottom', 'day', 'year', 'quarter', 'org', 'company',
]);

/** Word endings that mark a common word even when we have never seen it ("Untangling", "Consolidation"). */
const COMMON_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ing|ion|ions|ment|ments|ness|ity|ities|ance|ence|ency|ies|ed|ly|ize|ise|able)$/u;

/** Subjects that make an answer a clause: "our teams each built…", "we have…", "nobody owns…". */
const CLAUSE_START = readingPattern('clauseStart', 'iu');

/** Opening phrases that restate the frame the doc already says ("Our challenge is …"). */
const FRAME_PREFIX = /^(?:(?:our|my|the)\s+(?:current\s+|main\s+|biggest\s+|key\s+|most pressing\s+)?(?:architectural\s+|technical\s+)?(?:challenge|problem|issue|goal|question)\s+(?:is|was)\s*(?:that\s+|to\s+)?:?\s*|(?:challenge|problem|goal)\s*:\s*)/iu;

/** "I want to learn", "I'd like your view on", "I will bring", "to be able to"…: the frame the
 *  doc's sentence already says. Anchored and without nested repeats. */
const FIRST_PERSON_WRAPPER = readingPattern('firstPersonWrapper', 'iu');

/** "He is known for …", "You are known for …", "She is an expert in …": the frame the doc's
 *  "your experience with …" already says. Anchored, no nested repeats. */
const KNOWN_FOR = /^(?:(?:he|she|they)\s+(?:is|are|was|were)|(?:he|she)['’]s|they['’]re|you\s+are|you['’]re)\s+(?:(?:well|best|widely|also)\s+)?(?:known\s+for|(?:an\s+)?experts?\s+(?:in|on|at)|experienced\s+(?:in|with))\s+/iu;
/** "He led the monolith split at Lumen": after "the work you led on", only "the monolith split…"
 *  belongs there. Anchored, no nested repeats. */
const LED = /^(?:he|she|they|you)\s+(?:led|ran|drove|built|owned|headed|shipped|designed)\s+(?=the\s|our\s|their\s|his\s|her\s|your\s|a\s|an\s)/iu;

/** A finite verb that makes a subject-first answer a clause ("p99 latency … is over 2 s", "my
 *  proposal … has stalled"). Found once, left to right: linear. */
const FINITE = /\s(?:is|are|was|were|has|have|had|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|keeps?\s+\p{L}+ing|don['’]t|doesn['’]t|can['’]t|cannot|won['’]t|never)\s/iu;
/** Beginnings that make the answer a phrase whatever follows: an article, a question word, a
 *  preposition, a gerund ("a data map that your team can reuse", "how you traced…"). */
const PHRASE_START = /^(?:(?:a|an|how|what|why|when|where|which|whether|who|to|for|in|on|at|of|with|by|from|into|about|between|across)\b|(?!(?:some|no|every|any)thing\b)\p{L}+ing\b)/iu;
/** Words right before a verb that make it a relative clause inside a phrase ("the jobs that are…"). */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);

export interface Slot {
  /** Ready to paste mid-sentence (Markdown escaping is applied afterwards, by the caller). */
  text: string;
  /** A clause with its own subject and verb: paste it after "that", or set it off in its own
   *  sentence (`sentence`), never as a noun phrase. */
  clause: boolean;
  /** The same answer as a sentence of its own: first letter capital, one final period. */
  sentence: string;
}

/** True when the text has a subject and a finite verb of its own, read without nested repeats. */
function isClause(s: string): boolean {
  if (CLAUSE_START().test(s)) return true;
  // Any noun phrase and a verb challenges are written with: "our payments reconciliation service
  // falls over at every month-end close". An article may start it ("a single slow query takes…").
  if ((!PHRASE_START.test(s) || /^an?\s/iu.test(s)) && subjectVerbIndex(s) > 0) return true;
  if (PHRASE_START.test(s)) return false;
  const m = FINITE.exec(s);
  if (!m) return false;
  const before = s.slice(0, m.index).trim().split(' ');
  // "feedback on where your docs are unclear": the verb belongs to "where …", not to the answer.
  if (before.some((w) => /^(?:where|when|why|how|whether|if|because|while)$/i.test(w))) return false;
  return before.length > 0 && before[0] !== '' && !RELATIVE.has(before[before.length - 1]!.toLowerCase());
}

/** "I want to", "we hope to", "to": the frame around a goal that the doc's "I want to …" says. */
const GOAL_FRAME = /^(?:(?:i|we)\s+(?:really\s+)?(?:want|would like|hope|plan|aim|intend|need|wish)\s+to\s+|to\s+)/iu;
/** Determiners and the like: a goal that starts with one is a place to reach, not an action. */
const NOUN_START = /^(?:a|an|the|my|our|one|more|senior|staff|principal)\b/iu;

/**
 * A goal as it follows "I want to" ("lead the exit programme", "be the person who…", "get to a
 * staff role"): its own "I want to" dropped, a capital on its first verb lowered, a noun phrase
 * reached ("get to …"). Reviewers 7 and 8: "I want to be able to I want to lead…", "…able to Be
 * the person…". Anchored: linear.
 */
export function goalPhrase(text: string): string {
  const s = lowerLeadingCommonWord(text.replace(GOAL_FRAME, ''));
  if (s === '') return s;
  return NOUN_START.test(s) ? `get to ${s}` : s;
}

/** A slot's text as a sentence of its own. */
export function asSentence(text: string): string {
  if (text === '') return '';
  const t = text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return /[.!?]$/u.test(t) ? t : `${t}.`;
}

/** Lowers the first letter of the first word when that word is a common word written with a
 *  capital only because it started the answer. Acronyms, camel case and proper nouns stay. */
export function lowerLeadingCommonWord(text: string): string {
  const m = /^(\p{Lu})(\p{L}*)/u.exec(text);
  if (!m) return text;
  const word = m[0];
  const rest = m[2]!;
  if (rest !== '' && rest !== rest.toLowerCase()) return text; // SAP, iOS-like, GraphQL
  // A hyphenated compound whose first half is a common word ("Cloud-native", "Event-driven",
  // "Multi-tenant") is lowered; "Kafka-based" and "Rolls-Royce" keep their capitals.
  // "Make-or-Buy": a later part with a capital makes the compound a term of its own, kept as typed.
  if (/^(?:-\p{L}+)*-\p{Lu}/u.test(text.slice(word.length))) return text;
  if (/^-\p{Ll}/u.test(text.slice(word.length)) && (COMMON.has(word.toLowerCase()) || COMPOUND_HEADS.has(word.toLowerCase()))) return m[1]!.toLowerCase() + text.slice(1);
  if (/^-\p{Lu}/u.test(text.slice(word.length))) return text; // a capitalized compound: "Domain-Driven Design"
  if (rest === '' && word !== 'A') return text; // "I", "X" stay; the article "A" goes down
  if (COMMON.has(word.toLowerCase()) || COMMON_ENDING.test(word)) return m[1]!.toLowerCase() + text.slice(1);
  return text;
}

/** Normalizes an answer for a place mid-sentence. */
export function slot(raw: string): Slot {
  let s = raw.replace(/\s+/g, ' ').trim();
  // Drop a frame the doc already provides: "Our current challenge is that …" → "…".
  const frame = FRAME_PREFIX.exec(s);
  if (frame && frame[0].length < s.length) s = s.slice(frame[0].length);
  // No sentence-final punctuation inside our sentence; keep "…" and "?" only if they are the
  // whole point (a question is rephrased by the template anyway, so drop it too).
  // A typed entity ("&amp;") keeps its ";". One backward pass (trim.ts): the regex form of this,
  // tried at every position, was quadratic on ". . . . x" and on long letter runs.
  const kept = trimTrailing(s, (c) => /[\s.;:,!]/u.test(c));
  s = kept.length < s.length && /&#?[\p{L}\p{N}]+$/u.test(kept) && s[kept.length] === ';' ? s.slice(0, kept.length + 1) : kept;
  s = s.replace(/(\.\.\.|…)$/u, '');
  // No doubled punctuation inside ("slow,, fragile" / "fast!!").
  s = s.replace(/([,;:!?])\1+/g, '$1').replace(/(?<!\.)\.\.(?!\.)/g, '.');
  // Straight or curly quotes around the whole answer add nothing mid-sentence.
  const quoted = /^["“'‘](.*)["”'’]$/u.exec(s);
  if (quoted && !/["“”]/.test(quoted[1]!) && quoted[1]!.trim() !== '') s = quoted[1]!.trim(); // quotes alone are the answer
  // First-person wrappers around the real answer: "I want to learn how you split contexts" is
  // pasted after "your view on", so only "how you split contexts" belongs there.
  s = s.replace(FIRST_PERSON_WRAPPER(), '');
  // "He is known for migrating …" after "your experience with": only "migrating …" belongs there.
  const known = KNOWN_FOR.exec(s) ?? LED.exec(s);
  if (known && known[0].length < s.length) s = s.slice(known[0].length);
  s = lowerLeadingCommonWord(s);
  return { text: s, clause: isClause(s), sentence: asSentence(s) };
}

/**
 * A slot's text for the doc's own narrative, which speaks to the user as "you": an answer typed in
 * the first person ("I'll write up every decision", "on my own") reads "you'll write up every
 * decision", "on your own". "I" before "/" or "-" (I/O, I-9) is not a pronoun and stays.
 */
export function narrated(text: string): string {
  const cap = (model: string, word: string) => (/^\p{Lu}/u.test(model) && model !== 'I' ? word[0]!.toUpperCase() + word.slice(1) : word);
  return text
    .replace(/\bI(['’])(ll|m|d|ve)\b/g, (_m, q: string, c: string) => `you${q}${c === 'm' ? 're' : c}`)
    .replace(/\bI (am|was|wasn['’]t)\b/g, (_m, v: string) => `you ${v === 'am' ? 'are' : v === 'was' ? 'were' : 'weren’t'}`)
    .replace(/(?<![/-])\bI\b(?![/-])/g, 'you')
    .replace(/\b(my|My|mine|Mine|myself|Myself|me)\b/g, (w: string) => cap(w, { my: 'your', mine: 'yours', myself: 'yourself', me: 'you' }[w.toLowerCase()]!));
}

/**
 * An answer typed to the leader ("how you sequenced the cut-overs", "a review of your team's
 * app"), as the doc's narrative says it: the leader is "they" there, the user is "you". "You" is
 * turned first, then the user's own "I"/"my".
 */
export function narratedAboutLeader(text: string): string {
  const cap = (model: string, word: string) => (/^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word);
  const leader = text
    .replace(/\b(you|You)(['’])(re|ve|ll|d)\b/g, (_m, y: string, q: string, c: string) => `${cap(y, 'they')}${q}${c}`)
    .replace(/\b(yours|Yours)\b/g, (y: string) => cap(y, 'theirs'))
    .replace(/\b(your|Your)\b/g, (y: string) => cap(y, 'their'))
    .replace(/\b(yourself|Yourself)\b/g, (y: string) => cap(y, 'themselves'))
    // An object after a preposition, or closing a clause, is "them" ("reviewed twice with you").
    .replace(/\b(with|to|for|by|from|about|at|on|of|than|after|before|without|between|like|past)\s+you\b(?!['’])/g, '$1 them')
    .replace(/(?<=\S\s)you(?=\s*(?:[.,;:!?)]|$))/g, 'them')
    .replace(/\b(you|You)\b/g, (y: string) => cap(y, 'they'));
  return narrated(theyForLeader(leader));
}

/** "their" points at the leader only before words for their people or their work; elsewhere it
 *  may mean the teams in the user's own sentence, so it stays. */
const THEIR = /\b(their|Their)(\s+own)?(\s+(?:team|teams|team's|team’s|org|orgs|organization|organisation|group|groups|department|division|unit|people|engineers|reports|direct reports)\b)/gu;

/** Words after "her" that show it is an object ("helped her with"), not a possessive ("her team"). */
const AFTER_OBJECT = new Set(['with', 'to', 'that', 'the', 'a', 'an', 'and', 'or', 'about', 'for', 'on', 'in', 'at', 'by', 'from', 'as', 'so', 'if', 'when', 'how', 'what', 'why', 'into', 'through', 'over', 'again', 'first', 'directly']);

/** Third-person verbs after "she"/"he", as they read after "you". */
function verbForYou(verb: string): string {
  const v = verb.toLowerCase();
  const irregular: Record<string, string> = { has: 'have', is: 'are', was: 'were', does: 'do', "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", 'goes': 'go' };
  if (irregular[v]) return irregular[v]!;
  if (/(?:ss|[^s]s)$/.test(v) === false) return verb; // past tense, modals: "staged", "can", "would"
  if (/(?:ches|shes|sses|xes|zes)$/.test(v)) return verb.slice(0, -2);
  if (/[^aeiou]ies$/.test(v)) return verb.slice(0, -3) + 'y';
  if (/[^s]s$/.test(v) && !/(?:us|is|ss)$/.test(v)) return verb.slice(0, -1);
  return verb;
}

/**
 * A slot's text for a line spoken to the leader. Answers are often written about them ("how she
 * staged her team's migration"); said to their face, that must be "how you staged your team's
 * migration". Only he/she/him/his/her are turned, and "their" before their people.
 */
export function spokenTo(text: string): string {
  const cap = (model: string, word: string) => (model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word);
  let s = text.replace(/\b(she|he|She|He)\s+([\p{L}'’]+)/gu, (_m, p: string, verb: string) => `${cap(p, 'you')} ${verbForYou(verb)}`);
  s = s.replace(/\b(his|His)\b/gu, (_m, p: string) => cap(p, 'your'));
  s = s.replace(/\b(him|Him)\b/gu, (_m, p: string) => cap(p, 'you'));
  s = s.replace(/\b(her|Her)\b(\s+([\p{L}'’-]+))?/gu, (_m, p: string, rest: string | undefined, next: string | undefined) =>
    next !== undefined && !AFTER_OBJECT.has(next.toLowerCase()) ? `${cap(p, 'your')}${rest}` : `${cap(p, 'you')}${rest ?? ''}`);
  return s.replace(THEIR, (_m, p: string, own: string | undefined, rest: string) => `${cap(p, 'your')}${own ?? ''}${rest}`);
}

/** "his team's platform" → "their team's platform": the narrative calls the leader "they"
 *  everywhere, so a pronoun typed in an answer about them follows it ("their judgment…
 *  in his team's platform"). The same reading of "her" as `spokenTo`. */
function theyForLeader(text: string): string {
  const cap = (model: string, word: string) => (model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word);
  let s = text.replace(/\b(she|he|She|He)\s+([\p{L}'’]+)/gu, (_m, p: string, verb: string) => `${cap(p, 'they')} ${verbForYou(verb)}`);
  s = s.replace(/\b(his|His)\b/gu, (_m, p: string) => cap(p, 'their'));
  s = s.replace(/\b(him|Him)\b/gu, (_m, p: string) => cap(p, 'them'));
  return s.replace(/\b(her|Her)\b(\s+([\p{L}'’-]+))?/gu, (_m, p: string, rest: string | undefined, next: string | undefined) =>
    next !== undefined && !AFTER_OBJECT.has(next.toLowerCase()) ? `${cap(p, 'their')}${rest}` : `${cap(p, 'them')}${rest ?? ''}`);
}

/** "a" or "an" before a word, by how it sounds (an hour, a user, an SLO, a UI). */
export function article(word: string): 'a' | 'an' {
  const w = word.trim();
  if (/^(?:hour|honest|honou?r|heir)/i.test(w)) return 'an';
  if (/^(?:eu|uni|use|usu|uti|ure|one|once|ubi|uk\b)/i.test(w)) return 'a';
  // Initialisms read letter by letter: an SLO, an MRI, a UI, a VP.
  const acronym = /^(\p{Lu}{2,})\b/u.exec(w);
  if (acronym) return /^[AEFHILMNORSX]/.test(acronym[1]!) ? 'an' : 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** True when the words read as a refusal: "no", "can't take this on", "not able to". */
export function soundsLikeNo(text: string): boolean {
  // A limit on the rhythm ("no regular meetings") is no no (rhythmLimit.ts).
  const words = withoutRhythmLimits(text);
  return /(?:^\s*no\b|\bsay no\b|\bis no\b|\bnot able|unable|can't|cannot|can not|won't|will not|decline|declined|declining|not in a position|not possible|have to say no|pass on this|not for me|isn't something i can|not something i can|don't have the capacity|do not have the capacity|not take (?:this|it) on|(?:don't|do not|don’t) take on (?:individual |personal |any )?(?:mentees|mentoring)|not taking on (?:any )?(?:new )?(?:mentees|mentoring))/i.test(words)
    && !/\bno problem\b|\bno worries\b/i.test(words);
}

/** Words that send you to your manager (also read for the name they used, managerWord). */
const MANAGER_WORDS = /\b(?:line manager|manager|boss|reporting line|department head|head of (?:your )?department|supervisor|team lead)\b/;

type WordsResponse = 'no-time' | 'not-now' | 'noncommittal' | 'use-the-program' | 'ask-your-manager' | 'not-ready';

/** What words point to which first response, in priority order. `core` alone decides the single
 *  likeliest reading; `more` adds words that only count as one signal among others ("until",
 *  "consider"). One table for both readings, so a word added to one is added to the other. */
const WORD_SIGNALS: readonly { response: WordsResponse; core: RegExp; more?: RegExp }[] = [
  { response: 'use-the-program', core: /\bprogram(?:me)?\b(?!\s+side\b)|\bscheme\b|\bguild\b|\bcommunit(?:y|ies) of practice\b/ },
  { response: 'ask-your-manager', core: MANAGER_WORDS },
  // A condition in German is not a time: „erst wenn …“, „sobald …“, „nachdem …“, „zuerst …, dann …“, „wenn Sie
  // Ihre Zielarchitektur vorgestellt haben“ ask for something done first (the English „once we …“ stays a not-now).
  { response: 'not-ready', core: /\bready\b|\bmore experience\b|\bin a year\b|\btoo early\b|\bjunior\b|\berst wenn\b|\bsobald (?:sie|du)\b|\bnachdem (?:sie|du)\b|\bzuerst\b[^.?!]{0,80}\bdann\b|\bwenn (?:sie|du)\b[^.?!]{0,80}\b(?:haben|hast|sind|bist)\b/, more: /\bmore exposure\b|\bexposure to\b/ },
  // "Get back to me in February", "not before the budget is through", "ask me again after Diwali":
  // a time to come back is a not-now, however it is put; in German too („sobald wir …“, „nach dem
  // Go-live“, „im Herbst“, „meld dich …“): their work or a season, not a condition on you.
  { response: 'not-now', core: /\bsobald\b|\bnach (?:dem|der|den)\b|\bim (?:herbst|frühjahr|frühling|sommer|winter|neuen jahr)\b|\bmelde? dich\b|\bmelden sie sich\b|\b(?:im moment|jetzt|derzeit) nicht\b|\bnext (?:quarter|year|month)\b|\blater\b|\btiming\b|\bafter (?:the|we|our)\b|\bonce (?:we|the|our)\b|\bnot (?:right )?now\b|\brevisit\b|\bnot this year\b|\bnot before\b|\b(?:get|come) back to me\b|\b(?:talk|speak|ask me|try me) again\b|\b(?:in|after|until) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bafter (?:ramadan|eid|lebaran|idul fitri|hari raya|diwali|deepavali|golden week|easter|christmas|chinese new year|lunar new year|the holidays)\b/, more: /\buntil\b|\bthis year\b|\bin a few (?:weeks|months)\b/ },
  { response: 'no-time', core: /\bcalendar\b|\bbusy\b|\bno time\b|\bbandwidth\b|\bcapacity\b|\bplate\b|\bswamped\b|\bschedule\b/, more: /\bslammed\b/ },
  // "Maybe talk to Marcos?" is a referral, not a vague yes: "maybe"/"perhaps" count
  // only when they do not introduce someone to ask instead, or a time.
  { response: 'noncommittal', core: /\blet me (?:see|think)\b|\binteresting\b|\b(?:maybe|perhaps)\b(?!\s+(?:talk|speak|ask|reach out|try|contact|after|once|when|next|later|in)\b)|(?<!not )\bsure\b|\bat some point\b|\bsome time\b|\bget back to you\b/, more: /\bconsider\b/ },
];

/** What their words most likely meant, when the profile names no first response: "my calendar is
 *  brutal" reads as no-time, "let me see" as noncommittal. Undefined when nothing fits. */
export function firstResponseFromWords(words: string): WordsResponse | undefined {
  const w = words.toLowerCase();
  return WORD_SIGNALS.find((x) => x.core.test(w))?.response;
}

/** Every first response their words point to, in a fixed order: "I will consider it. Please talk
 *  to your department head first." is both noncommittal and ask-your-manager. */
export function firstResponsesFromWords(words: string): WordsResponse[] {
  const w = words.toLowerCase();
  return WORD_SIGNALS.filter((x) => x.core.test(w) || (x.more?.test(w) ?? false)).map((x) => x.response);
}

/** What they said first, as the doc reads it: the answer picked, else what their words say. The
 *  doc, its checklist and the sidebar read it the same way. */
export function firstResponseOf<T extends string>(picked: T | undefined, words: string | undefined): T | WordsResponse | undefined {
  return picked ?? (words?.trim() ? firstResponseFromWords(words) : undefined);
}

/** Who they sent you to, in their words: "department head", or "manager" by default. */
export function managerWord(words: string): string {
  const m = MANAGER_WORDS.exec(words.toLowerCase());
  return m && !/^(?:boss|reporting line)$/.test(m[0]) ? m[0].replace(/^head of (?:your )?department$/, 'head of department') : 'manager';
}

/** A doubt about their own currency, not about you ("my hands-on knowledge has moved on", "I'm out of
 *  date on that"): a fit doubt, never mentoring fatigue, never "not ready". Bounded: linear. */
const OWN_CURRENCY = readingPattern('ownCurrency', 'i');

/** They doubt they are the right mentor ("I don't think I'd be a good mentor for you", "I'm not
 *  sure I'm the right person"): a fit worry, not a scope or time one (readers 9 and 10). */
export function doubtsFit(words: string): boolean {
  // "not the right one", "not my area / wheelhouse", "she knows it far better than I do": a doubt about
  // their own fit, said beside a name as often as alone (issue 21: read as mentoring fatigue).
  return OWN_CURRENCY().test(words) || /\b(?:right|best|good|ideal|better) (?:person|mentor|fit)\b|\b(?:the|not) (?:right|best|ideal) one\b|\bnot (?:really )?my (?:area|field|wheelhouse|strength|expertise|thing)\b|\bknows? (?:it|this|that|the area|the topic)(?: (?:far|much|a lot))? better than (?:I do|me)\b|\bsomeone (?:else|better)\b|\bbetter placed\b|\bnot (?:really )?the (?:one|person|man|woman|guy) (?:for|to)\b|\b(?:I['’]m|I am) out of (?:that|this|it)(?: now| these days| any ?more)?\b|\b(?:I['’]m|I am) (?:not|no longer) (?:close to|in the weeds on|hands-on)\b|\bnot hands-on any ?more\b|\bwhy me\b|(?:^|[\s,])me\?/i.test(words);
}

/** The leader's pronouns, read from how you address them ("Frau Dr. Krüger", "Mr. Venkataraman")
 *  or from how your answers about them speak of them ("how she sized capacity"): only when that is
 *  unambiguous; "they" otherwise (readers 6, 9 and 10 heard "they declined" about "Frau Dr. Krüger"). */
export function leaderPronoun(addressAs: string, about: string): { they: string; them: string; their: string; theyHave: string } {
  const she = { they: 'she', them: 'her', their: 'her', theyHave: 'She has' };
  const he = { they: 'he', them: 'him', their: 'his', theyHave: 'He has' };
  if (honorificGender(addressAs) !== 'none') return honorificGender(addressAs) === 'she' ? she : he;
  const f = /\b(?:she|her|hers|herself)\b/i.test(about);
  const m = /\b(?:he|him|his|himself)\b/i.test(about);
  if (f !== m) return f ? she : he;
  return { they: 'they', them: 'them', their: 'their', theyHave: 'They have' };
}

/** Someone they named instead of themselves: "Maybe talk to Marcos?" → "Marcos". A capitalized
 *  name after "talk/speak to", "ask" or "reach out to"; not "HR", not "your manager". Bounded
 *  repeats only: linear. */
export function referralFrom(words: string): string | undefined {
  const m = /\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|ask|reach out to|try|contact)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\b/u.exec(words);
  if (!m) return undefined;
  const name = m[1]!;
  return /^(?:Your|The|Our|My|Someone|Somebody|Maybe|Perhaps|Please|Human|People|Engineering|Product|Mentoring)\b/.test(name) ? undefined : name;
}

/** How they put it off, as come-back-when and come-back-objection are told it (phrases/en/shared.ftl):
 *  `how` and their words. `named`: they named it, not the default. */
export interface ComeBackReading { args: PhraseArgs; named: boolean }

/** When to come back, read from their words: "until the Series B closes" → the week after the
 *  Series B closes; "this year" → January; otherwise the start of next quarter. Bounded repeats
 *  only: linear. */
export function comeBackReading(words: string): ComeBackReading {
  // A condition, not a time: said to them in your voice ("once I’ve presented the plan to the board"),
  // and as they put it ($their: "once you’ve presented…").
  if (isCondition(words)) return { args: { how: 'condition', what: words.startsWith('“') ? words : swapToYou(words.trim()), their: words.trim() }, named: true };
  const until = /\buntil\s+([^.,;!?]{3,60})/i.exec(words);
  if (until) {
    const what = until[1]!.trim().replace(/^(?:after\s+)?/i, '');
    // "until the end of the quarter": right after that end, not "after the end … is over".
    if (/^(?:the\s+)?end of\b/i.test(what)) return { args: { how: 'end', what }, named: true };
    const ends = /\b(?:closes|ends|is (?:done|over|settled|finished)|are (?:done|over|settled|finished)|lands|ships)$/i.test(what);
    return { args: { how: ends ? 'until' : 'until-over', what }, named: true };
  }
  if (/\bthis year\b/i.test(words)) {
    const due = /\b(?:due to|because of)\s+([^.,;!?]{3,60})/i.exec(words)?.[1]!.trim();
    return { args: { how: 'this-year', due: due ?? 'none', dueCount: due !== undefined && /s$/.test(due) ? 'other' : 'one' }, named: true };
  }
  // "after the Q3 launch": their milestone, not a calendar quarter (bounded repeat: linear).
  const milestone = /\bafter\s+((?:the|we|our)\s+[^.,;!?]{3,40})/i.exec(words);
  if (milestone) return { args: { how: 'after', what: milestone[1]!.trim() }, named: true };
  // "after Lebaran", "after Golden Week": a named holiday or event, said in their words, not swapped for
  // the month it falls in.
  const named = /\bafter\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u.exec(words);
  if (named) return { args: { how: 'after', what: named[1]! }, named: true };
  const months = /\bin a few (weeks|months)\b/i.exec(words);
  if (months) return { args: { how: 'few', unit: months[1]!.toLowerCase() }, named: true };
  return { args: { how: 'default' }, named: false };
}

/** A come-back tied to a condition, not a time: something you do ("once you’ve presented the plan to the board") or a
 *  state ("when the platform team is in place"), or one in their language (conditionWords.ts). Bounded: linear. */
const CONDITION = /^(?:once|when|after)\s+(?:you(?:['’]ve|['’]d| have| had)\s|(?:the|our|your)\s[^.;!?]{2,40}?\s(?:is|are)\s)/i;
export const isCondition = (when: string): boolean => CONDITION.test(when.trim()) || foreignCondition(when.trim().replace(/^“/u, ''));

/** When to come back and the objection it makes, in words (`speak`: the document's phrasebook). */
export function comeBackFrom(words: string, speak: (phrase: Phrase) => string): { when: string; objection: string; named: boolean; condition?: true } {
  const { args, named } = comeBackReading(words);
  return { when: speak({ id: 'come-back-when', args }), objection: speak({ id: 'come-back-objection', args }), named, ...(args.how === 'condition' ? { condition: true as const } : {}) };
}
