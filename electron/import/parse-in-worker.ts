// Runs parseFile in a long-lived worker thread with a heap limit and a per-file timeout, so a
// hostile transcript can never freeze or crash the app. The worker is recreated after it dies.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { ImportFileError, resolveLimits, type ImportLimits, type ParsedDocument } from './types';
import { isWorkerResponse, type WorkerRequest } from './worker-protocol';

export interface ParseInWorkerOptions {
  timeoutMs?: number;
  maxOldGenerationSizeMb?: number;
  limits?: Partial<ImportLimits>;
}

/**
 * The bundled build ships worker.mjs next to the bundle; under tsx and vitest the TypeScript
 * source sits next to this file instead.
 */
export function workerScriptUrl(): URL {
  const bundled = new URL('./worker.mjs', import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL('./worker.ts', import.meta.url);
}

const tsxPackage = z.object({
  exports: z.object({ './esm/api': z.object({ import: z.object({ default: z.string() }) }) }),
});

/** tsx's ESM API, found through its package.json exports so it works from any cwd. */
function tsxApiUrl(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = tsxPackage.parse(JSON.parse(readFileSync(pkgPath, 'utf8')));
  return pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api'].import.default)).href;
}

function startWorker(script: URL, maxOldGenerationSizeMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 48 };
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { resourceLimits });
  // Node 20 ignores `--import tsx` in a worker's execArgv, so a bootstrap registers tsx first.
  const boot = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => {
    tsx.register();
    return import(${JSON.stringify(script.href)});
  });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/** Maps how a worker died to the reason the UI shows. */
export function workerFailure(error: unknown, fileName: string): ImportFileError {
  if (error instanceof ImportFileError) return error;
  if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ImportFileError(
      'out_of_memory',
      `${fileName} needed more memory than allowed and was stopped; it may be damaged or built to overload the app.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportFileError('unreadable', `${fileName} could not be read (${detail}).`);
}

function timedOut(fileName: string, timeoutMs: number): ImportFileError {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return new ImportFileError(
    'timeout',
    `${fileName} took longer than ${seconds} s to read and was stopped; it may be damaged or built to overload the app.`,
  );
}

interface Job {
  path: string;
  limits: ImportLimits;
  timeoutMs: number;
  heapMb: number;
  resolve: (doc: ParsedDocument) => void;
  reject: (error: ImportFileError) => void;
}

/** One worker, one file at a time: imports are user-paced and this keeps memory predictable. */
export class ImportWorkerHost {
  #worker: Worker | null = null;
  #workerHeapMb = 0;
  #queue: Job[] = [];
  #active: { job: Job; id: number; timer: NodeJS.Timeout } | null = null;
  #nextId = 1;

  constructor(private readonly scriptUrl: URL = workerScriptUrl()) {}

  /** Files given to this worker and not yet answered, the one it is parsing included. */
  get backlog(): number {
    return this.#queue.length + (this.#active ? 1 : 0);
  }

  parse(path: string, options: ParseInWorkerOptions = {}): Promise<ParsedDocument> {
    return new Promise((resolve, reject) => {
      this.#queue.push({
        path,
        limits: resolveLimits(options.limits),
        timeoutMs: options.timeoutMs ?? 60_000,
        heapMb: options.maxOldGenerationSizeMb ?? 768,
        resolve,
        reject,
      });
      this.#pump();
    });
  }

  /** Stops the worker; files not yet parsed fail as 'unreadable'. */
  async close(): Promise<void> {
    const pending = [...(this.#active ? [this.#active.job] : []), ...this.#queue];
    if (this.#active) clearTimeout(this.#active.timer);
    this.#active = null;
    this.#queue = [];
    const worker = this.#worker;
    this.#worker = null;
    for (const job of pending) {
      const name = basename(job.path);
      job.reject(
        new ImportFileError('unreadable', `${name} was not imported: the import was cancelled.`),
      );
    }
    if (worker) await worker.terminate();
  }

  #pump(): void {
    if (this.#active) return;
    const job = this.#queue.shift();
    if (!job) return;
    let worker: Worker;
    try {
      worker = this.#ensureWorker(job.heapMb);
    } catch (error) {
      job.reject(workerFailure(error, basename(job.path)));
      this.#pump();
      return;
    }
    const id = this.#nextId++;
    // The clock includes a cold worker's start-up: the user waits for that too.
    const timer = setTimeout(() => {
      this.#discard(worker, (name) => timedOut(name, job.timeoutMs));
    }, job.timeoutMs);
    this.#active = { job, id, timer };
    worker.ref(); // keep the process alive while a file is being parsed
    worker.postMessage({ id, path: job.path, limits: job.limits } satisfies WorkerRequest);
  }

  #ensureWorker(heapMb: number): Worker {
    if (this.#worker && this.#workerHeapMb === heapMb) return this.#worker;
    if (this.#worker) void this.#worker.terminate();
    const worker = startWorker(this.scriptUrl, heapMb);
    worker.on('message', (message: unknown) => this.#onMessage(worker, message));
    worker.on('error', (error) => this.#discard(worker, (name) => workerFailure(error, name)));
    worker.on('exit', (code) => {
      const error = new Error(`the import worker stopped with exit code ${code}`);
      this.#discard(worker, (name) => workerFailure(error, name));
    });
    this.#worker = worker;
    this.#workerHeapMb = heapMb;
    return worker;
  }

  #onMessage(worker: Worker, message: unknown): void {
    const active = this.#active;
    if (worker !== this.#worker || !active) return;
    if (!isWorkerResponse(message) || message.id !== active.id) {
      this.#discard(worker, (name) =>
        workerFailure(new Error('bad reply from the import worker'), name),
      );
      return;
    }
    clearTimeout(active.timer);
    this.#active = null;
    worker.unref(); // an idle worker must not keep the app or CLI from exiting
    if (message.ok) active.job.resolve(message.doc);
    else active.job.reject(new ImportFileError(message.reason, message.message));
    this.#pump();
  }

  /** Throws a worker away (timeout, crash, OOM): its file fails, the next file gets a new one. */
  #discard(worker: Worker, makeError: (fileName: string) => ImportFileError): void {
    if (worker !== this.#worker) return; // late events from a worker already replaced
    this.#worker = null;
    void worker.terminate();
    const active = this.#active;
    this.#active = null;
    if (active) {
      clearTimeout(active.timer);
      active.job.reject(makeError(basename(active.job.path)));
    }
    this.#pump();
  }
}

/**
 * The process's import workers, one per core (availableParallelism), started on first use and kept for the
 * session: the speaker preview warms them, so an import that follows starts at full speed. A
 * worker that times out or dies is replaced by its host.
 */
const pools = new Map<string, ImportWorkerHost[]>();

export function importWorkers(
  count: number,
  scriptUrl: URL = workerScriptUrl(),
): ImportWorkerHost[] {
  const pool = pools.get(scriptUrl.href) ?? [];
  while (pool.length < count) pool.push(new ImportWorkerHost(scriptUrl));
  pools.set(scriptUrl.href, pool);
  return pool.slice(0, count);
}

/** Parses a transcript off the main thread; rejects with ImportFileError only. */
export function parseInWorker(
  path: string,
  options: ParseInWorkerOptions = {},
): Promise<ParsedDocument> {
  const [host] = importWorkers(1);
  if (!host) throw new Error('no import worker');
  return host.parse(path, options);
}

/** For app shutdown and tests: stops every import worker (new ones start on the next call). */
export async function shutdownImportWorker(): Promise<void> {
  const all = [...pools.values()].flat();
  pools.clear();
  await Promise.all(all.map((h) => h.close()));
}
