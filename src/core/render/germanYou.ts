/**
 * The leader named in the user's own German text, said to the leader in a German letter: „ein
 * Architekturentscheid, den Barbara einmal hinterfragt hat“ is said to Barbara as „…, den du einmal
 * hinterfragt hast“ (to a „Sie“: „den Sie einmal hinterfragt haben“). The English swap (leaderYou.ts)
 * would put an English „you“ into German. Only where the grammar is sure: after a preposition whose
 * case is known („mit Barbara“ → „mit dir“/„mit Ihnen“), as the subject of a clause whose finite verb
 * can be conjugated (at the clause's end after a relative pronoun or conjunction, or right after the
 * name); anywhere else the name stays, which is always German.
 */

import { DEGREE_PATTERN } from '../culture/germanNames';

/** Titles that may stand before a name in German („Frau Dr. Oberländer“, „Herr DI Gruber“). */
const TITLE = `(?:(?:Frau|Herrn|Herr|${DEGREE_PATTERN})\\s+)`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DATIVE = new Set(['mit', 'von', 'bei', 'zu', 'nach', 'aus', 'seit', 'gegenüber', 'außer']);
const ACCUSATIVE = new Set(['für', 'durch', 'gegen', 'ohne', 'um']);
/** Words that open a clause whose finite verb stands at its end. */
const CLAUSE_OPENERS = new Set(['den', 'die', 'das', 'der', 'dem', 'dass', 'ob', 'wie', 'wenn', 'weil', 'was', 'wo', 'als', 'nachdem', 'sobald', 'bevor', 'damit', 'welche', 'welchen', 'welcher', 'welches']);

/** Finite verbs whose forms are not read off a rule: third person → [du, Sie]. */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  hat: ['hast', 'haben'], ist: ['bist', 'sind'], wird: ['wirst', 'werden'], kann: ['kannst', 'können'], soll: ['sollst', 'sollen'],
  will: ['willst', 'wollen'], muss: ['musst', 'müssen'], darf: ['darfst', 'dürfen'], mag: ['magst', 'mögen'], weiß: ['weißt', 'wissen'],
  hatte: ['hattest', 'hatten'], war: ['warst', 'waren'], würde: ['würdest', 'würden'], könnte: ['könntest', 'könnten'],
  sollte: ['solltest', 'sollten'], möchte: ['möchtest', 'möchten'], wollte: ['wolltest', 'wollten'], musste: ['musstest', 'mussten'],
  konnte: ['konntest', 'konnten'], durfte: ['durftest', 'durften'], tut: ['tust', 'tun'],
};
/** Verbs whose stem vowel changes in the third person (and their compounds: „mitträgt“, „freigibt“). */
const STRONG: readonly (readonly [string, string])[] = [
  ['gibt', 'geben'], ['nimmt', 'nehmen'], ['sieht', 'sehen'], ['liest', 'lesen'], ['trägt', 'tragen'], ['fährt', 'fahren'],
  ['hält', 'halten'], ['läuft', 'laufen'], ['lässt', 'lassen'], ['spricht', 'sprechen'], ['hilft', 'helfen'], ['trifft', 'treffen'],
  ['wirft', 'werfen'], ['gilt', 'gelten'], ['empfiehlt', 'empfehlen'], ['misst', 'messen'], ['vergisst', 'vergessen'], ['fällt', 'fallen'],
  ['schlägt', 'schlagen'], ['lädt', 'laden'], ['rät', 'raten'], ['bricht', 'brechen'], ['stirbt', 'sterben'], ['wächst', 'wachsen'],
];

/** Lower-case words in -t that end a clause and are no verb. */
const NOT_VERBS = new Set(['nicht', 'jetzt', 'selbst', 'erst', 'zuerst', 'zuletzt', 'gut', 'mit', 'seit', 'bereit', 'bekannt', 'recht', 'leicht',
  'oft', 'sonst', 'meist', 'längst', 'fast', 'bestimmt', 'direkt', 'konkret', 'genannt', 'geplant', 'gesagt', 'gemacht', 'geprüft', 'bewusst', 'zuletzt']);

/** A third-person finite verb („hat“, „prüft“, „mitträgt“) in the form for „du“ or „Sie“; undefined
 *  when the word is not one. `final`: the clause's last word, where a lower-case word in -t is a verb. */
