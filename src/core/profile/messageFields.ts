// Message fields (issue 12): reads the optional profile fields the message templates use
// (leader.addressAs, firstResponse, firstResponseWords, goal, successLooksLike, organization).
// Additive and self-contained; the tailoring branch defines the same contract and wins at merge.
import { FIRST_RESPONSES, MAX_TEXT, ORGANIZATIONS, type FirstResponse, type Organization, type Profile } from './profile';

export const MESSAGE_TOP_KEYS = ['firstResponse', 'firstResponseWords', 'goal', 'successLooksLike', 'organization'] as const;
export const MESSAGE_LEADER_KEYS = ['addressAs'] as const;

type Fields = Pick<Profile, 'firstResponse' | 'firstResponseWords' | 'goal' | 'successLooksLike' | 'organization'> & { addressAs?: string };

/** The message fields of a raw profile: valid ones kept, others reported through `error`. */
export function readMessageFields(raw: Record<string, unknown>, leader: Record<string, unknown>, error: (path: string, message: string) => void): Fields {
  const out: Fields = {};
  const text = (path: string, v: unknown): string | undefined => {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
    if (typeof v !== 'string') { error(path, `${path} must be text.`); return undefined; }
    if (v.length > MAX_TEXT) { error(path, `${path} is ${v.length} characters; keep it under ${MAX_TEXT}.`); return undefined; }
    return v.trim();
  };
  const oneOf = <T extends string>(path: string, v: unknown, allowed: readonly T[]): T | undefined => {
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    error(path, `${path} must be one of ${allowed.join(', ')}.`);
    return undefined;
  };
  const addressAs = text('leader.addressAs', leader.addressAs);
  if (addressAs !== undefined) out.addressAs = addressAs;
  const firstResponse = oneOf<FirstResponse>('firstResponse', raw.firstResponse, FIRST_RESPONSES);
  if (firstResponse) out.firstResponse = firstResponse;
  const organization = oneOf<Organization>('organization', raw.organization, ORGANIZATIONS);
  if (organization) out.organization = organization;
  for (const key of ['firstResponseWords', 'goal', 'successLooksLike'] as const) {
    const v = text(key, raw[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}
