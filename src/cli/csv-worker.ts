/**
 * A worker thread of `cchc dossiers` reading one range of a large CSV file (see `parallel-csv.ts` and `csv-range.ts`).
 * Built as its own file beside the CLI (`dist/csv-worker.js`).
 */
import { parentPort } from 'node:worker_threads';
import { readCsvRange } from './csv-range.js';
import type { CsvWorkerData } from './parallel-csv.js';

// Started before its range is known: it loads its code, then waits for the range.
const port = parentPort!;
port.once('message', (d: CsvWorkerData) => void readCsvRange(d, (m) => port.postMessage(m)));
