import {
  CADENCES, COMMUNICATION, DEFAULTS, FIRST_RESPONSES, FORMATS, HIERARCHY, MAX_TEXT, ORGANIZATIONS, RELATIONSHIPS, SESSION_MINUTES, TEXT_FIELDS, TONES,
  type Profile,
} from './profile';

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

const KNOWN = new Set(['$schema', 'you', 'leader', 'challenge', 'expertiseApplied', 'valueYouBring', 'cadence', 'sessionMinutes', 'format', 'culture', 'relationship', 'tone',
  'firstResponse', 'firstResponseWords', 'goal', 'successLooksLike', 'organization']);
const KNOWN_NESTED: Record<string, Set<string>> = {
  you: new Set(['name', 'role', 'strengths']),
  leader: new Set(['name', 'addressAs', 'role', 'initiative', 'expertise']),
  culture: new Set(['communication', 'hierarchy']),
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Validates and normalizes a profile read from JSON, a form, or a command argument. */
export function validateProfile(input: unknown): ProfileResult {
  const issues: ProfileIssue[] = [];
  const error = (path: string, message: string) => issues.push({ path, message, severity: 'error' });
  const raw = isRecord(input) ? input : {};
  if (!isRecord(input)) error('', `A profile must be a JSON object, not ${describe(input)}.`);

  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key)) issues.push({ path: key, message: `${key} is not a profile field; it is ignored.`, severity: 'warning' });
  }
  const group = (name: 'you' | 'leader' | 'culture'): Record<string, unknown> => {
    const g = raw[name];
    if (g === undefined || g === null) return {};
    if (!isRecord(g)) { error(name, `${name} must be an object, not ${describe(g)}.`); return {}; }
    for (const key of Object.keys(g)) {
      if (!KNOWN_NESTED[name]!.has(key)) issues.push({ path: `${name}.${key}`, message: `${name}.${key} is not a profile field; it is ignored.`, severity: 'warning' });
    }
    return g;
  };
  const groups = { you: group('you'), leader: group('leader'), culture: group('culture') };

  const text: Record<string, string | undefined> = {};
  for (const field of TEXT_FIELDS) {
    const [a, b] = field.path.split('.') as [string, string | undefined];
    const v = b === undefined ? raw[a] : groups[a as keyof typeof groups][b];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (field.required) error(field.path, `${field.path} is required: ${field.prompt}.`);
      continue;
    }
    if (typeof v !== 'string') { error(field.path, `${field.path} must be text, not ${describe(v)}.`); continue; }
    if (v.length > MAX_TEXT) { error(field.path, `${field.path} is ${v.length} characters; keep it under ${MAX_TEXT}.`); continue; }
    text[field.path] = v.trim();
  }

  const oneOf = <T extends string>(path: string, v: unknown, allowed: readonly T[], fallback: T): T => {
    if (v === undefined || v === null || v === '') return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    error(path, `${path} must be one of ${allowed.join(', ')} (got ${describe(v)}).`);
    return fallback;
  };

  let sessionMinutes = DEFAULTS.sessionMinutes;
  const sm = raw.sessionMinutes;
  if (sm !== undefined && sm !== null && sm !== '') {
    const n = typeof sm === 'string' && /^\s*\d+\s*$/.test(sm) ? Number(sm) : sm;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < SESSION_MINUTES.min || n > SESSION_MINUTES.max) {
      error('sessionMinutes', `sessionMinutes must be a whole number of minutes from ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max} (got ${describe(sm)}).`);
    } else {
      sessionMinutes = n;
    }
  }

  const optEnum = <T extends string>(path: string, allowed: readonly T[]): Record<string, T> => {
    const v = raw[path];
    if (v === undefined || v === null || v === '') return {};
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return { [path]: v as T };
    error(path, `${path} must be one of ${allowed.join(', ')} (got ${describe(v)}).`);
    return {};
  };
  const opt = (path: string) => (text[path] !== undefined ? { [path.split('.').pop()!]: text[path] } : {});
  const profile: Profile = {
    you: { ...opt('you.name'), role: text['you.role'] ?? DEFAULTS.youRole, ...opt('you.strengths') },
    leader: { name: text['leader.name'] ?? '', ...opt('leader.addressAs'), ...opt('leader.role'), ...opt('leader.initiative'), ...opt('leader.expertise') },
    challenge: text['challenge'] ?? '',
    ...opt('expertiseApplied'),
    ...opt('valueYouBring'),
    cadence: oneOf('cadence', raw.cadence, CADENCES, DEFAULTS.cadence),
    sessionMinutes,
    format: oneOf('format', raw.format, FORMATS, DEFAULTS.format),
    culture: {
      communication: oneOf('culture.communication', groups.culture.communication, COMMUNICATION, DEFAULTS.communication),
      hierarchy: oneOf('culture.hierarchy', groups.culture.hierarchy, HIERARCHY, DEFAULTS.hierarchy),
    },
    relationship: oneOf('relationship', raw.relationship, RELATIONSHIPS, DEFAULTS.relationship),
    tone: oneOf('tone', raw.tone, TONES, DEFAULTS.tone),
    ...optEnum('firstResponse', FIRST_RESPONSES),
    ...opt('firstResponseWords'),
    ...opt('goal'),
    ...opt('successLooksLike'),
    ...optEnum('organization', ORGANIZATIONS),
  };
  const clash = toneClash(profile);
  if (clash) issues.push({ path: 'tone', message: clash, severity: 'warning' });
  for (const path of SLOT_FIELDS) {
    const v = text[path];
    if (v !== undefined && looksLikeSentence(v)) {
      // The prep doc copes (a clause is said as its own sentence), but a phrase reads best everywhere.
      issues.push({ path, message: `${path} reads like a whole sentence; the prep doc will set it off as a sentence of its own where it cannot fit mid-sentence, but a phrase reads best (${SLOT_HINTS[path]}).`, severity: 'warning' });
    }
  }
  return { ok: !issues.some((i) => i.severity === 'error'), profile, issues };
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

