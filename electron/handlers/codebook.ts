// Editing the codebook: create, rename/recolour/describe/shortcut, move and nest, merge, delete.
// Each edit is one undo step; area numbers stay with their codes through every edit.
import { randomUUID } from 'node:crypto';
import type { Project } from '../../db/project';
import type { Recorder } from '../../db/queries/history';
import { ApiError } from '../../shared/api/errors';
import { unusedColor } from '../../shared/codebook/colors';
import type { Code } from '../../shared/codebook/types';
import { message } from '../../shared/messages';
import { changed, requireCode } from './coding-checks';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

const sameName = (a: string, b: string) => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');

function checkNameFree(codes: Code[], parentId: number | null, name: string, self?: number) {
  const clash = codes.find(
    (c) => c.parentId === parentId && c.id !== self && sameName(c.name, name),
  );
  if (clash)
    throw new ApiError(
      'code_name_taken',
      `There is already a code "${clash.name}" at that place.`,
      {
        field: 'name',
        name: clash.name,
      },
    );
}

type Describing = 'description' | 'whenToUse' | 'whenNotToUse' | 'example';

/** Whether any of the describing texts would change. */
function described(code: Code, texts: Partial<Record<Describing, string>>) {
  const keys: Describing[] = ['description', 'whenToUse', 'whenNotToUse', 'example'];
  return keys.some((k) => texts[k] !== undefined && texts[k] !== (code[k] ?? ''));
}

/** Gives `parentId`'s children the order of `ids` (0, 1, 2, ...), recording only real changes. */
function renumber(rec: Recorder, parentId: number | null, ids: number[]) {
  ids.forEach((id, i) => rec.update('codes', id, { parent_id: parentId, sort_order: i }));
}

const childrenOf = (codes: Code[], parentId: number | null, except?: number) =>
  codes.filter((c) => c.parentId === parentId && c.id !== except).map((c) => c.id);

/** The segments carrying any of `codeIds`, and how many of them carry nothing else. */
function usage(project: Project, codeIds: number[]) {
  const set = new Set(codeIds);
  const segments = project.segments.carrying(codeIds);
  const emptied = segments.filter((s) => project.segments.codeIdsOf(s).every((c) => set.has(c)));
  return { segments, emptied };
}

