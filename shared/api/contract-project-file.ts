// Contract entries about the project file itself, apart from its contents: its check ("Kontrollera
// projekt", `kvalkod check`) and a file the operating system asked the app to open.
import { z } from 'zod';
import { returns } from './define';

const empty = z.object({}).strict();

import type { DamagedDocument } from './types';

/** What `project.check` found; `kvalkod check --json` prints exactly this. */
export interface IntegrityReport {
  /** Nothing below was found. */
  ok: boolean;
  /** SQLite's integrity_check, every line that is not "ok" (at most 100). */
  databaseProblems: string[];
  /** Rows that point at a row that is not there (PRAGMA foreign_key_check). */
  foreignKeyProblems: number;
  documentsChecked: number;
  /** Documents whose text no longer matches the SHA-256 stored with it at import. */
  damagedDocuments: DamagedDocument[];
}

export const projectFileContract = {
  /** The whole check of the open project: every page of the file and every document's text. */
  'project.check': { input: empty, output: returns<IntegrityReport>() },
  /** The project file the app was asked to open since the window last looked, taken once. */
  'app.takeOpenRequest': { input: empty, output: returns<{ path: string | null }>() },
};
