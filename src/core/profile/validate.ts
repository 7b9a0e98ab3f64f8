import {
  ANREDE, CADENCES, COMMUNICATION, DEFAULTS, FIRST_RESPONSE_DETAILS, FIRST_RESPONSES, FORMATS, HIERARCHY, LEADER_ORGANIZATIONS, MAX_TEXT, ORGANIZATIONS, RELATIONSHIPS, SESSION_MINUTES, TEXT_FIELDS, TONES,
  type FirstResponseDetails, type Profile,
} from './profile';
import { english, type L10n } from '../l10n/l10n';
import { validateCulture, validateLocale } from '../culture/validateCulture';
import { scalesLeftUnknown } from '../culture/scales';

export interface ProfileIssue {
  /** Dotted field path, e.g. "culture.hierarchy"; "" for the whole profile. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ProfileResult {
  ok: boolean;
  /** Always present: the input with defaults filled and invalid values replaced by defaults, so a
   *  form can keep showing what it can. Only use it to generate when `ok`. */
  profile: Profile;
  issues: ProfileIssue[];
}

/** Top-level keys validation reads (`$schema` for editors); others are the user's own and kept on save. */
export const KNOWN = new Set(['$schema', 'you', 'leader', 'challenge', 'challengeShort', 'expertiseApplied', 'valueYouBring', 'cadence', 'sessionMinutes', 'format', 'culture', 'relationship', 'tone',
  'firstResponse', 'firstResponseWords', 'firstResponseDetails', 'goal', 'successLooksLike', 'organization', 'managerKnows']);
export const KNOWN_NESTED: Record<string, Set<string>> = {
  you: new Set(['name', 'role', 'strengths', 'locale']),
  leader: new Set(['name', 'addressAs', 'role', 'initiative', 'expertise', 'decisionYouAdmire', 'organization', 'company', 'sector', 'anrede']),
  culture: new Set(['communication', 'hierarchy', 'country', 'scales']),
  firstResponseDetails: new Set(FIRST_RESPONSE_DETAILS),
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown, l10n: L10n): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return l10n.t('a list');
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'object') return l10n.t('an object');
  return String(v);
}

/** What a required text field asks for, as said in "{field} is required: {prompt}.". */
function fieldPrompt(path: string, l10n: L10n): string {
  switch (path) {
    case 'leader.name': return l10n.t('the leader’s name');
    case 'challenge': return l10n.t('the challenge you want their view on');
    default: return TEXT_FIELDS.find((f) => f.path === path)?.prompt ?? path;
  }
}

/** Validates and normalizes a profile read from JSON, a form, or a command argument. Messages are
 *  in the language of `l10n` (English by default: the CLI and the logs). */
