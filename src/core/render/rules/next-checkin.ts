// The next check-in's agenda (templates/next-checkin.hbs): which messages it says, in what order,
// with what arguments. The words are in phrases/en/next-checkin.ftl; each part is a paragraph or a
// list item whose sentences are joined by a space. The session log is read by the template itself
// (its open actions are parsed only when that document is rendered).
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';
import { onFirstRead } from './lazy';
import { standingOffer } from '../standingOffer';

export type NextCheckinInputs = Pick<RenderContext, 'is' | 'rhythm' | 'cadence' | 'sessionMinutes' | 'today' | 'nextAgenda'> & { log: Pick<RenderContext['log'], 'found'> };

const NEXT_CHECKIN_PARTS = ['note', 'decision', 'openStart', 'nothingOpen', 'proposal', 'followUp', 'agendaDecision', 'theirs', 'nextSteps', 'lastSteps', 'informalDecision'] as const;
export type NextCheckinPart = (typeof NEXT_CHECKIN_PARTS)[number];

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** The agenda's paragraphs in words, on first read. */
export function nextCheckinOf(i: NextCheckinInputs, speak: (phrases: readonly Phrase[]) => string): Record<NextCheckinPart, string> {
  return onFirstRead(NEXT_CHECKIN_PARTS, () => wordNextCheckin(i, speak));
}

function wordNextCheckin(i: NextCheckinInputs, speak: (phrases: readonly Phrase[]) => string): Record<NextCheckinPart, string> {
  const { is, rhythm, nextAgenda } = i;
  const args: Phrase['args'] = {
    unit: rhythm.unit, live: yes(is.live), single: yes(rhythm.single), minutes: i.sessionMinutes, cadenceLabel: i.cadence.label, today: i.today,
    closed: yes(is.closedDoor), informal: yes(is.offerInformal), standing: yes(standingOffer(rhythm.offered)),
  };
  const say = (...ids: string[]) => speak(ids.map((id) => ({ id, args })));
  const agendaItem = (minutes: number, ...ids: string[]) => speak(ids.map((id) => ({ id, args: { ...args, minutes } })));
  return {
    note: say(...(rhythm.single ? ['next-checkin-single'] : []), 'next-checkin-length',
      ...(i.log.found ? ['next-checkin-prepared-from-log'] : ['next-checkin-prepared', 'next-checkin-nothing-logged'])),
    // What they offered is informal (a coffee, a walk): no pre-read and no agenda for it.
    decision: say(is.offerInformal ? 'next-checkin-decision-informal' : is.live ? 'next-checkin-decision-live' : 'next-checkin-decision-written'),
    openStart: say('next-checkin-open-start'),
    nothingOpen: say(i.log.found ? 'next-checkin-nothing-open' : 'next-checkin-no-log'),
    proposal: is.hierarchical ? say('next-checkin-proposal') : '',
    followUp: agendaItem(nextAgenda.followUp, 'next-checkin-agenda-follow-up'),
    // Where critique is not volunteered (the culture notes say why); not where debate is respect.
    agendaDecision: agendaItem(nextAgenda.decision, 'next-checkin-agenda-decision', ...(is.critiqueUnsaid ? ['next-checkin-agenda-decision-indirect'] : [])),
    theirs: agendaItem(nextAgenda.theirs, 'next-checkin-agenda-theirs'),
    nextSteps: agendaItem(nextAgenda.nextSteps, 'next-checkin-agenda-next-steps'),
    // Too short for their own item: the question moves to the end.
    lastSteps: agendaItem(nextAgenda.nextSteps, 'next-checkin-agenda-next-steps', 'next-checkin-agenda-ask-theirs'),
    informalDecision: say('next-checkin-informal-decision', ...(is.critiqueUnsaid ? ['next-checkin-agenda-decision-indirect'] : [])),
  };
}
