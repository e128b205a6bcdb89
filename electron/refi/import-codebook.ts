// A .qdc codebook merged into the open project as one undoable change: codes of the same name (or
// the same area number) are the existing codes, the rest are added where the file puts them.
import { message } from '../../shared/messages';
import type { Project } from '../../db/project';
import { createExchangeQueries } from '../../db/queries/exchange';
import type { RefiReport } from '../../shared/api/contract-refi';
import { importCodes } from './import-codes';
import { parseRefiXml, Reader } from './read-xml';
import { Warnings } from './warnings';

export function importCodebook(project: Project, bytes: Buffer, file: string): RefiReport {
  const reader = new Reader();
  const root = parseRefiXml(bytes, file, 'CodeBook');
  const codesNode = (Array.isArray(root.Codes) ? root.Codes[0] : root.Codes) as
    Record<string, unknown> | undefined;
  const codes = reader.codes(codesNode ?? {});
  reader.unkept(root);
  const warnings = new Warnings();
  for (const w of reader.warnings) warnings.add(w);
  const ex = createExchangeQueries(project.db);
  const result = project.history.record(
    { action: 'refi.importCodebook', message: message('codebookImported', { file }) },
    (rec) =>
      importCodes(
        codes,
        {
          existing: ex.codes(),
          insert: (row) => rec.insert('codes', row),
          freeGuid: (g) => ex.freeGuid('codes', g),
        },
        warnings,
      ),
  );
  const list = warnings.list();
  if (result.matched > 0) list.push(message('refiCodesMatched', { count: result.matched }));
  return {
    documents: 0,
    codes: result.added,
    segments: 0,
    notes: 0,
    cases: 0,
    variables: 0,
    warnings: list,
  };
}
