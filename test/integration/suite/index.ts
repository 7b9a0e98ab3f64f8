// Every integration test file, in run order. esbuild has no require.context, so each host's
// entry point requires this list after mocha has installed its globals.
export function loadSuites(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('./activation.test');
  require('./vocabulary.test'); // before generation: its counts assume the fixture as committed
  require('./generate.test');
  require('./builder.test');
  require('./checklist.test');
  require('./plainText.test');
  require('./profileWatch.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
}
