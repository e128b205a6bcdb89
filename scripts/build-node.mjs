// Bundles the Node side (desktop main, preload, launcher, CLI) with esbuild into dist/electron/,
// and copies the SQL migrations beside the bundles (db/migrations.ts finds them there).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // npm packages stay in node_modules (electron-builder ships them; native modules cannot be bundled).
  packages: 'external',
};

await Promise.all([
  build({
    ...common,
    format: 'esm',
    outdir: 'dist/electron',
    outExtension: { '.js': '.mjs' },
    entryPoints: {
      main: 'electron/shell/main.ts',
      start: 'electron/launcher/start.ts',
      cli: 'electron/cli/main.ts',
      // The import parser's worker thread; parse-in-worker.ts finds worker.mjs beside the bundle.
      worker: 'electron/import/worker.ts',
    },
    external: ['electron'],
  }),
  // A sandboxed preload must be a single CommonJS file that requires nothing but electron.
  build({
    ...common,
    packages: undefined,
    format: 'cjs',
    outfile: 'dist/electron/preload.cjs',
    entryPoints: ['electron/shell/preload.ts'],
    external: ['electron'],
  }),
]);

mkdirSync('dist/electron/migrations', { recursive: true });
cpSync('db/migrations', 'dist/electron/migrations', { recursive: true });
