// Issue 12's start-up figures. first_paint_ms: from the browser host printing its address to the
// start screen painted in Chromium (already running, as the user's browser is), median of 5 fresh
// hosts. first_screen_js_kb: the script the start screen loads (the entry and what index.html
// preloads). cli_info_ms: `kvalkod info` on the bench project, the whole process (the bundle, as
// the `kvalkod` bin runs it), median of 7.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';

const DIST = join(process.cwd(), 'dist');
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;

/** Starts `node dist/electron/start.mjs --web`; resolves with its address and the moment it printed it. */
function startHost(configDir: string): Promise<{ url: string; at: number; stop: () => void }> {
  const child = spawn(process.execPath, [join(DIST, 'electron', 'start.mjs'), '--web'], {
    env: { ...process.env, KVALKOD_CONFIG_DIR: configDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const url = /running at (http:\S+)/.exec(out)?.[1];
      if (url) resolve({ url, at: performance.now(), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) =>
      reject(new Error(`the host stopped (${code}) before it printed its address`)),
    );
  });
}

/** Bytes of script the start screen loads: the entry module and the chunks index.html preloads. */
export function firstScreenScriptKb(): number {
  const html = readFileSync(join(DIST, 'renderer', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = scripts.reduce((n, f) => n + statSync(join(DIST, 'renderer', f)).size, 0);
  return Number((bytes / 1024).toFixed(1));
}

export async function measureStartup(projectPath: string) {
  const configDir = mkdtempSync(join(tmpdir(), 'kvalkod-bench-start-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const paints: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const host = await startHost(configDir);
      try {
        const page = await browser.newPage();
        await page.goto(host.url);
        await page.waitForSelector('.start-actions .action-card');
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        paints.push(performance.now() - host.at);
        await page.close();
      } finally {
        host.stop();
      }
    }
  } finally {
    await browser.close();
    rmSync(configDir, { recursive: true, force: true });
  }
  const cli: number[] = [];
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [
      join(DIST, 'electron', 'cli.mjs'),
      'info',
      projectPath,
    ]);
    if (res.status !== 0) throw new Error(`kvalkod info failed: ${res.stderr.toString()}`);
    cli.push(performance.now() - t0);
  }
  return {
    first_paint_ms: Number(median(paints).toFixed(0)),
    first_screen_js_kb: firstScreenScriptKb(),
    cli_info_ms: Number(median(cli).toFixed(0)),
  };
}
