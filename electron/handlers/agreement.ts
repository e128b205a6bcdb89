// Agreement between coders: the comparison (from the coders' passages in the chosen documents),
// its export as tables, and settling one disagreement as an undoable change.
import { agreementTables } from '../../shared/agreement/layout';
import { compareCoders } from './agreement-input';
import { settleDisagreement } from './agreement-settle';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const agreementHandlers: HandlerGroup = {
  'agreement.compute': (query, ctx) => compareCoders(requireProject(ctx), query),

  'agreement.export': async ({ query, format, delimiter, language, fileName }, ctx) => {
    const result = compareCoders(requireProject(ctx), query);
    const tables = agreementTables(result, language);
    // The writers (exceljs, docx) load on first use: every CLI command and the window's start
    // load this module, and exceljs alone is most of a second's parse.
    const { agreementFile } = await import('../export/agreement-files');
    const { exportFileName } = await import('../export/segments-export');
    const bytes = await agreementFile(tables, format, language, delimiter);
    const title = tables[0]?.title ?? 'Samstämmighet';
    return {
      fileName: exportFileName(
        fileName.replace(new RegExp(`\\.${format}$`, 'i'), '') || title,
        format,
      ),
      base64: bytes.toString('base64'),
    };
  },

  'agreement.settle': (input, ctx) => settleDisagreement(requireProject(ctx), input),
};
