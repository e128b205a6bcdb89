// Plain data returned by the API. Kept apart from database row types (db/ maps rows to these).

export type HostKind = 'electron' | 'web' | 'cli';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  host: HostKind;
  /** Where the New/Open forms start when the host has no native file dialog. */
  defaultProjectDir: string;
  /** True when `dialog.pickProjectPath` opens the system's own file dialog. */
  nativeDialogs: boolean;
}

export interface DamagedDocument {
  id: number;
  name: string;
}

/** What project.checkPath finds at a path a new project would take. */
export interface ProjectPathCheck {
  /** The file the project would be: absolute, with the .kvalkod extension. */
  path: string;
  /** Its folder, and whether that exists (it is created with the project when not). */
  folder: string;
  folderExists: boolean;
  /** Something is at the path already (a project is never created over it). */
  taken: boolean;
}

export interface ProjectSummary {
  path: string;
  name: string;
  schemaVersion: number;
  /** Found when the project was opened: text that no longer matches its stored SHA-256. */
  damagedDocuments: DamagedDocument[];
  /** The file may not be written (permissions, a read-only disk): it opened for reading only. */
  readOnly: boolean;
}

export interface ProjectInfo extends ProjectSummary {
  createdAt: string;
  createdWith: string;
  counts: { codes: number; documents: number; segments: number };
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  /** The file is no longer where it was: shown as missing, never as an error dialog. */
  missing: boolean;
}
