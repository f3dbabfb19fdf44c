/**
 * A worker thread of `cchc dossiers` reading one range of a large CSV file (see `parallel-csv.ts` and `csv-range.ts`).
 * Built as its own file beside the CLI (`dist/csv-worker.js`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCsvRange } from './csv-range.js';
import type { CsvWorkerData } from './parallel-csv.js';

const port = parentPort!;
void readCsvRange(workerData as CsvWorkerData, (m) => port.postMessage(m));