export function validateProfile(input: unknown, l10n: L10n = english): ProfileResult {
  const issues: ProfileIssue[] = [];
  const error = (path: string, message: string) => issues.push({ path, message, severity: 'error' });
  const raw = isRecord(input) ? input : {};
  if (!isRecord(input)) error('', l10n.t('A profile must be a JSON object, not {0}.', describe(input, l10n)));

  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key)) issues.push({ path: key, message: l10n.t('{0} is not a profile field; it is ignored.', key), severity: 'warning' });
  }
  const group = (name: 'you' | 'leader' | 'culture' | 'firstResponseDetails'): Record<string, unknown> => {
    const g = raw[name];
    if (g === undefined || g === null) return {};
    if (!isRecord(g)) { error(name, l10n.t('{0} must be an object, not {1}.', name, describe(g, l10n))); return {}; }
    for (const key of Object.keys(g)) {
      if (!KNOWN_NESTED[name]!.has(key)) issues.push({ path: `${name}.${key}`, message: l10n.t('{0} is not a profile field; it is ignored.', `${name}.${key}`), severity: 'warning' });
    }
    return g;
  };
  const groups = { you: group('you'), leader: group('leader'), culture: group('culture') };
  const firstResponseDetails = detailsOf(group('firstResponseDetails'), error, l10n);

  const text: Record<string, string | undefined> = {};
  for (const field of TEXT_FIELDS) {
    const [a, b] = field.path.split('.') as [string, string | undefined];
    const v = b === undefined ? raw[a] : groups[a as keyof typeof groups][b];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (field.required) error(field.path, l10n.t('{0} is required: {1}.', field.path, fieldPrompt(field.path, l10n)));
      continue;
    }
    if (typeof v !== 'string') { error(field.path, l10n.t('{0} must be text, not {1}.', field.path, describe(v, l10n))); continue; }
    if (v.length > MAX_TEXT) { error(field.path, l10n.t('{0} is {1} characters; keep it under {2}.', field.path, v.length, MAX_TEXT)); continue; }
    text[field.path] = v.trim();
  }

  const oneOf = <T extends string, F = T>(path: string, v: unknown, allowed: readonly T[], fallback: F): T | F => {
    if (v === undefined || v === null || v === '') return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    error(path, l10n.t('{0} must be one of {1} (got {2}).', path, allowed.join(', '), describe(v, l10n)));
    return fallback;
  };

  let sessionMinutes = DEFAULTS.sessionMinutes;
  const sm = raw.sessionMinutes;
  if (sm !== undefined && sm !== null && sm !== '') {
    const n = typeof sm === 'string' && /^\s*\d+\s*$/.test(sm) ? Number(sm) : sm;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < SESSION_MINUTES.min || n > SESSION_MINUTES.max) {
      error('sessionMinutes', l10n.t('{0} must be a whole number of minutes from {1} to {2} (got {3}).', 'sessionMinutes', SESSION_MINUTES.min, SESSION_MINUTES.max, describe(sm, l10n)));
    } else {
      sessionMinutes = n;
    }
  }

  const optEnum = <T extends string>(path: string, allowed: readonly T[]): Record<string, T> => {
    const v = raw[path];
    if (v === undefined || v === null || v === '') return {};
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return { [path]: v as T };
    error(path, l10n.t('{0} must be one of {1} (got {2}).', path, allowed.join(', '), describe(v, l10n)));
    return {};
  };
  // Today's two fields, when given: they outrank the country's preset (see resolveScales).
  const given = <T extends string>(path: string, v: unknown, allowed: readonly T[]): T | undefined =>
    (v === undefined || v === null || v === '' ? undefined : oneOf(path, v, allowed, undefined));
  const culture = validateCulture(groups.culture, {
    communication: given('culture.communication', groups.culture.communication, COMMUNICATION),
    hierarchy: given('culture.hierarchy', groups.culture.hierarchy, HIERARCHY),
  }, l10n);
  issues.push(...culture.issues);
  const leaderOrganization = given('leader.organization', groups.leader.organization, LEADER_ORGANIZATIONS);
  const leaderSector = given('leader.sector', groups.leader.sector, ORGANIZATIONS);
  const anrede = given('leader.anrede', groups.leader.anrede, ANREDE);
  const locale = validateLocale(groups.you.locale, l10n);
  if (locale.issue) issues.push(locale.issue);
  const opt = (path: string) => (text[path] !== undefined ? { [path.split('.').pop()!]: text[path] } : {});
  const profile: Profile = {
    you: { ...opt('you.name'), role: text['you.role'] ?? DEFAULTS.youRole, ...opt('you.strengths'), ...(locale.locale ? { locale: locale.locale } : {}) },
    leader: { name: text['leader.name'] ?? '', ...opt('leader.addressAs'), ...opt('leader.role'), ...opt('leader.initiative'), ...opt('leader.expertise'), ...opt('leader.decisionYouAdmire'),
      ...(leaderOrganization ? { organization: leaderOrganization } : {}), ...opt('leader.company'), ...(leaderSector ? { sector: leaderSector } : {}), ...(anrede ? { anrede } : {}) },
    challenge: text['challenge'] ?? '',
    ...opt('challengeShort'),
    ...opt('expertiseApplied'),
    ...opt('valueYouBring'),
    cadence: oneOf('cadence', raw.cadence, CADENCES, DEFAULTS.cadence),
    sessionMinutes,
    format: oneOf('format', raw.format, FORMATS, DEFAULTS.format),
    culture: culture.culture,
    relationship: oneOf('relationship', raw.relationship, RELATIONSHIPS, DEFAULTS.relationship),
    tone: oneOf('tone', raw.tone, TONES, DEFAULTS.tone),
    ...optEnum('firstResponse', FIRST_RESPONSES),
    ...opt('firstResponseWords'),
    ...(firstResponseDetails ? { firstResponseDetails } : {}),
    ...opt('goal'),
    ...opt('successLooksLike'),
    ...optEnum('organization', ORGANIZATIONS),
    ...managerKnowsOf(raw.managerKnows, error, l10n),
  };
  const clash = toneClash(profile, l10n);
  if (clash) issues.push({ path: 'tone', message: clash, severity: 'warning' });
  if (profile.leader.organization === 'other' && profile.relationship === 'skip-level') {
    issues.push({ path: 'relationship', message: l10n.t('A skip-level leader works at your company, but leader.organization says they work at another one; the documents follow leader.organization (no internal programs, channels or team talk).'), severity: 'warning' });
  }
  for (const path of SLOT_FIELDS) {
    const v = text[path];
    if (v !== undefined && looksLikeSentence(v)) {
      // The prep doc copes (a clause is said as its own sentence), but a phrase reads best everywhere.
      issues.push({ path, message: l10n.t('{0} reads like a whole sentence; the prep doc will set it off as a sentence of its own where it cannot fit mid-sentence, but a phrase reads best ({1}).', path, slotHint(path, l10n)), severity: 'warning' });
    }
  }
  return { ok: !issues.some((i) => i.severity === 'error'), profile, issues };
}

