// The document's vocabulary: which glossary terms fit the conversation, best first, and the line
// to try for each.
import { getText, type Profile } from '../profile/profile';
import type { GlossaryEntry } from '../vocabulary/glossary';
import { TermMatcher } from '../vocabulary/matcher';
import { rankTerms } from '../vocabulary/relevance';
import { inlineMarkdown } from './markdown';
import { slot } from './slots';
import { sentences, voiceOf } from './phrasing';
import { say, type Speak } from './rules/shared';

/** The source brief's ten terms: offered whenever the challenge touches them. */
export const SEED_TERMS = ['Architectural Runway', 'Technical Debt', 'Microservices', 'Eventual Consistency', 'API Gateway', 'Domain-Driven Design', 'Cloud Native', 'Non-Functional Requirements', 'Refactoring', 'Design Patterns'];
/** A conversation the glossary fits gets about this many terms (related ones included); fewer when fewer fit. */
export const MIN_TERMS = 8;
export const MAX_TERMS = 10;
/** How many of the ranked terms the document marks "use these". */
export const TERMS_TO_USE = 3;

/** Messages in plain English, for a line asked for outside a document (a document passes its own voice). */
const plainEnglish: Speak = (phrases) => sentences(voiceOf(undefined).book, {}, [phrases].flat());

/** One matcher per glossary list: building it costs more than rendering a whole doc. */
const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher>();

function matcherFor(glossary: readonly GlossaryEntry[]): TermMatcher {
  let matcher = matchers.get(glossary);
  if (!matcher) matchers.set(glossary, (matcher = new TermMatcher(glossary)));
  return matcher;
}

/** The terms an answer names outright (the leader's own work, their expertise). */
function termsNamedIn(text: string | undefined, glossary: readonly GlossaryEntry[]): Set<GlossaryEntry> {
  return new Set(text ? matcherFor(glossary).findAll(text).map((m) => m.entry) : []);
}

/** The document's terms, best fit first. The challenge and the bridge say what the conversation
 *  is about; what the leader is known for and your goal add to it; what you bring, a little. Not
 *  your own strengths: they are what you bring, not the topic (Kubernetes from "I run
 *  our Kubernetes platform" in a decomposition conversation). */
export function chooseTerms(profile: Profile, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const texts = [
    { text: profile.challenge, weight: 1 },
    { text: profile.expertiseApplied, weight: 1 },
    { text: profile.leader.expertise, weight: 0.6 },
    // The one decision of theirs you name (a parallel run, never offered): what they did, as what they know.
    { text: profile.leader.decisionYouAdmire, weight: 0.6 },
    { text: profile.goal, weight: 0.6 },
    { text: profile.successLooksLike, weight: 0.4 },
    { text: profile.leader.initiative, weight: 0.4 },
    { text: profile.valueYouBring, weight: 0.3 },
  ];
  return rankTerms(texts, glossary, { max: MAX_TERMS, fillTo: MIN_TERMS, alwaysWhenTouched: SEED_TERMS }).map((r) => r.entry);
}

/** The context's `terms`: the chosen terms, Markdown-safe, each with the line to try. `theirWork`:
 *  the leader's initiative as said to them; `challengeIsClause`: the challenge is a clause. */
export function termsOf(profile: Profile, glossary: readonly GlossaryEntry[], leader: { challengeIsClause: boolean; theirWork: string }, speak: Speak = plainEnglish): { name: string; definition: string; howToSay: string; use: boolean }[] {
  // A term the leader practises is asked about as their experience, never proposed to them
  // as if it were new ("Would you push back if I proposed a modular monolith…" to
  // the CTO who led the move to one).
  const inTheirWork = termsNamedIn(getText(profile, 'leader.initiative'), glossary);
  const inTheirExpertise = termsNamedIn(getText(profile, 'leader.expertise'), glossary);
  const challenge = slot(getText(profile, 'challenge') ?? '').text;
  const topic = leader.challengeIsClause ? speak(say('terms-topic-clause', { challenge })) : challenge;
  return chooseTerms(profile, glossary).map((e, rank) => ({
    name: inlineMarkdown(e.name),
    use: rank < TERMS_TO_USE,
    definition: inlineMarkdown(e.definition || speak(say('terms-no-definition'))),
    howToSay: tryLine(e, topic, { theirWork: inTheirWork.has(e) ? leader.theirWork : undefined, theirExpertise: inTheirExpertise.has(e) }, speak),
  }));
}

/** Questions that take for granted that the leader did something ("How did you…", "When you
 *  moved to…"): asked of someone who never did, they put an invented fact in your mouth. */
const PRESUPPOSES = /^(?:How did you|When you|When your|What did you|How far ahead did you|Which investments|What framework did you|Was |At what|Did )|\b(?:did you|who negotiated|you had to)\b/i;

/** The sentence to try for a term: the glossary's own when it asks without presuming; a
 *  presuming "How did you X?" becomes "Have you had to X? If so, how did you go about it?"; any
 *  other presuming question gives way to one about the user's own challenge. Markdown-safe. */
export function tryLine(e: GlossaryEntry, challengeTopic: string, leader: { theirWork?: string; theirExpertise?: boolean } = {}, speak: Speak = plainEnglish): string {
  // Their own work (already Markdown-safe, spoken form): what they chose and would change.
  if (leader.theirWork) return speak(say('terms-try-their-work', { theirWork: leader.theirWork }));
  const h = (e.howToSay ?? e.examples?.[0] ?? '').trim();
  // Their expertise: a question about their experience presumes nothing untrue.
  if (leader.theirExpertise && h !== '') return inlineMarkdown(h);
  if (e.askAnyone?.trim() && (h === '' || PRESUPPOSES.test(h))) return inlineMarkdown(e.askAnyone.trim());
  if (h === '') return inlineMarkdown(speak(say('terms-try-view', { term: e.name.toLowerCase() })));
  if (!PRESUPPOSES.test(h)) return inlineMarkdown(h);
  const how = /^How did you (.+)\?$/.exec(h);
  if (how && !/,\s*(?:and|or)\s|\bdid you\b|\byou had\b/.test(how[1]!)) return inlineMarkdown(speak(say('terms-try-have-you', { doing: how[1]! })));
  const term = /\p{Lu}{2}|['’]s\b/u.test(e.name) ? e.name : e.name.toLowerCase(); // "SLO", "Conway's Law" keep their capitals
  // A long challenge is already said in full elsewhere: the line refers to it instead of repeating it.
  const topic = challengeTopic && challengeTopic.split(' ').length <= 6 ? challengeTopic : challengeTopic ? speak(say('terms-topic-ours')) : '';
  return inlineMarkdown(speak(topic ? say('terms-try-start', { term, topic }) : say('terms-try-seen', { term })));
}
