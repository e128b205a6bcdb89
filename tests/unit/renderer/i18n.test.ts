import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { sv } from '../../../renderer/i18n/sv';
import { ERROR_CODES } from '../../../shared/api/errors';

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );

const svKeys = new Map(flatten(sv));
const enKeys = new Map(flatten(en));
const params = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('English has exactly the Swedish keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...svKeys.keys()].sort());
  });

  it.each([...svKeys.entries()])('%s uses the same placeholders in both languages', (key, text) => {
    expect(params(enKeys.get(key) ?? '')).toEqual(params(text));
    expect(text.trim()).not.toBe('');
  });

  it('every API error code has a message', () => {
    for (const code of ERROR_CODES) expect(svKeys.has(`errors.${code}`), code).toBe(true);
  });
});
