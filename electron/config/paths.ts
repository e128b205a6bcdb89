// Where Kvalkod keeps its own settings (recent projects) and where new projects go by default.
// KVALKOD_CONFIG_DIR overrides the config folder: tests and portable installs use it.
import { homedir } from 'node:os';
import { join } from 'node:path';
import envPaths from 'env-paths';

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KVALKOD_CONFIG_DIR ?? envPaths('Kvalkod', { suffix: '' }).config;
}

export function defaultProjectDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KVALKOD_PROJECT_DIR ?? join(homedir(), 'Documents', 'Kvalkod');
}

/** `~/x` -> home-relative; everything else resolved against the working folder by the caller. */
export function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}
