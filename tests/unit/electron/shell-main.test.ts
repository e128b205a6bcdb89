// The desktop main process with Electron's runtime replaced by a stand-in (it cannot run here):
// one app at a time, a second launch hands its file to the first window, DevTools closed when
// packaged.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY } from '../../../electron/shell/security';

interface FakeWindow {
  options: { webPreferences?: { devTools?: boolean } };
  focus: ReturnType<typeof vi.fn>;
  restore: ReturnType<typeof vi.fn>;
}

function fakeElectron(opts: { gotLock: boolean; packaged: boolean }) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: opts.packaged,
    requestSingleInstanceLock: vi.fn(() => opts.gotLock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
  });
  const windows: FakeWindow[] = [];
  let api: ((event: unknown, method: unknown, input: unknown) => unknown) | undefined;
  class BrowserWindow {
    options: FakeWindow['options'];
    focus = vi.fn();
    restore = vi.fn();
    constructor(options: FakeWindow['options']) {
      this.options = options;
      windows.push(this);
    }
    once() {}
    isMinimized = () => false;
    loadURL = () => Promise.resolve();
  }
  const electron = {
    app,
    BrowserWindow,
    dialog: {},
    ipcMain: { handle: (_channel: string, fn: typeof api) => (api = fn) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} },
    },
  };
  const call = (method: string) =>
    api?.({ senderFrame: { url: APP_ENTRY, parent: null } }, method, {}) as Promise<unknown>;
  return { electron, app, windows, call };
}

async function loadMain(fake: ReturnType<typeof fakeElectron>, argv: string[]) {
  vi.resetModules();
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
  const saved = process.argv;
  process.argv = argv;
  // Electron sets this; a packaged app looks for its database module there.
  Object.assign(process, { resourcesPath: '/opt/Kvalkod/resources' });
  try {
    await import('../../../electron/shell/main');
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    process.argv = saved;
  }
}

afterEach(() => vi.doUnmock('electron'));

describe('the desktop main process', () => {
  it('a second launch does not start: it quits after handing over (single-instance lock)', async () => {
    const fake = fakeElectron({ gotLock: false, packaged: true });
    await loadMain(fake, ['/opt/Kvalkod/kvalkod', '/home/anna/Studie.kvalkod']);
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it("the first launch opens its file; a second launch's file is taken by the focused window", async () => {
    const fake = fakeElectron({ gotLock: true, packaged: true });
    await loadMain(fake, ['/opt/Kvalkod/kvalkod', '/home/anna/Första.kvalkod']);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.options.webPreferences?.devTools).toBe(false);
    expect(await fake.call('app.takeOpenRequest')).toEqual({
      ok: true,
      value: { path: '/home/anna/Första.kvalkod' },
    });

    fake.app.emit('second-instance', {}, ['/opt/Kvalkod/kvalkod', 'Andra.kvalkod'], '/home/anna');
    expect(fake.windows[0]?.focus).toHaveBeenCalled();
    expect(await fake.call('app.takeOpenRequest')).toEqual({
      ok: true,
      value: { path: '/home/anna/Andra.kvalkod' },
    });
    expect(await fake.call('app.takeOpenRequest')).toEqual({ ok: true, value: { path: null } });
  });

  it('DevTools stay available in a development run', async () => {
    const fake = fakeElectron({ gotLock: true, packaged: false });
    await loadMain(fake, ['/usr/bin/electron', 'dist/electron/main.mjs']);
    expect(fake.windows[0]?.options.webPreferences?.devTools).toBe(true);
  });
});
