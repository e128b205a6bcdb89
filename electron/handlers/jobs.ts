// Long-running work (imports) runs as a job: the handler starts it and returns at once; the window
// polls its progress and can cancel it. The same code path serves IPC and the browser host.
import { randomUUID } from 'node:crypto';
import type { JobState } from '../../shared/api/contract-import';
import { ApiError } from '../../shared/api/errors';
import type { ImportProgress, ImportReport } from '../../shared/import/types';

interface Job {
  state: JobState;
  controller: AbortController;
}

const KEEP_FINISHED = 20;

export class Jobs {
  readonly #jobs = new Map<string, Job>();
  readonly #failures = new Map<string, unknown>();

  /** Starts `work`; its failure (a usage or project error) is kept and thrown again by status(). */
  start(
    work: (hooks: {
      signal: AbortSignal;
      onProgress: (p: ImportProgress) => void;
    }) => Promise<ImportReport>,
  ): string {
    const id = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      state: { id, status: 'running', total: 0, done: 0, current: null },
      controller,
    };
    this.#jobs.set(id, job);
    work({
      signal: controller.signal,
      onProgress: (p) => {
        if (job.state.status === 'running') job.state = { id, status: 'running', ...p };
      },
    }).then(
      (report) => {
        job.state = {
          id,
          status: 'done',
          total: report.files.length,
          done: report.files.length,
          current: null,
          report,
        };
      },
      (err: unknown) => {
        this.#failures.set(id, err);
      },
    );
    this.#prune();
    return id;
  }

  status(id: string): JobState {
    const failure = this.#failures.get(id);
    if (failure !== undefined) {
      this.#failures.delete(id);
      this.#jobs.delete(id);
      throw failure instanceof Error ? failure : new Error('The import stopped unexpectedly.');
    }
    const job = this.#jobs.get(id);
    if (!job)
      throw new ApiError(
        'job_missing',
        'That import is not known (it may have finished long ago).',
        { field: 'jobId' },
      );
    return job.state;
  }

  cancel(id: string): void {
    this.#jobs.get(id)?.controller.abort();
  }

  /** Cancels everything still running (the project is closing). */
  cancelAll(): void {
    for (const job of this.#jobs.values()) job.controller.abort();
  }

  #prune() {
    const finished = [...this.#jobs.values()].filter((j) => j.state.status === 'done');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.#jobs.delete(j.state.id);
  }
}
