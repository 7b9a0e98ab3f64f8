/** Culture as people describe it: five named scales, each with two ends. A country preset sets
 *  all five; the profile can override any of them; today's two fields (`communication`
 *  direct/indirect, `hierarchy` flat/hierarchical) map onto the first two and back. */
import type { Communication, Hierarchy } from '../profile/profile';
import { presetFor } from './presets';

export const SCALES = {
  /** How much is said in words (low context) versus left to shared context (high context). */
  communication: ['low-context', 'high-context'],
  /** Whether the boss is one of the team (egalitarian) or a step above it (hierarchical). */
  hierarchy: ['egalitarian', 'hierarchical'],
  /** Whether trust comes from work done together (task-based) or time spent together (relationship-based). */
  trust: ['task-based', 'relationship-based'],
  /** Whether disagreement is voiced openly or kept out of the open (avoided). */
  disagreement: ['open', 'avoided'],
  /** Whether plans, deadlines and replies keep to the clock (linear) or to the situation (flexible). */
  time: ['linear', 'flexible'],
} as const;

export type ScaleName = keyof typeof SCALES;
export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];
export type Scales = { [K in ScaleName]: (typeof SCALES)[K][number] };

/** The scales of a profile that names no country and no scale: what the documents assume today
 *  (direct and flat are today's defaults; trust, disagreement and time as the documents read). */
export const DEFAULT_SCALES: Scales = {
  communication: 'low-context', hierarchy: 'egalitarian', trust: 'task-based', disagreement: 'open', time: 'linear',
};

export function isScaleValue<K extends ScaleName>(name: K, value: unknown): value is Scales[K] {
  return typeof value === 'string' && (SCALES[name] as readonly string[]).includes(value);
}

export const communicationToScale = (c: Communication): Scales['communication'] => (c === 'indirect' ? 'high-context' : 'low-context');
export const hierarchyToScale = (h: Hierarchy): Scales['hierarchy'] => (h === 'hierarchical' ? 'hierarchical' : 'egalitarian');
export const scaleToCommunication = (s: Scales['communication']): Communication => (s === 'high-context' ? 'indirect' : 'direct');
export const scaleToHierarchy = (s: Scales['hierarchy']): Hierarchy => (s === 'hierarchical' ? 'hierarchical' : 'flat');

/** What the profile says about culture, already checked: any part may be missing. */
export interface CultureInput {
  country?: string;
  scales?: Partial<Scales>;
  communication?: Communication;
  hierarchy?: Hierarchy;
}

/** Where each effective scale came from, for messages ("as in Japan", "you chose"). */
export type ScaleSource = 'override' | 'profile' | 'country' | 'default';

/**
 * The effective scales: an explicit `culture.scales.<name>` wins, then today's
 * `culture.communication`/`culture.hierarchy`, then the country's preset, then the defaults.
 * An unknown country is ignored (the validator reports it).
 */
export function resolveScales(culture: CultureInput): Scales {
  const preset = culture.country ? presetFor(culture.country)?.scales : undefined;
  const pick = <K extends ScaleName>(name: K, legacy: Scales[K] | undefined): Scales[K] =>
    culture.scales?.[name] ?? legacy ?? preset?.[name] ?? DEFAULT_SCALES[name];
  return {
    communication: pick('communication', culture.communication && communicationToScale(culture.communication)),
    hierarchy: pick('hierarchy', culture.hierarchy && hierarchyToScale(culture.hierarchy)),
    trust: pick('trust', undefined),
    disagreement: pick('disagreement', undefined),
    time: pick('time', undefined),
  };
}

export function resolveScalesWithSources(culture: CultureInput): { scales: Scales; sources: Record<ScaleName, ScaleSource> } {
  const preset = culture.country ? presetFor(culture.country) : undefined;
  const sourceOf = (name: ScaleName): ScaleSource =>
    culture.scales?.[name] !== undefined ? 'override'
      : (name === 'communication' && culture.communication) || (name === 'hierarchy' && culture.hierarchy) ? 'profile'
        : preset ? 'country' : 'default';
  return { scales: resolveScales(culture), sources: Object.fromEntries(SCALE_NAMES.map((n) => [n, sourceOf(n)])) as Record<ScaleName, ScaleSource> };
}

/** Today's two fields as the effective scales say them: what the current documents read. */
export function legacyFields(scales: Pick<Scales, 'communication' | 'hierarchy'>): { communication: Communication; hierarchy: Hierarchy } {
  return { communication: scaleToCommunication(scales.communication), hierarchy: scaleToHierarchy(scales.hierarchy) };
}

/**
 * The scales nobody chose where the defaults would describe no one: the profile names a country
 * that has no preset, and the user did not set these by hand. Their default ends say nothing in the
 * documents (no "ask in the first two minutes", no tone note from a "direct, flat" culture). Today's
 * two fields count as set when they differ from the defaults; at the defaults they are what the
 * guided flow and older files write, and cultureToStore drops them. [] without a country or with a preset.
 */
export function scalesLeftUnknown(culture: CultureInput): ScaleName[] {
  if (!culture.country || presetFor(culture.country)) return [];
  const legacy: Partial<Scales> = {
    ...(culture.communication ? { communication: communicationToScale(culture.communication) } : {}),
    ...(culture.hierarchy ? { hierarchy: hierarchyToScale(culture.hierarchy) } : {}),
  };
  return SCALE_NAMES.filter((n) => culture.scales?.[n] === undefined && (legacy[n] ?? DEFAULT_SCALES[n]) === DEFAULT_SCALES[n]);
}
