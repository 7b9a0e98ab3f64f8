import { programPointed, say, type Scene } from './shared';
import { listenWithCulture } from './culture';
import type { FirstResponse } from '../../profile/profile';
import type { ScriptPart } from './types';

/** The first answers that have a line of their own to listen for (script-listen-<first response>). */
const LISTEN_FOR: ReadonlySet<FirstResponse> = new Set(['no-time', 'not-now', 'use-the-program', 'ask-your-manager', 'not-ready']);

/** After the ask: stop talking, what to listen for, and the line if they need time (in the one conversation they granted, their view instead). */
export function pauseOf(sc: Scene): Omit<ScriptPart, 'n'> {
  const { s, r, indirect, hierarchical, closed, mode, say: speak } = sc;
  const isTheConversation = mode.theConversation;
  const softNo = 'Do not press for a yes in the room: listen for a soft no (“that might be difficult”), thank them, and let the written summary carry the answer.';
  const pauseNote = s.declined && !indirect
    ? '*Stop talking. You have offered the exit once; do not add another, and do not argue the first no again. If the answer is still no, thank them and stop there: it is final, and taking it well is what keeps the relationship.*'
    : indirect || s.declined
    ? `*Stop talking. You have offered the exit once; do not add another (“…but only if you have time…”), because each extra qualifier shrinks the ask. ${softNo}*`
    : `*Stop talking. Let the silence do its work; count to five if you need to. Anything you add now (“…but only if you have time, no pressure at all…”) shrinks the ask and signals doubt. Let them answer first, then listen for the objection behind their words and use the matching card.*`;
  const think = hierarchical && !indirect && !s.declined
    ? speak(say('script-think-hierarchical'))
    : indirect || s.declined
    // The summary was promised in the ask: said once, not again here.
    // No dates here: the ask or the closing says once who books what (one calendar sentence, issue 21).
    ? speak(say('script-think-leave-it'))
    : s.firstResponse === 'no-time' && r.totalTime
      ? speak(say('script-think-cost', { totalTime: r.totalTime }))
      : r.written
        ? speak(say('script-think-written'))
        : !r.recurring
          ? speak(say('script-think-nothing-to-decide'))
          : speak(say('script-think-follow-up'));
  // What to listen for in this situation: the relationship, what they said first, the rhythm.
  const listen: string[] = [];
  // One rule for a deferred answer, the same in the premise, the pause and the cards (review 3).
  const deferRule = `If they defer (“let me think about it”), do not press: send the summary and offer dates once; ${sc.silence}.`;
  const hierarchicalThinks = 'In a hierarchical setting a leader may want to think it over or consult someone first; that is not yet a refusal.';
  if (hierarchical) listen.push(hierarchicalThinks);
  // A leader at another company: what you may say about your own company's work, not your manager or team.
  // (The skip-level and cross-team lines are about your own company: not said to an outside leader.)
  if (s.otherCompany) listen.push(sc.say({ id: 'script-listen-outside', args: { company: s.company ?? 'none' } }));
  if (!s.otherCompany || s.relationship === 'executive' || s.relationship === 'former-manager') {
    listen.push(speak(say(`script-listen-${s.relationship}`, { managerKnows: s.managerKnows ? 'yes' : 'no' })));
  }
  // What they said first, when it may come up again (script-listen-<first response>); a noncommittal answer defers.
  const listenFor = (first: FirstResponse | undefined): string | undefined => first === 'noncommittal' ? deferRule
    : first && LISTEN_FOR.has(first) ? speak(say(`script-listen-${first}`, { program: programPointed(s) ?? 'program' })) : undefined;
  const firstListen = listenFor(s.firstResponse);
  if (firstListen && !closed) listen.push(firstListen);
  else if ((hierarchical || indirect) && !closed) listen.push(deferRule);
  if (!r.recurring && !closed) listen.push(speak(say('script-listen-how-often')));
  if (r.written && !closed) listen.push(speak(say('script-listen-rather-talk')));
  // The prep doc says these in its notes on trust and disagreement: there, not twice.
  const cultureListen = listenWithCulture(sc);
  const withNotes = (note: string, bullets: string[]) => `${note}\n\n${bullets.map((l) => `- ${l}`).join('\n')}`;
  const pauseFull = withNotes(pauseNote, [...listen, ...cultureListen]);
  // Where disagreement is not voiced, the prep doc's culture notes say how a no sounds (and the
  // culture's listening bullets stay in the script document).
  const prepDocPause = s.culture?.scales.disagreement === 'avoided' ? pauseNote.replace(softNo, 'Do not press for a yes in the room; let the written summary carry the answer.') : pauseNote;
  // Beside the prep doc's script, its first objection card is the lighter version: not pointed to again.
  // Its premise gives the rule for a deferred answer in an indirect culture, and its culture notes say
  // where a senior leader consults others first: not again here.
  const premiseDefers = indirect && !s.declined && !s.noReply;
  const slowAnswers = s.culture !== undefined && s.culture.scales.time !== 'flexible' && s.culture.replyWeeks > 2;
  const prepDocListen = listen.filter((l) => l !== listenFor('no-time') && !(premiseDefers && l === deferRule) && !(slowAnswers && l === hierarchicalThinks));
  const prepDocNote = prepDocListen.length ? withNotes(prepDocPause, prepDocListen) : prepDocPause;
  return isTheConversation
    ? { title: 'Their view', note: '*Stop talking and let them read your options. Ask for their critique, then listen: note the reasons, not only the verdict. Ask for nothing more; a second conversation is theirs to offer.*', lines: [], after: '' }
    : { title: 'The pause', note: pauseFull, prepDocNote, lines: [think], after: 'If they say they need to think about it:' };
}

