// The golden corpus's inputs: a seeded, reproducible sample of profiles that covers every enum value
// and every first response (each crossed with relationship, tone and culture), optional fields present
// and absent, and first answers in the leader's own words. Changing this file changes every golden:
// add cases at the end (new seeds) rather than editing the existing draws.
import {
  CADENCES, COMMUNICATION, FIRST_RESPONSES, FORMATS, HIERARCHY, ORGANIZATIONS, RELATIONSHIPS, TONES,
} from '../../src/core/profile/profile';
import { seeded as rng } from '../integration/order';

const PEOPLE = [
  { name: 'Dana Okafor', addressAs: 'Dana', role: 'VP Engineering' },
  { name: 'Hiroshi Tanaka', addressAs: 'Tanaka-san', role: 'CTO' },
  { name: 'Dr. Anja Krüger', addressAs: 'Frau Dr. Krüger', role: 'Head of Architecture' },
  { name: 'Priya Raman', addressAs: 'Priya', role: 'Principal Engineer' },
  { name: 'Marcus O’Neill', addressAs: 'Mr O’Neill', role: 'Chief Information Officer' },
  { name: 'Lucía Fernández', addressAs: 'Lucía', role: 'Director of Platform' },
];
const YOU = [
  { name: 'Sam Rivera', role: 'Software Architect', strengths: 'event-driven integration' },
  { name: 'Jo Lindqvist', role: 'Solution Architect', strengths: 'turning incident reviews into design changes' },
  { name: 'Amara Nwosu', role: 'Staff Engineer', strengths: 'load testing and capacity models' },
];
const CHALLENGES = [
  'scaling our API gateway for 10x user load',
  'Our three teams each built their own retry logic, and incidents cascade across them.',
  'getting p99 latency under 300 ms at ~5x traffic without a rewrite',
  'splitting a 12-year-old monolith without stopping feature work',
  'moving batch settlement to events without losing a single update',
  'two teams disagree about who owns the shared customer service',
];
const INITIATIVES = ['the payments platform re-architecture', 'He led the monolith split at Lumen when he was my manager.', 'the move to a cell-based architecture', 'the council’s digital services programme'];
const EXPERTISE = ['applying Domain-Driven Design to legacy platforms', 'running large migrations safely', 'building platform teams', 'reliability engineering at scale'];
const APPLIED = ['using bounded contexts to split the gateway’s routing rules', 'how you sequenced the Lumen migration', 'her experience setting SLOs across teams', 'deciding what to build once and share'];
const VALUES = ['a written summary of each session’s decisions the team can reuse', 'I’ll write up each decision as an ADR the platform team can reuse.', 'feedback from the teams adopting the new patterns'];
const GOALS = ['choose a routing split for the gateway that the team can defend in a design review', 'I want to get designs through the TDA first time.', 'lead the architecture review board without needing her to unblock me'];
const SUCCESS = ['the routing split decided and written up as an ADR, and the first load test passing at 5x today’s traffic', 'Deploys under 15 minutes and no cross-team incident for a quarter.', 'a migration plan the steering group signs off'];
/** First answers in the leader's own words, each paired with the response it most often goes with. */
const WORDS: [string, string | undefined][] = [
  ['I’m slammed until the reorg is done.', 'not-now'],
  ['Interesting idea, let me think about it.', 'noncommittal'],
  ['Interesting idea, let me see what I can do.', 'noncommittal'],
  ['We have the mentoring programme for that, have you applied?', 'use-the-program'],
  ['Please route this through the departmental mentoring scheme.', 'use-the-program'],
  ['Let\'s revisit after the Q3 launch.', 'not-now'],
  ['My calendar is brutal this quarter.', 'no-time'],
  ['My calendar is completely full this quarter, I only have 15-minute slots. Maybe talk to Marcos?', 'no-time'],
  ['No, I can’t take on mentoring this year.', undefined],
  ['I have to decline; I cannot take on mentoring this year.', 'no-reply'],
  ['Unfortunately I cannot offer individual mentoring. Please contact HR about the mentoring programme.', 'use-the-program'],
  ['I\'d love to, but I don\'t think I\'d be a good mentor for you.', undefined],
  ['I\'m not sure I\'m the right person — have you tried the architecture guild?', 'use-the-program'],
  ['Happy to help where I can, but I\'m stretched thin.', 'no-time'],
  ['Have you talked to your manager about this?', 'ask-your-manager'],
  ['Come back when you have led a cross-team design.', 'not-ready'],
  ['Maybe after we close the Series B.', 'not-now'],
  ['happy to chat when I\'m in London, but I can\'t commit to anything regular', 'noncommittal'],
  ['After the festival season, send something to my office.', 'not-now'],
  ['Not this year, sorry.', 'not-now'],
  ['Ask someone on the programme side.', 'use-the-program'],
  ['Let me get back to you.', 'noncommittal'],
];
const MINUTES = [15, 20, 25, 30, 45, 60, 90];
export const SAMPLE_LOG = `# Mentorship log

## 2024-04-17 · Check-in

**Discussed:** the routing split

**Decisions:**
- Split routing by bounded context

**Actions:**
- [ ] Draft the routing ADR
- [x] Share the load-test numbers

**Next topic:** the rollout plan
`;

export interface GoldenCase { id: string; profile: Record<string, unknown>; log?: string; language?: string }

/** The sample: every relationship × tone × first response (and none) × communication × hierarchy,
 *  six times over with the other fields drawn at random, then a German-heading slice. */
