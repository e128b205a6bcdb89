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
    const project = requireProject(ctx);
    const attributeNames = project.attributes.list().map((a) => a.name);
    // The writers (exceljs, docx) are loaded on use: the command line starts faster without them.
    const { exportSegments } = await import('../export/segments-export');
    const { codeLabel } = await import('../export/table-writers');
    const byId = new Map(project.codes.list().map((c) => [c.id, codeLabel(c)]));
    const labels = (ids: readonly number[]) => ids.map((id) => byId.get(id) ?? String(id));
    return exportSegments(segments, {
      format,
      delimiter,
      title,
      language,
      description,
      attributeNames,
      query: {
        all: labels(query.codes.all),
        any: labels(query.codes.any),
        none: labels(query.codes.none),
        attributes: query.attributes,
        roles: query.speakerRoles,
      },
    });
  },
};
