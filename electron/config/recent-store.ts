// The list of recent projects, kept as JSON in the user's config folder. Written atomically
// (temp file + rename); a missing or unreadable list is treated as empty, never as an error.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../shared/api/types';

const MAX_RECENT = 20;

const entrySchema = z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() });
const fileSchema = z.object({ version: z.literal(1), projects: z.array(entrySchema) });
type Entry = z.infer<typeof entrySchema>;

export interface RecentStore {
  list(): RecentProject[];
  touch(path: string, name: string): void;
  forget(path: string): void;
}

export function createRecentStore(dir: string, now: () => Date = () => new Date()): RecentStore {
  const file = join(dir, 'recent-projects.json');

  function read(): Entry[] {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data.projects : [];
    } catch {
      return [];
    }
  }

  function write(projects: Entry[]): void {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: 1, projects }, null, 2));
    renameSync(tmp, file);
  }

  return {
    list: () => read().map((e) => ({ ...e, missing: !existsSync(e.path) })),
    touch(path, name) {
      const rest = read().filter((e) => e.path !== path);
      write([{ path, name, openedAt: now().toISOString() }, ...rest].slice(0, MAX_RECENT));
    },
    forget(path) {
      write(read().filter((e) => e.path !== path));
    },
  };
}
