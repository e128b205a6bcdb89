// Before any test file: the Node side's bundle (dist/electron) is rebuilt when one of its sources
// changed since the last build, because the process tests run it (tests/integration/built.ts).
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const res = spawnSync(process.execPath, ['scripts/build.mjs', '--if-changed', 'node'], {
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`the Node side did not build:\n${res.stderr}`);
}
