/** A bench worker process: `startWorker` from a JSON argument, prints "ready", stops on SIGTERM. */
import { startWorker, type WorkerOptions } from '../worker.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions;
const worker = await startWorker({ ...opts, logLevel: 'warn' });
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void worker.close().then(() => process.exit(0));
});
