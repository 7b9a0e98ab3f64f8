/** The prep profile: who the leader is, what you ask for, and how. A contract: other tools read
 *  `.mentorship/profile.json`, and schemas/profile.schema.json describes the same shape. */
import type { Scales } from '../culture/scales';

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'as-needed'] as const;
export const FORMATS = ['meetings', 'async', 'mixed'] as const;
export const COMMUNICATION = ['direct', 'indirect'] as const;
export const HIERARCHY = ['flat', 'hierarchical'] as const;
export const RELATIONSHIPS = ['skip-level', 'cross-team', 'executive', 'former-manager'] as const;
export const TONES = ['formal', 'warm', 'concise'] as const;
/** What the leader said the first time you asked: the reading the user confirmed (the tool proposes
 *  one from their words, src/core/profile/firstAnswer.ts; the choice always wins). */
export const FIRST_RESPONSES = ['no-time', 'not-now', 'noncommittal', 'use-the-program', 'ask-your-manager', 'not-ready', 'no-reply', 'yes-with-limits', 'referral', 'doubts-fit', 'declined'] as const;
/** The details of their first answer, each in their words (`comeBackMonth`: YYYY-MM). */
export const FIRST_RESPONSE_DETAILS = ['comeBackAfter', 'comeBackMonth', 'referTo', 'channel', 'offered', 'limits'] as const;
/** The kind of organization you both work in: it changes what "the organization cares about" means. */
export const ORGANIZATIONS = ['startup', 'scale-up', 'enterprise', 'public-sector', 'nonprofit'] as const;
/** Where the leader works: your company (`same`, the default) or another one (`other`, named by `leader.company`). */
export const LEADER_ORGANIZATIONS = ['same', 'other'] as const;
/** How a German message addresses them: the polite „Sie“ or the familiar „du“. */
export const ANREDE = ['Sie', 'du'] as const;

export type Cadence = (typeof CADENCES)[number];
export type Format = (typeof FORMATS)[number];
export type Communication = (typeof COMMUNICATION)[number];
export type Hierarchy = (typeof HIERARCHY)[number];
export type Relationship = (typeof RELATIONSHIPS)[number];
export type Tone = (typeof TONES)[number];
export type FirstResponse = (typeof FIRST_RESPONSES)[number];
export type Organization = (typeof ORGANIZATIONS)[number];
export type LeaderOrganization = (typeof LEADER_ORGANIZATIONS)[number];
export type Anrede = (typeof ANREDE)[number];
export type FirstResponseDetail = (typeof FIRST_RESPONSE_DETAILS)[number];
/** `comeBackAfter`: when to come back, in their words ("after the festival season"); `comeBackMonth`:
 *  the same as a month ("2027-01"); `referTo`: who they named instead; `channel`: what they pointed
 *  to (a program, a guild, their office); `offered`: what they did offer ("coffee when I'm in
 *  town"); `limits`: what they ruled out ("nothing regular"). */
export type FirstResponseDetails = Partial<Record<FirstResponseDetail, string>>;

export interface Culture {
  communication: Communication;
  hierarchy: Hierarchy;
  country?: string;
  scales?: Partial<Scales>;
}

