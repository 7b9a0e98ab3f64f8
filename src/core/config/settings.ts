/** The extension's settings: one typed table, with the defaults package.json declares (read once,
 *  at build time, so a default is never written out twice). Pure: the CLI uses it too. */
import { contributes } from '../../../package.json';

export interface Settings {
  'profile.path': string;
  'output.folder': string;
  'vocabulary.hover.enabled': boolean;
  'vocabulary.completion.enabled': boolean;
  'vocabulary.builtinGlossary': boolean;
  'vocabulary.files': string;
  'vocabulary.glossaryMaxSizeKB': number;
  'vocabulary.maxFileSizeKB': number;
  'vocabulary.ignoreTerms': string[];
  /** off | markdown | all: which editors underline glossary terms (features/vocabulary/underlineRanges.ts). */
  'vocabulary.underline': string;
  'firstRun.nudge': boolean;
  'update.mergeEditor': boolean;
}
export type SettingKey = keyof Settings;

export const SETTINGS_SECTION = 'mentorshipPrep';

const declared = contributes.configuration.properties as Record<string, { type: string; default: unknown }>;

/** The default package.json declares for `mentorshipPrep.<key>`. */
export function settingDefault<K extends SettingKey>(key: K): Settings[K] {
  return declared[`${SETTINGS_SECTION}.${key}`]!.default as Settings[K];
}

/** A value as read from the user's settings, or the default when it is missing or of the wrong
 *  type (settings.json is hand-edited: "maxFileSizeKB": "big" must not reach the scanner). */
export function settingValue<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const fallback = settingDefault(key);
  if (Array.isArray(fallback)) return (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : fallback) as Settings[K];
  if (typeof value !== typeof fallback) return fallback;
  if (typeof value === 'number' && !Number.isFinite(value)) return fallback;
  return value as Settings[K];
}
