// A Kvalkod project: one SQLite file. Owns create/open/close, the checks that refuse foreign,
// newer and damaged files, the backup before a migration, and access to the query modules.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../shared/api/errors';
import type { DamagedDocument, ProjectInfo, ProjectSummary } from '../shared/api/types';
import type { IntegrityReport } from '../shared/api/contract-project-file';
import { APP_VERSION } from '../shared/version';
import { applyPragmas, APPLICATION_ID, connect, setWriteGuard } from './connection';
import { OpenFileGuard } from './file-identity';
import { canWrite, openReadOnly } from './read-only';
import { checkIntegrity, damagedDocuments } from './integrity';
import { checkProjectFile, quickCheck, unreadable } from './project-file';
import { latestSchemaVersion, migrate, userVersion } from './migrations';
import { createMetaQueries } from './queries/meta';
import { createCodeQueries } from './queries/codes';
import { createAttributeQueries } from './queries/attributes';
import { createAttributeEdits } from './queries/attribute-edits';
import { createDocumentQueries } from './queries/documents';
import { createCoderQueries } from './queries/coders';
import { createHistoryQueries } from './queries/history';
import { createMemoQueries } from './queries/memos';
import { createSearchQueries } from './queries/search';
import { createSegmentQueries } from './queries/segments';
import { createSurveyQueries } from './queries/survey';
import { createSavedTableQueries } from './queries/saved-tables';
import { createCaseQueries } from './queries/cases';
import { createTableQueries } from './queries/tables';
import { createPseudonymQueries } from './queries/pseudonymise';
import { createAgreementQueries } from './queries/agreement';
import { insertTemplate, insertTemplateAttributes } from './template';

export interface CreateOptions {
  /** Leave out the built-in codebook "Handlingsplanen". */
  empty?: boolean;
}

export class Project {
  readonly meta;
  readonly codes;
  readonly attributes;
  readonly attributeEdits;
  readonly documents;
  readonly coders;
  readonly history;
  readonly memos;
  readonly search;
  readonly segments;
  readonly survey;
  readonly savedTables;
  readonly cases;
  readonly tables;
  readonly pseudonyms;
  readonly agreement;

  private readonly file: OpenFileGuard;
  /** Documents found damaged when the project was opened (named in the window's banner). */
  private readonly damaged: DamagedDocument[];

  /** Opened for reading only (db/read-only.ts): every change is refused with project_read_only. */
  readonly readOnly: boolean;
  private readonly closeReadOnly: (() => void) | undefined;

  private constructor(
    readonly db: Database,
    readonly path: string,
    readOnly?: { close: () => void },
  ) {
    this.readOnly = readOnly !== undefined;
    this.closeReadOnly = readOnly?.close;
    this.file = new OpenFileGuard(db, path);
    this.damaged = damagedDocuments(db);
    setWriteGuard(db, () => {
      if (this.readOnly)
        throw new ApiError(
          'project_read_only',
          `${path} is read-only, so this change was not saved. Copy the file to a folder you may write to in order to work in it.`,
          { path },
        );
      this.file.check();
    });
    this.meta = createMetaQueries(db);
    this.codes = createCodeQueries(db);
    this.attributes = createAttributeQueries(db);
    this.attributeEdits = createAttributeEdits(db);
    this.documents = createDocumentQueries(db);
    this.coders = createCoderQueries(db);
    this.history = createHistoryQueries(db);
    this.memos = createMemoQueries(db);
    this.search = createSearchQueries(db);
    this.segments = createSegmentQueries(db);
    this.survey = createSurveyQueries(db);
    this.savedTables = createSavedTableQueries(db);
    this.cases = createCaseQueries(db);
    this.tables = createTableQueries(db);
    this.pseudonyms = createPseudonymQueries(db);
    this.agreement = createAgreementQueries(db);
  }

