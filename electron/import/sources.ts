// Which files an import takes: named files as they are, folders walked for transcripts. Word's
// lock files ("~$x.docx") and hidden files are passed over.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const TRANSCRIPT_EXTENSIONS = ['.docx', '.txt', '.md', '.odt', '.rtf'] as const;

export interface SourceFile {
  /** Where the bytes are (an uploaded file sits in a temp folder under another name). */
  path: string;
  /** The name the user knows it by: shown in progress and reports, and used as document name. */
  name: string;
}

/** Expands folders (recursively, sorted by name); a path that does not exist is kept, to be reported. */
export function expandSources(paths: string[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // Reported per file by the import ("unreadable").
    }
    if (isDir) out.push(...walk(path));
    else out.push({ path, name: path.split(/[\\/]/).pop() ?? path });
  }
  return out;
}

function walk(dir: string): SourceFile[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name, 'sv'),
  );
  return entries.flatMap((e) => {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    const ext = extname(e.name).toLowerCase();
    return e.isFile() && (TRANSCRIPT_EXTENSIONS as readonly string[]).includes(ext)
      ? [{ path, name: e.name }]
      : [];
  });
}
