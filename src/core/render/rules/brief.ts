// The night-before brief (templates/brief.hbs): which messages it says, in what order, with what
// arguments. The words are in phrases/en/brief.ftl; the opening line, the ask, the walk-away line
// and the pause's "if they need time" are the script's and the advice's own, passed through as
// they are (context.script, context.advice), so the brief never words them a second time.
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';
import { onFirstRead } from './lazy';

export type BriefInputs = Pick<RenderContext, 'is' | 'said' | 'advice' | 'firstResponse' | 'script'> & { culture: Pick<RenderContext['culture'], 'reminder'> };

const BRIEF_PARTS = ['note', 'opening', 'ask', 'bridge', 'walkAway', 'ifNo', 'afterSend', 'attach', 'pause', 'bring'] as const;
export type BriefPart = (typeof BRIEF_PARTS)[number];

/** The note at the top: where the ask stands (the first that applies), then the worry they voiced. */
function noteOf({ is, firstResponse }: BriefInputs, advice: string, p: (id: string) => string): string {
  // After a referral their words named someone else, not a worry to expect again.
  // They pointed you to someone else and asked you to their table: the evening is theirs, not a conversation you asked for.
  // The question went to the person named (is.referralFirst): this conversation comes later, if at all.
  if (is.referral) return p(is.hospitality ? 'brief-note-referral-hospitality' : is.referralFirst && !is.takesOffer ? (is.writeFirst ? 'brief-note-referral-written' : 'brief-note-referral-later') : 'brief-note-referral');
  const lead = is.theConversation ? p('brief-note-the-conversation') : is.declined ? advice : is.askInWriting ? p('brief-note-in-writing')
    : is.noReply ? `${p('brief-note')} ${p('brief-note-no-reply')}` : p('brief-note');
  return firstResponse.quoted ? `${lead} ${p('brief-note-expect')}` : lead;
}

function pauseOf({ is }: BriefInputs): string {
  return is.declined ? 'brief-pause-declined' : is.indirect ? 'brief-pause-indirect' : is.hierarchical ? 'brief-pause-hierarchical' : 'brief-pause';
}

/** The brief's paragraphs in words (on first read): messages from brief.ftl, and the script's and advice's lines as they are. */
/** `bring`: what they asked you to bring to an informal offer ("the diagram"), when they named it. */
export function briefOf(i: BriefInputs, speak: (phrases: readonly Phrase[]) => string, bring?: string): Record<BriefPart, string> {
  return onFirstRead(BRIEF_PARTS, () => wordBrief(i, speak, bring));
}

function wordBrief(i: BriefInputs, speak: (phrases: readonly Phrase[]) => string, bring: string | undefined): Record<BriefPart, string> {
  const { is, said, advice, script } = i;
  const args: Phrase['args'] = { quoted: i.firstResponse.quoted, bridge: said.bridge, ifNo: advice.ifNo, closed: is.closedDoor ? 'yes' : 'no', reminder: i.culture.reminder };
  const p = (id: string) => speak([{ id, args }]);
  const joined = (...parts: string[]) => parts.filter(Boolean).join(' ');
  return {
    note: noteOf(i, advice.premise, p),
    opening: joined(script.parts[0]?.lines[0] ?? '', script.relation),
    // After a no, the meeting is the one conversation: the exit was offered when they agreed to it.
    // A yes with limits is agreed: no way out to offer.
    ask: joined(script.short, is.theConversation || is.agreed ? '' : advice.exit),
    bridge: p('brief-bridge'),
    walkAway: script.parts.at(-1)?.lines[0] ?? '',
    // A yes with limits is agreed, and so is a coffee or a meal they offered: no line for a no.
    ifNo: is.closedDoor || is.yesWithLimits || is.offerInformal ? '' : p('brief-if-no'),
    // A written ask is waited on as the script says (one rule for the reminder, from the culture's
    // time scale; a first note they offered waits for no reply at all): its words, not a second copy.
    afterSend: is.noReply ? p('brief-after-send-no-reply') : script.afterNote.replace(/^\*|\*$/g, '') || p('brief-after-send'),
    // The short note they asked for first goes alone: nothing attached to it.
    attach: speak([{ id: 'brief-attach', args: { asked: is.writeFirst ? 'yes' : 'no' } }]),
    pause: joined(p(pauseOf(i)), advice.ifTheyNeedTime),
    // An informal offer (a coffee, a fika): no papers on the table, but what they asked you to bring.
    bring: is.offerInformal ? speak([{ id: 'brief-bring-informal', args: { ...args, bring: is.hospitality ? 'hospitality' : bring ?? 'none' } }]) : p('brief-bring'),
  };
}
