// Bundles the Node side (desktop main, preload, launcher, CLI, import worker) with esbuild into
// dist/electron/, and copies the SQL migrations beside the bundles (db/migrations.ts finds them).
// npm packages are bundled too (resolving hundreds of files in node_modules was most of the CLI's
// start-up); only native better-sqlite3 and electron stay outside. Heavy libraries (exceljs, docx,
// mammoth, ...) are imported lazily by the handlers that need them, so they land in chunks that a
// command loads only when it uses them.
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
};

export async function buildNode() {
  rmSync('dist/electron', { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      format: 'esm',
      splitting: true,
      outdir: 'dist/electron',
      outExtension: { '.js': '.mjs' },
      // Chunks stay beside the entries: import.meta.url-relative paths (worker.mjs, migrations/,
      // resources/) then hold for every chunk.
      chunkNames: 'chunk-[hash]',
      entryPoints: {
        main: 'electron/shell/main.ts',
        start: 'electron/launcher/start.ts',
        cli: 'electron/cli/bin.ts',
        // The import parser's worker thread; parse-in-worker.ts finds worker.mjs beside the bundle.
        worker: 'electron/import/worker.ts',
      },
      external: ['electron', 'better-sqlite3'],
      // Bundled CommonJS packages require Node's built-ins; ESM has no `require` of its own.
      banner: {
        js: "import { createRequire as __kvalkodRequire } from 'node:module'; const require = __kvalkodRequire(import.meta.url);",
      },
    }),
    // A sandboxed preload must be a single CommonJS file that requires nothing but electron.
    build({
      ...common,
      minify: false,
      format: 'cjs',
      outfile: 'dist/electron/preload.cjs',
      entryPoints: ['electron/shell/preload.ts'],
      external: ['electron'],
    }),
  ]);
  mkdirSync('dist/electron/migrations', { recursive: true });
  cpSync('db/migrations', 'dist/electron/migrations', { recursive: true });
  // package.json's bin: `kvalkod` runs the bundle directly (its first line names node).
  chmodSync('dist/electron/cli.mjs', 0o755);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildNode();
