// Writes a whole file so that a failure part-way (a full disk, a killed process) never leaves a
// truncated file where a good one was: the bytes go to a temporary file in the same folder, are
// flushed to disk, and only then take the name (rename is atomic within one file system).
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/errors';

/** Errors that mean the disk (or the user's quota, or the file-size limit) has no room. */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

export function isNoRoom(err: unknown): boolean {
  return NO_ROOM.has(String((err as NodeJS.ErrnoException).code));
}

/**
 * Where the bytes go: an existing file through its symlinks (the link stays a link); a folder is
 * refused; a pipe or device (`--out /dev/stdout`) is written as it is, since renaming over it
 * would replace it with a plain file.
 */
function resolveTarget(path: string): { path: string; stream: boolean } {
  let real;
  try {
    real = realpathSync(path);
  } catch {
    return { path, stream: false };
  }
  const stat = statSync(real);
  if (stat.isDirectory())
    throw new ApiError('not_a_file', `${path} is a folder; name a file to write.`, { file: path });
  return { path: real, stream: !stat.isFile() };
}

export function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  options: { mode?: number } = {},
) {
  const { path, stream } = resolveTarget(target);
  if (stream) return writeFileSync(path, bytes);
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // An existing file keeps its permissions.
  let mode = options.mode ?? 0o666;
  try {
    mode = options.mode ?? statSync(path).mode & 0o777;
  } catch {
    // A new file.
  }
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * writeFileAtomic with the failure as a readable ApiError: a full disk is `disk_full`, anything
 * else `cannot_write`; either way the file that was there before is untouched.
 */
export function writeOutput(path: string, bytes: Uint8Array, options: { mode?: number } = {}) {
  try {
    writeFileAtomic(path, bytes, options);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (isNoRoom(err))
      throw new ApiError(
        'disk_full',
        `Could not write ${path}: the disk is full. Nothing that was there before was changed; free some space and try again.`,
        { path },
      );
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the folder does not exist' : (err as Error).message;
    throw new ApiError('cannot_write', `Could not write ${path}: ${reason}.`, { path });
  }
}
