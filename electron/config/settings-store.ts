// The user's own settings that outlive a project, kept as JSON in the config folder beside the
// recent-projects list: for now the coder's name, so that it carries into the next project.
// Written atomically; a missing or unreadable file is treated as empty, never as an error.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const fileSchema = z.object({
  version: z.literal(1),
  coder: z.string().min(1).max(100).nullable(),
});

export interface SettingsStore {
  /** The coder's name last chosen in any project, or null. */
  coder(): string | null;
  setCoder(name: string): void;
}

/** For one-shot CLI runs: a script names its coder itself (code --coder). */
export const noSettingsStore: SettingsStore = { coder: () => null, setCoder: () => undefined };

export function createSettingsStore(dir: string): SettingsStore {
  const file = join(dir, 'settings.json');
  function read(): z.infer<typeof fileSchema> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // No settings yet, or a file we cannot read: start from nothing.
    }
    return { version: 1, coder: null };
  }
  return {
    coder: () => read().coder,
    setCoder(name) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ ...read(), coder: name }, null, 2));
      renameSync(tmp, file);
    },
  };
}
