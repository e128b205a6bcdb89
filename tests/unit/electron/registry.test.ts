import { describe, expect, it, vi } from 'vitest';
import { createRegistry, type HandlerGroup } from '../../../electron/handlers/registry';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import { ApiError } from '../../../shared/api/errors';

const ctx = () => ({ ...createContext('cli', { recent: noRecentStore }), log: { error: vi.fn() } });

describe('handler registry', () => {
  it('refuses a handler name defined twice', () => {
    const a: HandlerGroup = { 'codes.list': () => [] };
    const b: HandlerGroup = { 'codes.list': () => [] };
    expect(() => createRegistry([a, b], { partial: true })).toThrow(/defined twice/);
  });

  it('refuses a handler that is not in the contract', () => {
    const bogus = { 'nope.nothing': () => null } as unknown as HandlerGroup;
    expect(() => createRegistry([bogus], { partial: true })).toThrow(/not in the API contract/);
  });

  it('refuses a registry that leaves contract methods without a handler', () => {
    expect(() => createRegistry([{ 'codes.list': () => [] }])).toThrow(
      /No handler for: .*app\.info/,
    );
  });

  it('the app registry covers the whole contract', () => {
    expect(() => createAppRegistry()).not.toThrow();
  });

  it.each([
    ['a missing field', {}, /Invalid path/],
    ['a wrong type', { path: 42 }, /Invalid path/],
    ['an empty path', { path: '   ' }, /A file path is required/],
    ['an unknown field', { path: 'x.kvalkod', extra: 1 }, /Invalid input/],
  ])('validates input before the handler runs: %s', async (_label, input, message) => {
    const handler = vi.fn(() => ({
      path: 'x',
      name: 'x',
      schemaVersion: 1,
      damagedDocuments: [],
      readOnly: false,
    }));
    const registry = createRegistry([{ 'project.open': handler }], { partial: true });
    const result = await registry.dispatch('project.open', input, ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers an unknown method with a structured error', async () => {
    const result = await createAppRegistry().dispatch('project.delete_everything', {}, ctx());
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unknown_method',
        message: 'Unknown method "project.delete_everything".',
        params: { method: 'project.delete_everything' },
      },
    });
  });

  it('passes ApiErrors through and hides unexpected errors and their stack traces', async () => {
    const c = ctx();
    const registry = createRegistry(
      [
        {
          'codes.list': () => {
            throw new ApiError('no_project_open', 'No project is open.');
          },
        },
        {
          'project.info': () => {
            throw new TypeError('cannot read properties of undefined (secret internals)');
          },
        },
      ],
      { partial: true },
    );
    expect(await registry.dispatch('codes.list', {}, c)).toEqual({
      ok: false,
      error: { code: 'no_project_open', message: 'No project is open.' },
    });
    const hidden = await registry.dispatch('project.info', {}, c);
    expect(hidden.ok).toBe(false);
    if (!hidden.ok) {
      expect(hidden.error.code).toBe('internal');
      expect(JSON.stringify(hidden.error)).not.toMatch(/secret internals|TypeError|\.ts:\d+/);
    }
    expect(c.log.error).toHaveBeenCalledOnce();
  });
});
