import * as assert from 'assert';
import { cpuSample, freeCores, scanThreads } from '../../../src/cli/vocabScan';

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

suite('vocab counts the cores other processes leave free at the moment, not the trailing load', () => {
  const at = (ownMs: number, ...cores: [idle: number, busy: number][]) => ({ ownMs, cores: cores.map(([idle, busy]) => ({ idle, user: busy, nice: 0, sys: 0, irq: 0 })) });

  test('free cores: the share of all cores that was idle or this process’s own, times the cores', () => {
    // Two cores over 100 ms each: this process busy on 1.5 of them (its main thread and libuv's), the rest idle.
    assert.strictEqual(freeCores(at(0, [0, 0], [0, 0]), at(150, [0, 100], [50, 50])), 2);
    // Another process holds the second core; this one had the first.
    assert.strictEqual(freeCores(at(0, [0, 0], [0, 0]), at(100, [0, 100], [0, 100])), 1);
    // Both cores busy with others, this process barely ran.
    assert.strictEqual(freeCores(at(0, [0, 0], [0, 0]), at(20, [0, 100], [0, 100])), 0.2);
    // Four cores, three idle, one ours.
    assert.strictEqual(freeCores(at(0, [0, 0], [0, 0], [0, 0], [0, 0]), at(50, [0, 50], [50, 0], [50, 0], [50, 0])), 4);
  });

  test('a window too short to tell, or counters that do not line up, give no reading', () => {
    assert.strictEqual(freeCores(at(0, [0, 0], [0, 0]), at(10, [0, 10], [10, 0])), undefined);
    assert.strictEqual(freeCores(at(0, [0, 0]), at(100, [0, 100], [100, 0])), undefined);
    assert.strictEqual(freeCores(at(0), at(0)), undefined);
  });

  test('threads: one per free core (rounded), at least one, at most four and no more than the cores', () => {
    const cases: [cores: number, free: number, threads: number][] = [
      [2, 2, 2], [2, 1.6, 2], [2, 1.4, 1], [2, 0.2, 1], [4, 4, 4], [4, 2.2, 2], [8, 8, 4], [1, 1, 1], [2, 5, 2],
    ];
    for (const [cores, free, threads] of cases) assert.strictEqual(scanThreads({}, cores, 10, free), threads, `${cores} cores, ${free} free`);
  });

  test('the reading of the moment decides over the load average; without one the load average stands in', () => {
    assert.strictEqual(scanThreads({}, 2, 1.7, 2), 2, 'the minute just past was busy, this moment is not');
    assert.strictEqual(scanThreads({}, 2, 0, 1), 1, 'the load average is low, but another process holds a core now');
    assert.strictEqual(scanThreads({}, 2, 0, undefined), 2);
    assert.strictEqual(scanThreads({ MENTORSHIP_PREP_SCAN_THREADS: '1' }, 2, 0, 2), 1);
  });

  test('on this machine, this process busy on one core is not counted as another’s load', () => {
    const before = cpuSample();
    const end = Date.now() + 150;
    while (Date.now() < end) { /* keep one core busy */ }
    const free = freeCores(before, cpuSample());
    if (free !== undefined) assert.ok(free >= 0.5 && free <= before.cores.length, `free ${free} of ${before.cores.length} cores while this process was the one busy`);
  });
});
