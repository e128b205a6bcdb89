// Builds better-sqlite3 for Electron's ABI into build/native/electron/, leaving the Node build in
// node_modules alone (so `npm test`, the CLI and the browser host keep working). Needs Electron's
// headers from the internet: run it on a machine that can reach them, before `npm run dist`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const electronVersion = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8'),
).version;
const work = join('build', 'native', 'src');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync('node_modules/better-sqlite3', work, {
  recursive: true,
  filter: (src) => !src.includes(`${'better-sqlite3'}/build`),
});

// npm injects npm_config_nodedir on these machines, which would silently build for Node's ABI.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^npm_config_(nodedir|target|runtime|disturl)$/i.test(k),
  ),
);
const res = spawnSync(
  process.execPath,
  [
    join('node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
    `--arch=${process.arch}`,
  ],
  { cwd: work, stdio: 'inherit', env },
);
if (res.status !== 0) {
  console.error("Could not build better-sqlite3 for Electron (are Electron's headers reachable?).");
  process.exit(1);
}
mkdirSync(join('build', 'native', 'electron'), { recursive: true });
cpSync(
  join(work, 'build', 'Release', 'better_sqlite3.node'),
  join('build', 'native', 'electron', 'better_sqlite3.node'),
);
console.log(
  `Built better-sqlite3 for Electron ${electronVersion}: build/native/electron/better_sqlite3.node`,
);
