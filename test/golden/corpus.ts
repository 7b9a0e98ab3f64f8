// Renders the golden corpus: every case of profiles.ts through every built-in template, through the
// same core path the extension and the CLI use (validate → buildContext → TemplateLibrary.render).
import { validateProfile } from '../../src/core/profile/validate';
import { buildContext } from '../../src/core/render/context';
import { TemplateLibrary } from '../../src/core/render/library';
import { builtinGlossary } from '../../src/core/vocabulary/glossary';
import { goldenCases } from './profiles';
import { documentLocale, Phrasebook } from '../../src/core/phrases/phrasebook';
import { languageOf } from '../../src/core/render/headings';
import { finishedText } from '../../src/core/render/document';

/** A fixed local date, so "Prepared on …" and dates derived from today are stable. */
export const GOLDEN_TODAY = new Date(2026, 11, 5, 12, 0, 0);

export interface GoldenDoc { caseId: string; template: string; text: string }

/** Every (case, template) pair in a fixed order; a render failure is recorded as its message. */
export function* renderCorpus(library = new TemplateLibrary()): Generator<GoldenDoc> {
  const glossary = builtinGlossary();
  const templates = library.list().map((t) => t.id).sort();
  for (const c of goldenCases()) {
    const v = validateProfile(c.profile);
    if (!v.ok) throw new Error(`golden case ${c.id} is not a valid profile: ${JSON.stringify(v.issues)}`);
    // One context per body language, as renderDocument speaks: German only in the documents translated.
    const contexts = new Map<string, ReturnType<typeof buildContext>>();
    for (const template of templates) {
      const locale = documentLocale(template, languageOf(c.language));
      let ctx = contexts.get(locale);
      if (!ctx) contexts.set(locale, (ctx = buildContext(v.profile, glossary, GOLDEN_TODAY, { sessionLog: c.log, language: c.language, phrasebook: new Phrasebook({ locale }) })));
      const out = library.render(template, ctx);
      // Finished as renderDocument finishes it (German letters, English nested quotes): what users get.
      yield { caseId: c.id, template, text: out.ok ? finishedText(out.text, locale, v.profile) : `RENDER FAILED: ${JSON.stringify(out.problem)}\n` };
    }
  }
}
