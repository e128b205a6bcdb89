// Where the desktop app finds better-sqlite3 built for Electron's ABI. node_modules keeps the build
// for Node's ABI (CLI, browser host, tests); `npm run rebuild:electron` writes the Electron build to
// build/native/electron/, and electron-builder ships it as an extra resource.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';

export function electronNativeBinding(
  isPackaged: boolean,
  resourcesPath: string,
  bundleDir: string,
): string | undefined {
  const candidate = isPackaged
    ? join(resourcesPath, 'native', NATIVE_FILE)
    : join(bundleDir, '..', '..', 'build', 'native', 'electron', NATIVE_FILE);
  return existsSync(candidate) ? candidate : undefined;
}