/** `managerKnows`: true or false (a form's "yes"/"no" or "true"/"false" too); absent when not said. */
function managerKnowsOf(v: unknown, error: (path: string, message: string) => void, l10n: L10n): { managerKnows?: boolean } {
  if (v === undefined || v === null || v === '') return {};
  if (typeof v === 'boolean') return { managerKnows: v };
  if (typeof v === 'string' && /^(true|yes)$/i.test(v.trim())) return { managerKnows: true };
  if (typeof v === 'string' && /^(false|no)$/i.test(v.trim())) return { managerKnows: false };
  error('managerKnows', l10n.t('{0} must be one of {1} (got {2}).', 'managerKnows', 'true, false', describe(v, l10n)));
  return {};
}

/** The details of the first answer the user confirmed: text each, `comeBackMonth` a YYYY-MM month;
 *  undefined when none is given (a wrong one is reported and dropped, the rest kept). */
function detailsOf(raw: Record<string, unknown>, error: (path: string, message: string) => void, l10n: L10n): FirstResponseDetails | undefined {
  const details: FirstResponseDetails = {};
  for (const key of FIRST_RESPONSE_DETAILS) {
    const v = raw[key];
    const path = `firstResponseDetails.${key}`;
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string') { error(path, l10n.t('{0} must be text, not {1}.', path, describe(v, l10n))); continue; }
    if (v.length > MAX_TEXT) { error(path, l10n.t('{0} is {1} characters; keep it under {2}.', path, v.length, MAX_TEXT)); continue; }
    if (key === 'comeBackMonth' && !/^\d{4}-(?:0[1-9]|1[0-2])$/.test(v.trim())) { error(path, l10n.t('{0} must be a month written YYYY-MM, such as 2027-01 (got {1}).', path, describe(v, l10n))); continue; }
    details[key] = v.trim();
  }
  return Object.keys(details).length > 0 ? details : undefined;
}

/** Free text pasted mid-sentence, and the sentence it completes (shown as the expected form). */
export const SLOT_HINTS: Record<string, string> = {
  challenge: 'completes "Our current challenge is …", e.g. "scaling our API gateway for 10x user load"',
  expertiseApplied: 'completes "I would value your view on …", e.g. "using bounded contexts to split the gateway’s routing rules"',
  valueYouBring: 'completes "In return, I will bring …", e.g. "a written summary of each session’s decisions"',
  'leader.expertise': 'completes "your experience with …", e.g. "applying Domain-Driven Design to legacy platforms"',
  'leader.initiative': 'completes "the work you led on …", e.g. "the payments platform re-architecture"',
  'you.strengths': 'completes "I am strong on …", e.g. "event-driven integration"',
  goal: 'completes "In a year I want to be able to …", e.g. "lead the integration architecture across all three product teams"',
  successLooksLike: 'completes "After three months, success means …", e.g. "a contract-ownership model the three teams have agreed to"',
};
const SLOT_FIELDS = Object.keys(SLOT_HINTS);

/** A slot field's hint (see SLOT_HINTS) in the language of `l10n`. The quoted sentence starts
 *  are the English doc's words, so a translation keeps them in English. */
export function slotHint(path: string, l10n: L10n = english): string {
  switch (path) {
    case 'challenge': return l10n.t('completes "Our current challenge is …", e.g. "scaling our API gateway for 10x user load"');
    case 'expertiseApplied': return l10n.t('completes "I would value your view on …", e.g. "using bounded contexts to split the gateway’s routing rules"');
    case 'valueYouBring': return l10n.t('completes "In return, I will bring …", e.g. "a written summary of each session’s decisions"');
    case 'leader.expertise': return l10n.t('completes "your experience with …", e.g. "applying Domain-Driven Design to legacy platforms"');
    case 'leader.initiative': return l10n.t('completes "the work you led on …", e.g. "the payments platform re-architecture"');
    case 'you.strengths': return l10n.t('completes "I am strong on …", e.g. "event-driven integration"');
    case 'goal': return l10n.t('completes "In a year I want to be able to …", e.g. "lead the integration architecture across all three product teams"');
    case 'successLooksLike': return l10n.t('completes "After three months, success means …", e.g. "a contract-ownership model the three teams have agreed to"');
    default: return SLOT_HINTS[path] ?? '';
  }
}

