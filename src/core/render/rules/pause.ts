import { rhythmNamed } from '../conditionalYes';
import { noRhythm, programPointed, putOffAgain, say, type Scene } from './shared';
import { listenWithCulture } from './culture';
import type { FirstResponse } from '../../profile/profile';
import type { ScriptPart } from './types';
import { standingOffer } from '../standingOffer';

/** The first answers that have a line of their own to listen for (script-listen-<first response>). */
const LISTEN_FOR: ReadonlySet<FirstResponse> = new Set(['no-time', 'not-now', 'use-the-program', 'ask-your-manager', 'not-ready']);

/** After the ask: stop talking, what to listen for, and the line if they need time (in the one conversation they granted, their view instead). */
export function pauseOf(sc: Scene): Omit<ScriptPart, 'n'> {
  const { s, r, indirect, hierarchical, closed, mode, say: speak } = sc;
  const isTheConversation = mode.theConversation;
  // The note, set in italics; `softNo` is how it says not to press (the prep doc's is shorter where
  // disagreement is not voiced: its culture notes say how a no sounds).
  const pauseNoteOf = (softNo: string) => `*${speak(s.declined && !indirect ? say('script-pause-declined')
    : indirect || s.declined ? [say('script-pause-exit-offered'), say(softNo)]
    : say('script-pause-silence'))}*`;
  const pauseNote = pauseNoteOf('script-pause-soft-no');
  // Put off once with a come-back named: the one timing if they put it off again (the month proposed).
  const again = putOffAgain(sc);
  const think = again ? speak(say('script-think-not-now', { later: s.laterMonth ?? 'none' }))
    : hierarchical && !indirect && !s.declined
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
  const deferRule = speak(say('script-listen-defer', { silence: sc.silence }));
  const hierarchicalThinks = speak(say('script-listen-hierarchical-thinks'));
  if (hierarchical) listen.push(hierarchicalThinks);
  // A leader at another company: what you may say about your own company's work, not your manager or team.
  // (The skip-level and cross-team lines are about your own company: not said to an outside leader.)
  const outsideLine = s.otherCompany ? sc.say({ id: 'script-listen-outside', args: { company: s.company ?? 'none' } }) : undefined;
  if (outsideLine) listen.push(outsideLine);
  // Skip-level with the manager told: the opening already said so (script-relation-skip-level), so
  // "if they ask whether your manager knows" is not said a second time (ke-budget ran long).
  const managerSaid = s.relationship === 'skip-level' && s.managerKnows === true && !sc.sentToManager;
  if ((!s.otherCompany || s.relationship === 'executive' || s.relationship === 'former-manager') && !managerSaid) {
    listen.push(speak(say(`script-listen-${s.relationship}`, { managerKnows: s.managerKnows ? 'yes' : 'no' })));
  }
  // What they said first, when it may come up again (script-listen-<first response>); a noncommittal answer defers.
  const listenFor = (first: FirstResponse | undefined): string | undefined => first === 'noncommittal' ? deferRule
    : first && LISTEN_FOR.has(first) ? speak(say(`script-listen-${first}`, { program: programPointed(s, speak) ?? '', later: s.laterMonth ?? 'none' })) : undefined;
  const firstListen = listenFor(s.firstResponse);
  // The line for "later" again is the pause's own line: not a second time as a bullet.
  if (firstListen && !closed && !again) listen.push(firstListen);
  else if ((hierarchical || indirect) && !closed && !again) listen.push(deferRule);
  // A rhythm they named themselves ("a quarter of an hour a month") is no question of how often.
  if (!r.recurring && !closed && rhythmNamed(s.offered) === undefined) listen.push(speak(say('script-listen-how-often')));
  if (r.written && !closed) listen.push(speak(say('script-listen-rather-talk')));
  // The prep doc says these in its notes on trust and disagreement: there, not twice.
  const cultureListen = listenWithCulture(sc);
  const withNotes = (note: string, bullets: string[]) => `${note}\n\n${bullets.map((l) => `- ${l}`).join('\n')}`;
  const pauseFull = withNotes(pauseNote, [...listen, ...cultureListen]);
  // Where disagreement is not voiced, the prep doc's culture notes say how a no sounds (and the
  // culture's listening bullets stay in the script document).
  const prepDocPause = s.culture?.scales.disagreement === 'avoided' ? pauseNoteOf('script-pause-soft-no-avoided') : pauseNote;
  // Beside the prep doc's script, its first objection card is the lighter version: not pointed to again.
  // Its premise gives the rule for a deferred answer in an indirect culture, and its culture notes say
  // where a senior leader consults others first: not again here.
  const premiseDefers = indirect && !s.declined && !s.noReply;
  const slowAnswers = s.culture !== undefined && s.culture.scales.time !== 'flexible' && s.culture.replyWeeks > 2;
  // What may be shared with a leader outside is said once in the prep doc, in its note on the relationship
  // (the "keep what they tell you" rule four times); the script document keeps it here.
  const prepDocListen = listen.filter((l) => l !== listenFor('no-time') && !(premiseDefers && l === deferRule) && !(slowAnswers && l === hierarchicalThinks) && l !== outsideLine);
  const prepDocNote = prepDocListen.length ? withNotes(prepDocPause, prepDocListen) : prepDocPause;
  return isTheConversation
    ? { title: speak(say('script-their-view-title')), note: `*${speak(say('script-their-view-note'))}*`, lines: [], after: '' }
    // Agreed already: nothing needs deciding, so no line for a leader who needs time.
    : { title: speak(say('script-pause-title')), note: pauseFull, prepDocNote, lines: sc.agreed ? [] : [think], after: sc.agreed ? '' : speak(say(again ? 'script-pause-after-not-now' : 'script-pause-after')) };
}