/** True for answers that look like a whole sentence rather than a phrase: several sentences, or
 *  a first-person subject with a verb ("We have…", "I need…"). A trailing period alone is fine:
 *  it is dropped where the text is pasted. */
export function looksLikeSentence(text: string): boolean {
  const t = text.trim();
  if (/[.!?]\s+\p{Lu}/u.test(t)) return true;
  return /^(?:i|we|our team|my team|they|it|there)\s+(?:am|are|is|was|were|have|has|had|need|want|do|don't|can|cannot|can't|will|would|keep|struggle)\b/i.test(t);
}

/** A short note when the tone works against the culture, or undefined when they fit. Shown in
 *  the doc and next to the tone in the Builder (as a warning). */
export function toneClash(p: Pick<Profile, 'tone' | 'culture' | 'relationship'> & Partial<Pick<Profile, 'organization'>>): string | undefined {
  const { communication, hierarchy } = p.culture;
  if (p.tone === 'concise' && communication === 'indirect') {
    return 'A concise tone can sound abrupt in an indirect culture. The script keeps the softening the culture expects (a graceful exit, a written follow-up); consider the warm or formal tone.';
  }
  if (p.tone === 'concise' && hierarchy === 'hierarchical') {
    return 'A concise tone can read as presumptuous toward a senior title in a hierarchical organization; consider the formal tone.';
  }
  if (p.tone === 'warm' && hierarchy === 'hierarchical' && communication === 'indirect' && p.relationship === 'executive') {
    return 'A warm, familiar tone toward an executive in an indirect, hierarchical culture can read as too casual; consider the formal tone.';
  }
  if (p.tone === 'formal' && hierarchy === 'flat' && communication === 'direct') {
    return `A formal tone can sound distant in a direct, flat ${p.organization === 'startup' ? 'startup' : 'organization'}, as if you were asking a stranger. The script keeps it polite but plain; consider the concise or warm tone.`;
  }
  return undefined;
}

/** One line per issue, for messages and the CLI: "culture.hierarchy must be one of …". */
export function formatIssues(issues: readonly ProfileIssue[]): string {
  return issues.map((i) => `${i.severity === 'error' ? 'error' : 'warning'}: ${i.message}`).join('\n');
}
