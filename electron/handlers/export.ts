// Exports: the coded passages that segments.retrieve finds, as DOCX, XLSX or CSV.
import { requireProject } from './context';
import type { HandlerGroup } from './registry';
import { segmentHandlers } from './segments';

export const exportHandlers: HandlerGroup = {
  'segments.export': async (input, ctx) => {
    const { format, delimiter, title, language, description, ...query } = input;
    const retrieve = segmentHandlers['segments.retrieve'];
    if (!retrieve) throw new Error('segments.retrieve has no handler');
    // The same checks and filters as the list on screen: the file holds what the user saw.
    const segments = await retrieve(query, ctx);
    const attributeNames = requireProject(ctx)
      .attributes.list()
      .map((a) => a.name);
    // The writers (exceljs, docx) are loaded on use: the command line starts faster without them.
    const { exportSegments } = await import('../export/segments-export');
    return exportSegments(segments, {
      format,
      delimiter,
      title,
      language,
      description,
      attributeNames,
    });
  },
};
