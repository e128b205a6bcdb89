// Test double for electron/import/worker.ts: speaks the same protocol but misbehaves on request,
// chosen by the file name's suffix, so the host's timeout and crash handling can be tested.
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from '../../../electron/import/worker-protocol';

const port = parentPort;
if (!port) throw new Error('stub-worker must run in a worker thread.');

port.on('message', (request: WorkerRequest) => {
  const { id, path } = request;
  if (path.endsWith('.hang')) {
    for (;;) {
      /* a synchronous hang: only Worker.terminate() can stop this */
    }
  }
  if (path.endsWith('.oom')) {
    const keep: number[][] = [];
    for (;;) keep.push(new Array<number>(1024).fill(id));
  }
  if (path.endsWith('.exit')) process.exit(3);
  if (path.endsWith('.garbage')) {
    port.postMessage({ nonsense: true });
    return;
  }
  const reply: WorkerResponse = {
    id,
    ok: true,
    doc: { text: path, paragraphs: [], format: 'txt', encoding: 'utf-8', warnings: [] },
  };
  port.postMessage(reply);
});
