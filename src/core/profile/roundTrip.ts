/**
 * Saving a profile keeps what the user wrote that the extension does not use: `$schema`, their own
 * top-level keys (`"notes"`) and unknown keys inside the groups (`leader.phone`), with their values
 * exactly, in the file's order. Only the fields the profile holds are replaced.
 */
import type { Profile } from './profile';
import { KNOWN, KNOWN_NESTED } from './validate';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The object to save: `previous` (what the file holds now) with `profile`'s fields written over it. */
export function profileToSave(previous: unknown, profile: Profile): Record<string, unknown> {
  return mergeFields(previous, profile as unknown as Record<string, unknown>, (key) => KNOWN.has(key) && key !== '$schema', (key) => KNOWN_NESTED[key]);
}

function mergeFields(previous: unknown, next: Record<string, unknown>, known: (key: string) => boolean, nestedKnown: (key: string) => Set<string> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const define = (key: string, value: unknown) => Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true }); // "__proto__" is a key like any other
  const has = (o: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(o, key);
  if (isRecord(previous)) {
    for (const key of Object.keys(previous)) {
      if (!known(key)) { define(key, previous[key]); continue; }
      if (!has(next, key) || next[key] === undefined) continue; // a field the user cleared
      const group = nestedKnown(key);
      define(key, group && isRecord(next[key]) ? mergeFields(previous[key], next[key] as Record<string, unknown>, (k) => group.has(k), () => undefined) : next[key]);
    }
  }
  for (const key of Object.keys(next)) {
    if (has(out, key) || next[key] === undefined) continue;
    define(key, next[key]);
  }
  return out;
}