/** A title, a Latin abbreviation or a capital initial before a name: its dot does not end a sentence. */
const ABBREVIATION = /(?<![\p{L}\p{N}.])((?:[Dd]r|[Pp]rof|[Mm]rs?|[Mm][sx]|[Ss]r|[Jj]r|[Vv]s|[Ee]tc|[Ii]nc|[Ll]td|[Cc]orp|[Dd]ept|[Aa]pprox|e\.g|i\.e|cf|\p{Lu}))\.(?=\s)/gu;

/** True for answers that look like a whole sentence rather than a phrase: several sentences, or
 *  a first-person subject with a verb ("We have…", "I need…"). A trailing period alone is fine:
 *  it is dropped where the text is pasted. */
export function looksLikeSentence(text: string): boolean {
  // "Dr. Brandt", "Mr. Tan", "e.g. Kafka", "J. Smith": a title, an abbreviation or an initial is
  // not the end of a sentence (a warning on a noun phrase naming Dr. Brandt).
  const t = text.trim().replace(ABBREVIATION, '$1');
  if (/[.!?]\s+\p{Lu}/u.test(t)) return true;
  return /^(?:i|we|our team|my team|they|it|there)\s+(?:am|are|is|was|were|have|has|had|need|want|do|don't|can|cannot|can't|will|would|keep|struggle)\b/i.test(t);
}

/** A short note when the tone works against the culture, or undefined when they fit. Shown in
 *  the doc and next to the tone in the Builder (as a warning). */
/** A form of address with a title in it ("Frau Dr. Brandt", "Prof. Ito", "Tanaka-san"): the leader
 *  asked for formality, so a formal tone is not distant. */
const TITLED = /\b(?:Dr|Prof|Professor|Frau|Herr|Mr|Mrs|Ms|Madame|Monsieur|Sir|Dame)\b|-(?:san|sama)\b/;

export function toneClash(p: Pick<Profile, 'tone' | 'culture' | 'relationship'> & Partial<Pick<Profile, 'organization'>> & { leader?: { addressAs?: string } }, l10n: L10n = english): string | undefined {
  const { communication, hierarchy } = p.culture;
  if (p.tone === 'concise' && communication === 'indirect') {
    return l10n.t('A concise tone can sound abrupt in an indirect culture. The script keeps the softening the culture expects (a graceful exit, a written follow-up); consider the warm or formal tone.');
  }
  if (p.tone === 'concise' && hierarchy === 'hierarchical') {
    return l10n.t('A concise tone can read as presumptuous toward a senior title in a hierarchical organization; consider the formal tone.');
  }
  if (p.tone === 'warm' && hierarchy === 'hierarchical' && communication === 'indirect' && p.relationship === 'executive') {
    return l10n.t('A warm, familiar tone toward an executive in an indirect, hierarchical culture can read as too casual; consider the formal tone.');
  }
  if (p.tone === 'warm' && hierarchy === 'hierarchical' && communication === 'indirect' && p.organization === 'public-sector') {
    return l10n.t('A warm, familiar tone toward a senior leader in an indirect, hierarchical culture can read as too casual; the messages greet them with “Dear”, but consider the formal tone.');
  }
  // A formal tone fits a public body, whatever the country's manners, and a leader you
  // address by title ("Frau Dr. Brandt" was told formal sounds distant).
  // Not where "direct, flat" is only the default for a country without a preset (scalesLeftUnknown).
  const unknown = scalesLeftUnknown(p.culture);
  if (p.tone === 'formal' && hierarchy === 'flat' && communication === 'direct' && p.organization !== 'public-sector' && !TITLED.test(p.leader?.addressAs ?? '')
    && !unknown.includes('communication') && !unknown.includes('hierarchy')) {
    return p.organization === 'startup'
      ? l10n.t('A formal tone can sound distant in a direct, flat startup, as if you were asking a stranger. The script keeps it polite but plain; consider the concise or warm tone.')
      : l10n.t('A formal tone can sound distant in a direct, flat organization, as if you were asking a stranger. The script keeps it polite but plain; consider the concise or warm tone.');
  }
  return undefined;
}

/** One line per issue, for messages and the CLI: "culture.hierarchy must be one of …". */
export function formatIssues(issues: readonly ProfileIssue[], l10n: L10n = english): string {
  return issues.map((i) => (i.severity === 'error' ? l10n.t('error: {0}', i.message) : l10n.t('warning: {0}', i.message))).join('\n');
}
