// The async update (templates/async-update.hbs): which messages it says, in what order, with what
// arguments. The words are in phrases/en/async-update.ftl; each part is a paragraph whose sentences
// are joined by a space.
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';
import { onFirstRead } from './lazy';

export type AsyncUpdateInputs = Pick<RenderContext, 'is' | 'said' | 'leader' | 'rhythm' | 'today'>;

const ASYNC_UPDATE_PARTS = ['note', 'subject', 'greeting', 'opening', 'changed', 'byWhen', 'thanks', 'signoff', 'chat', 'chatAfter'] as const;
export type AsyncUpdatePart = (typeof ASYNC_UPDATE_PARTS)[number];

/** When to use the note, by the format agreed (said only when more than one exchange was agreed). */
function whenOf({ is }: AsyncUpdateInputs): string {
  return is.async ? 'async-update-when-async' : is.mixed ? 'async-update-when-mixed' : 'async-update-when-live';
}

/** What "by when" adds: a way to talk first (indirect), their view first (hierarchical), else silence means go. */
function byWhenOf({ is, rhythm }: AsyncUpdateInputs): string {
  // Written only: no offer to talk first, a one-line answer instead.
  if (rhythm.written && is.indirect) return 'async-update-by-when-one-line';
  return is.indirect ? 'async-update-by-when-indirect' : is.hierarchical ? 'async-update-by-when-hierarchical' : 'async-update-by-when-default';
}

/** The update's paragraphs in words, on first read. */
export function asyncUpdateOf(i: AsyncUpdateInputs, speak: (phrases: readonly Phrase[]) => string): Record<AsyncUpdatePart, string> {
  return onFirstRead(ASYNC_UPDATE_PARTS, () => wordAsyncUpdate(i, speak));
}

function wordAsyncUpdate(i: AsyncUpdateInputs, speak: (phrases: readonly Phrase[]) => string): Record<AsyncUpdatePart, string> {
  const { is, said, leader, rhythm } = i;
  const ids: Record<AsyncUpdatePart, string[]> = {
    note: ['async-update-drafted', ...(rhythm.single ? ['async-update-single'] : ['async-update-agreed', whenOf(i)])],
    subject: ['async-update-subject'],
    greeting: ['greeting-named'],
    opening: ['async-update-opening'],
    // After a closed door there was no "last time" to follow up on.
    changed: is.closedDoor ? [] : ['async-update-changed'],
    byWhen: ['async-update-by-when', byWhenOf(i)],
    thanks: is.concise ? [] : ['async-update-thanks'],
    signoff: ['async-update-signoff'],
    // A chat they chose: the question in one message, and one line back once they answer.
    chat: ['async-update-chat'],
    chatAfter: ['chat-after-answer'],
  };
  const args: Phrase['args'] = {
    today: i.today, unit: rhythm.unit, summary: rhythm.summary, challengeTopic: said.challengeTopic,
    name: leader.addressAs || leader.name, closed: is.closedDoor ? 'yes' : 'no', topic: said.subjectTopic,
  };
  return Object.fromEntries(Object.entries<string[]>(ids).map(([part, list]) => [part, speak(list.map((id) => ({ id, args })))])) as Record<AsyncUpdatePart, string>;
}
