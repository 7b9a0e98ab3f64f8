// The documents' words, as Fluent messages (phrases/<locale>/*.ftl, bundled at build time). Rules
// and templates name a message and pass its arguments; this is the one place that turns an ID into
// words, so an override, a translation or `showIds` applies everywhere at once.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import BUILTIN from 'phrases:builtin';
import type { PhraseOverrides } from './overrides';
import { compileOverrides } from './overrides';
import { spell } from '../culture/english';
import type { EnglishVariant } from '../culture/presets';
import { germanAdmired, germanCase, germanQuoted, germanSubject, germanTopicForm } from './germanTopic';
import { objectCase, subjectCase } from '../culture/germanNames';

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
  /** The English the user writes in: the built-in English (written in US spelling) is spelled
   *  for it ("candor" → "candour" in en-GB). Overrides and arguments are the user's own words and
   *  are never respelled. Default en-US. */
  english?: EnglishVariant;
}

export const FALLBACK_LOCALE = 'en';
/**
 * Functions the messages may call. DATIVE and ACCUSATIVE: a person's name as typed, after a German
 * preposition or as an object („mit { DATIVE($referTo) }“, „An { ACCUSATIVE($referTo) }“): „Herr Gisler“ is
 * „Herrn Gisler“ there; „Frau …“ and a bare name stay as they are. NOMINATIVE: the name in a salutation
 * („Sehr geehrter { NOMINATIVE($referTo) },“): „Herrn Dr. Brandt“, typed as the leader said it, is „Herr Dr. Brandt“. TOPIC: how a German sentence carries the user's words for a topic
 * (germanTopic.ts), for a selector: „{ TOPIC($challenge) -> [darum] … }“. ADMIRED: which of the decision they
 * admire and their initiative a German request can name (germanTopic.ts). NOM: the topic in the
 * nominative, for a slot after a label or a colon (germanTopic.ts germanCase). SUBJECT: a German subject
 * line from its lead and the topic, within 70 characters (germanTopic.ts germanSubject). NOM quotes words
 * that read as English („…“), and QUOTED does that alone (for their words in brackets: „(„after the audit“)“).
 */
export const PHRASE_FUNCTIONS = {
  DATIVE: ([value]: readonly unknown[]): string => objectCase(String(value ?? '')),
  ACCUSATIVE: ([value]: readonly unknown[]): string => objectCase(String(value ?? '')),
  NOMINATIVE: ([value]: readonly unknown[]): string => subjectCase(String(value ?? '')),
  TOPIC: ([value]: readonly unknown[]): string => germanTopicForm(String(value ?? '')),
  ADMIRED: ([decision, initiative]: readonly unknown[]): string => germanAdmired(String(decision ?? ''), String(initiative ?? '')),
  NOM: ([value]: readonly unknown[]): string => germanQuoted(germanCase(String(value ?? ''), 'nom')),
  QUOTED: ([value]: readonly unknown[]): string => germanQuoted(String(value ?? '')),
  SUBJECT: ([lead, topic]: readonly unknown[]): string => germanSubject(String(lead ?? ''), String(topic ?? '')),
};

export const BUNDLE_OPTIONS = { useIsolating: false, functions: PHRASE_FUNCTIONS } as const;

const builtinBundles = new Map<string, FluentBundle>();

/** The built-in messages of one locale, parsed once, on first use; English in the spelling of
 *  `english` (only the messages' own text, never a variable or a variant key). */
export function builtinBundle(locale: string, english: EnglishVariant = 'en-US'): FluentBundle | undefined {
  const spelling = locale === FALLBACK_LOCALE ? english : 'en-US';
  const key = `${locale}|${spelling}`;
  let bundle = builtinBundles.get(key);
  if (bundle === undefined && BUILTIN[locale]) {
    bundle = new FluentBundle(locale, BUNDLE_OPTIONS);
    for (const f of BUILTIN[locale]) {
      const resource = new FluentResource(f.text);
      if (spelling !== 'en-US') respell(resource, spelling);
      const errors = bundle.addResource(resource);
      if (errors.length > 0) throw new Error(`${f.file}: ${errors.map((e) => e.message).join('; ')}`);
    }
    builtinBundles.set(key, bundle);
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

/** A parsed pattern, as far as respelling needs to see it: text, and selects whose variants hold text. */
type Pattern = string | (string | { type: string; variants?: { value: Pattern }[] })[];

function respellPattern(pattern: Pattern, english: EnglishVariant): Pattern {
  if (typeof pattern === 'string') return spell(pattern, english);
  return pattern.map((e) => typeof e === 'string' ? spell(e, english)
    : e.type === 'select' && e.variants ? { ...e, variants: e.variants.map((v) => ({ ...v, value: respellPattern(v.value, english) })) } : e);
}

function respell(resource: FluentResource, english: EnglishVariant): void {
  for (const entry of resource.body as { value: Pattern | null; attributes: Record<string, Pattern> }[]) {
    if (entry.value !== null) entry.value = respellPattern(entry.value, english);
    for (const name of Object.keys(entry.attributes)) entry.attributes[name] = respellPattern(entry.attributes[name]!, english);
  }
}

export class Phrasebook {
  readonly problems: PhraseProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly chain: FluentBundle[];
  private readonly showIds: boolean;
  /** The locale whose built-in messages are spoken, English when it has none. */
  readonly locale: string;

  constructor(options: PhraseOptions = {}) {
    const english = builtinBundle(FALLBACK_LOCALE, options.english)!;
    const locale = options.locale && options.locale !== FALLBACK_LOCALE ? builtinBundle(options.locale) : undefined;
    const overrides = options.overrides ? compileOverrides(options.overrides, english, (p) => this.report(p)) : undefined;
    this.locale = locale ? options.locale! : FALLBACK_LOCALE;
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
