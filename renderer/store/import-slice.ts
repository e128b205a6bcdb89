// The import dialog's state: chosen sources, the speaker preview, the question about texts already in
// the project, and the running job's progress.
import type { StateCreator } from 'zustand';
import type { DuplicateFile, ImportPreview, JobState } from '../../shared/api/contract-import';
import type { ImportReport, ImportSettings } from '../../shared/import/types';
import type { DetectionMode } from '../../shared/transcript/types';
import { api, filesToSources, type Source } from '../api/client';
import type { Store } from './index';

export type ImportStage =
  'closed' | 'choose' | 'uploading' | 'settings' | 'checking' | 'duplicates' | 'running' | 'report';

/** What to do with chosen files whose text is in the project already. */
export type DuplicateChoice = 'skip' | 'import' | 'cancel';

export interface ImportSlice {
  importStage: ImportStage;
  importSources: Source[];
  importNames: string[];
  importPreview: ImportPreview | null;
  importProgress: { total: number; done: number; current: string | null } | null;
  importReport: ImportReport | null;
  importJobId: string | null;
  /** The files the duplicate question names, and the settings waiting for its answer. */
  importDuplicates: DuplicateFile[];
  importPending: ImportSettings | null;
  openImport: () => void;
  closeImport: () => void;
  chooseFiles: (files: File[]) => Promise<void>;
  choosePaths: (paths: string[]) => Promise<void>;
  previewSpeakers: (mode: DetectionMode) => Promise<void>;
  /** Asks first when a chosen file's text is in the project already; else imports. */
  startImport: (settings: ImportSettings) => Promise<void>;
  answerDuplicates: (choice: DuplicateChoice) => Promise<void>;
  cancelImport: () => Promise<void>;
  resetImport: () => void;
}

export const initialImportState = {
  importStage: 'closed',
  importSources: [],
  importNames: [],
  importPreview: null,
  importProgress: null,
  importReport: null,
  importJobId: null,
  importDuplicates: [],
  importPending: null,
} satisfies Partial<ImportSlice>;

const POLL_MS = 150;

type SetFn = Parameters<StateCreator<Store, [], [], ImportSlice>>[0];

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = (set, get) => {
  const runImport = importRunner(set, get);
  return {
    ...initialImportState,
    resetImport: () => set({ ...initialImportState }),
    openImport: () =>
      set({
        importStage: 'choose',
        importSources: [],
        importNames: [],
        importPreview: null,
        importReport: null,
        importProgress: null,
      }),
    closeImport: () => set({ importStage: 'closed' }),

    async chooseFiles(files) {
      if (files.length === 0) return;
      set({
        importStage: 'uploading',
        importProgress: { total: files.length, done: 0, current: files[0]?.name ?? null },
      });
      try {
        const sources = await filesToSources(files, (done, name) =>
          set({ importProgress: { total: files.length, done, current: name } }),
        );
        set({
          importSources: sources,
          importNames: files.map((f) => f.name),
          importStage: 'settings',
          importProgress: null,
        });
        await get().previewSpeakers({ kind: 'auto' });
      } catch (err) {
        get().notifyError(err);
        set({ importStage: 'choose', importProgress: null });
      }
    },

    async choosePaths(paths) {
      if (paths.length === 0) return;
      set({
        importSources: paths.map((path) => ({ path })),
        importNames: paths.map((p) => p.split(/[\\/]/).pop() ?? p),
        importStage: 'settings',
      });
      await get().previewSpeakers({ kind: 'auto' });
    },

    async previewSpeakers(mode) {
      const first = get().importSources[0];
      if (!first) return;
      try {
        set({ importPreview: await api.call('import.preview', { source: first, speakers: mode }) });
      } catch (err) {
        set({ importPreview: null });
        get().notifyError(err);
      }
    },

    async startImport(settings) {
      set({ importStage: 'checking' });
      let found: DuplicateFile[];
      try {
        found = await api.call('import.duplicates', { sources: get().importSources });
      } catch (err) {
        get().notifyError(err);
        set({ importStage: 'settings' });
        return;
      }
      if (found.length === 0) return runImport(settings);
      set({ importStage: 'duplicates', importDuplicates: found, importPending: settings });
    },

    async answerDuplicates(choice) {
      const settings = get().importPending;
      set({ importDuplicates: [], importPending: null });
      if (choice === 'cancel' || !settings) return set({ importStage: 'settings' });
      await runImport({ ...settings, duplicates: choice });
    },

    async cancelImport() {
      const id = get().importJobId;
      if (id)
        await api
          .call('jobs.cancel', { jobId: id })
          .catch((err: unknown) => get().notifyError(err));
    },
  };
};

/** The import as a job, its progress polled until the report. */
function importRunner(set: SetFn, get: () => Store) {
  return async (settings: ImportSettings) => {
    try {
      const { jobId } = await api.call('import.start', { sources: get().importSources, settings });
      set({
        importStage: 'running',
        importJobId: jobId,
        importProgress: { total: get().importSources.length, done: 0, current: null },
      });
      for (;;) {
        const state: JobState = await api.call('jobs.status', { jobId });
        if (state.status === 'done') {
          set({
            importStage: 'report',
            importReport: state.report,
            importProgress: null,
            importJobId: null,
          });
          break;
        }
        set({ importProgress: { total: state.total, done: state.done, current: state.current } });
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      await get().loadDocuments();
    } catch (err) {
      get().notifyError(err);
      set({ importStage: 'settings', importJobId: null });
    }
  };
}
