import { describe, expect, it } from 'vitest';
import { IN_VIVO_MAX, inVivoName } from '../../../../shared/coding/in-vivo';

describe('inVivoName', () => {
  it.each<[string, string]>([
    ['Mentorerna gör ett bra jobb', 'Mentorerna gör ett bra jobb'],
    ['  "det är inte något man gör på lunchen."  ', 'det är inte något man gör på lunchen'],
    ['första raden\nandra   raden', 'första raden andra raden'],
    ['– Lokalerna!', 'Lokalerna'],
    ['...', ''],
    ['Åsa: 34,2 %', 'Åsa: 34,2'],
  ])('%j -> %j', (selected, name) => {
    expect(inVivoName(selected)).toBe(name);
  });

  it('cuts a long selection at a word and marks the cut', () => {
    const long =
      'Vi har en gemensam mall för alla enheter, en checklista för första veckan och en utsedd mentor för varje nyanställd.';
    const name = inVivoName(long);
    expect(Array.from(name).length).toBeLessThanOrEqual(IN_VIVO_MAX + 1);
    expect(name.endsWith('…')).toBe(true);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
    expect(name).not.toMatch(/[\s,]…$/u);
  });
});
