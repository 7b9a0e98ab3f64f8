/** Checks the culture part of a profile (country, scales, today's two fields) and `you.locale`,
 *  and resolves the effective scales so today's two fields always hold what the documents read. */
import type { Communication, Culture, Hierarchy, Profile } from '../profile/profile';
import { english, type L10n } from '../l10n/l10n';
import { presetFor } from './presets';
import { isScaleValue, legacyFields, resolveScales, SCALE_NAMES, SCALES, type CultureInput, type ScaleName, type Scales } from './scales';

interface Issue { path: string; message: string; severity: 'error' | 'warning' }

const shown = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  try { return JSON.stringify(v) ?? String(v); } catch { return String(v); }
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `raw` is the profile's `culture` object as written; `legacy` today's two fields, already
 * checked (undefined when absent or invalid). The returned culture keeps `country` and the scales
 * set by hand, and fills `communication` and `hierarchy` from the effective scales.
 */
export function validateCulture(raw: Record<string, unknown>, legacy: { communication?: Communication; hierarchy?: Hierarchy }, l10n: L10n = english): { culture: Culture; issues: Issue[] } {
  const issues: Issue[] = [];
  let country: string | undefined;
  const c = raw.country;
  if (c !== undefined && c !== null && c !== '') {
    if (typeof c !== 'string' || !/^\s*[A-Za-z]{2}\s*$/.test(c)) {
      issues.push({ path: 'culture.country', severity: 'error', message: l10n.t('{0} must be a two-letter country code such as JP, DE or BR (got {1}).', 'culture.country', shown(c)) });
    } else {
      country = c.trim().toUpperCase();
    }
  }

  const scales: Partial<Scales> = {};
  const s = raw.scales;
  if (s !== undefined && s !== null) {
    if (!isRecord(s)) {
      issues.push({ path: 'culture.scales', severity: 'error', message: l10n.t('{0} must be an object, not {1}.', 'culture.scales', shown(s)) });
    } else {
      for (const [key, value] of Object.entries(s)) {
        const path = `culture.scales.${key}`;
        if (!(SCALE_NAMES as string[]).includes(key)) {
          issues.push({ path, severity: 'warning', message: l10n.t('{0} is not a culture scale ({1}); it is ignored.', path, SCALE_NAMES.join(', ')) });
        } else if (value === undefined || value === null || value === '') {
          continue;
        } else if (isScaleValue(key as ScaleName, value)) {
          (scales as Record<string, unknown>)[key] = value;
        } else {
          issues.push({ path, severity: 'error', message: l10n.t('{0} must be one of {1} (got {2}).', path, SCALES[key as ScaleName].join(', '), shown(value)) });
        }
      }
    }
  }

  // A country without a preset: the documents advise only from the scales set, so the five are asked
  // for, and only while some are missing (once all five are set, there is nothing left to do).
  if (country && !presetFor(country) && SCALE_NAMES.some((n) => scales[n] === undefined)) {
    issues.push({ path: 'culture.country', severity: 'warning', message: l10n.t('{0} has no culture preset yet: the documents advise only from the scales you set, so set all five (culture.scales).', country) });
  }
  const input: CultureInput = { scales };
  if (country) input.country = country;
  if (legacy.communication) input.communication = legacy.communication;
  if (legacy.hierarchy) input.hierarchy = legacy.hierarchy;
  const effective = resolveScales(input);
  const back = legacyFields(effective);
  for (const field of ['communication', 'hierarchy'] as const) {
    if (legacy[field] !== undefined && scales[field] !== undefined && legacy[field] !== back[field]) {
      issues.push({ path: `culture.${field}`, severity: 'warning',
        message: l10n.t('{0} says {1} but {2} says {3}; the scale is used.', `culture.${field}`, legacy[field], `culture.scales.${field}`, scales[field]) });
    }
  }
  // Built field by field (no conditional spreads): this runs for every keystroke in the Builder.
  const culture: Culture = { communication: back.communication, hierarchy: back.hierarchy };
  if (country) culture.country = country;
  if (Object.keys(scales).length) culture.scales = scales;
  return { culture, issues };
}

/** `you.locale`: a language tag such as "en-GB", canonicalized ("en-gb" → "en-GB"). */
export function validateLocale(v: unknown, l10n: L10n = english): { locale?: string; issue?: Issue } {
  if (v === undefined || v === null || v === '') return {};
  const bad = { issue: { path: 'you.locale', severity: 'error' as const, message: l10n.t('{0} must be a language tag such as en-GB or en-US (got {1}).', 'you.locale', shown(v)) } };
  if (typeof v !== 'string' || v.length > 35) return bad;
  try {
    const [canonical] = Intl.getCanonicalLocales(v.trim());
    return canonical ? { locale: canonical } : bad;
  } catch {
    return bad;
  }
}

/**
 * The culture as it should be written to profile.json: with a country (or a scale set by hand),
 * today's two fields are dropped where they only repeat what the country and the scales already
 * give, so that choosing another country later is not silently outvoted by stale copies.
 * Without a country and scales, the culture is kept as it is (today's files stay as they are).
 */
export function cultureToStore(culture: Culture): Partial<Culture> {
  if (!culture.country && !culture.scales) return culture;
  const { communication, hierarchy, ...rest } = culture;
  const withoutLegacy = legacyFields(resolveScales(rest));
  return {
    ...(communication !== withoutLegacy.communication ? { communication } : {}),
    ...(hierarchy !== withoutLegacy.hierarchy ? { hierarchy } : {}),
    ...rest,
  };
}

/** The profile as it should be written to profile.json (see cultureToStore). */
export function profileToStore(profile: Profile): Omit<Profile, 'culture'> & { culture: Partial<Culture> } {
  return { ...profile, culture: cultureToStore(profile.culture) };
}
