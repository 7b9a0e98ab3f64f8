import {
  CADENCES, COMMUNICATION, DEFAULTS, FORMATS, HIERARCHY, MAX_TEXT, RELATIONSHIPS, SESSION_MINUTES, TEXT_FIELDS, TONES,
  type Profile,
} from './profile';
import { MESSAGE_LEADER_KEYS, MESSAGE_TOP_KEYS, readMessageFields } from './messageFields';

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

const KNOWN = new Set(['$schema', 'you', 'leader', 'challenge', 'expertiseApplied', 'valueYouBring', 'cadence', 'sessionMinutes', 'format', 'culture', 'relationship', 'tone', ...MESSAGE_TOP_KEYS]);
const KNOWN_NESTED: Record<string, Set<string>> = {
  you: new Set(['name', 'role', 'strengths']),
  leader: new Set(['name', 'role', 'initiative', 'expertise', ...MESSAGE_LEADER_KEYS]),
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

  const { addressAs, ...message } = readMessageFields(raw, groups.leader, error); // issue 12
  const opt = (path: string) => (text[path] !== undefined ? { [path.split('.').pop()!]: text[path] } : {});
  const profile: Profile = {
    you: { ...opt('you.name'), role: text['you.role'] ?? DEFAULTS.youRole, ...opt('you.strengths') },
    leader: { name: text['leader.name'] ?? '', ...opt('leader.role'), ...opt('leader.initiative'), ...opt('leader.expertise'), ...(addressAs !== undefined ? { addressAs } : {}) },
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
    ...message,
  };
  return { ok: !issues.some((i) => i.severity === 'error'), profile, issues };
}

/** One line per issue, for messages and the CLI: "culture.hierarchy must be one of …". */
export function formatIssues(issues: readonly ProfileIssue[]): string {
  return issues.map((i) => `${i.severity === 'error' ? 'error' : 'warning'}: ${i.message}`).join('\n');
}
