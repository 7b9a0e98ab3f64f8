// Entry loaded by the Node extension host (code-server or desktop VS Code): exports run().
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { loadSuites } from './suite/index';
import { formatResult, type SuiteResult } from './report';

export function run(): Promise<void> {
  // Hosts forward console arguments one by one; pre-format so '%s (%dms)' lines read as in a terminal.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  // MENTORSHIP_PREP_GREP runs only the tests whose titles match (to chase one failure).
  const grep = process.env.MENTORSHIP_PREP_GREP;
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000, ...(grep ? { grep } : {}) });
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  // The Node host also runs the CLI against the extension: it needs a process and a file system.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const order = loadSuites([['cliBytes', () => require('./suite/cliBytes.test')], ['symlinks', () => require('./suite/symlinks.test')], ['listing', () => require('./suite/listing.test')]]);
  const failures: string[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failed) => {
      const result: SuiteResult = { host: 'node', passed: runner.stats?.passes ?? 0, failed, failures, order };
      console.log(formatResult(result));
      // The harness outside the host reads this file: console plumbing differs between hosts.
      const out = process.env.MENTORSHIP_PREP_TEST_RESULTS;
      if (out) writeFileSync(out, JSON.stringify(result));
      if (failed > 0) reject(new Error(`${failed} integration tests failed in the Node host (suite order ${order}).`));
      else resolve();
    });
    runner.on('fail', (t, err: Error) => failures.push(`${t.fullTitle()}: ${err.message}`));
  });
}
