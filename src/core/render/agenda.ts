// How a check-in's minutes are shared out: the first one's timed blocks and a later one's items.
// The blocks' words are in phrases/en/first-checkin.ftl (first-checkin-block-*).
import type { Phrase } from '../phrases/phrasebook';

/**
 * The first check-in's timed blocks, adding up to the session length. Short sessions drop the
 * ground rules (they move to the follow-up note) and keep the opening and wrap-up tight; the
 * critique of your options always gets most of the time.
 */
export function agendaBlocks(minutes: number, hasSuccess: boolean, single: boolean, speak: (p: Phrase) => string): { start: number; end: number; item: string; want: string }[] {
  const open = minutes <= 20 ? 1 : minutes <= 45 ? 2 : 3;
  const brief = minutes <= 15 ? 2 : minutes <= 30 ? 3 : 5;
  // After a no there is no trial, so no ground rules for one: that time goes to their critique.
  const rules = single ? 0 : minutes >= 30 ? (minutes >= 45 ? 5 : 4) : 0;
  const wrap = minutes <= 20 ? 2 : minutes <= 45 ? 3 : 5;
  const critique = minutes - open - brief - rules - wrap;
  // Each block: its length and its name in first-checkin-block-*; what you want from it is the name with -want.
  const blocks: [number, string][] = [[open, 'open'], [brief, 'brief'], [critique, 'critique'], ...(rules > 0 ? [[rules, 'rules'] as [number, string]] : []), [wrap, 'wrap']];
  const args = { success: hasSuccess ? 'yes' : 'no', next: single ? 'single' : rules > 0 ? 'rules' : 'note' };
  let at = 0;
  return blocks.map(([len, name]) => ({
    start: at, end: (at += len),
    item: speak({ id: `first-checkin-block-${name}` }), want: speak({ id: `first-checkin-block-${name}-want`, args }),
  }));
}

/** A later check-in: follow-up, the decision, their topics, next steps; adds up to the session. */
export function nextAgendaMinutes(minutes: number): { followUp: number; decision: number; theirs: number; nextSteps: number } {
  const followUp = minutes <= 20 ? 2 : minutes <= 45 ? 4 : 6;
  const nextSteps = minutes <= 20 ? 2 : minutes <= 45 ? 3 : 5;
  const theirs = minutes <= 15 ? 0 : minutes <= 30 ? 3 : minutes <= 45 ? 5 : 10;
  return { followUp, decision: minutes - followUp - nextSteps - theirs, theirs, nextSteps };
}
