// Starts the built app's browser host (`node dist/electron/start.mjs --web`) in a fresh config
// folder for each test and hands the test its address.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  projectDir: string;
  configDir: string;
}

export async function launchApp(
  dirs?: {
    projectDir: string;
    configDir: string;
  },
  /** Runs the host as another user (a test of file permissions, when the tests run as root). */
  user?: { uid: number; gid: number },
): Promise<{ app: RunningApp; child: ChildProcess }> {
  const root = mkdtempSync(join(tmpdir(), 'kvalkod-e2e-'));
  const projectDir = dirs?.projectDir ?? join(root, 'projects');
  const configDir = dirs?.configDir ?? join(root, 'config');
  mkdirSync(projectDir, { recursive: true });
  if (user) {
    mkdirSync(configDir, { recursive: true });
    for (const dir of [root, projectDir, configDir]) chmodSync(dir, 0o777);
  }
  const child = spawn(process.execPath, ['dist/electron/start.mjs', '--web'], {
    env: { ...process.env, KVALKOD_CONFIG_DIR: configDir, KVALKOD_PROJECT_DIR: projectDir },
    stdio: ['ignore', 'pipe', 'inherit'],
    ...(user ?? {}),
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The app did not start: ${out}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`The app exited (${code ?? 'signal'}): ${out}`)));
  });
  const parsed = new URL(url);
  return {
    app: {
      url,
      origin: parsed.origin,
      token: parsed.hash.replace('#token=', ''),
      projectDir,
      configDir,
    },
    child,
  };
}

export const test = base.extend<{ app: RunningApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  app: async ({}, use) => {
    const { app, child } = await launchApp();
    await use(app);
    child.kill('SIGTERM');
  },
});

export { expect } from '@playwright/test';
