// `npm run build`: the renderer (Vite, dist/renderer) and the Node side (esbuild, dist/electron).
// With --if-changed (npm start, npm run kvalkod) a part is built only when one of its sources
// changed since its last build: each build leaves a fingerprint of its inputs (path, size, mtime)
// beside its output, and a matching fingerprint skips the build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildNode } from './build-node.mjs';

const COMMON = ['shared', 'package.json', 'package-lock.json', 'tsconfig.json'];
const PARTS = {
  renderer: {
    inputs: ['renderer', 'vite.config.ts', ...COMMON],
    output: 'dist/renderer/index.html',
    stamp: 'dist/renderer/.build-fingerprint',
    async build() {
      const { build } = await import('vite');
      await build({ logLevel: 'warn' });
    },
  },
  node: {
    inputs: ['electron', 'db', 'scripts/build-node.mjs', ...COMMON],
    output: 'dist/electron/cli.mjs',
    stamp: 'dist/electron/.build-fingerprint',
    build: buildNode,
  },
};

function* files(path) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    yield `${path}\0${stat.size}\0${stat.mtimeMs}`;
    return;
  }
  for (const name of readdirSync(path).sort()) yield* files(join(path, name));
}

export function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) for (const line of files(input)) hash.update(`${line}\n`);
  return hash.digest('hex');
}

const { values, positionals } = parseArgs({
  options: { 'if-changed': { type: 'boolean' } },
  allowPositionals: true,
});
const names = positionals.length ? positionals : Object.keys(PARTS);
for (const name of names) {
  const part = PARTS[name];
  if (!part) throw new Error(`unknown part "${name}"; parts: ${Object.keys(PARTS).join(', ')}`);
  const print = fingerprint(part.inputs);
  const fresh =
    existsSync(part.output) && existsSync(part.stamp) && readFileSync(part.stamp, 'utf8') === print;
  if (values['if-changed'] && fresh) continue;
  await part.build();
  writeFileSync(part.stamp, print);
}
