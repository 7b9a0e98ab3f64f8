// What keeps the leader from taking it on themselves, when they say so beside a referral: "I can't take
// this on while the budget is being negotiated", "we're in the middle of a reorganisation", "jer smo usred
// reorganizacije", "bo trwa reorganizacja", "weil wir mitten in der Budgetrunde sind". Read in the languages
// the tool reads conditions in, and said plainly in the documents ("the budget round").
import { busyWithIn } from './firstAnswer';

export type BusyKind = 'budget' | 'reorganisation' | 'audit' | 'merger' | 'other';

/** What keeps them busy, said to you ("the budget round"), and its kind (German says it in its words). */
export interface LeaderBusy { readonly busy: string; readonly kind: BusyKind }

/** Words that say they are in the middle of something (while, because, amid; jer, ker, bo, weil, mitten…). */
const CUE = String.raw`while|during|in the middle of|busy|because|since|amid|until|jer|ker|bo|zbog|zaradi|usred|sredi|sredini|podczas|w trakcie|trwa|ponieważ|gdyż|weil|während|mitten|wegen|omdat|tijdens|midden in|parce que|pendant|en plein|en pleine|porque|durante|em plena|em pleno|en pleno|en plena|protože|kvůli|uprostřed|během|perché|durante`;
/** The kinds, each by the stems that name it in those languages. */
const KINDS: readonly (readonly [BusyKind, string, string])[] = [
  ['budget', 'the budget round', 'budget|proračun|budżet|rozpoč|orçament|presupuest|begroting|haushalt|bilancio'],
  ['reorganisation', 'the reorganisation', 'reorg|réorg|restru[ck]tur|reestrutur|reestructur|umstrukturier|umorganis|neuorganis|herstructur|riorganizz'],
  ['audit', 'the audit', 'audit|audyt|revizij|revize'],
  ['merger', 'the merger', 'merger|fusion|fusão|fusión|fuzj|fúz|spajanj|združitv|fusie'],
];
/** A cue, then within its clause a word of one kind (bounded runs: linear). */
const SAID = new RegExp(`(?<!\\p{L})(?:${CUE})(?!\\p{L})[^.!?;]{0,60}?(?<!\\p{L})(?:(${KINDS[0]![2]})|(${KINDS[1]![2]})|(${KINDS[2]![2]})|(${KINDS[3]![2]}))`, 'iu');

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
    const kind = KINDS.find(([, , stems]) => new RegExp(`(?<!\\p{L})(?:${stems})`, 'iu').test(named))?.[0] ?? 'other';
    return { busy: named, kind };
  }
  const m = SAID.exec(before);
  if (!m) return undefined;
  const i = [1, 2, 3, 4].find((g) => m[g] !== undefined)! - 1;
  return { busy: KINDS[i]![1], kind: KINDS[i]![0] };
}
