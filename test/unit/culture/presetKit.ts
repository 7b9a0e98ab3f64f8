// What the preset test files share: a profile and a dated prep doc for a country's leader, the
// observances of a year, and the greeting line.
import { BUILTIN_TEMPLATES, type BuiltinTemplateId } from '../../../src/core/render/builtins';
import { observances } from '../../../src/core/culture/calendars';
import { exampleWith, presetDoc } from '../render/helpers';

export const IDS = Object.keys(BUILTIN_TEMPLATES) as BuiltinTemplateId[];
export const GREETING = /^(?:Dear|Hi|Hello)\b(.*),$/u;

export const has = (country: string, year: number, id: string, start?: string) =>
  observances(country, year).some((o) => o.id === id && (start === undefined || o.start === start));

/** Profiles and prep docs for the leaders named per country (warm tone unless the patch says otherwise). */
export function presetKit(leaders: Record<string, { name: string; greetAs: string }>) {
  const profileFor = (country: string, patch: Record<string, unknown> = {}) => {
    const p = exampleWith({ leader: { name: leaders[country]!.name }, tone: 'warm', ...patch });
    p.culture = { country, ...(patch.culture as object | undefined) };
    return p;
  };
  const at = (country: string, today: Date, patch: Record<string, unknown> = {}) =>
    presetDoc('prep-doc', country, today, { leader: { name: leaders[country]!.name }, tone: 'warm', ...patch });
  return { codes: Object.keys(leaders), profileFor, at };
}
