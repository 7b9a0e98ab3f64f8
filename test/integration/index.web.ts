// Entry loaded by the web worker extension host (@vscode/test-web): exports run().
// mocha's browser build is UMD; bundled as CommonJS (see scripts/build.mjs) it lands in module.exports.
import { loadSuites } from './suite/index';
import { formatResult } from './report';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mocha: BrowserMocha = require('mocha/mocha');

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
    const order = loadSuites();
    const failures: string[] = [];
    const runner = mocha.run((failed: number) => {
      console.log(formatResult({ host: 'web', passed: runner.stats?.passes ?? 0, failed, failures, order }));
      if (failed > 0) reject(new Error(`${failed} integration tests failed in the web host (suite order ${order}).`));
      else resolve();
    });
    runner.on('fail', (t: Mocha.Test, err: Error) => failures.push(`${t.fullTitle()}: ${err.message}`));
  });
}
