// Message fields (issue 12): the render context keys the message templates read. Additive and
// self-contained; the tailoring branch provides the same keys and wins at merge.
import type { Profile } from '../profile/profile';
import { fillIn, inlineMarkdown } from './markdown';

const ORGANIZATION_LABELS = {
  startup: 'a startup', 'scale-up': 'a scale-up', enterprise: 'a large enterprise', 'public-sector': 'a public-sector organization', nonprofit: 'a nonprofit',
} as const;

export interface MessageContext {
  /** What the leader said the first time: an id from FIRST_RESPONSES ('' when unknown) and their words. */
  firstResponse: { id: string; words: string };
  goal: string;
  successLooksLike: string;
  organization: { id: string; label: string };
  /** Length of the short meeting the request asks for: 15 minutes when sessions are that short, else 20. */
  requestMinutes: number;
  /** What the three-month trial costs the leader, in words: "about six sessions, some 3 hours in all". */
  trial: { sessions: string; total: string };
  /** What one round is called in this rhythm: "session", or "exchange" when everything is written. */
  unit: string;
}

const SESSIONS = { weekly: 13, biweekly: 6, monthly: 3 } as const;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];

function trial(profile: Profile): { sessions: string; total: string } {
  if (profile.cadence === 'as-needed') {
    return profile.format === 'async'
      ? { sessions: 'a written question only when a decision needs it', total: 'a short written question only when a decision needs it, and nothing in between' }
      : { sessions: 'a session only when a decision needs it', total: `a ${profile.sessionMinutes}-minute session only when a decision needs it, and nothing in between` };
  }
  const n = SESSIONS[profile.cadence];
  if (profile.format === 'async') return { sessions: `about ${NUMBER_WORDS[n]} written notes`, total: `about ${NUMBER_WORDS[n]} short written notes in three months, each a few minutes to read and answer` };
  const hours = Math.max(1, Math.round((n * profile.sessionMinutes) / 60));
  return { sessions: `about ${NUMBER_WORDS[n]} sessions`, total: `about ${NUMBER_WORDS[n]} sessions in three months, some ${hours} ${hours === 1 ? 'hour' : 'hours'} in all` };
}

const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const clean = (v: string | undefined) => (v === undefined ? '' : inlineMarkdown(v));

/** The message keys for a context already built from `profile`: leader.addressAs, is.<flags> and the rest. */
export function messageFields<C extends { leader: object; is: Record<string, boolean> }>(profile: Profile, base: C): MessageContext & { leader: C['leader'] & { addressAs: string }; is: Record<string, boolean> } {
  const is = { ...base.is };
  if (profile.firstResponse) is[camel(profile.firstResponse)] = true;
  if (profile.organization) is[camel(profile.organization)] = true;
  const goal = clean(profile.goal);
  const success = clean(profile.successLooksLike);
  return {
    leader: { ...base.leader, addressAs: clean(profile.leader.addressAs) },
    is,
    firstResponse: { id: profile.firstResponse ?? '', words: clean(profile.firstResponseWords) },
    goal: goal || fillIn('what you want to be able to do after three months'),
    successLooksLike: success || fillIn('what success looks like after three months'),
    requestMinutes: profile.sessionMinutes <= 15 ? 15 : 20,
    trial: trial(profile),
    unit: profile.format === 'async' ? 'exchange' : 'session',
    organization: profile.organization ? { id: profile.organization, label: ORGANIZATION_LABELS[profile.organization] } : { id: '', label: '' },
  };
}
