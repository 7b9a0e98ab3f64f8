// The documents' words, as Fluent messages (phrases/<locale>/*.ftl, bundled at build time). Rules
// and templates name a message and pass its arguments; this is the one place that turns an ID into
// words, so an override, a translation or `showIds` applies everywhere at once.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import BUILTIN from 'phrases:builtin';
import type { PhraseOverrides } from './overrides';
import { compileOverrides } from './overrides';

export type PhraseArgs = Readonly<Record<string, string | number>>;

/** What a rule says: a message and its arguments, formatted by the phrasebook. */
export interface Phrase {
  id: string;
  args?: PhraseArgs;
}

/** A message that could not be said as written; the document still renders. */
export interface PhraseProblem {
  id: string;
  message: string;
  /** Where it came from, for an override (`.mentorship/phrases.json`, 1-based line). */
  file?: string;
  line?: number;
}

export interface PhraseOptions {
  /** The document's language ("de", "en"…); English is the fallback for every message. */
  locale?: string;
  /** Each message preceded by its ID as ⟦id⟧, so a user can find what to override. */
  showIds?: boolean;
  /** Single messages replaced from the workspace (`.mentorship/phrases.json`). */
  overrides?: PhraseOverrides;
}

export const FALLBACK_LOCALE = 'en';
const BUNDLE_OPTIONS = { useIsolating: false } as const;

const builtinBundles = new Map<string, FluentBundle>();

/** The built-in messages of one locale, parsed once, on first use. */
export function builtinBundle(locale: string): FluentBundle | undefined {
  let bundle = builtinBundles.get(locale);
  if (bundle === undefined && BUILTIN[locale]) {
    bundle = new FluentBundle(locale, BUNDLE_OPTIONS);
    for (const f of BUILTIN[locale]) {
      const errors = bundle.addResource(new FluentResource(f.text));
      if (errors.length > 0) throw new Error(`${f.file}: ${errors.map((e) => e.message).join('; ')}`);
    }
    builtinBundles.set(locale, bundle);
  }
  return bundle;
}

/** The language a document's body speaks: `language` when that locale has the document's own file
 *  (phrases/de/thank-you.ftl for thank-you), else English. So a document is never half translated:
 *  the shared greeting turns German only in the documents that are German throughout; the headings
 *  follow the display language either way. */
export function documentLocale(templateId: string, language: string): string {
  if (language === FALLBACK_LOCALE) return FALLBACK_LOCALE;
  return BUILTIN[language]?.some((f) => f.file === `phrases/${language}/${templateId}.ftl`) ? language : FALLBACK_LOCALE;
}

export class Phrasebook {
  readonly problems: PhraseProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly chain: FluentBundle[];
  private readonly showIds: boolean;

  constructor(options: PhraseOptions = {}) {
    const english = builtinBundle(FALLBACK_LOCALE)!;
    const locale = options.locale && options.locale !== FALLBACK_LOCALE ? builtinBundle(options.locale) : undefined;
    const overrides = options.overrides ? compileOverrides(options.overrides, english, (p) => this.report(p)) : undefined;
    this.chain = [overrides, locale, english].filter((b): b is FluentBundle => b !== undefined);
    this.showIds = options.showIds ?? false;
  }

  has(id: string): boolean {
    return this.chain.some((b) => b.hasMessage(id));
  }

  /** The message in words. An unknown ID or a missing variable is reported, never thrown: the
   *  document shows ⟦id⟧ or Fluent's `{$name}` in its place. */
  format(id: string, args: PhraseArgs = {}): string {
    const bundle = this.chain.find((b) => b.hasMessage(id));
    const message = bundle?.getMessage(id);
    if (!bundle || !message?.value) {
      this.report({ id, message: `no message “${id}” in the phrasebook` });
      return `⟦${id}⟧`;
    }
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args as Record<string, FluentVariable>, errors);
    for (const e of errors) this.report({ id, message: e.message });
    return this.showIds ? `⟦${id}⟧${text}` : text;
  }

  say(phrase: Phrase): string {
    return this.format(phrase.id, phrase.args);
  }

  private report(problem: PhraseProblem): void {
    const key = `${problem.id}\u0000${problem.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push(problem);
  }
}
