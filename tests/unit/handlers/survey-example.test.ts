// The example questionnaire in resources/examples/enkat: 117 fictional respondents, as a Swedish
// Excel saves "CSV UTF-8" (semicolons, BOM), answers as numbers and as labels. It must read whole
// with the proposed mapping and give tables that add up.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import { EXAMPLES_DIR } from '../../../electron/handlers/import';

const registry = createAppRegistry();
const ctx = createContext('cli', { recent: noRecentStore });
afterEach(() => ctx.session.project?.close());

describe('the example questionnaire', () => {
  it('is proposed, read without a problem, and its tables add up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-survey-example-'));
    await registry.call('project.create', { path: join(dir, 'p.kvalkod') }, ctx);
    const source = { path: join(EXAMPLES_DIR, 'enkat', 'Enkät_HT2018.csv') };
    const preview = await registry.call('survey.preview', { source }, ctx);
    expect(preview).toMatchObject({
      delimiter: ';',
      encoding: 'utf-8',
      rowCount: 117,
      problems: [],
    });
    expect(preview.proposal).toEqual({
      idColumn: 'Respondent',
      attributes: ['Roll', 'Verksamhetsområde'],
      ranked: [
        { name: 'Längst', columns: ['Längst 1', 'Längst 2', 'Längst 3'] },
        { name: 'Behov', columns: ['Behov 1', 'Behov 2', 'Behov 3'] },
      ],
      text: ['Konkret skillnad'],
    });
    const report = await registry.call('survey.import', { source, mapping: preview.proposal }, ctx);
    expect(report.survey.respondents).toBe(117);
    expect(report.documents).toBeGreaterThan(20);

    const tables = await registry.call('survey.table', { question: 'Längst', by: 'Roll' }, ctx);
    expect(tables.map((t) => [t.title, t.base])).toEqual([
      ['Längst', 117],
      ['Längst – Roll: Chef', 66],
      ['Längst – Roll: Medarbetare', 51],
    ]);
    for (const t of tables) {
      expect(t.checks).toEqual([]);
      // Every area is named by someone in the whole table, and some leave alternatives empty.
      const none = t.rows.find((r) => r.key === 'none');
      expect(none?.cells[2]?.n).toBeGreaterThan(0);
    }
    expect(tables[0]?.rows.slice(0, 14).every((r) => (r.cells[3]?.n ?? 0) > 0)).toBe(true);
  });
});
