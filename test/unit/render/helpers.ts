// Shared by the render and profile unit tests: the example profile, a render shortcut, and
// markdown-it helpers that look at a document the way a reader (or VS Code's preview) does.
import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import example from '../../fixtures/profiles/example.json';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { BUILTIN_TEMPLATES } from '../../../src/core/render/builtins';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary, type GlossaryEntry } from '../../../src/core/vocabulary/glossary';

/** A fixed local date, so "Prepared on …" is stable. */
export const TODAY = new Date(2024, 4, 1, 12, 0, 0);

/** A fresh copy of test/fixtures/profiles/example.json. */
export function exampleProfile(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(example)) as Record<string, unknown>;
}

type Patch = Record<string, unknown>;

/** The example profile with some fields replaced; nested groups (you, leader, culture) merge. */
export function exampleWith(patch: Patch): Record<string, unknown> {
  const p = exampleProfile();
  for (const [k, v] of Object.entries(patch)) {
    const old = p[k];
    p[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && old !== null && typeof old === 'object'
      ? { ...(old as Patch), ...(v as Patch) }
      : v;
  }
  return p;
}

export const LIBRARY = new TemplateLibrary();

/** A session log with one earlier check-in: an open action, a done one, and the next topic. */
export const SAMPLE_LOG = `# Mentorship log

## 2024-04-17 · Check-in with Dana Okafor

**Discussed:** the routing split

**Decisions:**
- Split routing by bounded context

**Actions:**
- [ ] Draft the routing ADR
- [x] Share the load-test numbers

**Next topic:** the rollout plan
`;

/** Validates (and insists the input is valid), builds the context and renders one template. */
export function render(id: string, input: unknown, options: { library?: TemplateLibrary; glossary?: readonly GlossaryEntry[]; log?: string } = {}): string {
  const result = validateProfile(input);
  assert.ok(result.ok, `profile should be valid: ${JSON.stringify(result.issues)}`);
  const outcome = (options.library ?? LIBRARY).render(id, buildContext(result.profile, options.glossary ?? builtinGlossary(), TODAY, { sessionLog: options.log }));
  if (!outcome.ok) assert.fail(`render of ${id} failed: ${JSON.stringify(outcome.problem)}`);
  return outcome.text;
}

/** The example profile with `patch`, rendered as Generate and the command line render it (German
 *  letters finished, in `language`); insists it is valid, renders and finds every message it says. */
export function renderFinished(id: string, patch: Patch, language?: string): string {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok, JSON.stringify(!v.ok && v.issues));
  const out = renderDocument(LIBRARY, id, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, ...(language ? { language } : {}) });
  if (!out.ok) assert.fail(`render of ${id} failed: ${JSON.stringify(out.problem)}`);
  assert.deepStrictEqual(out.phraseProblems, []);
  return out.text;
}

/** One typical answer in the leader's own words per first response, for the tests that render them all. */
export const FIRST_ANSWER_WORDS: Record<string, string> = {
  'no-time': 'My calendar is brutal this quarter.', 'not-now': 'Let’s revisit after the Q3 launch.',
  noncommittal: 'Interesting idea, let me think about it.', 'use-the-program': 'We have the mentoring programme for that, have you applied?',
  'ask-your-manager': 'Have you talked to your manager about this?', 'not-ready': 'Come back when you have led a cross-team design.',
  'yes-with-limits': 'Happy to, but only by email and not more than once a month.', referral: 'Talk to Marcos, he knows this better than I do.',
  'doubts-fit': 'I’m not sure I’m the right person for this.', declined: 'No, I can’t take on mentoring this year.',
};

/** Validates, builds the context once and renders every built-in template (optionally in `language`). */
export function renderAll(profile: Record<string, unknown>, language?: string): Record<string, string> {
  const result = validateProfile(profile);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const ctx = buildContext(result.profile, builtinGlossary(), TODAY, { language });
  const out: Record<string, string> = {};
  for (const id of Object.keys(BUILTIN_TEMPLATES)) {
    const r = LIBRARY.render(id, ctx);
    if (!r.ok) assert.fail(`${id}: ${JSON.stringify(r.problem)}`);
    out[id] = r.text;
  }
  return out;
}

