/** A helper thread of `vocab` (bundled as dist/vocabWorker.js): takes batches of files from the
 *  shared counter until none are left, and posts what each printed. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileScanner, matcherOf, type ScanWorkerData, type ScanWorkerMessage } from './vocabScan';

const data = workerData as ScanWorkerData;
const counter = new Int32Array(data.next);
const batches = Math.ceil(data.items.length / data.batch);
const scanner = new FileScanner(data.entries.map(matcherOf), data.json);
for (let b = Atomics.add(counter, 0, 1); b < batches; b = Atomics.add(counter, 0, 1)) {
  const result = scanner.batch(data.items, b * data.batch, Math.min(data.items.length, (b + 1) * data.batch));
  parentPort!.postMessage({ batch: b, result } satisfies ScanWorkerMessage);
}
parentPort!.postMessage({ done: true } satisfies ScanWorkerMessage);