export interface Profile {
  /** `locale`: the English you write in ("en-GB", "en-US"); spelling follows it. */
  you: { name?: string; role?: string; strengths?: string; locale?: string };
  /** `addressAs`: how you address them out loud ("James", "Dr. Hoffmann", "Tanaka-san"). */
  /** `decisionYouAdmire`: one decision of theirs you name instead of general praise. */
  /** `organization`: whether they work at your company (`same`, the default) or at another one,
   *  `company` (an outside leader hears no internal programs, channels or team talk); `sector`: the kind
   *  of organization they work at when it is not yours (the words for their side never come from yours). */
  leader: { name: string; addressAs?: string; role?: string; initiative?: string; expertise?: string; decisionYouAdmire?: string; organization?: LeaderOrganization; company?: string; sector?: Organization; anrede?: Anrede };
  challenge: string;
  /** The challenge's short label: the documents name the challenge in full once, then by this
   *  (proposed from the challenge when absent, core/profile/challengeShort.ts). */
  challengeShort?: string;
  expertiseApplied?: string;
  valueYouBring?: string;
  /** What they said the first time, and optionally their words. */
  firstResponse?: FirstResponse;
  firstResponseWords?: string;
  /** What their answer held, as the user confirmed it (proposed from their words otherwise). */
  firstResponseDetails?: FirstResponseDetails;
  /** What you want to be able to do in 6–12 months. */
  goal?: string;
  /** What a good outcome of the three-month trial is. */
  successLooksLike?: string;
  organization?: Organization;
  /** Whether your manager knows you are asking: a spoken or written line says so only when true;
   *  unset, such a line is marked for the user to keep or delete. */
  managerKnows?: boolean;
  cadence: Cadence;
  sessionMinutes: number;
  format: Format;
  /** `communication` and `hierarchy` are always the effective values (what today's documents
   *  read); `country` (ISO 3166-1 alpha-2) selects a preset over the named scales, and `scales`
   *  holds only the scales the user set by hand. core/culture/scales.ts resolves all five. */
  culture: Culture;
  relationship: Relationship;
  tone: Tone;
}

export const DEFAULTS = {
  youRole: 'Software Architect',
  cadence: 'biweekly' as Cadence,
  sessionMinutes: 30,
  format: 'mixed' as Format,
  communication: 'direct' as Communication,
  hierarchy: 'flat' as Hierarchy,
  relationship: 'skip-level' as Relationship,
  tone: 'warm' as Tone,
};

export const SESSION_MINUTES = { min: 10, max: 120 } as const;
export const MAX_TEXT = 500;

/** Free-text fields, their path, and the prompt shown in the doc when the answer is missing. */
export const TEXT_FIELDS = [
  { path: 'you.name', prompt: 'your name', required: false },
  { path: 'you.role', prompt: 'your role', required: false },
  { path: 'you.strengths', prompt: 'a strength you bring', required: false },
  { path: 'leader.name', prompt: 'the leader’s name', required: true },
  { path: 'leader.addressAs', prompt: 'how you address them out loud', required: false },
  { path: 'leader.role', prompt: 'the leader’s role', required: false },
  { path: 'leader.initiative', prompt: 'a project or initiative they led', required: false },
  { path: 'leader.expertise', prompt: 'what they are known for', required: false },
  { path: 'leader.decisionYouAdmire', prompt: 'one decision of theirs you admire', required: false },
  { path: 'leader.company', prompt: 'the company they work at', required: false },
  { path: 'challenge', prompt: 'the challenge you want their view on', required: true },
  { path: 'challengeShort', prompt: 'a short name for the challenge', required: false },
  { path: 'expertiseApplied', prompt: 'how their expertise applies to your challenge', required: false },
  { path: 'valueYouBring', prompt: 'what you bring back to them and the team', required: false },
  { path: 'firstResponseWords', prompt: 'their words the first time', required: false },
  { path: 'goal', prompt: 'what you want to be able to do in 6 to 12 months', required: false },
  { path: 'successLooksLike', prompt: 'what a good outcome of the three-month trial is', required: false },
] as const;

export type TextFieldPath = (typeof TEXT_FIELDS)[number]['path'];

export function getText(profile: Profile, path: TextFieldPath): string | undefined {
  const [a, b] = path.split('.') as [string, string | undefined];
  const v = b === undefined ? (profile as unknown as Record<string, unknown>)[a] : ((profile as unknown as Record<string, Record<string, unknown>>)[a] ?? {})[b];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** A short slug for file names: "Dana O'Kafor" → "dana-okafor". Accents go; other scripts stay,
 *  with their combining vowel signs ("प्रिया"), recomposed, and cut by characters, not code units. */
export function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase()
    .replace(/['’]/g, '').replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
  return Array.from(s).slice(0, 60).join('').replace(/-+$/, '') || 'leader';
}
