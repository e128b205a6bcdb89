// The project file's own check ("Kontrollera projekt"): its report while the dialog is open.
// Read-only and damaged documents come with the project's summary (project-slice).
import type { StateCreator } from 'zustand';
import type { IntegrityReport } from '../../shared/api/contract-project-file';
import { api } from '../api/client';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';

export interface ProjectFileSlice {
  /** null: no check shown; 'checking': running (it reads the whole file). */
  integrity: IntegrityReport | 'checking' | null;
  checkProject: () => Promise<void>;
  closeCheck: () => void;
  resetProjectFile: () => void;
}

/** A project opened for reading only (its file may not be changed): change buttons are off. */
export const selectReadOnly = (s: Store): boolean => s.project?.readOnly === true;

export const initialProjectFileState = { integrity: null } satisfies Partial<ProjectFileSlice>;

export const createProjectFileSlice: StateCreator<Store, [], [], ProjectFileSlice> = (set, get) => {
  const attempt = attemptWith(get);
  return {
    ...initialProjectFileState,
    async checkProject() {
      set({ integrity: 'checking' });
      const report = await attempt(() => api.call('project.check', {}));
      set({ integrity: report });
    },
    closeCheck: () => set({ integrity: null }),
    resetProjectFile: () => set({ ...initialProjectFileState }),
  };
};
