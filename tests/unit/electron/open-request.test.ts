// A launch's file (double-click, second launch) reaches the window once, whatever the platform put
// around it on the command line.
import { describe, expect, it } from 'vitest';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import { projectPathInArgs } from '../../../electron/shell/open-request';

describe('the project file a launch names', () => {
  it.each([
    [[], null],
    [['--no-sandbox'], null],
    [['/home/anna/Studie.kvalkod'], '/home/anna/Studie.kvalkod'],
    [['Studie.kvalkod'], '/home/anna/Dokument/Studie.kvalkod'],
    [['--inspect=0', 'a.KVALKOD'], '/home/anna/Dokument/a.KVALKOD'],
    [['gammal.kvalkod', '/tmp/ny.kvalkod'], '/tmp/ny.kvalkod'],
    [['intervju.docx'], null],
    [['--file=x.kvalkod'], null],
  ] as [string[], string | null][])('%j -> %s', (args, expected) => {
    expect(projectPathInArgs(args, '/home/anna/Dokument')).toBe(expected);
  });

  it('the window takes a requested file once', async () => {
    const ctx = createContext('electron', { recent: noRecentStore });
    const registry = createAppRegistry();
    expect(await registry.call('app.takeOpenRequest', {}, ctx)).toEqual({ path: null });
    ctx.session.openRequest = '/home/anna/Studie.kvalkod';
    expect(await registry.call('app.takeOpenRequest', {}, ctx)).toEqual({
      path: '/home/anna/Studie.kvalkod',
    });
    expect(await registry.call('app.takeOpenRequest', {}, ctx)).toEqual({ path: null });
  });
});
