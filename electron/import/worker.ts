// Worker-thread entry: parses one file per request, so a hostile file can only exhaust this
// thread's own heap and time budget. The build emits it as dist/electron/worker.mjs.
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { parseFile } from './parse-file';
import { failureResponse, type WorkerRequest, type WorkerResponse } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('electron/import/worker must run in a worker thread.');

port.on('message', (request: WorkerRequest) => {
  parseFile(request.path, request.limits).then(
    (doc) => port.postMessage({ id: request.id, ok: true, doc } satisfies WorkerResponse),
    (error: unknown) =>
      port.postMessage(failureResponse(request.id, error, basename(request.path))),
  );
});
