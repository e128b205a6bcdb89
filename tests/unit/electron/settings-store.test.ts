import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../electron/config/settings-store';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';

const dir = () => mkdtempSync(join(tmpdir(), 'kvalkod-settings-'));

describe('settings', () => {
  it('remembers the coder in the config folder; an unreadable file is no error', () => {
    const d = dir();
    const store = createSettingsStore(d);
    expect(store.coder()).toBeNull();
    store.setCoder('Maria');
    expect(createSettingsStore(d).coder()).toBe('Maria');
    expect(JSON.parse(readFileSync(join(d, 'settings.json'), 'utf8'))).toEqual({
      version: 1,
      coder: 'Maria',
    });
    writeFileSync(join(d, 'settings.json'), '{ inte json');
    expect(createSettingsStore(d).coder()).toBeNull();
  });

  it("carries the coder's name into the next project, and keeps a project's own", async () => {
    const d = dir();
    const registry = createAppRegistry();
    const ctx = createContext('web', { recent: noRecentStore, settings: createSettingsStore(d) });
    const call = (method: Parameters<typeof registry.call>[0], input: unknown) =>
      registry.call(method, input, ctx);
    await call('project.create', { path: join(d, 'a.kvalkod') });
    expect(await call('coder.get', {})).toEqual({ name: null });
    await call('coder.set', { name: 'Maria' });
    await call('project.create', { path: join(d, 'b.kvalkod') });
    expect(await call('coder.get', {})).toEqual({ name: 'Maria' });
    await call('coder.set', { name: 'Maria (mars)' });
    await call('project.open', { path: join(d, 'a.kvalkod') });
    // Project a chose Maria itself: it stays Maria.
    expect(await call('coder.get', {})).toEqual({ name: 'Maria' });
    await call('project.close', {});
  });
});
