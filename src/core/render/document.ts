/** The one path from inputs to a rendered document: Generate, the Prep Builder's preview and the
 *  command line all come through here with the same inputs, so what is previewed is what is written. */
import type { Profile } from '../profile/profile';
import type { GlossaryEntry } from '../vocabulary/glossary';
import { buildContext, englishOf } from './context';
import type { RenderOutcome, TemplateLibrary } from './library';
import { languageOf } from './headings';
import { germanLetter } from './german';
import { nestEnglishQuotes } from './quotes';
import { documentLocale, Phrasebook, type PhraseOptions, type PhraseProblem } from '../phrases/phrasebook';

export interface RenderInputs {
  profile: Profile;
  /** The glossary in scope where the profile lives: built-in terms plus the team's. */
  glossary: readonly GlossaryEntry[];
  /** The session log's text (mentorship/log.md), for agendas that carry open actions forward. */
  sessionLog?: string;
  /** Checklist steps done (id → date), so a regenerated doc keeps its ticks. */
  done?: Readonly<Record<string, string>>;
  /** Display language for headings ("de", "en"…). */
  language?: string;
  today?: Date;
  /** Overrides from the workspace and `showIds` (each message preceded by ⟦id⟧); the locale is `language`. */
  phrases?: Omit<PhraseOptions, 'locale'>;
}

/** The rendered document, and the messages that could not be said as written (an override with an
 *  unknown ID, a missing variable…): for the Problems view and the CLI's stderr. */
export type DocumentOutcome = RenderOutcome & { phraseProblems: readonly PhraseProblem[] };

export function renderDocument(library: TemplateLibrary, templateId: string, inputs: RenderInputs): DocumentOutcome {
  const { profile, glossary, today = new Date(), sessionLog, done, language, phrases } = inputs;
  const locale = documentLocale(templateId, languageOf(language));
  const phrasebook = new Phrasebook({ ...phrases, locale, english: englishOf(profile, language) });
  const outcome = library.render(templateId, buildContext(profile, glossary, today, { sessionLog, done, language, phrasebook }));
  return { ...(outcome.ok ? { ...outcome, text: finishedText(outcome.text, locale, profile) } : outcome), phraseProblems: phrasebook.problems };
}

/** The rendered text with the rules of its body language that no single message can follow (the
 *  German salutation's lower-case continuation, ss for ß in Switzerland; English single quotes
 *  inside double ones). The golden corpus finishes its texts here too. */
export function finishedText(text: string, locale: string, profile: Profile): string {
  return locale === 'de' ? germanLetter(text, profile.culture.country, [profile.leader.name, profile.leader.addressAs ?? '', profile.you.name ?? '']) : nestEnglishQuotes(text);
}

/** The checklist step that generating the prep doc completes. */
export const GENERATE_STEP = 'generate-doc';

/** The checklist as it will be once this document is written: writing the prep doc is itself a
 *  step, so the doc shows it ticked. The extension, the Builder and the CLI all pass this. */
export function doneOnceWritten(templateId: string, done: Readonly<Record<string, string>>, now: Date = new Date()): Readonly<Record<string, string>> {
  return templateId === 'prep-doc' && !Object.hasOwn(done, GENERATE_STEP) ? { ...done, [GENERATE_STEP]: now.toISOString() } : done;
}