export const codebookHandlers: HandlerGroup = {
  'codes.create': ({ parentId, name, color, number }, ctx) => {
    const project = requireProject(ctx);
    const codes = project.codes.list();
    if (parentId !== null) requireCode(project, parentId, 'parentId');
    checkNameFree(codes, parentId, name);
    const numbered = number === null ? undefined : codes.find((c) => c.number === number);
    if (numbered)
      throw new ApiError(
        'code_number_taken',
        `Number ${number} already belongs to "${numbered.name}".`,
        { field: 'number', number: numbered.number ?? '', code: numbered.name },
      );
    const siblings = codes.filter((c) => c.parentId === parentId);
    const id = project.history.record(
      { action: 'codes.create', message: message('codeCreated', { code: name }) },
      (rec) =>
        rec.insert('codes', {
          guid: randomUUID(),
          parent_id: parentId,
          name,
          number,
          group_kind: null,
          // A colour no other code has, unless one is asked for: passages stay tellable apart.
          color: color ?? unusedColor(codes.map((c) => c.color)),
          description: '',
          when_to_use: '',
          when_not_to_use: '',
          example: '',
          shortcut: null,
          codable: 1,
          sort_order: Math.max(-1, ...siblings.map((c) => c.sortOrder)) + 1,
          created_at: new Date().toISOString(),
        }),
    );
    return changed(project, requireCode(project, id));
  },

  'codes.update': (
    { id, name, color, description, whenToUse, whenNotToUse, example, shortcut },
    ctx,
  ) => {
    const project = requireProject(ctx);
    const codes = project.codes.list();
    const code = requireCode(project, id);
    if (name !== undefined) checkNameFree(codes, code.parentId, name, id);
    const key = shortcut === '' ? null : shortcut;
    const holder = key ? codes.find((c) => c.shortcut === key && c.id !== id) : undefined;
    if (holder)
      throw new ApiError('shortcut_taken', `The key "${key}" already codes "${holder.name}".`, {
        field: 'shortcut',
        key: key ?? '',
        code: holder.name,
      });
    const parts = [
      name !== undefined && name !== code.name
        ? message('codeRenamed', { from: code.name, to: name })
        : null,
      color !== undefined && color !== code.color
        ? message('codeRecoloured', { code: code.name })
        : null,
      described(code, { description, whenToUse, whenNotToUse, example })
        ? message('codeDescribed', { code: code.name })
        : null,
      key !== undefined && key !== code.shortcut
        ? message('codeKeyChanged', { code: code.name })
        : null,
    ].filter((p) => p !== null);
    const what =
      parts.length === 1 && parts[0] ? parts[0] : message('codeChanged', { code: code.name });
    project.history.record({ action: 'codes.update', message: what }, (rec) =>
      rec.update('codes', id, {
        name,
        color,
        description,
        when_to_use: whenToUse,
        when_not_to_use: whenNotToUse,
        example,
        shortcut: key,
      }),
    );
    return changed(project, requireCode(project, id));
  },

  'codes.move': ({ id, parentId, index }, ctx) => {
    const project = requireProject(ctx);
    const code = requireCode(project, id);
    if (parentId !== null) requireCode(project, parentId, 'parentId');
    if (parentId === id || (parentId !== null && project.codes.descendants(id).includes(parentId)))
      throw new ApiError(
        'code_move_into_itself',
        `"${code.name}" cannot be moved under itself or one of its own codes.`,
        { field: 'parentId', code: code.name },
      );
    const codes = project.codes.list();
    const target = childrenOf(codes, parentId, id);
    target.splice(Math.min(index, target.length), 0, id);
    const what = message('codeMoved', { code: code.name });
    project.history.record({ action: 'codes.move', message: what }, (rec) => {
      if (code.parentId !== parentId)
        renumber(rec, code.parentId, childrenOf(codes, code.parentId, id));
      renumber(rec, parentId, target);
    });
    return changed(project, project.codes.list());
  },

  'codes.merge': ({ from, into }, ctx) => {
    const project = requireProject(ctx);
    const source = requireCode(project, from, 'from');
    const survivor = requireCode(project, into, 'into');
    if (from === into)
      throw new ApiError('merge_same_code', 'Choose two different codes to merge.', {
        field: 'into',
      });
    if (project.codes.descendants(from).includes(into))
      throw new ApiError(
        'merge_into_own_code',
        `"${source.name}" cannot be merged into "${survivor.name}", which is one of its own codes; move it out first.`,
        { field: 'into', from: source.name, into: survivor.name },
      );
    const segments = project.segments.carrying([from]);
    if (segments.length > 0 && !survivor.codable)
      throw new ApiError(
        'merge_into_group',
        `"${survivor.name}" is a group heading and cannot carry the passages coded "${source.name}".`,
        { field: 'into', from: source.name, into: survivor.name },
      );
    const codes = project.codes.list();
    const what = message('codesMerged', { from: source.name, into: survivor.name });
    project.history.record({ action: 'codes.merge', message: what }, (rec) => {
      for (const s of segments) {
        rec.unlink(s, from);
        rec.link(s, into);
      }
      renumber(rec, into, [...childrenOf(codes, into), ...childrenOf(codes, from)]);
      for (const memo of project.memos.list({ kind: 'code', id: from }))
        rec.update('memos', memo.id, { target_id: into });
      rec.remove('codes', from);
    });
    return changed(project, { moved: segments.length });
  },

  'codes.usage': ({ id }, ctx) => {
    const project = requireProject(ctx);
    requireCode(project, id);
    const descendants = project.codes.descendants(id);
    const { segments, emptied } = usage(project, [id, ...descendants]);
    return {
      segments: segments.length,
      children: descendants.length,
      removedSegments: emptied.length,
    };
  },

  'codes.delete': ({ id }, ctx) => {
    const project = requireProject(ctx);
    const code = requireCode(project, id);
    const all = [id, ...project.codes.descendants(id)];
    const { segments, emptied } = usage(project, all);
    const under = all.length - 1;
    const what = under
      ? message('codeDeletedWithCodes', { code: code.name, count: under })
      : message('codeDeleted', { code: code.name });
    project.history.record({ action: 'codes.delete', message: what }, (rec) => {
      for (const s of segments) for (const c of all) rec.unlink(s, c);
      for (const s of emptied) rec.remove('segments', s);
      // Children before their parents: parent_id is ON DELETE RESTRICT.
      for (const c of [...all].reverse()) rec.remove('codes', c);
    });
    return changed(project, { deletedSegments: emptied.length });
  },

  'codes.counts': (_input, ctx) => requireProject(ctx).segments.counts(),
};
