/**
 * A profile split in two when a workspace prepares asks to several leaders: what is about you
 * (`you`, `tone`) lives once in `.mentorship/you.json`; the rest, and how the ask stands, in the
 * leader's own file. Joining the two gives the same profile object the single-profile layout holds,
 * so validation and rendering do not know the difference. Pure.
 */

/** Top-level profile fields that belong to you, not to a leader. */
export const SHARED_FIELDS = ['you', 'tone'] as const;

/** Where an ask stands, as the sidebar shows it. */
export const ASK_STATES = ['preparing', 'asked', 'yes', 'no', 'no-reply'] as const;
export type AskState = (typeof ASK_STATES)[number];
/** The key of the ask state in a leader's file (not a profile field: it is taken out before validation). */
export const ASK_KEY = 'ask';

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isAskState(v: unknown): v is AskState {
  return typeof v === 'string' && (ASK_STATES as readonly string[]).includes(v);
}

/** A whole profile (as JSON) into the shared part and the leader's part. Other keys stay with the leader. */
export function splitProfile(profile: unknown, ask?: AskState): { shared: Json; leader: Json } {
  // Object.fromEntries defines own properties: a "__proto__" key in a hand-edited file stays a key.
  const entries = Object.entries(isRecord(profile) ? profile : {});
  const isShared = (key: string) => (SHARED_FIELDS as readonly string[]).includes(key);
  const shared = Object.fromEntries(entries.filter(([key]) => isShared(key)));
  const leader = Object.fromEntries([...entries.filter(([key]) => !isShared(key) && key !== ASK_KEY), ...(ask === undefined ? [] : [[ASK_KEY, ask]])]);
  return { shared, leader };
}

/**
 * The profile a leader's file and the shared file make together, and the ask's state. A shared
 * field in the shared file wins over one left in the leader's file (a hand edit, an older copy);
 * when the shared file lacks it, the leader's value is used. A file that is not an object counts
 * as empty here: validation reports the leader's file; `problems` names a broken shared file.
 */
export function joinProfile(shared: unknown, leader: unknown): { raw: unknown; ask: AskState; problems: string[] } {
  const problems: string[] = [];
  if (shared !== undefined && !isRecord(shared)) problems.push('The shared file must hold a JSON object; its fields are ignored.');
  if (!isRecord(leader)) return { raw: leader, ask: 'preparing', problems };
  const fromShared = isRecord(shared) ? SHARED_FIELDS.filter((key) => shared[key] !== undefined).map((key) => [key, shared[key]] as const) : [];
  const raw: Json = Object.fromEntries([...Object.entries(leader).filter(([key]) => key !== ASK_KEY), ...fromShared]);
  const ask = leader[ASK_KEY];
  if (ask !== undefined && !isAskState(ask)) problems.push(`"${ASK_KEY}" must be one of ${ASK_STATES.join(', ')}; it is read as "preparing".`);
  return { raw, ask: isAskState(ask) ? ask : 'preparing', problems };
}

/** The start of the next leader's profile: your shared fields copied, nothing about the leader. */
export function nextLeaderStart(current: unknown): Json {
  return splitProfile(current).shared;
}

/** A leader file's text: the leader's fields, two-space JSON, a final newline (as profile.json). */
export function leaderFileText(leader: Json): string {
  return JSON.stringify(leader, null, 2) + '\n';
}
