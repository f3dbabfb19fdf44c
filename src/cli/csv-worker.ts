/**
 * A worker thread of `cchc dossiers` reading one range of a large CSV file (see `parallel-csv.ts` and `csv-range.ts`).
 * Built as its own file beside the CLI (`dist/csv-worker.js`).
 */
import { parentPort } from 'node:worker_threads';
import { readCsvRange } from './csv-range.js';
import type { CsvWorkerData } from './parallel-csv.js';

// Started before its ranges are known: it loads its code, then reads the ranges it is given, one after the other
// (the main thread sends the next one when this one is done, and terminates the thread at the end).
const port = parentPort!;
port.on('message', (d: CsvWorkerData) => void readCsvRange(d, (m) => port.postMessage(m)));
