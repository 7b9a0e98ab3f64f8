import * as assert from 'assert';
import { cpuTimes, idleCores, scanThreads } from '../../../src/cli/vocabScan';

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

suite('vocab reads idle cores from the CPU time counters of the moment, not the trailing load', () => {
  const at = (...cores: [idle: number, busy: number][]) => cores.map(([idle, busy]) => ({ idle, user: busy, nice: 0, sys: 0, irq: 0 }));

  test('the idle share of all cores between two samples, times the cores', () => {
    // Two cores over 100 ms each: one busy (this thread listing files), one idle.
    assert.strictEqual(idleCores(at([0, 0], [0, 0]), at([0, 100], [100, 0])), 1);
    // Both busy: another process holds the second core.
    assert.strictEqual(idleCores(at([0, 0], [0, 0]), at([0, 100], [10, 90])), 0.1);
    // Four cores, three idle.
    assert.strictEqual(idleCores(at([0, 0], [0, 0], [0, 0], [0, 0]), at([0, 50], [50, 0], [50, 0], [50, 0])), 3);
  });

  test('a window too short to tell, or counters that do not line up, give no reading', () => {
    assert.strictEqual(idleCores(at([0, 0], [0, 0]), at([0, 10], [10, 0])), undefined);
    assert.strictEqual(idleCores(at([0, 0]), at([0, 100], [100, 0])), undefined);
    assert.strictEqual(idleCores([], []), undefined);
  });

  test('threads: this one and one per idle core (rounded), at most four and no more than the cores', () => {
    const cases: [cores: number, idle: number, threads: number][] = [
      [2, 1, 2], [2, 0.6, 2], [2, 0.4, 1], [2, 0, 1], [4, 3, 4], [4, 1.2, 2], [8, 7, 4], [1, 0, 1], [2, 5, 2],
    ];
    for (const [cores, idle, threads] of cases) assert.strictEqual(scanThreads({}, cores, 10, idle), threads, `${cores} cores, ${idle} idle`);
  });

  test('the idle reading decides over the load average; without one the load average stands in', () => {
    assert.strictEqual(scanThreads({}, 2, 1.7, 1), 2, 'the minute just past was busy, this moment is not');
    assert.strictEqual(scanThreads({}, 2, 0, 0), 1, 'the load average is low, but the cores are busy now');
    assert.strictEqual(scanThreads({}, 2, 0, undefined), 2);
    assert.strictEqual(scanThreads({ MENTORSHIP_PREP_SCAN_THREADS: '1' }, 2, 0, 1), 1);
  });

  test('on this machine, a reading over a busy wait counts this thread as busy', () => {
    const before = cpuTimes();
    const end = Date.now() + 120;
    while (Date.now() < end) { /* keep one core busy */ }
    const idle = idleCores(before, cpuTimes());
    if (idle !== undefined) assert.ok(idle <= before.length - 0.5, `idle ${idle} of ${before.length} cores while one was busy`);
  });
});
