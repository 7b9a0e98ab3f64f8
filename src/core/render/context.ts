import { getText, TEXT_FIELDS, type Profile, type TextFieldPath } from '../profile/profile';
import { PREP_STEPS, PHASE_TITLES } from '../checklist/steps';
import type { GlossaryEntry } from '../vocabulary/glossary';
import { findEntry } from '../vocabulary/glossary';
import { TermMatcher } from '../vocabulary/matcher';
import { lastNextTopic, openActions } from '../checklist/sessionLog';
import { fillIn, inlineMarkdown } from './markdown';
import { languageOf } from './headings';
import { messageFields, type MessageContext } from './messageContext';

const CADENCE_LABELS = { weekly: 'once a week', biweekly: 'every two weeks', monthly: 'once a month', 'as-needed': 'only when a decision needs it' } as const;
const FORMAT_LABELS = { meetings: 'short meetings', async: 'written async updates', mixed: 'a mix of short meetings and async updates' } as const;
const RELATIONSHIP_LABELS = { 'skip-level': 'a skip-level leader', 'cross-team': 'a leader in another team', executive: 'an executive', 'former-manager': 'a former manager' } as const;

/** Terms worth using with almost any leader, used when the profile names fewer than four. */
const DEFAULT_TERMS = ['Architectural Runway', 'Technical Debt', 'Non-Functional Requirements', 'Domain-Driven Design', 'Eventual Consistency', 'API Gateway'];
export const MIN_TERMS = 4;
export const MAX_TERMS = 8;

export interface RenderContext extends MessageContext {
  you: { name: string; role: string; strengths: string };
  leader: { name: string; role: string; initiative: string; expertise: string; addressAs: string };
  challenge: string;
  expertiseApplied: string;
  valueYouBring: string;
  cadence: { id: string; label: string };
  sessionMinutes: number;
  format: { id: string; label: string };
  culture: { communication: string; hierarchy: string };
  relationship: { id: string; label: string };
  tone: string;
  is: Record<string, boolean>;
  terms: { name: string; definition: string; howToSay: string }[];
  checklist: { id: string; phase: string; phaseTitle: string; title: string; done: boolean }[];
  today: string;
  /** Language of the headings ({{t "…"}}). */
  lang: string;
  /** From the session log, for agendas after the first check-in. */
  log: { openActions: { text: string; date: string }[]; nextTopic: string };
}

/** One matcher per glossary list: building it costs more than rendering a whole doc. */
const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher>();

/**
 * Terms the profile talks about (found by the same matcher as the hovers, in the order they
 * appear), topped up with widely useful ones: between MIN_TERMS and MAX_TERMS entries.
 */
export function chooseTerms(profile: Profile, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  let matcher = matchers.get(glossary);
  if (!matcher) matchers.set(glossary, (matcher = new TermMatcher(glossary)));
  const text = [profile.challenge, profile.expertiseApplied, profile.leader.expertise, profile.leader.initiative, profile.you.strengths, profile.valueYouBring]
    .filter(Boolean).join('\n\n');
  const chosen: GlossaryEntry[] = [];
  for (const m of matcher.findAll(text)) if (!chosen.includes(m.entry)) chosen.push(m.entry);
  for (const name of DEFAULT_TERMS) {
    if (chosen.length >= MIN_TERMS) break;
    const e = findEntry(glossary, name);
    if (e && !chosen.includes(e)) chosen.push(e);
  }
  return chosen.slice(0, MAX_TERMS);
}

/** Everything a template can use. User text arrives Markdown-safe; missing answers arrive as a
 *  visible fill-in prompt, so a template never prints an empty or broken sentence. */
/** What else a render may draw on besides the profile. */
export interface ContextExtras {
  /** The session log's text (mentorship/log.md), for agendas that carry open actions. */
  sessionLog?: string;
  /** Checklist steps already done (id → date), so a regenerated doc keeps its ticks. */
  done?: Readonly<Record<string, string>>;
  /** The document's language for headings ("de", "en"…); English when absent or unknown. */
  language?: string;
}

export function buildContext(profile: Profile, glossary: readonly GlossaryEntry[], today: Date = new Date(), extras: ContextExtras = {}): RenderContext {
  const { sessionLog, done = {} } = extras;
  const t = (path: TextFieldPath) => {
    const v = getText(profile, path);
    const text = v === undefined ? '' : inlineMarkdown(v); // '' too when it held only control characters
    return text === '' ? fillIn(TEXT_FIELDS.find((f) => f.path === path)!.prompt) : text;
  };
  const is: Record<string, boolean> = {};
  for (const v of [profile.tone, profile.culture.communication, profile.culture.hierarchy, profile.format]) is[v] = true;
  is[profile.relationship.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = true;
  const base = {
    you: { name: t('you.name'), role: t('you.role'), strengths: t('you.strengths') },
    leader: { name: t('leader.name'), role: t('leader.role'), initiative: t('leader.initiative'), expertise: t('leader.expertise') },
    challenge: t('challenge'),
    expertiseApplied: t('expertiseApplied'),
    valueYouBring: t('valueYouBring'),
    cadence: { id: profile.cadence, label: CADENCE_LABELS[profile.cadence] },
    sessionMinutes: profile.sessionMinutes,
    format: { id: profile.format, label: FORMAT_LABELS[profile.format] },
    culture: { ...profile.culture },
    relationship: { id: profile.relationship, label: RELATIONSHIP_LABELS[profile.relationship] },
    tone: profile.tone,
    is,
    terms: chooseTerms(profile, glossary).map((e) => ({
      name: inlineMarkdown(e.name),
      definition: inlineMarkdown(e.definition || 'No definition yet.'),
      howToSay: inlineMarkdown(e.howToSay ?? e.examples?.[0] ?? `I would value your view on ${e.name.toLowerCase()} in our context.`),
    })),
    checklist: PREP_STEPS.map((s) => ({ id: s.id, phase: s.phase, phaseTitle: PHASE_TITLES[s.phase], title: s.title, done: Object.hasOwn(done, s.id) })),
    today: localDate(today),
    lang: languageOf(extras.language),
    log: {
      openActions: sessionLog ? openActions(sessionLog).map((a) => ({ text: inlineMarkdown(a.text), date: inlineMarkdown(a.date) })) : [],
      nextTopic: (() => { const topic = sessionLog ? lastNextTopic(sessionLog) : undefined; return topic ? inlineMarkdown(topic) : fillIn('the topic for this session'); })(),
    },
  };
  return { ...base, ...messageFields(profile, base) }; // issue 12: message fields
}

/** The local calendar date as YYYY-MM-DD (toISOString would give tomorrow's date on a US evening). */
/** YYYY-MM-DD in local time: the date the user sees on their calendar. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
