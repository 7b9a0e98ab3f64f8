import { arrange, formatSuiteOrder, ORDER_MARKER, parseSuiteOrder } from '../order';

/** A suite file: its name (for the printed order) and how to load it. */
export type SuiteFile = readonly [name: string, load: () => void];

// Every integration test file. esbuild has no require.context, so each host's entry point
// requires this list after mocha has installed its globals. Each suite sets up and cleans up its
// own state (files, settings, checklist, editors): they pass in any order (see ../order.ts).
/* eslint-disable @typescript-eslint/no-require-imports */
const SUITES: readonly SuiteFile[] = [
  ['activation', () => require('./activation.test')],
  ['vocabulary', () => require('./vocabulary.test')],
  ['generate', () => require('./generate.test')],
  ['builder', () => require('./builder.test')],
  ['checklist', () => require('./checklist.test')],
  ['checklistSwitch', () => require('./checklistSwitch.test')],
  ['plainText', () => require('./plainText.test')],
  ['profileWatch', () => require('./profileWatch.test')],
  ['culture', () => require('./culture.test')],
  ['phrases', () => require('./phrases.test')],
  ['leaders', () => require('./leaders.test')],
  ['walkthrough', () => require('./walkthrough.test')],
  ['underline', () => require('./underline.test')],
];
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Loads the suites (and a host's own, `extra`) in the order MENTORSHIP_PREP_SUITE_ORDER asks for:
 * from the environment in the Node host, from a global the web runner sets in the web worker.
 * Prints and returns the order as a setting that replays it.
 */
export function loadSuites(extra: readonly SuiteFile[] = []): string {
  const g = globalThis as { MENTORSHIP_PREP_SUITE_ORDER?: string };
  const order = parseSuiteOrder(g.MENTORSHIP_PREP_SUITE_ORDER ?? process.env.MENTORSHIP_PREP_SUITE_ORDER);
  const files = arrange([...SUITES, ...extra], order);
  const setting = formatSuiteOrder(order);
  console.log(`${ORDER_MARKER} ${setting}: ${files.map(([name]) => name).join(', ')} (replay with MENTORSHIP_PREP_SUITE_ORDER=${setting})`);
  for (const [, load] of files) load();
  return setting;
}
