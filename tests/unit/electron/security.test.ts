import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenContents,
  isAppUrl,
  isTrustedSender,
  resolveAppFile,
  windowOptions,
} from '../../../electron/shell/security';

describe('desktop window security', () => {
  it('turns on every isolation setting', () => {
    const prefs = windowOptions('/app/preload.cjs', { packaged: true }).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it("allows only the app's own scripts", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it.each([
    [APP_ENTRY, true],
    ['kvalkod://app/assets/x.js', true],
    ['kvalkod://evil/index.html', false],
    ['file:///etc/passwd', false],
    ['https://example.org/', false],
    ['not a url', false],
  ])('isAppUrl(%s) = %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it.each([
    ['the app top frame', { url: APP_ENTRY }, true],
    ['a subframe of the app', { url: APP_ENTRY, parent: {} }, false],
    ['a foreign page', { url: 'https://example.org/' }, false],
    ['no frame (destroyed)', null, false],
  ])('serves IPC only from %s', (_label, frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) =>
        listeners.set(name, fn),
      setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn),
    };
    hardenContents(contents as never);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get('will-navigate')?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.org/')).toBe(true);
    expect(navigate('kvalkod://app/index.html')).toBe(false);
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    } as never);
    const cb = vi.fn();
    request?.({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
  });

  it.each([
    ['kvalkod://app/', '/r/index.html'],
    ['kvalkod://app/assets/a.js', '/r/assets/a.js'],
    // The URL parser resolves encoded dot segments first, so they cannot climb out of the folder.
    ['kvalkod://app/%2e%2e/%2e%2e/etc/passwd', '/r/etc/passwd'],
    ['kvalkod://app/..%2f..%2fetc', null],
    ['kvalkod://other/index.html', null],
  ])('maps %s to a file below the renderer folder only', (url, expected) => {
    expect(resolveAppFile(url, '/r', join)).toBe(expected);
  });
});
