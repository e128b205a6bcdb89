// Builds the handler context for one host process (desktop window, browser host or CLI run).
import type { HostKind } from '../../shared/api/types';
import { configDir, defaultProjectDir } from '../config/paths';
import { createRecentStore, type RecentStore } from '../config/recent-store';
import { createSettingsStore, noSettingsStore, type SettingsStore } from '../config/settings-store';
import type { Context, Dialogs } from './context';
import type { UploadStore } from '../web/uploads';
import { Jobs } from './jobs';

/** For one-shot CLI runs: scripted commands leave the user's recent list alone. */
export const noRecentStore: RecentStore = {
  list: () => [],
  touch: () => undefined,
  forget: () => undefined,
};

export function createContext(
  host: HostKind,
  options: {
    dialogs?: Dialogs;
    recent?: RecentStore;
    settings?: SettingsStore;
    uploads?: UploadStore;
  } = {},
): Context {
  return {
    host,
    session: { project: null, openRequest: null },
    recent: options.recent ?? createRecentStore(configDir()),
    settings:
      options.settings ?? (host === 'cli' ? noSettingsStore : createSettingsStore(configDir())),
    dialogs: options.dialogs ?? null,
    uploads: options.uploads ?? null,
    jobs: new Jobs(),
    defaultProjectDir: defaultProjectDir(),
    log: { error: (err) => console.error('[kvalkod]', err) },
  };
}
