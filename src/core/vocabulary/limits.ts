/** Team glossaries larger than this (in KB) are not loaded unless the setting raises the limit:
 *  a glossary is a few hundred terms, and a multi-megabyte one costs seconds and hundreds of MB. */
export const DEFAULT_GLOSSARY_MAX_KB = 1024;

/** The limit in bytes from the setting's value, falling back to the default for nonsense. */
export function glossaryLimitBytes(settingKB: unknown): number {
  const kb = typeof settingKB === 'number' && Number.isFinite(settingKB) && settingKB > 0 ? settingKB : DEFAULT_GLOSSARY_MAX_KB;
  return Math.floor(kb * 1024);
}

/** Whether a glossary of `bytes` is over the limit; the sizes to show in the message if so. */
export function overGlossaryLimit(bytes: number, settingKB: unknown): { sizeKB: number; limitKB: number } | undefined {
  const limit = glossaryLimitBytes(settingKB);
  return bytes > limit ? { sizeKB: Math.ceil(bytes / 1024), limitKB: Math.floor(limit / 1024) } : undefined;
}
