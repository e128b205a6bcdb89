// In-vivo coding: the selected words become a code's name (in the group "In vivo", in a colour no
// code has) and the passage is coded with it, in one undo step. A code of that name is reused.
import { randomUUID } from 'node:crypto';
import type { Project } from '../../db/project';
import type { Recorder } from '../../db/queries/history';
import { ApiError } from '../../shared/api/errors';
import { unusedColor } from '../../shared/codebook/colors';
import type { Code } from '../../shared/codebook/types';
import { IN_VIVO_GROUP, inVivoName } from '../../shared/coding/in-vivo';
import { message } from '../../shared/messages';
import { changed, checkRange, requireCode, requireText } from './coding-checks';
import { requireProject } from './context';
import { insertSegment } from './segments';
import type { HandlerGroup } from './registry';

const same = (a: string, b: string) => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');

function insertCode(
  rec: Recorder,
  codes: Code[],
  row: { parentId: number | null; name: string; codable: boolean; color: string },
): number {
  const siblings = codes.filter((c) => c.parentId === row.parentId);
  return rec.insert('codes', {
    guid: randomUUID(),
    parent_id: row.parentId,
    name: row.name,
    number: null,
    group_kind: null,
    color: row.color,
    description: '',
    when_to_use: '',
    when_not_to_use: '',
    example: '',
    shortcut: null,
    codable: row.codable ? 1 : 0,
    sort_order: Math.max(-1, ...siblings.map((c) => c.sortOrder)) + 1,
    created_at: new Date().toISOString(),
  });
}

/** The code to use: one of that name that can be applied, else a new one in the group. */
function inVivoCode(
  project: Project,
  rec: Recorder,
  name: string,
): { id: number; created: boolean } {
  const codes = project.codes.list();
  const existing = codes.find((c) => c.codable && same(c.name, name));
  if (existing) return { id: existing.id, created: false };
  const colors = codes.map((c) => c.color);
  const group = codes.find((c) => c.parentId === null && !c.codable && same(c.name, IN_VIVO_GROUP));
  let groupId = group?.id;
  if (groupId === undefined) {
    const color = unusedColor(colors);
    colors.push(color);
    groupId = insertCode(rec, codes, {
      parentId: null,
      name: IN_VIVO_GROUP,
      codable: false,
      color,
    });
  }
  const id = insertCode(rec, project.codes.list(), {
    parentId: groupId,
    name,
    codable: true,
    color: unusedColor(colors),
  });
  return { id, created: true };
}

export const inVivoHandlers: HandlerGroup = {
  'segments.codeInVivo': ({ documentId, start, end }, ctx) => {
    const project = requireProject(ctx);
    const text = requireText(project, documentId);
    checkRange(text, start, end);
    const name = inVivoName(text.slice(start, end));
    if (name === '')
      throw new ApiError('no_words_selected', 'Select at least one word to name the code by.', {
        start,
        end,
      });
    const done = project.history.record(
      { action: 'segments.codeInVivo', message: message('codedInVivo', { code: name }) },
      (rec) => {
        const code = inVivoCode(project, rec, name);
        const segment = insertSegment(project, rec, {
          documentId,
          start,
          end,
          codeIds: [code.id],
          memo: '',
        });
        return { segment, ...code };
      },
    );
    const segment = project.segments.get(done.segment);
    if (!segment) throw new Error('the passage just coded is not there');
    return changed(project, {
      segment,
      code: requireCode(project, done.id),
      created: done.created,
    });
  },
};
