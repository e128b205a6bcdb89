// The scan and the copy run as jobs: started by one call, polled by the window (and the CLI) for
// their progress, cancellable between documents. One host process serves one window.
import { randomUUID } from 'node:crypto';
import type { PseudoJob } from '../../shared/api/contract-pseudonymise';
import { ApiError } from '../../shared/api/errors';

export type Progress = (
  phase: 'scan' | 'copy',
  done: number,
  total: number,
  current: string | null,
) => void;
type Result = Omit<Extract<PseudoJob, { status: 'done' }>, 'id' | 'status'>;

interface Job {
  state: PseudoJob;
  controller: AbortController;
  failure?: unknown;
}

const jobs = new Map<string, Job>();
const KEEP = 10;

export function startJob(
  work: (signal: AbortSignal, progress: Progress) => Promise<Result>,
): string {
  const id = randomUUID();
  const job: Job = {
    state: { id, status: 'running', phase: 'scan', done: 0, total: 0, current: null },
    controller: new AbortController(),
  };
  jobs.set(id, job);
  work(job.controller.signal, (phase, done, total, current) => {
    if (job.state.status === 'running')
      job.state = { id, status: 'running', phase, done, total, current };
  }).then(
    (result) => {
      job.state = { id, status: 'done', ...result };
    },
    (err: unknown) => {
      job.failure = err ?? new Error('The job stopped unexpectedly.');
    },
  );
  for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEEP))) jobs.delete(old);
  return id;
}

export function jobState(id: string): PseudoJob {
  const job = jobs.get(id);
  if (!job)
    throw new ApiError('invalid_input', 'That job is not known (it may have finished long ago).', {
      field: 'jobId',
    });
  if (job.failure !== undefined) {
    jobs.delete(id);
    throw job.failure instanceof Error ? job.failure : new Error('The job stopped unexpectedly.');
  }
  return job.state;
}

export function cancelJob(id: string): void {
  jobs.get(id)?.controller.abort();
}

/** Throws when the job was cancelled: called between documents. */
export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new ApiError('cancelled', 'Cancelled; nothing was written.');
}
