// The SHA-256 of each chosen file's parsed text, for the duplicate question before an import. The
// preview's parse leaves its hash here, so the file it read is not parsed a second time; a file
// changed on disk since (size or time) is read again.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import type { SourceFile } from './sources';

/** Bounded: a long session choosing many files keeps the newest hashes only. */
const MAX_ENTRIES = 20_000;
const known = new Map<string, string>();

export const hashText = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function keyOf(path: string): string | null {
  try {
    const s = statSync(path);
    return `${path}\u0000${s.size}\u0000${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Notes the hash of a file just parsed (by the preview). */
export function rememberTextHash(path: string, text: string): void {
  const key = keyOf(path);
  if (!key) return;
  known.delete(key);
  known.set(key, hashText(text));
  if (known.size > MAX_ENTRIES) known.delete(known.keys().next().value as string);
}

/**
 * Each file's text hash, parsing (in the import workers, `parse(path, i)`) only the files not
 * already known; a file that cannot be read has none (the import's report gives its reason).
 */
export async function textHashes(
  files: SourceFile[],
  parse: (path: string, index: number) => Promise<{ text: string }>,
): Promise<(string | null)[]> {
  return Promise.all(
    files.map(async (file, i) => {
      const key = keyOf(file.path);
      const cached = key ? known.get(key) : undefined;
      if (cached) return cached;
      try {
        const doc = await parse(file.path, i);
        rememberTextHash(file.path, doc.text);
        return hashText(doc.text);
      } catch {
        return null;
      }
    }),
  );
}
