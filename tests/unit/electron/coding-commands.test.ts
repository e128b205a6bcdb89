import { describe, expect, it } from 'vitest';
import { resolveCode } from '../../../electron/cli/coding-commands';
import type { Code } from '../../../shared/codebook/types';

const code = (id: number, name: string, number: number | null = null): Code => ({
  id,
  name,
  number,
  parentId: null,
  group: null,
  color: '#000000',
  description: '',
  shortcut: null,
  codable: true,
  sortOrder: id,
});
const CODES = [
  code(1, 'Brukardelaktighet', 1),
  code(2, 'Lön'),
  code(3, 'Störst behov'),
  code(4, 'Övrigt', 14),
  code(5, 'Dubblett'),
  code(6, 'dubblett'),
  code(7, '12'),
];

describe('CLI code names: a number is an area number, anything else an exact name', () => {
  it.each<[string, number]>([
    ['1', 1],
    ['14', 4],
    [' 14 ', 4],
    ['lön', 2],
    ['STÖRST BEHOV', 3],
    ['övrigt', 4],
  ])('%j is code %i', (ref, id) => {
    expect(resolveCode(CODES, ref).id).toBe(id);
  });

  it.each([
    ['12', /no code has the number 12/],
    ['Lon', /no code named "Lon"/],
    ['Störst', /no code named "Störst"/],
    ['DUBBLETT', /names 2 codes/],
  ])('%j is refused', (ref, message) => {
    expect(() => resolveCode(CODES, ref)).toThrow(message);
  });
});
