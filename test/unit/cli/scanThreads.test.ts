import * as assert from 'assert';
import { scanThreads } from '../../../src/cli/vocabScan';

// A second scanning thread pays for itself only on a core that is idle: on a machine whose cores
// are all busy, the 60 MB scan took 2.98 s with two threads and 1.94 s with one (median of 5, in turn).
suite('vocab scans in as many threads as there are idle cores', () => {
  test('one thread per idle core, at most four, at least one', () => {
    const cases: [cores: number, load: number, threads: number][] = [
      [2, 0, 2], [2, 0.4, 2], [2, 0.99, 2], [2, 1, 1], [2, 1.6, 1], [2, 10.5, 1],
      [4, 0.2, 4], [4, 1.2, 3], [4, 3.5, 1], [8, 0, 4], [8, 5, 3], [1, 0, 1], [1, 3, 1],
    ];
    for (const [cores, load, threads] of cases) assert.strictEqual(scanThreads({}, cores, load), threads, `${cores} cores, load ${load}`);
  });

  test('MENTORSHIP_PREP_SCAN_THREADS decides, whatever the load (at most eight)', () => {
    assert.strictEqual(scanThreads({ MENTORSHIP_PREP_SCAN_THREADS: '2' }, 2, 10), 2);
    assert.strictEqual(scanThreads({ MENTORSHIP_PREP_SCAN_THREADS: '1' }, 8, 0), 1);
    assert.strictEqual(scanThreads({ MENTORSHIP_PREP_SCAN_THREADS: '20' }, 2, 0), 8);
    assert.strictEqual(scanThreads({ MENTORSHIP_PREP_SCAN_THREADS: 'x' }, 2, 0), 2);
  });
});
