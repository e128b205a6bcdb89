// Coded passages: the current coder, creating, changing and removing segments (each one undo
// step), and retrieval of coded passages by code query, attributes and speaker role.
import { randomUUID } from 'node:crypto';
import type { Project } from '../../db/project';
import type { Recorder } from '../../db/queries/history';
import { ApiError } from '../../shared/api/errors';
import type { RetrievedSegment, Segment } from '../../shared/coding/types';
import { message } from '../../shared/messages';
import {
  changed,
  checkRange,
  codeLabel,
  requireCodable,
  requireCode,
  requireText,
} from './coding-checks';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

/** Inserts one segment with its codes through the recorder; returns its id. */
export function insertSegment(
  project: Project,
  rec: Recorder,
  seg: {
    documentId: number;
    start: number;
    end: number;
    codeIds: readonly number[];
    memo: string;
    /** The passage's coder; the current coder when left out. */
    coderId?: number | null;
  },
): number {
  const now = new Date().toISOString();
  const id = rec.insert('segments', {
    guid: randomUUID(),
    document_id: seg.documentId,
    start: seg.start,
    end: seg.end,
    coder_id: seg.coderId === undefined ? project.coders.currentId() : seg.coderId,
    memo: seg.memo,
    created_at: now,
    updated_at: now,
  });
  for (const codeId of seg.codeIds) rec.link(id, codeId);
  return id;
}

function requireSegment(project: Project, id: number): Segment {
  const segment = project.segments.get(id);
  if (!segment)
    throw new ApiError('segment_missing', `There is no coded passage with id ${id}.`, {
      field: 'id',
      id,
    });
  return segment;
}

export const segmentHandlers: HandlerGroup = {
  'coder.get': (_input, ctx) => ({ name: requireProject(ctx).coders.current() }),
  'coders.list': (_input, ctx) =>
    requireProject(ctx)
      .coders.list()
      .map((c) => c.name)
      .sort((a, b) => a.localeCompare(b, 'sv')),
  'coder.set': ({ name }, ctx) => {
    requireProject(ctx).coders.setCurrent(name);
    ctx.settings.setCoder(name);
    return { name };
  },

  'segments.list': ({ documentId }, ctx) => {
    const project = requireProject(ctx);
    requireText(project, documentId);
    return project.segments.ofDocument(documentId);
  },

  'segments.create': ({ documentId, start, end, codeIds, memo, coder }, ctx) => {
    const project = requireProject(ctx);
    checkRange(requireText(project, documentId), start, end);
    const codes = requireCodable(project, codeIds);
    const what =
      codes.length === 1 && codes[0]
        ? message('codedPassage', { code: codeLabel(codes[0]) })
        : message('codedPassageCodes', { count: codes.length });
    const id = project.history.record({ action: 'segments.create', message: what }, (rec) =>
      insertSegment(project, rec, {
        documentId,
        start,
        end,
        codeIds: codes.map((c) => c.id),
        memo,
        ...(coder === undefined ? {} : { coderId: project.coders.idFor(coder) }),
      }),
    );
    return changed(project, requireSegment(project, id));
  },

  'segments.update': ({ id, start, end, codeIds, memo }, ctx) => {
    const project = requireProject(ctx);
    const segment = requireSegment(project, id);
    const range = { start: start ?? segment.start, end: end ?? segment.end };
    if (start !== undefined || end !== undefined)
      checkRange(requireText(project, segment.documentId), range.start, range.end);
    const codes = codeIds && requireCodable(project, codeIds);
    const what =
      codeIds !== undefined
        ? message('passageCodesChanged', {})
        : memo !== undefined && start === undefined && end === undefined
          ? message('passageMemoEdited', {})
          : message('passageMoved', {});
    project.history.record({ action: 'segments.update', message: what }, (rec) => {
      const before = rec.ops.length;
      rec.update('segments', id, { ...range, ...(memo !== undefined ? { memo } : {}) });
      if (codes) {
        const wanted = new Set(codes.map((c) => c.id));
        for (const c of segment.codes) if (!wanted.has(c.id)) rec.unlink(id, c.id);
        for (const c of codes) rec.link(id, c.id);
      }
      if (rec.ops.length > before)
        rec.update('segments', id, { updated_at: new Date().toISOString() });
    });
    return changed(project, requireSegment(project, id));
  },

  'segments.delete': ({ ids }, ctx) => {
    const project = requireProject(ctx);
    const unique = [...new Set(ids)];
    const what = message('passagesRemoved', { count: unique.length });
    const deleted = project.history.record({ action: 'segments.delete', message: what }, (rec) =>
      unique.reduce((n, id) => n + (rec.remove('segments', id) ? 1 : 0), 0),
    );
    return changed(project, { deleted });
  },

  'segments.retrieve': ({ codes, attributes, speakerRoles, limit }, ctx) => {
    const project = requireProject(ctx);
    for (const [field, ids] of Object.entries(codes))
      for (const id of ids) requireCode(project, id, `codes.${field}`);
    const known = new Set(project.attributes.list().map((a) => a.name));
    for (const name of Object.keys(attributes))
      if (!known.has(name))
        throw new ApiError('attribute_missing', `There is no attribute "${name}".`, {
          field: 'attributes',
          name,
        });
    const roles = new Set<string>(speakerRoles);
    const values = project.attributes.valuesByDocument();
    const texts = new Map<number, string>();
    const out: RetrievedSegment[] = [];
    for (const row of project.segments.retrieve(codes, attributes)) {
      if (!roles.has(row.speakerRole ?? 'none')) continue;
      let text = texts.get(row.documentId);
      if (text === undefined) {
        text = project.search.text(row.documentId) ?? '';
        texts.set(row.documentId, text);
      }
      out.push({
        ...row,
        text: text.slice(row.start, row.end),
        attributes: values.get(row.documentId) ?? {},
      });
      if (out.length >= limit) break;
    }
    return out;
  },
};