function conjugate(verb: string, anrede: 'Sie' | 'du', final: boolean): string | undefined {
  const du = anrede === 'du';
  const known = IRREGULAR[verb];
  if (known) return du ? known[0] : known[1];
  if (!final || !/^\p{Ll}{3,}t$/u.test(verb) || NOT_VERBS.has(verb)) return undefined;
  const strong = STRONG.find(([third]) => verb.endsWith(third));
  if (strong) {
    const stem = verb.slice(0, verb.length - strong[0].length);
    return du ? (/[sßzx]t$/u.test(verb) ? verb : `${verb.slice(0, -1)}st`) : stem + strong[1];
  }
  const stem = verb.slice(0, -1);
  if (du) return /[sßzx]$/u.test(stem) ? verb : `${stem}st`;
  // „arbeitet“ → „arbeiten“, „öffnet“ → „öffnen“, „ändert“ → „ändern“, „prüft“ → „prüfen“.
  if (/e$/u.test(stem)) return `${stem}n`;
  return /(?:er|el)$/u.test(stem) ? `${stem}n` : `${stem}en`;
}

/** One name said to them: the words that replace it and how many characters of the text they stand for. */
function sayTo(text: string, at: number, name: string, anrede: 'Sie' | 'du'): { said: string; length: number } {
  const du = anrede === 'du';
  const keep = { said: name, length: name.length };
  const lower = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
  if (lower !== undefined && DATIVE.has(lower)) return { said: du ? 'dir' : 'Ihnen', length: name.length };
  if (lower !== undefined && ACCUSATIVE.has(lower)) return { said: du ? 'dich' : 'Sie', length: name.length };
  const start = at === 0 || /[.!?:]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
  const subject = du ? (start ? 'Du' : 'du') : 'Sie';
  // The clause after the name, up to its punctuation; a clause longer than that is left as typed.
  const after = text.slice(at + name.length, at + name.length + MAX_CLAUSE);
  const clause = /^[^.,;:!?–—()„“”"\n]*/u.exec(after)![0];
  if (clause.length === after.length && after.length === MAX_CLAUSE) return keep;
  // Right after the name, at a sentence's start or after „und“: „Barbara hat …“ → „du hast …“.
  const next = /^\s+(\p{L}+)/u.exec(clause);
  const direct = next ? conjugate(next[1]!, anrede, false) : undefined;
  if (direct && (start || lower === 'und' || lower === 'oder')) return { said: `${subject}${next![0].slice(0, -next![1]!.length)}${direct}`, length: name.length + next![0].length };
  if (lower === undefined || !CLAUSE_OPENERS.has(lower) || /\s(?:und|oder|sowie)\s/u.test(clause)) return keep;
  // In a clause opened by a relative pronoun or a conjunction, the finite verb is its last word.
  const last = /(\p{L}+)(\s*)$/u.exec(clause);
  const verb = last ? conjugate(last[1]!, anrede, true) : undefined;
  if (verb === undefined || last!.index === 0) return keep;
  return { said: `${subject}${clause.slice(0, last!.index)}${verb}`, length: name.length + last!.index + last![1]!.length };
}
const MAX_CLAUSE = 240;

/** The German text with the leader's names said to them where the grammar is sure (see above). Linear:
 *  one pass over the names' matches, each looking at most MAX_CLAUSE characters ahead. */
export function germanLeaderToYou(text: string, names: readonly string[], anrede: 'Sie' | 'du'): string {
  if (names.length === 0 || text === '') return text;
  const alternation = names.map(escape).join('|');
  if (new RegExp(`^\\s*${TITLE}{0,4}(?:${alternation})\\s*$`, 'u').test(text)) return text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE}{0,4}(?:${alternation})(?![\\p{L}\\p{N}'’-])`, 'gu');
  let out = '', from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < from) continue;
    const { said, length } = sayTo(text, m.index, m[0], anrede);
    out += text.slice(from, m.index) + said;
    from = m.index + length;
    re.lastIndex = Math.max(re.lastIndex, from);
  }
  return out + text.slice(from);
}

const GERMAN_WORDS = /(?<![\p{L}])(?:der|die|das|den|dem|des|und|nicht|ist|hat|mit|für|ein|eine|einen|einem|einer|zu|auf|sich|wir|ich|wie|dass|einmal|unser\p{L}*|ohne|bei|oder)(?![\p{L}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|of|to|with|that|is|has|a|an|for|on|you|your|my|I|we|our|without|or)(?![\p{L}])/giu;
/** Whether the user typed this answer in German: more German function words than English ones. */
export function writtenInGerman(text: string): boolean {
  return (text.match(GERMAN_WORDS)?.length ?? 0) > (text.match(ENGLISH_WORDS)?.length ?? 0);
}
