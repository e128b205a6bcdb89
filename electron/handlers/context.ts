// What a handler may use besides its input: the session (the open project), the host's
// capabilities (native dialogs exist only in Electron) and a log.
import type { Project } from '../../db/project';
import type { HostKind } from '../../shared/api/types';
import { ApiError } from '../../shared/api/errors';
import type { RecentStore } from '../config/recent-store';
import type { SettingsStore } from '../config/settings-store';
import type { UploadStore } from '../web/uploads';
import type { Jobs } from './jobs';

export interface Dialogs {
  pickProjectPath(mode: 'save' | 'open', suggestedName?: string): Promise<string | null>;
  pickImportFiles(folders: boolean): Promise<string[]>;
}

export interface Session {
  project: Project | null;
  /** A project file the operating system asked to open, until the window takes it. */
  openRequest: string | null;
}

export interface Context {
  host: HostKind;
  session: Session;
  recent: RecentStore;
  /** What outlives a project: the coder's name. */
  settings: SettingsStore;
  dialogs: Dialogs | null;
  /** Files uploaded by the browser host's page; null where the UI can name paths itself. */
  uploads: UploadStore | null;
  jobs: Jobs;
  defaultProjectDir: string;
  log: { error(err: unknown): void };
}

/** The open project, once its file is known to be the one opened (see Project.checkFile). */
export function requireProject(ctx: Context): Project {
  const project = ctx.session.project;
  if (!project)
    throw new ApiError('no_project_open', 'No project is open. Open or create a project first.');
  try {
    project.checkFile();
  } catch (err) {
    ctx.jobs.cancelAll();
    ctx.session.project = null;
    throw err;
  }
  return project;
}