/** The closing line, with what this relationship or first answer adds to it. */
export function closingOf(sc: Scene): Omit<ScriptPart, 'n'> {
  const { s, r, indirect, hierarchical, mode, say: speak } = sc;
  const isTheConversation = mode.theConversation;
  const closing = isTheConversation
    ? say('script-closing-the-conversation')
    : hierarchical && !s.declined
    ? say('script-closing-hierarchical')
    : s.declined
    // The way out was offered in the ask: the closing does not offer it again (one exit, issue 21).
    ? say('script-closing-declined')
    : indirect
      ? say('script-closing-indirect')
      : r.recurring
        ? say('script-closing-recurring', { written: r.written ? 'yes' : 'no' })
        : say('script-closing-first-decision');
  const closingExtra = s.declined ? [] : s.relationship === 'former-manager'
    ? [say('script-closing-former-manager')]
      // No time: the opening said it was heard; the closing does not say it again.
      : s.firstResponse === 'no-time' ? []
      // Skip-level: the manager was named in the opening; not again on the way out.
      : s.relationship === 'cross-team'
        ? [say('script-closing-cross-team')]
      : s.relationship === 'executive'
          // The summary goes to them (in an indirect culture the ask promised it already: there, what
          // they will get is kept short); who books the dates was said in the ask (the rhythm's
          // promise): not again here (one calendar sentence, issue 21).
          ? (indirect
            ? [say('script-closing-executive-one-page')]
            : [say('script-closing-executive-summary')])
          : [];
  return { title: 'Closing', note: '', lines: [speak([closing, ...closingExtra])], after: '' };
}

/** What to do right after a yes. In the prep doc (`prepDoc`), without what its pause note already says. */
export function afterNoteOf(sc: Scene, prepDoc = false): string {
  const { s, r, indirect, mode } = sc;
  const isTheConversation = mode.theConversation;
  return isTheConversation
    ? '*Within a day, send the summary: what you decided because of their input. A second conversation is theirs to offer; do not ask for one.*'
    : s.declined && !indirect
    ? `*If the answer is yes, confirm it in writing the same day and keep to the single ${r.written ? 'question' : 'conversation'} you asked for; a second one is theirs to offer.*`
    : indirect || s.declined
    ? `*If the answer is yes, confirm it in writing the same day and let them choose the first ${r.live ? 'date' : 'question'}${prepDoc ? '' : '; a yes in an indirect culture is made firm on paper, not by pressing in the room'}.*`
    : r.recurring && r.live
      ? '*If the answer is yes, agree on the first date and topic before you leave the room. A yes without a date tends to fade.*'
      : `*If the answer is yes, agree before you leave on the first decision you will ${r.written ? 'put in writing' : 'bring'}. A yes without a first step tends to fade.*`;

}
