// The tables slice against a stand-in for the API (the host is what cannot run here): the latest
// computation wins, a deleted saved table comes back as it was, exports send what the screen shows.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComputedTable, TableDefinition } from '../../../shared/tables/types';

const calls: [string, unknown][] = [];
let answer: (method: string, input: unknown) => Promise<unknown>;

vi.mock('../../../renderer/api/client', () => ({
  api: {
    call: (method: string, input: unknown) => {
      calls.push([method, input]);
      return answer(method, input);
    },
  },
  ApiCallError: class extends Error {},
}));

const { useStore } = await import('../../../renderer/store');
const { EMPTY_DEFINITION } = await import('../../../renderer/store/tables-slice');

const computed = (title: string) => ({ title }) as ComputedTable;
const later = <T>(value: T, ms: number) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

beforeEach(() => {
  calls.length = 0;
  answer = () => Promise.resolve(null);
  useStore.setState({ tableShown: null, tableShownFor: null, savedTables: [], notices: [] });
});

describe('tables slice', () => {
  it('shows the latest computation even when an earlier one answers last', async () => {
    const first: TableDefinition = { ...EMPTY_DEFINITION, unit: 'passages' };
    const second: TableDefinition = { ...EMPTY_DEFINITION, unit: 'interviews' };
    answer = (_, input) =>
      (input as TableDefinition).unit === 'passages'
        ? later(computed('slow'), 30)
        : later(computed('fast'), 1);
    await Promise.all([
      useStore.getState().computeTable(first),
      useStore.getState().computeTable(second),
    ]);
    expect(useStore.getState().tableShown?.title).toBe('fast');
    expect(useStore.getState().tableShownFor).toBe(second);
    expect(useStore.getState().tableComputing).toBe(false);
  });

  it('brings a deleted saved table back with its definition', async () => {
    const definition = { ...EMPTY_DEFINITION, unit: 'interviews' as const };
    const saved = { id: 3, name: 'Tabell 3', definition, updatedAt: '2026-11-29T10:00:00Z' };
    useStore.setState({ savedTables: [saved], savedTableOpen: 'Tabell 3' });
    answer = (method) =>
      Promise.resolve(
        method === 'tables.saved.delete'
          ? { deleted: 1 }
          : method === 'tables.saved.list'
            ? []
            : saved,
      );
    await useStore.getState().deleteSavedTable('Tabell 3');
    expect(useStore.getState().savedTableDeleted).toEqual(saved);
    expect(useStore.getState().savedTableOpen).toBeNull();
    await useStore.getState().restoreSavedTable();
    expect(calls.at(-2)).toEqual(['tables.saved.save', { name: 'Tabell 3', definition }]);
    expect(useStore.getState().savedTableDeleted).toBeNull();
  });

  it('exports the definition on screen under the caption on screen', async () => {
    const shownFor = { ...EMPTY_DEFINITION, unit: 'interviews' as const };
    useStore.setState({ tableShownFor: shownFor, tableShown: computed('Områden efter Bedömning') });
    answer = () => Promise.resolve({ fileName: 'Tabell 3.docx', base64: '' });
    const file = await useStore.getState().exportTables('builder', {
      format: 'docx',
      delimiter: ';',
      language: 'sv',
      title: 'Tabell 3',
    });
    expect(file?.fileName).toBe('Tabell 3.docx');
    expect(calls).toEqual([
      [
        'tables.export',
        {
          tables: [{ kind: 'builder', definition: { ...shownFor, title: 'Tabell 3' } }],
          format: 'docx',
          delimiter: ';',
          language: 'sv',
          fileName: 'Tabell 3',
        },
      ],
    ]);
  });

  it('drops the file of a cancelled export', async () => {
    useStore.setState({ tableShownFor: EMPTY_DEFINITION });
    answer = () => later({ fileName: 'x.csv', base64: '' }, 10);
    const pending = useStore.getState().exportTables('builder', {
      format: 'csv',
      delimiter: ';',
      language: 'sv',
      title: 'x',
    });
    useStore.getState().cancelTableExport();
    expect(await pending).toBeNull();
    expect(useStore.getState().tableExporting).toBeNull();
  });
});
