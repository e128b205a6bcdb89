import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../shared/version';
import { readableTextColor } from '../../../shared/color';
import { HANDLINGSPLANEN } from '../../../shared/codebook/template';

describe('shared constants', () => {
  it("APP_VERSION is package.json's version", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });

  it.each([
    ['#000000', '#ffffff'],
    ['#FFFFFF', '#000000'],
    ['#332288', '#ffffff'],
    ['#DDCC77', '#000000'],
    ['#BBBBBB', '#000000'],
    ['not a colour', '#000000'],
  ])('readableTextColor(%s) = %s', (bg, fg) => {
    expect(readableTextColor(bg)).toBe(fg);
  });
});

describe('template codebook Handlingsplanen', () => {
  const areas = HANDLINGSPLANEN.find((g) => g.kind === 'areas')?.codes ?? [];
  it('has areas 1-14 with their numbers, names from the action plan', () => {
    expect(areas.map((a) => a.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(areas[12]?.name).toBe('Lämpliga lokaler och fungerande arbetsredskap');
    expect(areas[11]?.name).toBe('Mottagande av traineer');
  });

  it('has the four assessments and the themes', () => {
    expect(HANDLINGSPLANEN.find((g) => g.kind === 'assessments')?.codes.map((c) => c.name)).toEqual(
      ['Kommit längst', 'Störst behov', 'Svårt att genomföra', 'Hinder'],
    );
    expect(HANDLINGSPLANEN.find((g) => g.kind === 'themes')?.codes.map((c) => c.name)).toContain(
      'Lokaler och kontorslandskap',
    );
  });

  it('gives every code a colour, and distinct colours to the areas', () => {
    const all = HANDLINGSPLANEN.flatMap((g) => g.codes);
    all.forEach((c) => expect(c.color).toMatch(/^#[0-9A-F]{6}$/i));
    expect(new Set(areas.map((a) => a.color.toUpperCase())).size).toBe(14);
  });

  it('gives shortcut keys that do not collide', () => {
    const keys = HANDLINGSPLANEN.flatMap((g) => g.codes).flatMap((c) =>
      c.shortcut ? [c.shortcut] : [],
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
