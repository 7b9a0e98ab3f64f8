// What they offered, turned to whoever hears it. No imports: the Builder's webview reads offers too.

/** Their words said back to them, in one pass so each pronoun turns once: "coffee when I'm in town"
 *  → "coffee when you’re in town", and "ping me when you're stuck" → "ping you when I’m stuck"
 *  ("Slack when you're stuck", said to them, meant them). */
export function toYou(offer: string): string {
  return asWords(offer) ?? swapToYou(offer);
}

/** An offer that starts with a verb ("greet me when you're on the Island") cannot follow "You offered"
 *  or "their offer" once its pronouns are turned ("They offered greet them…"): it is quoted
 *  as they said it, in either voice. Undefined for an offer that reads as a thing ("coffee when I'm in
 *  town", "to chat when I'm in London"). */
function asWords(offer: string): string | undefined {
  const t = offer.trim();
  if (/^[“"‘'„]/.test(t)) return undefined;
  // A first person no English swap can turn ("einen Kaffee, wenn ich in Bern bin"): their words, quoted,
  // so their "ich" is never yours (issue 21).
  if (FOREIGN_FIRST_PERSON.test(t)) return `“${t.replace(/(?<![.!])[.!]+$/, '')}”`;
  const m = /^([\p{L}]+)(?:\s+([\p{L}'’]+))?/u.exec(t);
  if (!m) return undefined;
  const first = m[1]!.toLowerCase(), second = (m[2] ?? '').toLowerCase().replace('’', "'");
  const imperative = IMPERATIVES.has(first) || (!NOT_VERBS.has(first) && /^(?:me|us|him|her|them|it)$/.test(second));
  return imperative ? `“${t.replace(/(?<![.!])[.!]+$/, '')}”` : undefined;
}
const FOREIGN_FIRST_PERSON = /(?<![\p{L}'’])(?:ich|mich|mir|mein|meine|meinem|meinen|meiner|wir|uns|unser|unsere|je|j['’]|moi|yo|nosotros)(?![\p{L}])/iu;
const IMPERATIVES = new Set(['greet', 'ping', 'send', 'call', 'email', 'e-mail', 'message', 'text', 'ask', 'tell', 'drop', 'reach', 'grab',
  'bring', 'write', 'come', 'find', 'book', 'join', 'visit', 'look', 'shoot', 'let', 'show', 'share', 'forward', 'try', 'feel', 'check',
  'catch', 'meet', 'talk', 'stop', 'swing', 'pop', 'get', 'give', 'put', 'use', 'contact', 'mail', 'dm', 'buzz', 'schedule', 'arrange']);
const NOT_VERBS = new Set(['to', 'a', 'an', 'the', 'some', 'one', 'two', 'my', 'your', 'our', 'their', 'his', 'her', 'this', 'that', 'any',
  'occasional', 'only', 'just', 'time', 'help', 'comments', 'feedback', 'coffee', 'lunch', 'answers', 'notes', 'written']);

/** "you" followed by one of these is the subject ("a document you send" → "a document I send"). */
const SUBJECT_NEXT = new Set(['send', 'sent', 'think', 'want', 'need', 'have', 'had', 'get', 'got', 'write', 'wrote', 'like', 'prefer',
  'are', 'were', 'do', 'did', 'can', 'could', 'will', 'would', 'should', 'might', 'may', 'must', 'make', 'find', 'see', 'know', 'mean',
  'decide', 'choose', 'pick', 'share', 'bring', 'draft', 'plan', 'work', 'try', 'feel', 'say', 'ask', 'hear', 'read', 'go', 'come',
  'use', 'put', 'give', 'take', 'build', 'run', 'face', 'hit', 'start', 'finish', 'ship', 'pass', 'forward', 'post', 'land', 'own',
  'already', 'just', 'still', 'really', 'also', 'ever', 'never', 'each', 'both', 'all', 'find', 'hope', 'expect', 'care', 'struggle']);
/** After these, "you" is an object even before a verb ("let you know" → "let me know", "help you decide"). */
const OBJECT_AFTER = /\b(?:let|help|make|makes|have|see|watch|hear|bid|with|for|to|at|by|from|about|on|of|without|than|like)$/i;

export function swapToYou(offer: string): string {
  return offer.replace(/\b(?:I['’]m|I am|I['’]ll|I['’]ve|I|my|me|mine|you['’]re|you are|you['’]ll|you['’]ve|yours|your|you)\b/gi, (word, at: number, all: string) => {
    const w = word.toLowerCase().replace('’', "'");
    const swap: Record<string, string> = {
      "i'm": 'you’re', 'i am': 'you are', "i'll": 'you’ll', "i've": 'you’ve', i: 'you', my: 'your', me: 'you', mine: 'yours',
      "you're": 'I’m', 'you are': 'I am', "you'll": 'I’ll', "you've": 'I’ve', yours: 'mine', your: 'my',
    };
    if (w !== 'you') return swap[w] ?? word;
    // "thank you" is said to whoever hears it, either way round.
    if (/\bthank\s*$/i.test(all.slice(Math.max(0, at - 8), at))) return word;
    const next = /^(?:(['’]d)\b|\s+([\p{L}'’-]+))/u.exec(all.slice(at + word.length));
    const objectBefore = OBJECT_AFTER.test(all.slice(Math.max(0, at - 24), at).trimEnd());
    if (next && !objectBefore && (next[1] || SUBJECT_NEXT.has(next[2]!.toLowerCase()) || /^[a-z]{3,}ed$/i.test(next[2]!))) return 'I';
    // "you" as a subject (after a conjunction, or starting a clause) is "I"; otherwise "me". Only the
    // few characters before it are looked at, so a long text with many "you"s stays linear.
    const near = all.slice(Math.max(0, at - 24), at).trimEnd();
    const before = near === '' ? all.slice(0, at).trimEnd().slice(-24) : near;
    if (before === '') return 'I';
    return /(?:[,;:(—–]|\b(?:when|if|once|as|because|so|and|but|whenever|until|before|after|that|where|while|unless))$/i.test(before) ? 'I' : 'me';
  });
}

/** Their words told about them: "coffee when I'm in town" → "coffee when they’re in town". */
export function toThem(offer: string): string {
  return asWords(offer) ?? offer.replace(/\bI['’]m\b/g, 'they’re').replace(/\bI am\b/g, 'they are').replace(/\bI['’]ll\b/g, 'they’ll').replace(/\bI\b/g, 'they')
    .replace(/\bmy\b/gi, 'their').replace(/\bme\b/g, 'them').replace(/\bmine\b/g, 'theirs');
}

/** Whether an offer, said to whoever hears it, reads plainly after "you offered" in speech ("a
 *  quarter of an hour", "one call a month", "to comment in writing when you have time"): a thing with
 *  its article or number, or an infinitive. Anything else (an instruction, their words in their own
 *  language, a whole clause) is quoted. 'yes' or 'no', as the messages select on it. `infinitive`:
 *  false where the offer stands between commas ("exactly what you offered, …, on this decision"). */
export function saidPlainly(said: string, infinitive = true): 'yes' | 'no' {
  const t = said.trim();
  if (!infinitive && /^to\s/iu.test(t)) return 'no';
  return !/[“”"‘„]/u.test(t) && /^(?:a|an|the|one|two|three|four|five|six|some|half|to|\d+)\s/iu.test(t) ? 'yes' : 'no';
}

/** An offer as a quote, so any form of it reads after "what you offered" ("a coffee", "to comment in
 *  writing when I have time", "he can comment when he has time"): never pasted bare into a sentence. */
export function quoteOffer(offer: string): string {
  return `“${bareOffer(offer)}”`;
}
/** The offer without quotes of its own, for a message that puts it in quotes itself. */
export function bareOffer(offer: string): string {
  // Index loops, not `[”"’']+$`: an anchored-at-the-end run retried from every position is quadratic.
  const s = offer.trim();
  let start = 0;
  let end = s.length;
  while (start < end && '“"‘\'„'.includes(s[start]!)) start++;
  while (end > start && '”"’\''.includes(s[end - 1]!)) end--;
  // A closing full stop or "!" goes; one after a question mark ("?!") stays with it.
  let stop = end;
  while (stop > start && (s[stop - 1] === '.' || s[stop - 1] === '!')) stop--;
  return withoutGloss(s.slice(start, stop > start && s[stop - 1] === '?' ? end : stop));
}

/** English words that show an offer was written in English, so a closing parenthesis is part of it. */
const ENGLISH = new Set(['a', 'an', 'the', 'to', 'when', 'if', 'on', 'in', 'for', 'and', 'or', 'i', 'you', 'me', 'my', 'your', 'of', 'with', 'at', 'once', 'after']);
/** Their words in another language with the user's translation after them ("un almuerzo cuando quieras
 *  (lunch whenever you like)"): the words alone, since the gloss is the user's, not theirs (issue 21). */
function withoutGloss(offer: string): string {
  const open = offer.lastIndexOf(' (');
  if (open < 0 || !offer.endsWith(')')) return offer;
  const before = offer.slice(0, open).trim().split(/\s+/u);
  const gloss = offer.slice(open + 2, -1).trim().split(/\s+/u);
  const english = before.some((w) => ENGLISH.has(w.toLowerCase()));
  return before.length >= 2 && gloss.length >= 2 && !english ? offer.slice(0, open).trim() : offer;
}
