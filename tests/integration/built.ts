// The built Node side, as users run it: `kvalkod` is dist/electron/cli.mjs and `npm run web` is
// dist/electron/start.mjs. Process tests spawn these (about 0.3 s a start) rather than the
// TypeScript source through tsx (about 1.9 s); cli-bundle.test.ts shows the two give the same
// output. `npm test` builds before the tests; vitest's global setup (tests/global-setup.ts) builds
// the Node side when a source changed, so a test run alone never runs a stale bundle.
import { join } from 'node:path';

export const NODE = process.execPath;
export const CLI = join(process.cwd(), 'dist', 'electron', 'cli.mjs');
export const HOST = join(process.cwd(), 'dist', 'electron', 'start.mjs');
