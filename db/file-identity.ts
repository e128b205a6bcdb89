// Watches that the project file on disk is still the one that was opened. Another program can
// delete the file or put another in its place (a sync tool, a restore from backup, the user in a
// file manager) while Kvalkod holds it open; SQLite would go on writing into the old, unlinked
// file and report every change saved. The identity (device and inode; size and modification time
// kept for the record) is taken at open and compared before every write and every call. On a
// change, what the old file holds is copied beside it and the connection is closed for good.
import { statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../shared/api/errors';

export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

/** The file's identity, or null when nothing is at `path`. */
export function identityOf(path: string): FileIdentity | null {
  try {
    const s = statSync(path, { bigint: true });
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs };
  } catch {
    return null;
  }
}

/** Same file: same device and inode. Size and time change with every write, ours or another's. */
export const sameFile = (a: FileIdentity, b: FileIdentity) => a.dev === b.dev && a.ino === b.ino;

export class OpenFileGuard {
  private readonly identity: FileIdentity;
  private lost: ApiError | null = null;

  constructor(
    private readonly db: Database,
    private readonly path: string,
  ) {
    const identity = identityOf(path);
    if (!identity) throw new ApiError('file_missing', `${path} does not exist.`, { path });
    this.identity = identity;
  }

  /** True while the file at the path is the one opened. */
  unchanged(): boolean {
    const now = identityOf(this.path);
    return this.lost === null && now !== null && sameFile(now, this.identity);
  }

  /** Throws once the file at the path is not the one opened (after keeping a recovered copy). */
  check(): void {
    if (this.lost) throw this.lost;
    if (this.unchanged()) return;
    const reason = identityOf(this.path) ? 'replaced' : 'deleted';
    const recovered = this.recover();
    // Closing folds the WAL into the old file (which only this connection still reaches) and
    // removes the -wal and -shm at the path, which would otherwise be read with the new file.
    this.db.close();
    const what = `${this.path} was ${reason} by another program while it was open, so Kvalkod stopped using it and this change was not saved`;
    this.lost = recovered
      ? new ApiError(
          'project_file_changed',
          `${what}. Everything saved before is kept in ${recovered}; open that file to go on.`,
          { path: this.path, reason, recovered },
        )
      : new ApiError('project_file_lost', `${what}; no copy of the old file could be kept.`, {
          path: this.path,
          reason,
        });
    throw this.lost;
  }

  /** A copy of everything the old file holds (it is still readable through the open connection). */
  private recover(): string | null {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const name = `${basename(this.path, extname(this.path))}.recovered-${stamp}.kvalkod`;
    for (const dir of [dirname(this.path), tmpdir()]) {
      const target = join(dir, name);
      try {
        if (identityOf(target)) continue;
        this.db.prepare('VACUUM INTO ?').run(target);
        return target;
      } catch {
        // The folder may be gone or read-only: try the next place.
      }
    }
    return null;
  }
}