export function goldenCases(): GoldenCase[] {
  const out: GoldenCase[] = [];
  // The first seven answers as they were when the corpus was drawn (the draws stay the same); the
  // answers added later get rounds of their own below.
  const responses: (string | undefined)[] = [...FIRST_RESPONSES.slice(0, 7), undefined];
  drawRounds(out, responses, 0, 6);
  // German headings on a slice, so the localized layout is pinned too.
  const r = rng(49);
  for (let i = 0; i < 48; i++) out.push({ ...out[Math.floor(r() * out.length)]!, id: `de-${i}`, language: 'de' });
  // Answers added with the confirmed reading (issue 21): yes-with-limits, referral, doubts-fit, declined.
  drawRounds(out, FIRST_RESPONSES.slice(7), 100, 1);
  // A leader at another company (issue 21, item 2): a slice of the cases above, two in three naming it.
  const o = rng(51), drawn = out.length;
  for (let i = 0; i < 96; i++) {
    const c = out[Math.floor(o() * drawn)]!;
    const leader = { ...(c.profile.leader as Record<string, unknown>), organization: 'other', ...(i % 3 ? { company: 'Lumen' } : {}) };
    out.push({ ...c, id: `other-${i}`, profile: { ...c.profile, leader } });
  }
  // Country presets (issue 22): the culture from a country alone, each with first answers of its own,
  // so the preset documents (relationship beat, culture notes, address forms) are pinned too.
  const k = rng(53), base = out.length;
  for (const [country, answers] of COUNTRY_ANSWERS) {
    for (const [j, [firstResponse, firstResponseWords]] of answers.entries()) {
      const c = out[Math.floor(k() * base)]!;
      // The drawn case's culture and first answer are replaced (undefined fields are pruned).
      const profile = prune({ ...c.profile, culture: { country }, firstResponse, firstResponseWords });
      out.push({ id: `country-${country}-${j}`, profile, log: c.log });
    }
  }
  return out;
}

/** Per country preset, first answers as a leader there might give them: [first response, their words]. */
const COUNTRY_ANSWERS: [string, [string | undefined, string | undefined][]][] = [
  ['IN', [
    [undefined, 'It was very nice meeting you at the summit. Honestly, my plate is full with our own migration, and I generally don\'t take mentees from outside the company. But do drop me a note sometime.'],
    ['no-time', undefined], ['not-now', 'After the festival season, send something to my office.'],
  ]],
  ['JP', [[undefined, undefined], ['noncommittal', 'That is an interesting proposal. Let me consider it.'], ['ask-your-manager', undefined]]],
  ['DE', [['noncommittal', 'Let me think about it.'], ['use-the-program', 'Please apply to the internal mentoring programme first.'], [undefined, undefined]]],
  ['SE', [['yes-with-limits', 'Happy to, but only by email and not more than once a month.'], [undefined, undefined]]],
  ['MX', [['referral', 'Talk to Marcos, he knows this better than I do.'], ['no-time', 'My calendar is brutal this quarter.']]],
  ['BR', [[undefined, 'Let’s grab a coffee next time I’m in the office and talk about it.'], ['not-ready', undefined]]],
  ['GB', [['doubts-fit', 'I’m not sure I’m the right person for this.'], ['declined', undefined]]],
  ['US', [['no-time', 'My calendar is brutal this quarter.'], [undefined, undefined]]],
];

/** `rounds` rounds of every relationship × tone × response × communication × hierarchy, seeded from `seed`. */
function drawRounds(out: GoldenCase[], responses: readonly (string | undefined)[], seed: number, rounds: number): void {
  for (let round = seed; round < seed + rounds; round++) {
    const r = rng(20261205 + round);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const maybe = <T>(x: T, p = 0.75): T | undefined => (r() < p ? x : undefined);
    for (const relationship of RELATIONSHIPS) for (const tone of TONES) for (const firstResponse of responses) {
      for (const communication of COMMUNICATION) for (const hierarchy of HIERARCHY) {
        const leader = pick(PEOPLE), you = pick(YOU);
        const wordsPair = r() < 0.6 ? pick(WORDS) : undefined;
        const profile: Record<string, unknown> = {
          you: { name: maybe(you.name, 0.85), role: maybe(you.role), strengths: maybe(you.strengths, 0.6) },
          leader: {
            name: leader.name, addressAs: maybe(leader.addressAs, 0.7), role: maybe(leader.role),
            initiative: maybe(pick(INITIATIVES), 0.6), expertise: maybe(pick(EXPERTISE), 0.8),
          },
          challenge: pick(CHALLENGES),
          expertiseApplied: maybe(pick(APPLIED), 0.6),
          valueYouBring: maybe(pick(VALUES), 0.6),
          firstResponse,
          // Words alone sometimes (the first response left blank), sometimes with their own pick.
          firstResponseWords: wordsPair?.[0],
          goal: maybe(pick(GOALS), 0.5),
          successLooksLike: maybe(pick(SUCCESS), 0.5),
          organization: maybe(pick(ORGANIZATIONS), 0.8),
          cadence: pick(CADENCES),
          sessionMinutes: pick(MINUTES),
          format: pick(FORMATS),
          culture: { communication, hierarchy },
          relationship,
          tone,
        };
        out.push({ id: `r${round}-${out.length}`, profile: prune(profile), log: r() < 0.3 ? SAMPLE_LOG : undefined });
      }
    }
  }
}

/** Drops undefined fields (and empty groups), as a profile written by hand would. */
function prune(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? prune(v as Record<string, unknown>) : v;
  }
  return out;
}
