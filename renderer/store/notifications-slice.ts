// Notifications: every failed call ends up here and is shown, translated, until dismissed.
import type { StateCreator } from 'zustand';
import type { ErrorCode } from '../../shared/api/errors';
import { ApiCallError } from '../api/client';
import type { Store } from './index';
import { resetForProjectChange } from './project-reset';

/** The Node side has closed the project for good (its file was deleted or replaced). */
const PROJECT_GONE: readonly ErrorCode[] = ['project_file_changed', 'project_file_lost'];

export interface Notice {
  id: number;
  code: ErrorCode;
  params: Record<string, string | number>;
  message: string;
}

export interface NotificationsSlice {
  notices: Notice[];
  notifyError: (err: unknown) => void;
  dismiss: (id: number) => void;
  resetNotifications: () => void;
}

export const initialNotificationsState = { notices: [] } satisfies Partial<NotificationsSlice>;

let nextId = 1;

/**
 * Runs a call and shows its failure as a notice instead of throwing: what every slice's actions
 * do. Returns the call's value, or null when it failed.
 */
export function attemptWith(get: () => Pick<Store, 'notifyError'>) {
  return async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (err) {
      get().notifyError(err);
      return null;
    }
  };
}

export const createNotificationsSlice: StateCreator<Store, [], [], NotificationsSlice> = (
  set,
  get,
) => ({
  ...initialNotificationsState,
  resetNotifications: () => set({ ...initialNotificationsState }),
  notifyError(err) {
    const notice: Notice =
      err instanceof ApiCallError
        ? {
            id: nextId++,
            code: err.code,
            params: { message: err.message, ...err.params },
            message: err.message,
          }
        : { id: nextId++, code: 'internal', params: {}, message: String(err) };
    // With no project open here, "no project open" answers a call still on its way from the
    // project just closed (its file deleted or replaced): the notice saying so stays the one shown.
    if (notice.code === 'no_project_open' && get().project === null) return;
    // Back to the start screen, where the message says which file to open to go on.
    if (PROJECT_GONE.includes(notice.code)) resetForProjectChange(get());
    set((s) => ({ notices: [...s.notices.slice(-4), notice] }));
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
});
