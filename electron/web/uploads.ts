// Files the browser sends for import (a browser gives the page file contents, never paths): kept in
// a private temp folder for the life of the host, found again by a random id.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

export interface Upload {
  path: string;
  name: string;
}

export interface UploadStore {
  save(name: string, bytes: Buffer): string;
  resolve(id: string): Upload | null;
  dispose(): void;
}

export function createUploadStore(): UploadStore {
  const dir = mkdtempSync(join(tmpdir(), 'kvalkod-uploads-'));
  const uploads = new Map<string, Upload>();
  return {
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
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
