// The exchange's calls to the Node side, kept out of the components: export to a download,
// a chosen file uploaded (browser) or named by path (desktop), the imports. Each reports which
// step it is on, so the dialog can show a determinate progress bar: the calls are short (a few
// seconds for a large project), so steps rather than a polled job.
import type { RefiReport } from '../../../shared/api/contract-refi';
import { api, filesToSources } from '../../api/client';
import { downloadFile } from '../retrieval/download';

export type Step = 'upload' | 'work' | 'workExport' | 'open';
export type OnStep = (step: Step, index: number, total: number) => void;

export async function exportRefi(
  format: 'qdpx' | 'qdc',
  onStep: OnStep,
): Promise<{ fileName: string; report: RefiReport }> {
  onStep('workExport', 0, 1);
  const file = await api.call('refi.export', { format });
  downloadFile(file.fileName, file.base64);
  return { fileName: file.fileName, report: file.report };
}

async function sourceOf(file: File) {
  const [source] = await filesToSources([file]);
  if (!source) throw new Error(`${file.name} could not be read.`);
  return source;
}

export async function importCodebookFile(file: File, onStep: OnStep): Promise<RefiReport> {
  onStep('upload', 0, 2);
  const source = await sourceOf(file);
  onStep('work', 1, 2);
  return api.call('refi.importCodebook', { source });
}

/** Imports a .qdpx as a new project; the host leaves it open, the window shows it when asked. */
export async function importProjectFile(
  file: File,
  target: string,
  onStep: OnStep,
): Promise<RefiReport & { path: string }> {
  onStep('upload', 0, 2);
  const source = await sourceOf(file);
  onStep('work', 1, 2);
  return api.call('refi.importProject', { source, target });
}

export const currentProject = () => api.call('project.current', {});
