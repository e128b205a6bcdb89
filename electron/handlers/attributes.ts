// Document attributes: define them, set values for many documents at once, fill them from file
// names or from a CSV/XLSX sheet. Every change is one transaction; a bad sheet changes nothing.
import { basename } from 'node:path';
import type { Project } from '../../db/project';
import { ApiError } from '../../shared/api/errors';
import { planSheet } from '../../shared/attributes/sheet';
import type { Attribute } from '../../shared/attributes/types';
import { message } from '../../shared/messages';
import {
  checkValue,
  compileFilenamePattern,
  matchFilename,
  valueError,
} from '../../shared/attributes/values';
import { requireProject, type Context } from './context';
import type { HandlerGroup } from './registry';

export function attributeNamed(project: Project, name: string): Attribute {
  const attribute = project.attributes.list().find((a) => a.name === name);
  if (!attribute)
    throw new ApiError('attribute_missing', `There is no attribute "${name}".`, {
      field: 'attribute',
      name,
    });
  return attribute;
}

/** A path on this computer or a file the browser uploaded: where its bytes are, and its name. */
export function resolveSource(
  ctx: Context,
  source: { path: string } | { uploadId: string; name: string },
): { path: string; name: string } {
  if ('path' in source) return { path: source.path, name: basename(source.path) };
  const upload = ctx.uploads?.resolve(source.uploadId);
  if (!upload)
    throw new ApiError(
      'upload_missing',
      `The file ${source.name} is no longer available; choose it again.`,
      { field: 'source', file: source.name },
    );
  return { path: upload.path, name: source.name };
}

/** Deletes the browser's uploads among `sources` once they are imported (paths stay untouched). */
export function releaseSources(
  ctx: Context,
  sources: ({ path: string } | { uploadId: string; name: string })[],
): void {
  for (const s of sources) if ('uploadId' in s) ctx.uploads?.release(s.uploadId);
}

export const attributeHandlers: HandlerGroup = {
  'attributes.list': (_input, ctx) => requireProject(ctx).attributes.list(),

  'attributes.create': ({ name, type, multiple }, ctx) => {
    const project = requireProject(ctx);
    if (project.attributes.list().some((a) => a.name.toLowerCase() === name.toLowerCase())) {
      throw new ApiError('attribute_exists', `There is already an attribute "${name}".`, {
        field: 'name',
        name,
      });
    }
    project.history.record(
      { action: 'attributes.create', message: message('attributeCreated', { attribute: name }) },
      (rec) => project.attributeEdits.create(rec, { name, type, multiple }),
    );
    return project.attributes.list();
  },

  'attributes.setValues': ({ documentIds, attribute: name, values }, ctx) => {
    const project = requireProject(ctx);
    const attribute = attributeNamed(project, name);
    if (values.length > 1 && !attribute.multiple)
      throw new ApiError('attribute_one_value', `${name} takes one value.`, {
        field: 'values',
        name,
        count: values.length,
      });
    const checked = values.map((v) => {
      const c = checkValue(attribute, v);
      if (!c.ok) throw valueError(c.problem, 'values');
      return c.value;
    });
    const what = message('attributeSet', {
      attribute: name,
      document: project.documents.name(documentIds[0] ?? 0) ?? '',
      count: documentIds.length,
    });
    project.history.record({ action: 'attributes.setValues', message: what }, (rec) =>
      documentIds.forEach((id) => project.attributeEdits.setValues(rec, id, attribute, checked)),
    );
    return { updated: documentIds.length };
  },

  'attributes.fromFilenames': ({ pattern, documentIds }, ctx) => {
    const project = requireProject(ctx);
    const compiled = compileFilenamePattern(pattern);
    const attributes = compiled.names.map((n) => attributeNamed(project, n));
    const wanted = documentIds ? new Set(documentIds) : null;
    const docs = project.documents.list().filter((d) => !wanted || wanted.has(d.id));
    const matched = docs.map((doc) => ({
      doc,
      values: matchFilename(compiled, doc.sourceName || doc.name),
    }));
    const unmatched = matched.filter((m) => !m.values).map((m) => m.doc.name);
    const updated = matched.length - unmatched.length;
    const what = message('attributesFromNames', { count: updated });
    project.history.record({ action: 'attributes.fromFilenames', message: what }, (rec) => {
      for (const { doc, values } of matched)
        for (const attribute of values ? attributes : []) {
          const c = checkValue(attribute, values?.[attribute.name] ?? '');
          if (c.ok) project.attributeEdits.setValues(rec, doc.id, attribute, [c.value]);
        }
    });
    return { updated, unmatched };
  },

  'attributes.importSheet': async ({ source }, ctx) => {
    const project = requireProject(ctx);
    const file = resolveSource(ctx, source);
    // exceljs is loaded on use: the command line starts faster without it.
    const { readSheet } = await import('../sheets/read-sheet');
    const sheet = await readSheet(file.path, file.name);
    const plan = planSheet(sheet, project.documents.list(), project.attributes.list());
    const first = plan.errors[0];
    if (first) {
      const list = plan.errors.map((e) => `row ${e.row}, ${e.column}: ${e.message}`).join('; ');
      throw new ApiError(
        'sheet_cells_invalid',
        `${file.name} was not read, nothing was changed: ${list}`,
        {
          field: file.name,
          file: file.name,
          count: plan.errors.length,
          row: first.row,
          problem: first.problem.code,
          ...first.problem.params,
        },
      );
    }
    const what = message('attributesFromSheet', { file: file.name });
    project.history.record({ action: 'attributes.importSheet', message: what }, (rec) => {
      for (const name of plan.newAttributes)
        project.attributeEdits.create(rec, { name, type: 'category', multiple: false });
      const byName = new Map(project.attributes.list().map((a) => [a.name.toLowerCase(), a]));
      for (const a of plan.assignments) {
        const attribute = byName.get(a.attribute.toLowerCase());
        if (attribute) project.attributeEdits.setValues(rec, a.documentId, attribute, a.values);
      }
    });
    const warnings = plan.newAttributes.map((n) =>
      message('attributeFromColumn', { attribute: n }),
    );
    releaseSources(ctx, [source]);
    return {
      updated: new Set(plan.assignments.map((a) => a.documentId)).size,
      unknownDocuments: plan.unknownDocuments,
      warnings,
    };
  },
};
