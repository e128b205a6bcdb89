// `npm start` and `npm run web`: opens the desktop app when Electron's runtime is installed;
// otherwise says so in one sentence and serves the same UI to the browser on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppRegistry } from '../handlers';
import { createContext } from '../handlers/create-context';
import { startWebHost } from '../web/server';
import { createUploadStore } from '../web/uploads';
import { shutdownImportWorker } from '../import/parse-in-worker';
import { findElectronBinary } from './electron-binary';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '..', '..');

/** The desktop app needs better-sqlite3 built for Electron's ABI; build it once when missing. */
function ensureElectronNative(): boolean {
  if (existsSync(join(repoRoot, 'build', 'native', 'electron', 'better_sqlite3.node'))) return true;
  console.log('Building the database module for the desktop app (once, about a minute)...');
  const res = spawnSync(
    process.execPath,
    [join(repoRoot, 'scripts', 'rebuild-electron-native.mjs')],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  return res.status === 0;
}

async function main() {
  const { values } = parseArgs({
    options: { web: { type: 'boolean' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port ?? ''}".`);
  }

  if (!values.web) {
    const electron = findElectronBinary();
    if (electron && ensureElectronNative()) {
      const child = spawn(electron, [join(here, 'main.mjs')], { stdio: 'inherit' });
      child.on('exit', (code) => process.exit(code ?? 0));
      return;
    }
    console.log(
      "Electron's runtime is not installed on this machine, so Kvalkod opens in your web browser instead.",
    );
  }

  const uploads = createUploadStore();
  const ctx = createContext('web', { uploads });
  const host = await startWebHost({
    registry: createAppRegistry(),
    ctx,
    staticDir: join(here, '..', 'renderer'),
    port,
    uploads,
  });
  console.log(`Kvalkod is running at ${host.url}`);
  console.log('Open that address in your browser. Press Ctrl+C to stop.');

  const stop = () => {
    ctx.jobs.cancelAll();
    ctx.session.project?.close();
    ctx.session.project = null;
    uploads.dispose();
    void shutdownImportWorker();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`Kvalkod could not start: ${(err as Error).message}`);
  process.exit(1);
});