/** The text of the level-2 section `## title`, up to the next level-2 heading (heading line included). */
export function section(doc: string, title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `no section "## ${title}"`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start + 1, end < 0 ? undefined : end + 1);
}

/** Markdown as VS Code's preview reads it, raw HTML enabled so any smuggled tag would show up. */
export const md = new MarkdownIt({ html: true });

/** The document's shape: every token type and tag, with inline children, but not the words. */
export function structure(markdown: string): string[] {
  return md.parse(markdown, {}).map((t) => `${t.type}:${t.tag}${t.children ? `[${t.children.map((c) => `${c.type}:${c.tag}`).join(',')}]` : ''}`);
}

/** Level 1–6 headings as [level, visible text] pairs. */
export function headings(markdown: string): [number, string][] {
  const tokens = md.parse(markdown, {});
  const out: [number, string][] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return;
    const text = (tokens[i + 1]!.children ?? []).filter((c) => c.type === 'text').map((c) => c.content).join('');
    out.push([Number(t.tag.slice(1)), text]);
  });
  return out;
}

/** What a reader sees from rendered inline HTML: no tags expected, entities decoded. */
export function visibleText(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Whitespace-insensitive comparison form: runs of any whitespace become one space. */
export function collapse(text: string): string {
  return text.replace(/[\s\u0085]+/g, ' ').trim();
}

// Profiles several suites render (one place, so the suites stay about the same leader).
/** A formal, indirect, hierarchical CTO who led the move to a modular monolith and said “let me see”. */
export const cto = (patch: Record<string, unknown> = {}) => exampleWith({
  leader: { name: 'Dr. Klaus Hoffmann', addressAs: 'Dr. Hoffmann', role: 'CTO', initiative: 'The move of the core banking platform to a modular monolith.', expertise: 'Domain-driven design for regulated systems' },
  challenge: 'Our three product teams each built their own integration to SAP and nobody owns the contracts.',
  expertiseApplied: 'how to draw ownership boundaries for shared integration contracts in his team\'s platform',
  valueYouBring: 'a tenancy and data-isolation review of his team\'s new collections service',
  relationship: 'executive', organization: 'enterprise', tone: 'formal',
  culture: { communication: 'indirect', hierarchy: 'hierarchical' },
  firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me see what I can do.',
  ...patch,
});
/** Direct, flat, concise, cross-team, "revisit after the Q3 launch". */
export const crossTeam = () => cto({ culture: { communication: 'direct', hierarchy: 'flat' }, relationship: 'cross-team', organization: 'scale-up', tone: 'concise', firstResponse: 'not-now', firstResponseWords: 'Let\'s revisit after the Q3 launch.', cadence: 'biweekly', format: 'meetings' });
/** A former manager, no time, as-needed and async. */
export const written = () => exampleWith({ relationship: 'former-manager', firstResponse: 'no-time', cadence: 'as-needed', format: 'async', sessionMinutes: 15, tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' }, leader: { addressAs: 'James' } });

/** The document for a leader in `country`, the culture from the country alone (the example's
 *  hand-set scales dropped), as of `today`: what a user who picks only a country gets. */
export function presetDoc(id: string, country: string, today: Date, patch: Record<string, unknown> = {}): string {
  const p = exampleWith(patch);
  p.culture = { country };
  const result = validateProfile(p);
  assert.ok(result.ok, JSON.stringify(result.issues));
  const out = LIBRARY.render(id, buildContext(result.profile, builtinGlossary(), today));
  assert.ok(out.ok);
  return out.text;
}

/** A prep doc's "Your relationship and the culture" section. */
export function cultureSection(text: string): string {
  const start = text.indexOf('## Your relationship and the culture');
  return text.slice(start, text.indexOf('\n## ', start + 3));
}
