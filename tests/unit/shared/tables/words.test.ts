import { describe, expect, it } from 'vitest';
import type { ComputedTable } from '../../../../shared/tables/types';
import { localizeTable, noteText } from '../../../../shared/tables/words';

const table = (colAxis: string, columns: string[], none: string): ComputedTable => ({
  title: 'T',
  unit: 'respondents',
  base: 2,
  columns: columns.map((key) => ({ key, label: key === 'total' ? 'Total' : key })),
  rows: [
    { key: '1', label: '1. Brukare', cells: [] },
    { key: 'none', label: none, cells: [] },
    { key: 'total', label: 'Total', cells: [] },
  ],
  rowAxis: 'Områden',
  colAxis,
  rowKinds: ['value', 'none', 'total'],
  columnKinds: columns.map((k) => (k === 'total' ? 'total' : 'value')),
  percent: 'base',
  notes: [],
  checks: [],
});

describe('localizeTable', () => {
  it.each([
    ['Inte kodad', 'Not coded'],
    ['Ej svar', 'No answer'],
    ['Uppgift saknas', 'Missing'],
  ])('labels the "none" row %s as %s, and back, any number of times', (sv, en) => {
    const computed = table('Bedömning', ['Kommit längst', 'total'], sv);
    const english = localizeTable(computed, 'en');
    expect(english.rows[1]?.label).toBe(en);
    expect(localizeTable(english, 'en').rows[1]?.label).toBe(en);
    expect(localizeTable(english, 'sv').rows[1]?.label).toBe(sv);
    expect(english.rows[0]?.label).toBe('1. Brukare');
    expect(english.columns[0]?.label).toBe('Kommit längst');
  });

  it('translates the title of an unnamed table, never a title the user gave', () => {
    const unnamed = {
      ...table('Bedömning', ['total'], 'Inte kodad'),
      title: 'Områden efter Bedömning',
    };
    expect(localizeTable(unnamed, 'en').title).toBe('Områden by Bedömning');
    expect(localizeTable(localizeTable(unnamed, 'en'), 'sv').title).toBe('Områden efter Bedömning');
    const named = { ...unnamed, title: 'Tabell 3' };
    expect(localizeTable(named, 'en').title).toBe('Tabell 3');
  });

  it('labels a ranked table’s columns from their keys in either language', () => {
    const ranked = table('Alternativ', ['1', '2', '3', 'mentions', 'share'], 'Ej svar');
    const english = localizeTable(ranked, 'en');
    expect(english.columns.map((c) => c.label)).toEqual([
      '1st alternative',
      '2nd alternative',
      '3rd alternative',
      expect.any(String),
      expect.any(String),
    ]);
    expect(localizeTable(english, 'sv').columns[0]?.label).toBe('Alternativ 1');
    expect(localizeTable(english, 'en').columns).toEqual(english.columns);
  });

  it('titles a ranked table of respondents without a value in the window’s language', () => {
    // survey.table words the group of respondents who lack the value as the engine does (Swedish).
    const missing = {
      ...table('Alternativ', ['1', 'mentions', 'share'], 'Ej svar'),
      title: 'Längst – Roll: Uppgift saknas',
    };
    const english = localizeTable(missing, 'en');
    expect(english.title).toBe('Längst – Roll: Missing');
    expect(localizeTable(english, 'sv').title).toBe('Längst – Roll: Uppgift saknas');
    // A value of the attribute is the user's own word and stays as it is.
    const value = { ...missing, title: 'Längst – Roll: Chef' };
    expect(localizeTable(value, 'en').title).toBe('Längst – Roll: Chef');
  });
});

describe('noteText', () => {
  it('fills in values and translates units and pairings', () => {
    expect(noteText({ key: 'base', values: { n: 3, unit: 'interviews' } }, 'sv')).toBe(
      'Bas: n = 3 intervjuer.',
    );
    expect(noteText({ key: 'pairing', values: { pairing: 'turn' } }, 'en')).toBe(
      'Two codes count together when they occur in the same turn.',
    );
  });
});
