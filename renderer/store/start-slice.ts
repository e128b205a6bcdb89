// The start screen's state: what the host can do, and the recent projects.
import type { StateCreator } from 'zustand';
import type { AppInfo, RecentProject } from '../../shared/api/types';
import { api } from '../api/client';
import type { Store } from './index';

export interface StartSlice {
  appInfo: AppInfo | null;
  recent: RecentProject[];
  loadStart: () => Promise<void>;
  forgetRecent: (path: string) => Promise<void>;
}

/** The app's own state, not a project's: a project change keeps it (project-reset.ts). */
export const initialStartState = { appInfo: null, recent: [] } satisfies Partial<StartSlice>;

export const createStartSlice: StateCreator<Store, [], [], StartSlice> = (set, get) => ({
  ...initialStartState,
  async loadStart() {
    try {
      const [appInfo, recent, current] = await Promise.all([
        api.call('app.info', {}),
        api.call('recent.list', {}),
        api.call('project.current', {}),
      ]);
      set({ appInfo, recent });
      // After a page reload the browser host still has the project open: go straight back to it.
      if (current) await get().showProject(current);
    } catch (err) {
      get().notifyError(err);
    }
  },
  async forgetRecent(path) {
    try {
      set({ recent: await api.call('recent.forget', { path }) });
    } catch (err) {
      get().notifyError(err);
    }
  },
});
