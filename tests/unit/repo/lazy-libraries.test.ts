// Issue 12's quick start: every CLI command and the host's start load what the entry imports
// statically, so the heavy libraries that only a few commands use must be imported on first use
// (`await import(...)`). A static import slipped into any module on the path (the agreement
// command once pulled exceljs and docx into `kvalkod info`, 0.1 s of every start) fails here.
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every input an entry reaches through static imports (and require calls) alone. */
async function staticInputs(entry: string): Promise<Map<string, string | null>> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    outdir: 'unused',
    external: ['electron', 'better-sqlite3'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const from = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imp of inputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' && imp.kind !== 'require-call') continue;
      if (from.has(imp.path)) continue;
      from.set(imp.path, file);
      queue.push(imp.path);
    }
  }
  return from;
}

/** The import chain to the first input inside `pkg`, or null when none is reached statically. */
function chainTo(from: Map<string, string | null>, pkg: string): string | null {
  const hit = [...from.keys()].find((path) => path.startsWith(`node_modules/${pkg}/`));
  if (!hit) return null;
  const chain: string[] = [];
  for (let at: string | null | undefined = hit; at; at = from.get(at)) chain.unshift(at);
  return chain.join(' -> ');
}

const HEAVY = ['exceljs', 'docx', 'mammoth', 'libphonenumber-js', 'iconv-lite', 'fast-xml-parser'];

describe('heavy libraries load on first use', () => {
  it.each(['electron/cli/bin.ts', 'electron/launcher/start.ts'])(
    '%s reaches none of them statically',
    async (entry) => {
      const from = await staticInputs(entry);
      expect(from.size).toBeGreaterThan(50); // the walk followed the real graph
      expect(HEAVY.map((pkg) => chainTo(from, pkg)).filter(Boolean)).toEqual([]);
    },
    30_000,
  );
});
