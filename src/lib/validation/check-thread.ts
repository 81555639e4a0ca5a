// A worker thread of check-in-parallel.ts: checks its share of the practice files.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, type CheckFilesInput } from './check-files.ts';

parentPort!.postMessage(checkFiles(workerData as CheckFilesInput));
