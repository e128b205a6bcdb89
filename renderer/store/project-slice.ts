// The open project: its summary, its codebook, and the current view.
import type { StateCreator } from 'zustand';
import type { Code } from '../../shared/codebook/types';
import type { ProjectPathCheck, ProjectSummary } from '../../shared/api/types';
import { api } from '../api/client';
import type { Store } from './index';
import { resetForProjectChange } from './project-reset';

export type ProjectView =
  'documents' | 'coding' | 'retrieval' | 'search' | 'tables' | 'codebook' | 'pseudonymise';

export interface ProjectSlice {
  project: ProjectSummary | null;
  codes: Code[];
  view: ProjectView;
  busy: boolean;
  setView: (view: ProjectView) => void;
  showProject: (summary: ProjectSummary) => Promise<void>;
  createProject: (path: string, empty: boolean) => Promise<boolean>;
  openProject: (path: string) => Promise<boolean>;
  /** Opens the file the operating system asked the app to open (double-click, second launch). */
  takeOpenRequest: () => Promise<void>;
  /** The example project; `coded` with the passages it ships coded. */
  createExample: (path: string, coded: boolean) => Promise<boolean>;
  /** Whether a new project's path is taken or its folder still to be made; null when unknown. */
  checkProjectPath: (path: string) => Promise<ProjectPathCheck | null>;
  closeProject: () => Promise<void>;
  resetProject: () => void;
}

export const initialProjectState = {
  project: null,
  codes: [],
  view: 'documents',
} satisfies Partial<ProjectSlice>;

export const createProjectSlice: StateCreator<Store, [], [], ProjectSlice> = (set, get) => {
  /** Runs a call that replaces the open project; false (and a notice) when it fails. */
  async function enter(load: () => Promise<ProjectSummary>): Promise<boolean> {
    set({ busy: true });
    try {
      await get().showProject(await load());
      return true;
    } catch (err) {
      get().notifyError(err);
      return false;
    } finally {
      set({ busy: false });
    }
  }

  return {
    ...initialProjectState,
    busy: false,
    setView: (view) => set({ view }),
    resetProject: () => set({ ...initialProjectState }),
    async showProject(project) {
      const codes = await api.call('codes.list', {});
      // Nothing of the project shown before may stay on screen or be used in this one.
      resetForProjectChange(get());
      set({ project, codes });
      await get().loadDocuments();
      const [undoState, coder, codeCounts] = await Promise.all([
        api.call('history.state', {}),
        api.call('coder.get', {}),
        api.call('codes.counts', {}),
      ]);
      set({ undoState, coderName: coder.name, codeCounts });
    },
    createProject: (path, empty) => enter(() => api.call('project.create', { path, empty })),
    openProject: (path) => enter(() => api.call('project.open', { path })),
    async takeOpenRequest() {
      try {
        const { path } = await api.call('app.takeOpenRequest', {});
        if (path) await get().openProject(path);
      } catch (err) {
        get().notifyError(err);
      }
    },
    createExample: (path, coded) => enter(() => api.call('example.create', { path, coded })),
    // A path being typed may be half a path: a refusal here is not the user's error yet.
    checkProjectPath: (path) => api.call('project.checkPath', { path }).catch(() => null),
    async closeProject() {
      try {
        await api.call('project.close', {});
        resetForProjectChange(get());
        set({ recent: await api.call('recent.list', {}) });
      } catch (err) {
        get().notifyError(err);
      }
    },
  };
};
