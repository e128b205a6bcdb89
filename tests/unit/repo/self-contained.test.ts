// The repository stands alone: no test, script, benchmark or build configuration reads a path
// outside it (a fresh clone has nothing beside it). Checks every relative path literal and every
// path built from the working directory with '..'.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SCANNED = ['tests', 'scripts', 'bench', '.ci'];
const CONFIGS = [
  'package.json',
  'vite.config.ts',
  'vitest.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
  'tsconfig.json',
  'electron-builder.yml',
];
const SOURCE = /\.(ts|tsx|mjs|cjs|js|json|yml|yaml)$|^run$/;
// Paths in vite.config.ts are relative to its root, the renderer folder.
const BASE: Record<string, string> = { 'vite.config.ts': join(ROOT, 'renderer') };
const SELF = join(ROOT, 'tests', 'unit', 'repo', 'self-contained.test.ts');

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

/** Every place in `text` that points outside the repository, as readable lines. */
export function escapes(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/['"`](\.\.\/[^'"`\s]*)['"`]/g)) {
    const target = resolve(BASE[relative(ROOT, file)] ?? dirname(file), m[1] ?? '');
    if (target !== ROOT && !target.startsWith(ROOT + sep)) found.push(m[1] ?? '');
  }
  // join(process.cwd(), '..', …) and the like: the repository's parent folder.
  for (const m of text.matchAll(/(cwd\(\)|ROOT|repoRoot|__dirname)\s*,\s*['"]\.\.['"]/g))
    found.push(m[0]);
  for (const m of text.matchAll(/['"`]\/work\/[^'"`]*['"`]/g)) found.push(m[0]);
  return found;
}

describe('the repository stands alone', () => {
  it('finds an escape when there is one (the check can fail)', () => {
    const file = join(ROOT, 'tests', 'unit', 'x.test.ts');
    expect(escapes(file, "join(process.cwd(), '..', 'elsewhere')")).toHaveLength(1);
    expect(escapes(file, "readFileSync('../../../other/file.xsd')")).toHaveLength(1);
    expect(escapes(file, "import { x } from '../../shared/api/errors';")).toEqual([]);
  });

  it('no test, script, benchmark or configuration reads outside the repository', () => {
    const files = [
      ...SCANNED.flatMap((d) => walk(join(ROOT, d), [])),
      ...CONFIGS.map((c) => join(ROOT, c)),
    ].filter((f) => f !== SELF);
    const problems = files.flatMap((file) =>
      escapes(file, readFileSync(file, 'utf8')).map((e) => `${relative(ROOT, file)}: ${e}`),
    );
    expect(problems).toEqual([]);
  });
});
