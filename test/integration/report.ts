/** One parseable line per host run; scripts/test.mjs sums these across tiers. */
export const RESULT_MARKER = 'MENTORSHIP-PREP-RESULT';

export interface SuiteResult {
  host: string; passed: number; failed: number; failures: string[];
  /** The suite order (MENTORSHIP_PREP_SUITE_ORDER value) that gives this run again. */
  order?: string;
}

export function formatResult(r: SuiteResult): string {
  return `${RESULT_MARKER} ${JSON.stringify(r)}`;
}
