// Writes the built-in codebook "Handlingsplanen" into a fresh project.
import type { Database } from 'better-sqlite3';
import { HANDLINGSPLANEN, TEMPLATE_NAME } from '../shared/codebook/template';
import { createCodeQueries } from './queries/codes';
import { createMetaQueries } from './queries/meta';
import { createAttributeQueries } from './queries/attributes';
import { TEMPLATE_ATTRIBUTES } from '../shared/attributes/types';

/** The interview attributes (Stadsdelsförvaltning, Intervjuomgång, ...): in every new project. */
export function insertTemplateAttributes(db: Database): void {
  const attributes = createAttributeQueries(db);
  for (const a of TEMPLATE_ATTRIBUTES) attributes.create(a);
}

export function insertTemplate(db: Database): void {
  const codes = createCodeQueries(db);
  HANDLINGSPLANEN.forEach((group, g) => {
    const parentId = codes.insert({
      parentId: null,
      name: group.name,
      groupKind: group.kind,
      color: group.color,
      description: group.description,
      codable: false,
      sortOrder: g,
    });
    group.codes.forEach((code, i) => {
      codes.insert({
        parentId,
        name: code.name,
        number: code.number ?? null,
        color: code.color,
        description: code.description,
        shortcut: code.shortcut ?? null,
        sortOrder: i,
      });
    });
  });
  createMetaQueries(db).set('template', TEMPLATE_NAME);
}