  static create(path: string, options: CreateOptions = {}): Project {
    if (existsSync(path))
      throw new ApiError('file_exists', `${path} already exists; choose another name.`, { path });
    mkdirSync(dirname(path), { recursive: true });
    let db: Database | undefined;
    try {
      db = connect(path, { create: true });
      applyPragmas(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
      const conn = db;
      conn.transaction(() => {
        const meta = createMetaQueries(conn);
        meta.set('created_at', new Date().toISOString());
        meta.set('created_with', APP_VERSION);
        insertTemplateAttributes(conn);
        if (!options.empty) insertTemplate(conn);
      })();
      // The header (application_id, user_version) now sits in the WAL; fold it into the main
      // file so that a copy of the file alone is a project too.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return new Project(db, path);
    } catch (err) {
      db?.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      if (err instanceof ApiError) throw err;
      throw new ApiError('cannot_write', `Could not create ${path}: ${(err as Error).message}`, {
        path,
      });
    }
  }

  static open(path: string): Project {
    checkProjectFile(path);
    if (!canWrite(path)) return Project.openReadOnly(path);
    let db: Database | undefined;
    try {
      db = connect(path);
      applyPragmas(db);
      quickCheck(db, path);
      const from = userVersion(db);
      if (from < latestSchemaVersion()) {
        // A copy of the file as it was, in case a migration ever surprises the user.
        // Written aside and then renamed: a full disk never leaves a broken backup behind.
        const backup = `${path}.backup-v${from}`;
        rmSync(`${backup}.tmp`, { force: true });
        db.prepare('VACUUM INTO ?').run(`${backup}.tmp`);
        renameSync(`${backup}.tmp`, backup);
        migrate(db);
        // A migration that drops data (004: the index's word positions) leaves free pages: give
        // them back, so an upgraded file is as lean as a new one.
        const free = db.pragma('freelist_count', { simple: true }) as number;
        if (free > (db.pragma('page_count', { simple: true }) as number) / 10) db.exec('VACUUM');
        // As after creation: the main file carries the new version, not only the WAL.
        db.pragma('wal_checkpoint(PASSIVE)');
      }
      return new Project(db, path);
    } catch (err) {
      db?.close();
      // A read-only disk or share can pass the permission check and still refuse to be written.
      const code = String((err as { code?: unknown }).code);
      if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN')
        return Project.openReadOnly(path);
      throw unreadable(err, path);
    }
  }

  private static openReadOnly(path: string): Project {
    let opened: ReturnType<typeof openReadOnly> | undefined;
    try {
      opened = openReadOnly(path);
      quickCheck(opened.db, path);
      return new Project(opened.db, path, { close: opened.close });
    } catch (err) {
      opened?.close();
      throw unreadable(err, path);
    }
  }

  /**
   * Throws when the file at the path is no longer the one opened (deleted or replaced by another
   * program): the connection is then closed for good, with a recovered copy of its contents.
   */
  checkFile(): void {
    this.file.check();
  }

  /** The whole check: every page of the file, the foreign keys, every document's text. */
  check(): IntegrityReport {
    return checkIntegrity(this.db);
  }

  /** True while the file at the path is the one opened (nothing to recover when it is not). */
  get fileUnchanged(): boolean {
    return this.file.unchanged();
  }

  get name(): string {
    return basename(this.path, extname(this.path));
  }

  summary(): ProjectSummary {
    return {
      path: this.path,
      name: this.name,
      schemaVersion: userVersion(this.db),
      damagedDocuments: this.damaged,
      readOnly: this.readOnly,
    };
  }

  info(): ProjectInfo {
    const count = (table: 'codes' | 'documents' | 'segments') =>
      (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      ...this.summary(),
      createdAt: this.meta.get('created_at') ?? '',
      createdWith: this.meta.get('created_with') ?? '',
      counts: { codes: count('codes'), documents: count('documents'), segments: count('segments') },
    };
  }

  close(): void {
    if (!this.db.open) return;
    if (this.closeReadOnly) return this.closeReadOnly();
    try {
      // Fold the WAL back into the file so that the project is one file again when it is copied.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A full disk or another program reading: the WAL stays beside the file, every change in it
      // committed, and the next open folds it in.
    } finally {
      this.db.close();
    }
  }
}
