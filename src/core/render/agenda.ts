// How a check-in's minutes are shared out: the first one's timed blocks and a later one's items.

/**
 * The first check-in's timed blocks, adding up to the session length. Short sessions drop the
 * ground rules (they move to the follow-up note) and keep the opening and wrap-up tight; the
 * critique of your options always gets most of the time.
 */
export function agendaBlocks(minutes: number, hasSuccess: boolean, single = false): { start: number; end: number; item: string; want: string }[] {
  const open = minutes <= 20 ? 1 : minutes <= 45 ? 2 : 3;
  const brief = minutes <= 15 ? 2 : minutes <= 30 ? 3 : 5;
  // After a no there is no trial, so no ground rules for one: that time goes to their critique.
  const rules = single ? 0 : minutes >= 30 ? (minutes >= 45 ? 5 : 4) : 0;
  const wrap = minutes <= 20 ? 2 : minutes <= 45 ? 3 : 5;
  const critique = minutes - open - brief - rules - wrap;
  const blocks: [number, string, string][] = [
    [open, 'Thanks, and the goal for today', 'Set the frame: one decision, finished on time'],
    [brief, 'The decision in brief', 'Assume they read the pre-read; recap in three sentences, no slides'],
    [critique, 'Their critique of your options', 'Ask, then listen; note the reasons, not only the verdict'],
  ];
  if (rules > 0) blocks.push([rules, 'Ground rules for the trial', `How to reach them between sessions, how either of you cancels, and ${hasSuccess ? 'the success you named for three months' : 'what success looks like after three months'}`]);
  blocks.push([wrap, 'Read-back and next step', single ? 'Read back what you will do; a second conversation is theirs to offer' : rules > 0 ? 'Read back what you will do; fix the next topic and date' : 'Read back what you will do; ground rules and the next date go in your follow-up note']);
  let at = 0;
  return blocks.map(([len, item, want]) => ({ start: at, end: (at += len), item, want }));
}

/** A later check-in: follow-up, the decision, their topics, next steps; adds up to the session. */
export function nextAgendaMinutes(minutes: number): { followUp: number; decision: number; theirs: number; nextSteps: number } {
  const followUp = minutes <= 20 ? 2 : minutes <= 45 ? 4 : 6;
  const nextSteps = minutes <= 20 ? 2 : minutes <= 45 ? 3 : 5;
  const theirs = minutes <= 15 ? 0 : minutes <= 30 ? 3 : minutes <= 45 ? 5 : 10;
  return { followUp, decision: minutes - followUp - nextSteps - theirs, theirs, nextSteps };
}
