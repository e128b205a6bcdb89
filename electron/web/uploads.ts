// Files the browser sends for import (a browser gives the page file contents, never paths): kept in
// a private temp folder until they are imported or the host stops, found again by a random id.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

export interface Upload {
  path: string;
  name: string;
}

export interface UploadStore {
  /** The private folder the uploads are kept in. */
  readonly dir: string;
  save(name: string, bytes: Buffer): string;
  resolve(id: string): Upload | null;
  /** Deletes one upload (it was imported); an unknown id is ignored. */
  release(id: string): void;
  dispose(): void;
}

const PREFIX = 'kvalkod-uploads-';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Folders left by a host that was killed before it could clean up (their pid is gone). */
function removeOrphans(root: string): void {
  for (const name of readdirSync(root)) {
    const pid = /^kvalkod-uploads-(\d+)-/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid)))
      rmSync(join(root, name), { recursive: true, force: true });
  }
}

export function createUploadStore(root = tmpdir()): UploadStore {
  removeOrphans(root);
  const dir = mkdtempSync(join(root, `${PREFIX}${process.pid}-`));
  const uploads = new Map<string, Upload>();
  return {
    dir,
    save(name, bytes) {
      const id = randomBytes(12).toString('base64url');
      // The stored name keeps only the extension: the user's file name never becomes a path.
      const ext = extname(name)
        .toLowerCase()
        .replace(/[^.a-z0-9]/g, '')
        .slice(0, 10);
      const path = join(dir, id + ext);
      writeFileSync(path, bytes, { mode: 0o600 });
      uploads.set(id, { path, name });
      return id;
    },
    resolve: (id) => uploads.get(id) ?? null,
    release(id) {
      const upload = uploads.get(id);
      if (!upload) return;
      uploads.delete(id);
      rmSync(upload.path, { force: true });
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
