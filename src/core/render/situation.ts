import { adviceOf } from './rules/advice';
import { objectionsOf } from './rules/objections';
import { reasonsOf } from './rules/reasons';
import { scriptOf } from './rules/script';
import { sceneOf, type Speak } from './rules/shared';
import type { Composed, Situation } from './rules/types';

/**
 * What is said, per situation. The script, the reasons leaders hesitate, the objection cards and
 * the advice that more than one section repeats are written in rules/ from the whole situation
 * (tone, communication, hierarchy, relationship, rhythm, what the leader said first, the kind of
 * organization), not by swapping words in one text. Each recommendation has one source and is
 * rendered everywhere it appears, so sections cannot contradict each other.
 *
 * Every string is Markdown-ready: the slot texts passed in are already escaped.
 */
export type { Advice, Card, Composed, Reason, ScriptPart, Situation } from './rules/types';
export { askMode, joinedThe, singleAsk } from './rules/shared';
export { LIKELY_CARDS } from './rules/objections';

/** `speak` puts messages into words (the phrasebook, given the facts): the rules return messages. */
export function compose(s: Situation, toneNote: string, speak: Speak): Composed {
  const sc = sceneOf(s, speak);
  const advice = adviceOf(sc, toneNote);
  return {
    script: scriptOf(sc, advice.exit),
    reasons: reasonsOf(sc, advice.stakes),
    objections: objectionsOf(sc),
    advice,
  };
}
