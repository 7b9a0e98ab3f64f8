// What keeps the leader from taking it on themselves, when they say so beside a referral: "I can't take
// this on while the budget is being negotiated", "we're in the middle of a reorganisation", "jer smo usred
// reorganizacije", "bo trwa reorganizacja", "weil wir mitten in der Budgetrunde sind". Read in the languages
// the tool reads conditions in, and said plainly in the documents ("the budget round").
import { busyWithIn } from './firstAnswer';
import { BUSY_WORDS } from './wordLists';

export type BusyKind = 'budget' | 'reorganisation' | 'audit' | 'merger' | 'other';

/** What keeps them busy, said to you ("the budget round"), and its kind (German says it in its words). */
export interface LeaderBusy { readonly busy: string; readonly kind: BusyKind }

/** A cue, then within its clause a word of one kind (bounded runs: linear); built when first used. */
let said: RegExp | undefined;
const kinds = (): readonly (readonly string[])[] => BUSY_WORDS.kinds;
const SAID = (): RegExp => (said ??= new RegExp(`(?<!\\p{L})(?:${BUSY_WORDS.cue})(?!\\p{L})[^.!?;]{0,60}?(?<!\\p{L})(?:${kinds().map((k) => `(${k[2]!})`).join('|')})`, 'iu'));
/** One pattern per kind, to tell the kind of what their words named; compiled once, on first use. */
let kindPatterns: readonly RegExp[] | undefined;
const KIND_PATTERNS = (): readonly RegExp[] => (kindPatterns ??= kinds().map((k) => new RegExp(`(?<!\\p{L})(?:${k[2]!})`, 'iu')));

/** Their words up to the person they named (found by each name word less its last letter: "Ivani" of
 *  "Ivana", "Lewandowską" of "Lewandowska"): what they say after it is about that person, not them. */
function beforeName(words: string, referTo: string | undefined): string {
  const stems = (referTo ?? '').split(/\s+/u).filter((w) => w.length > 3).map((w) => w.slice(0, -1).toLowerCase());
  const lower = words.toLowerCase();
  const at = stems.map((s) => lower.indexOf(s)).filter((i) => i >= 0);
  return at.length ? words.slice(0, Math.min(...at)) : words;
}

export function leaderBusyIn(words: string | undefined, referTo?: string): LeaderBusy | undefined {
  if (!words) return undefined;
  const before = beforeName(words, referTo);
  const named = busyWithIn(before);
  if (named !== undefined) {
    const kind = kinds()[KIND_PATTERNS().findIndex((re) => re.test(named))]?.[0] ?? 'other';
    return { busy: named, kind: kind as BusyKind };
  }
  const m = SAID().exec(before);
  if (!m) return undefined;
  const k = kinds()[m.slice(1).findIndex((g) => g !== undefined)]!;
  return { busy: k[1]!, kind: k[0] as BusyKind };
}