/** The closing line, with what this relationship or first answer adds to it. */
export function closingOf(sc: Scene): Omit<ScriptPart, 'n'> {
  const { s, r, indirect, hierarchical, mode, say: speak } = sc;
  const isTheConversation = mode.theConversation;
  // One conversation they agreed to ("nothing regular"): closed with what you will send, and only that.
  const theirRhythm = rhythmNamed(s.offered) !== undefined;
  const one = sc.agreed && !isTheConversation && !theirRhythm && noRhythm(s) && !r.written;
  const closing = isTheConversation
    ? say(standingOffer(s.offered) ? 'script-closing-standing' : 'script-closing-the-conversation')
    // A yes with limits is agreed: thanks, and the next step, never "if it's a yes".
    : sc.agreed
    ? say('script-closing-agreed', { written: r.written ? 'yes' : 'no', rhythm: theirRhythm ? 'yes' : one ? 'one' : 'no' })
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
      : s.relationship === 'cross-team' && !s.otherCompany
        ? [say('script-closing-cross-team')]
      // The one conversation: its ask already promised the one summary, and that is all they will get.
      : s.relationship === 'executive' && !one && !isTheConversation
          // The summary goes to them (in an indirect culture the ask promised it already: there, what
          // they will get is kept short); who books the dates was said in the ask (the rhythm's
          // promise): not again here (one calendar sentence, issue 21).
          ? (indirect
            ? [say('script-closing-executive-one-page')]
            : [say('script-closing-executive-summary')])
          : [];
  return { title: speak(say('script-closing-title')), note: '', lines: [speak([closing, ...closingExtra])], after: '' };
}

/** What to do right after a yes. In the prep doc (`prepDoc`), without what its pause note already says. */
export function afterNoteOf(sc: Scene, prepDoc = false): string {
  const { s, r, indirect, mode, say: speak } = sc;
  const note = mode.theConversation
    ? say('script-after-the-conversation')
    : sc.agreed
    ? say('script-after-agreed', { written: r.written ? 'yes' : 'no' })
    : s.declined && !indirect
    ? say('script-after-declined', { written: r.written ? 'yes' : 'no' })
    : indirect || s.declined
    ? say('script-after-indirect', { live: r.live ? 'yes' : 'no', prepDoc: prepDoc ? 'yes' : 'no' })
    : r.recurring && r.live
      ? say('script-after-first-date')
      : say('script-after-first-decision', { written: r.written ? 'yes' : 'no' });
  return `*${speak(note)}*`;
}
