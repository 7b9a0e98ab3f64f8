// The first check-in's agenda (templates/first-checkin.hbs): which messages it says, in what order,
// with what arguments. The words are in phrases/en/first-checkin.ftl; each part is a paragraph, a
// quoted line or a list item whose sentences are joined by a space. The agenda's rows are
// context.agenda's (agendaBlocks in context.ts).
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';
import { onFirstRead } from './lazy';
import { answersWhenTheyCan } from '../theirTerms';

export type FirstCheckinInputs = Pick<RenderContext, 'is' | 'said' | 'rhythm' | 'you' | 'sessionMinutes' | 'challenge' | 'expertiseApplied' | 'goal' | 'today'> & { firstResponse?: Pick<RenderContext['firstResponse'], 'words'> };

/** A length they asked for in their words ("send me two pages", "five lines, max"): it replaces ours. Bounded: linear. */
const THEIR_LENGTH = /\b((?:one|two|three|four|five|six|seven|eight|nine|ten|half a|a single|\d{1,2})\s+(?:pages?|lines?|paragraphs?|sentences?|slides?))\b/i;

const FIRST_CHECKIN_PARTS = ['note', 'job', 'formatNote', 'hierarchyNote', 'goal', 'keep', 'preReadSubject', 'preReadHeading', 'questionsIntro',
  'summarySubject', 'summaryRules', 'summaryNext'] as const;
export type FirstCheckinPart = (typeof FIRST_CHECKIN_PARTS)[number];

/** The parts in words, and the questions worth asking (each said in quotes, one list item each). */
export type FirstCheckin = Record<FirstCheckinPart, string> & { questions: string[] };

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** The part of the summary a short live session could not cover: thanks for the one session, else the ground rules. */
function summaryRulesOf({ is, rhythm }: FirstCheckinInputs): string[] {
  if (!is.live || !is.shortSession) return [];
  return [rhythm.single ? 'first-checkin-summary-thanks' : 'first-checkin-summary-rules'];
}

function summaryNextOf({ is, rhythm }: FirstCheckinInputs): string[] {
  if (rhythm.single) return ['first-checkin-summary-second'];
  return ['first-checkin-summary-next', ...(is.recurring && is.live ? ['first-checkin-summary-pre-read'] : [])];
}

/** The agenda's paragraphs and questions in words, on first read. */
export function firstCheckinOf(i: FirstCheckinInputs, speak: (phrases: readonly Phrase[]) => string): FirstCheckin {
  return onFirstRead([...FIRST_CHECKIN_PARTS, 'questions'], () => wordFirstCheckin(i, speak));
}

function wordFirstCheckin(i: FirstCheckinInputs, speak: (phrases: readonly Phrase[]) => string): FirstCheckin {
  const { is, said, rhythm } = i;
  const single = rhythm.single;
  const theirLength = THEIR_LENGTH.exec(i.firstResponse?.words ?? '')?.[1]?.toLowerCase();
  const ids: Record<FirstCheckinPart, string[]> = {
    // An informal offer (a coffee, a fika): no length to time, no pre-read, no agenda (the template skips them).
    note: [...(is.offerInformal ? [] : ['first-checkin-length']), 'first-checkin-topic', 'first-checkin-prepared'],
    job: [is.offerInformal ? 'first-checkin-job-informal' : single ? 'first-checkin-job-single' : 'first-checkin-job'],
    // Mixed: the first of the trial is a conversation (one session only: nothing to say).
    formatNote: is.async ? ['first-checkin-async'] : is.mixed && !single ? ['first-checkin-mixed'] : [],
    // Written: there is no agenda to offer, only the question.
    hierarchyNote: is.hierarchical ? [rhythm.written ? 'first-checkin-hierarchical-written' : 'first-checkin-hierarchical'] : [],
    goal: ['first-checkin-goal', 'first-checkin-goal-serves', ...(is.hasGoal ? ['first-checkin-goal-year'] : [])],
    // No papers ("no documents", "keine Unterlagen"): the preparation is a few lines in the message, not a page.
    keep: [theirLength !== undefined ? 'first-checkin-keep-theirs' : is.live && !is.noDocuments ? 'first-checkin-keep-page' : 'first-checkin-keep-lines', 'first-checkin-decision-on-top'],
    // They answer when they can ("te contesto cuando pueda"): no date put on them in the subject.
    preReadSubject: [is.live ? 'first-checkin-pre-read-subject' : answersWhenTheyCan(i.firstResponse?.words) ? 'first-checkin-pre-read-subject-no-rush' : 'first-checkin-pre-read-subject-written'],
    preReadHeading: is.hasSuccess && !single ? ['first-checkin-pre-read-heading'] : [],
    questionsIntro: is.live ? [] : ['first-checkin-one-question'],
    summarySubject: [is.live ? 'first-checkin-summary-subject' : 'first-checkin-summary-subject-written'],
    summaryRules: summaryRulesOf(i),
    summaryNext: summaryNextOf(i),
  };
  const args: Phrase['args'] = {
    live: yes(is.live), single: yes(single), unit: rhythm.unit, minutes: i.sessionMinutes, challenge: i.challenge, today: i.today, you: i.you.name,
    expertise: i.expertiseApplied, goal: i.goal, success: said.success,
    hasSuccess: yes(is.hasSuccess), recurring: yes(is.recurring), initiative: said.initiative, length: theirLength ?? 'none',
  };
  const say = (list: string[]) => speak(list.map((id) => ({ id, args })));
  const parts = Object.fromEntries(Object.entries<string[]>(ids).map(([part, list]) => [part, say(list)])) as Record<FirstCheckinPart, string>;
  const questions = is.live
    ? ['first-checkin-ask-wrong', 'first-checkin-ask-first', 'first-checkin-ask-worried', ...(is.hasInitiative ? ['first-checkin-ask-initiative'] : []), 'first-checkin-ask-decide']
    : ['first-checkin-ask-decide'];
  return { ...parts, questions: questions.map((id) => say([id])) };
}
